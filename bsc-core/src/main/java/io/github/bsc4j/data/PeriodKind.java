package io.github.bsc4j.data;

/**
 * What a {@link Period} is: a month, a quarter, a half, a year, a part of one up to a month (to
 * date), or a custom range. Two periods with the same days but different kinds are different
 * periods: the year to date through March is not the first quarter. A period's kind decides its
 * code, its label and which period it is compared with (see {@link Comparison#defaultFor}).
 *
 * <p>Quarters, halves and years may be fiscal ones: a quarter is any three whole months, a half
 * any six and a year any twelve, starting on the first day of a month; which fiscal calendar
 * names them is the business of {@link FiscalCalendar}.
 */
public enum PeriodKind {
  /** One calendar month. */
  MONTH,

  /** Three whole months: a calendar quarter or a quarter of a fiscal year. */
  QUARTER,

  /** Six whole months: a calendar half-year or a half of a fiscal year. */
  HALF,

  /** Twelve whole months: a calendar year or a fiscal year. */
  YEAR,

  /**
   * From the first month of a (calendar or fiscal) year through a month of it: one to twelve
   * whole months.
   */
  YEAR_TO_DATE,

  /**
   * From the first month of a (calendar or fiscal) half through a month of it: one to six months.
   */
  HALF_TO_DATE,

  /**
   * From the first month of a (calendar or fiscal) quarter through a month of it: one to three
   * months.
   */
  QUARTER_TO_DATE,

  /** Any other range: inclusive months or inclusive days chosen by the application. */
  RANGE;

  /**
   * Tells whether periods of this kind run from the start of a year, half or quarter to a month.
   *
   * @return true for {@link #YEAR_TO_DATE}, {@link #HALF_TO_DATE} and {@link #QUARTER_TO_DATE}
   */
  public boolean isToDate() {
    return this == YEAR_TO_DATE || this == HALF_TO_DATE || this == QUARTER_TO_DATE;
  }

  /**
   * The number of whole months a period of this kind spans at most (its whole length for a
   * month, quarter, half or year).
   *
   * @return 1, 3, 6 or 12, or {@value Period#MAX_MONTHS} for {@link #RANGE}
   */
  int maxMonths() {
    return switch (this) {
      case MONTH -> 1;
      case QUARTER, QUARTER_TO_DATE -> 3;
      case HALF, HALF_TO_DATE -> 6;
      case YEAR, YEAR_TO_DATE -> 12;
      case RANGE -> Period.MAX_MONTHS;
    };
  }
}
