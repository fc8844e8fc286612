package io.github.bsc4j.data;

import java.util.Objects;

/**
 * Which period a result is compared with. {@link FiscalCalendar#compared(Period, Comparison)}
 * gives the period; {@link #defaultFor(Period)} says which comparison a period gets unless the
 * application asks for another.
 */
public enum Comparison {
  /**
   * The previous period of the same kind: March → February, Q1 → the fourth quarter before it,
   * year to date through March → year to date through February (see {@link
   * FiscalCalendar#previous(Period)}).
   */
  PREVIOUS_PERIOD,

  /**
   * The same period one year earlier: year to date through March 2026 → year to date through
   * March 2025 (see {@link FiscalCalendar#sameLastYear(Period)}).
   */
  SAME_PERIOD_LAST_YEAR;

  /**
   * The comparison a period gets by default: the same period last year for a to-date period
   * (a year to date through March is compared with last year's, not with the shorter one through
   * February), the previous period for every other kind.
   *
   * @param period the period
   * @return {@link #SAME_PERIOD_LAST_YEAR} if {@link Period#isToDate()}, else {@link
   *     #PREVIOUS_PERIOD}
   * @throws NullPointerException if {@code period} is null
   */
  public static Comparison defaultFor(Period period) {
    Objects.requireNonNull(period, "period");
    return period.isToDate() ? SAME_PERIOD_LAST_YEAR : PREVIOUS_PERIOD;
  }
}
