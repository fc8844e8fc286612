package io.github.bsc4j.formula;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.Objects;

/**
 * Thrown when a formula's text is malformed or too large; the message gives the character
 * position (from 0) and what was expected there. Its problem's element id is {@value #ELEMENT};
 * the engine reports a derived indicator's formula problems under the indicator's id.
 */
public final class FormulaException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The element id of a formula's problems when no indicator is known. */
  public static final String ELEMENT = "formula";

  /** Where the problem is, from 0. */
  private final int position;

  /** What is wrong, without the position. */
  private final String reason;

  /**
   * Creates the exception for malformed text ({@link ProblemCode#FORMULA_SYNTAX}).
   *
   * @param position the character position, from 0
   * @param reason what is wrong
   * @throws NullPointerException if {@code reason} is null
   */
  public FormulaException(int position, String reason) {
    this(position, ProblemCode.FORMULA_SYNTAX, reason);
  }

  /**
   * Creates the exception with a given code, such as {@link ProblemCode#LIMIT_EXCEEDED} for a
   * formula longer or deeper than allowed.
   *
   * @param position the character position, from 0
   * @param code the rule broken
   * @param reason what is wrong
   * @throws NullPointerException if {@code code} or {@code reason} is null
   */
  public FormulaException(int position, ProblemCode code, String reason) {
    super(
        new Problem(
            ELEMENT,
            Objects.requireNonNull(code, "code"),
            "at position " + position + ": " + Objects.requireNonNull(reason, "reason")),
        null);
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
