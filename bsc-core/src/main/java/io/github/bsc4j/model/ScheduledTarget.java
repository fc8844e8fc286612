package io.github.bsc4j.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a target schedule: the target {@code value} applies from {@code start}
 * (inclusive) to {@code end} (exclusive). Both days lie within the years 1 to 9999, the years
 * periods may lie in ({@code end} may be 10000-01-01); the range may span all of them.
 *
 * @param start the first day the value applies
 * @param end the first day it no longer applies; after {@code start}
 * @param value the target value
 */
public record ScheduledTarget(LocalDate start, LocalDate end, double value)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an entry.
   *
   * @param start first day (inclusive)
   * @param end end day (exclusive)
   * @param value the target value
   * @throws NullPointerException if a date is null
   * @throws ScorecardValidationException with code {@link ProblemCode#VALUE_OUT_OF_RANGE} if a
   *     day lies outside the years 1 to 9999 ({@code end} may be 10000-01-01). A range whose end
   *     is not after its start, or a value that is not finite, is reported with the indicator the
   *     schedule is built into, together with the indicator's other problems.
   */
  public ScheduledTarget {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!isSupported(start) || !(isSupported(end) || end.equals(END_OF_TIME))) {
      String range = "[" + start + ", " + end + ")";
      throw new ScorecardValidationException(
          "a scheduled target",
          List.of(
              new Problem(
                  range,
                  ProblemCode.VALUE_OUT_OF_RANGE,
                  "scheduled range "
                      + range
                      + " lies outside the supported years "
                      + MIN_YEAR
                      + ".."
                      + MAX_YEAR)));
    }
  }

  /** The first year a schedule entry (and any period) may lie in. */
  public static final int MIN_YEAR = 1;

  /** The last year a schedule entry (and any period) may lie in. */
  public static final int MAX_YEAR = 9999;

  private static final LocalDate END_OF_TIME = LocalDate.of(MAX_YEAR + 1, 1, 1);

  private static boolean isSupported(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  /**
   * Creates an entry.
   *
   * @param start first day (inclusive)
   * @param end end day (exclusive)
   * @param value the target value
   * @return the entry
   * @throws NullPointerException if a date is null
   * @throws ScorecardValidationException if a day lies outside the years 1 to 9999 (see the
   *     constructor)
   */
  public static ScheduledTarget of(LocalDate start, LocalDate end, double value) {
    return new ScheduledTarget(start, end, value);
  }

  /**
   * Tells whether this entry applies on {@code date}.
   *
   * @param date the date
   * @return true if {@code start <= date < end}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }
}
