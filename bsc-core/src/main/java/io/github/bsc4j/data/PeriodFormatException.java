package io.github.bsc4j.data;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;

/**
 * Thrown when a text is not a period; the message quotes the text (cut to a bounded length) and
 * says what was expected. Its code is {@link ProblemCode#MALFORMED_PERIOD}.
 */
public final class PeriodFormatException extends BscException {
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
    super(
        new Problem(
            UserText.quote(Objects.requireNonNull(text, "text")),
            ProblemCode.MALFORMED_PERIOD,
            "'" + UserText.quote(text) + "' is not a period: "
                + Objects.requireNonNull(problem, "problem")
                + "; expected 2026-03, 2026-Q1, 2026-H1,"
                + " 2026, FY2026, FY2026-Q1, FY2026-H1 or 2026-01-01..2026-02-15 (end exclusive)"),
        null);
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
