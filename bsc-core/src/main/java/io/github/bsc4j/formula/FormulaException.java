package io.github.bsc4j.formula;

/**
 * Thrown when a formula's text is malformed or too large; the message gives the character
 * position (from 0) and what was expected there.
 */
public final class FormulaException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, from 0. */
  private final int position;

  /** What is wrong, without the position. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param position the character position, from 0
   * @param reason what is wrong
   * @throws NullPointerException if {@code reason} is null
   */
  public FormulaException(int position, String reason) {
    super("at position " + position + ": " + java.util.Objects.requireNonNull(reason, "reason"));
    this.position = position;
    this.reason = reason;
  }

  /**
   * The character position of the problem, from 0.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * What is wrong, without the position.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
