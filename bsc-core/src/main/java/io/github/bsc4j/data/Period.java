package io.github.bsc4j.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar period {@code [start, end)}: a month, a quarter, a year or any custom range of days.
 * Immutable; compared by its dates.
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
   * A short label: {@code 2026-03} for a month, {@code 2026-Q1} for a quarter, {@code 2026} for a
   * year, otherwise {@code 2026-01-01..2026-02-15} (the end exclusive).
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
      if (start.plusYears(1).equals(end) && start.getMonthValue() == 1) {
        return Integer.toString(start.getYear());
      }
    }
    return start + ".." + end;
  }
}
