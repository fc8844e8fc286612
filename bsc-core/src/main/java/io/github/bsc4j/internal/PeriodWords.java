package io.github.bsc4j.internal;

import java.util.ListResourceBundle;

/**
 * The English words of period labels, the defaults behind an application's bundle (see {@link
 * Words}). Every key, its placeholders and an example are listed in {@code
 * docs/time-and-formulas.md}; month names are not words of this bundle but come from {@code
 * java.time} in the label's locale.
 */
public final class PeriodWords extends ListResourceBundle {
  /** The one shared instance: a bundle is immutable once loaded. */
  private static final PeriodWords INSTANCE = new PeriodWords();

  /** Creates the bundle; {@link #instance()} gives a shared one. */
  public PeriodWords() {}

  /**
   * The shared default bundle.
   *
   * @return the bundle
   */
  public static PeriodWords instance() {
    return INSTANCE;
  }

  /**
   * The keys and their English patterns.
   *
   * @return the contents
   */
  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      // {0} month name, {1} year
      {"period.month", "{0} {1}"},
      // {0} quarter or half number, {1} year
      {"period.quarter", "Q{0} {1}"},
      {"period.half", "H{0} {1}"},
      // {0} year
      {"period.year", "{0}"},
      // {0} name of the last month, {1} its year
      {"period.yearToDate", "YTD {0} {1}"},
      {"period.halfToDate", "HTD {0} {1}"},
      {"period.quarterToDate", "QTD {0} {1}"},
      // {0} fiscal year, {1} quarter or half number
      {"period.fiscalYear", "FY{0}"},
      {"period.fiscalQuarter", "FY{0} Q{1}"},
      {"period.fiscalHalf", "FY{0} H{1}"},
      // {0} fiscal year, {1} name of the last month, {2} its calendar year
      {"period.fiscalYearToDate", "FY{0} YTD {1} {2}"},
      {"period.fiscalHalfToDate", "FY{0} HTD {1} {2}"},
      {"period.fiscalQuarterToDate", "FY{0} QTD {1} {2}"},
      // {0} first month, {1} last month, {2} their year
      {"period.range.monthsInYear", "{0}–{1} {2}"},
      // {0} first month, {1} its year, {2} last month, {3} its year
      {"period.range.months", "{0} {1} – {2} {3}"},
      // {0} day, {1} month, {2} year
      {"period.day", "{0} {1} {2}"},
      // {0} first day, {1} last day, {2} their month, {3} their year
      {"period.range.daysInMonth", "{0}–{1} {2} {3}"},
      // {0} first day, {1} its month, {2} last day, {3} its month, {4} their year
      {"period.range.daysInYear", "{0} {1} – {2} {3} {4}"},
      // {0} first day, {1} month, {2} year, {3} last day, {4} month, {5} year
      {"period.range.days", "{0} {1} {2} – {3} {4} {5}"},
      // a quarter, half or year of no calendar the label is made for: {0} its months' label
      {"period.otherQuarter", "Quarter {0}"},
      {"period.otherHalf", "Half {0}"},
      {"period.otherYear", "Year {0}"},
      // a to-date of no calendar the label is made for: {0} its last month's label ("Jun 2026"),
      // {1} its first month's label ("Apr 2026")
      {"period.otherYearToDate", "YTD {0} (year from {1})"},
      {"period.otherHalfToDate", "HTD {0} (half from {1})"},
      {"period.otherQuarterToDate", "QTD {0} (quarter from {1})"},
    };
  }
}
