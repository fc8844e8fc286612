package io.github.bsc4j.data;

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
 * @param start the first day of the period
 * @param end the first day after the period; after {@code start}
 */
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {

  /**
   * Creates a period.
   *
   * @param start the first day
   * @param end the first day after the period
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "period end " + end + " must be after its start " + start);
    }
  }

  /**
   * A custom range of days.
   *
   * @param start the first day
   * @param endExclusive the first day after the period
   * @return the period
   * @throws IllegalArgumentException if {@code endExclusive} is not after {@code start}
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
   */
  public static Period month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /**
   * One calendar month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the period
   * @throws java.time.DateTimeException if {@code month} is out of range
   */
  public static Period month(int year, int month) {
    return month(YearMonth.of(year, month));
  }

  /**
   * One calendar quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the period
   * @throws IllegalArgumentException if {@code quarter} is out of range
   */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must lie in 1..4, was " + quarter);
    }
    LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    return new Period(start, start.plusMonths(3));
  }

  /**
   * One calendar half-year.
   *
   * @param year the year
   * @param half the half, 1 or 2
   * @return the period
   * @throws IllegalArgumentException if {@code half} is out of range
   */
  public static Period halfYear(int year, int half) {
    if (half < 1 || half > 2) {
      throw new IllegalArgumentException("half must be 1 or 2, was " + half);
    }
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
   * @throws PeriodFormatException if the text is not a period
   */
  public static Period parse(String text) {
    return FiscalCalendar.CALENDAR.parse(text);
  }

  /**
   * One calendar year.
   *
   * @param year the year
   * @return the period
   */
  public static Period year(int year) {
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
   * The calendar months this period consists of, in order.
   *
   * @return the months
   * @throws IllegalStateException if the period is not whole months
   */
  public List<YearMonth> months() {
    if (!isWholeMonths()) {
      throw new IllegalStateException("period " + this + " is not made of whole months");
    }
    List<YearMonth> months = new ArrayList<>();
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
   */
  @Override
  public int compareTo(Period other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : end.compareTo(other.end);
  }

  /**
   * A short label: {@code 2026-03} for a month, {@code 2026-Q1} for a quarter, {@code 2026-H1} for
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
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      }
      if (start.plusMonths(6).equals(end) && (start.getMonthValue() - 1) % 6 == 0) {
        return start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
      }
      if (start.plusYears(1).equals(end) && start.getMonthValue() == 1) {
        return Integer.toString(start.getYear());
      }
    }
    return start + ".." + end;
  }
}
