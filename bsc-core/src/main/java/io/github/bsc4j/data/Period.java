package io.github.bsc4j.data;

import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.ScheduledTarget;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A calendar period {@code [start, end)}: a month, a quarter, a half-year, a year or any custom
 * range of days. Immutable; compared by its dates. Fiscal years, year-to-date, the previous
 * comparable period and parsing come from {@link FiscalCalendar}.
 *
 * <p>Every period is bounded, so that nothing done with one (listing its months, rolling values
 * and targets up over it) grows without limit: its days lie within the years {@value #MIN_YEAR}
 * to {@value #MAX_YEAR} (from 0001-01-01 up to, excluding, 10000-01-01), and it spans at most
 * {@value #MAX_MONTHS} months (100 years). Anything else is an {@link InvalidPeriodException}.
 *
 * @param start the first day of the period
 * @param end the first day after the period; after {@code start}
 */
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {
  /** The first year a period may lie in: the same as a schedule entry's. */
  public static final int MIN_YEAR = ScheduledTarget.MIN_YEAR;

  /** The last year a period may lie in: the same as a schedule entry's. */
  public static final int MAX_YEAR = ScheduledTarget.MAX_YEAR;

  /** The most months a period may span (100 years); a period of days spans as many. */
  public static final int MAX_MONTHS = 1200;

  /** The first day after the supported years: the latest end a period may have. */
  private static final LocalDate END_OF_TIME = LocalDate.of(MAX_YEAR + 1, 1, 1);

  private static final String YEARS =
      "outside the supported years " + MIN_YEAR + ".." + MAX_YEAR;

  /**
   * Creates a period.
   *
   * @param start the first day
   * @param end the first day after the period
   * @throws NullPointerException if a date is null
   * @throws InvalidPeriodException if a day lies outside the years {@value #MIN_YEAR}..{@value
   *     #MAX_YEAR} ({@code end} may be 10000-01-01), {@code end} is not after {@code start}, or
   *     the period spans more than {@value #MAX_MONTHS} months
   */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!isSupported(start)) {
      throw new InvalidPeriodException(start + ".." + end, ProblemCode.VALUE_OUT_OF_RANGE,
          "its start " + start + " lies " + YEARS);
    }
    if (!isSupported(end) && !end.equals(END_OF_TIME)) {
      throw new InvalidPeriodException(start + ".." + end, ProblemCode.VALUE_OUT_OF_RANGE,
          "its end " + end + " lies " + YEARS);
    }
    if (!end.isAfter(start)) {
      throw new InvalidPeriodException(start + ".." + end, ProblemCode.EMPTY_INTERVAL,
          "its end " + end + " is not after its start " + start);
    }
    if (end.isAfter(start.plusMonths(MAX_MONTHS))) {
      throw new InvalidPeriodException(start + ".." + end, ProblemCode.LIMIT_EXCEEDED,
          "it spans more than " + MAX_MONTHS + " months (100 years), the most a period may span");
    }
  }

  private static boolean isSupported(LocalDate date) {
    return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
  }

  /** Checks a year asked for by a factory; {@code period} names what was asked for. */
  static void checkYear(long year, String period) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidPeriodException(period, ProblemCode.VALUE_OUT_OF_RANGE,
          "year " + year + " is " + YEARS);
    }
  }

  /** A year as labels write it: at least four digits, so that every label parses back. */
  static String yearText(long year) {
    String digits = Long.toString(year);
    return year >= 0 && digits.length() < 4 ? "0000".substring(digits.length()) + digits : digits;
  }

  /** Checks a part number (quarter, half, month) asked for by a factory. */
  static void checkPart(String what, int n, int max, String period) {
    if (n < 1 || n > max) {
      throw new InvalidPeriodException(period, ProblemCode.VALUE_OUT_OF_RANGE,
          what + " " + n + " is out of range 1.." + max);
    }
  }

  /**
   * A custom range of days.
   *
   * @param start the first day
   * @param endExclusive the first day after the period
   * @return the period
   * @throws NullPointerException if a date is null
   * @throws InvalidPeriodException if {@code endExclusive} is not after {@code start}, a day lies
   *     outside the supported years or the period spans more than {@value #MAX_MONTHS} months
   */
  public static Period between(LocalDate start, LocalDate endExclusive) {
    return new Period(start, endExclusive);
  }

  /**
   * One calendar month.
   *
   * @param month the month
   * @return the period
   * @throws NullPointerException if {@code month} is null
   * @throws InvalidPeriodException if its year is outside {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    checkYear(month.getYear(), month.toString());
    return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * One calendar month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the period
   * @throws InvalidPeriodException if {@code month} is out of range 1..12 or {@code year} out of
   *     {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period month(int year, int month) {
    String label = yearText(year) + "-" + (month >= 0 && month < 10 ? "0" : "") + month;
    checkPart("month", month, 12, label);
    checkYear(year, label);
    return month(YearMonth.of(year, month));
  }

  /**
   * One calendar quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the period
   * @throws InvalidPeriodException if {@code quarter} is out of range 1..4 or {@code year} out of
   *     {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period quarter(int year, int quarter) {
    checkPart("quarter", quarter, 4, yearText(year) + "-Q" + quarter);
    checkYear(year, yearText(year) + "-Q" + quarter);
    LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    return new Period(start, start.plusMonths(3));
  }

  /**
   * One calendar half-year.
   *
   * @param year the year
   * @param half the half, 1 or 2
   * @return the period
   * @throws InvalidPeriodException if {@code half} is out of range 1..2 or {@code year} out of
   *     {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period halfYear(int year, int half) {
    checkPart("half", half, 2, yearText(year) + "-H" + half);
    checkYear(year, yearText(year) + "-H" + half);
    LocalDate start = LocalDate.of(year, 6 * (half - 1) + 1, 1);
    return new Period(start, start.plusMonths(6));
  }

  /**
   * Parses a calendar period: {@code 2026-03}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026} or
   * {@code 2026-01-01..2026-02-15} (end exclusive). Fiscal labels need {@link
   * FiscalCalendar#parse(String)}.
   *
   * @param text the text
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodFormatException if the text is not a period, or names one that is not allowed
   *     (see {@link FiscalCalendar#parse(String)})
   */
  public static Period parse(String text) {
    return FiscalCalendar.CALENDAR.parse(text);
  }

  /**
   * One calendar year.
   *
   * @param year the year
   * @return the period
   * @throws InvalidPeriodException if {@code year} is out of {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period year(int year) {
    checkYear(year, yearText(year));
    LocalDate start = LocalDate.of(year, 1, 1);
    return new Period(start, start.plusYears(1));
  }

  /**
   * Tells whether {@code date} lies in this period.
   *
   * @param date the date
   * @return true if {@code start <= date < end}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }

  /**
   * Tells whether this period consists of whole calendar months.
   *
   * @return true if it starts and ends on the first day of a month
   */
  public boolean isWholeMonths() {
    return start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1;
  }

  /**
   * The calendar months this period consists of, in order: at most {@value #MAX_MONTHS}.
   *
   * @return the months
   * @throws InvalidPeriodException with code {@link ProblemCode#VALUE_OUT_OF_RANGE} if the period
   *     is not made of whole months (see {@link #isWholeMonths()})
   */
  public List<YearMonth> months() {
    if (!isWholeMonths()) {
      throw new InvalidPeriodException(toString(), ProblemCode.VALUE_OUT_OF_RANGE,
          "it is not made of whole months, so it has no list of months");
    }
    List<YearMonth> months = new ArrayList<>((int) ChronoUnit.MONTHS.between(start, end));
    for (YearMonth m = YearMonth.from(start); m.isBefore(YearMonth.from(end)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return List.copyOf(months);
  }

  /**
   * The number of days in this period.
   *
   * @return at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end);
  }

  /**
   * Tells whether {@code other} lies entirely within this period.
   *
   * @param other the other period
   * @return true if {@code start <= other.start} and {@code other.end <= end}
   * @throws NullPointerException if {@code other} is null
   */
  public boolean encloses(Period other) {
    Objects.requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Orders periods by start, then by end.
   *
   * @param other the other period
   * @return a negative number, zero or a positive number
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Period other) {
    Objects.requireNonNull(other, "other");
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  /**
   * A short label, its year written with at least four digits ({@code 0999-Q1}): {@code 2026-03}
   * for a month, {@code 2026-Q1} for a quarter, {@code 2026-H1} for
   * a half-year, {@code 2026} for a year, otherwise {@code 2026-01-01..2026-02-15} (the end
   * exclusive). {@link #parse(String)} reads every label back.
   *
   * @return the label
   */
  @Override
  public String toString() {
    if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
      if (start.plusMonths(1).equals(end)) {
        return YearMonth.from(start).toString();
      }
      if (start.plusMonths(3).equals(end) && (start.getMonthValue() - 1) % 3 == 0) {
        return yearText(start.getYear()) + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      }
      if (start.plusMonths(6).equals(end) && (start.getMonthValue() - 1) % 6 == 0) {
        return yearText(start.getYear()) + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
      }
      if (start.plusYears(1).equals(end) && start.getMonthValue() == 1) {
        return yearText(start.getYear());
      }
    }
    return start + ".." + end;
  }
}
