package io.github.bsc4j.data;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;

/**
 * Thrown when a period cannot be made from the values given: a quarter outside 1..4, a half
 * outside 1..2, a month outside 1..12, a last day before the first, a day outside the supported
 * years {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR}, a span longer than {@value
 * Period#MAX_MONTHS} months, or days that do not fit the kind (a quarter of four months). The
 * element of its problem is the period as asked for ({@code 2026-Q5}, {@code
 * 2026-02-01..2026-01-31} for {@link Period#days}; {@code [2026-02-01, 2026-01-01)} when asked
 * for by first day and exclusive end); its code is {@link ProblemCode#VALUE_OUT_OF_RANGE} (a part
 * or a year out of range, days that do not fit the kind), {@link ProblemCode#EMPTY_INTERVAL} (the
 * end before the start) or {@link ProblemCode#LIMIT_EXCEEDED} (too long a span). Text that is not
 * a period gets a {@link PeriodFormatException} instead.
 */
public final class InvalidPeriodException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The period as asked for, quoted. */
  private final String period;

  /** What is wrong, without the period. */
  private final String reason;

  /**
   * Creates the exception; its message is {@code "invalid period <period>: <reason>"}.
   *
   * @param period the period as asked for, such as {@code 2026-Q5} (quoted in the message)
   * @param code the problem code
   * @param reason what is wrong with it
   * @throws NullPointerException if an argument is null
   */
  public InvalidPeriodException(String period, ProblemCode code, String reason) {
    super(
        new Problem(
            UserText.quote(Objects.requireNonNull(period, "period")),
            Objects.requireNonNull(code, "code"),
            "invalid period "
                + UserText.quote(period)
                + ": "
                + Objects.requireNonNull(reason, "reason")),
        null);
    this.period = UserText.quote(period);
    this.reason = reason;
  }

  /**
   * The period as asked for.
   *
   * @return the period's text, quoted (cut to a bounded length)
   */
  public String period() {
    return period;
  }

  /**
   * What is wrong with the period.
   *
   * @return the reason, such as {@code "quarter 5 is out of range 1..4"}
   */
  public String reason() {
    return reason;
  }
}
