package io.github.bsc4j.data;

/** Thrown when a text is not a period; the message quotes the text and says what was expected. */
public final class PeriodFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The text that was parsed. */
  private final String text;

  /**
   * Creates the exception.
   *
   * @param text the text
   * @param problem what is wrong with it
   * @throws NullPointerException if an argument is null
   */
  public PeriodFormatException(String text, String problem) {
    super("'" + java.util.Objects.requireNonNull(text, "text") + "' is not a period: "
        + java.util.Objects.requireNonNull(problem, "problem") + "; expected 2026-03, 2026-Q1, 2026-H1,"
        + " 2026, FY2026, FY2026-Q1, FY2026-H1 or 2026-01-01..2026-02-15 (end exclusive)");
    this.text = text;
  }

  /**
   * The text that could not be parsed.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
