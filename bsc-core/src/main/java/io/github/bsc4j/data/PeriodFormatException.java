package io.github.bsc4j.data;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;

/**
 * Thrown when a text is not a period; the message quotes the text (cut to a bounded length) and
 * says what was expected. Its code is {@link ProblemCode#MALFORMED_PERIOD} when the text's form is
 * wrong, {@link ProblemCode#TEXT_TOO_LONG} when it is longer than {@value
 * FiscalCalendar#MAX_TEXT_LENGTH} characters, and, when the text has the form of a period whose
 * values are not allowed, the code of the {@link InvalidPeriodException} it then also carries as
 * its cause: {@link ProblemCode#VALUE_OUT_OF_RANGE} for a year outside {@value
 * Period#MIN_YEAR}..{@value Period#MAX_YEAR}, {@link ProblemCode#LIMIT_EXCEEDED} for a span
 * longer than {@value Period#MAX_MONTHS} months, {@link ProblemCode#EMPTY_INTERVAL} for a range
 * whose last month or day is before its first.
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
    this(text, ProblemCode.MALFORMED_PERIOD, problem, null);
  }

  /** A problem with another code, such as a year out of range; {@code cause} may be null. */
  PeriodFormatException(String text, ProblemCode code, String problem, Throwable cause) {
    super(
        new Problem(
            UserText.quote(Objects.requireNonNull(text, "text")),
            Objects.requireNonNull(code, "code"),
            "'" + UserText.quote(text) + "' is not a period: "
                + Objects.requireNonNull(problem, "problem")
                + "; expected 2026-03, 2026-Q1, 2026-H1, 2026, 2026-YTD-03, 2026-HTD-05,"
                + " 2026-QTD-05, FY2027, FY2027-Q1, FY2027-H2, FY2027-YTD-06,"
                + " 2026-01..2026-05 or 2026-01-15..2026-02-14 (both ends included)"),
        cause);
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
