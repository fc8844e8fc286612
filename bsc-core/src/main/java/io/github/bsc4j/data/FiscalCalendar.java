package io.github.bsc4j.data;

import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal calendar: the month a fiscal year starts in, and what follows from it — fiscal years,
 * halves and quarters, year-to-date and quarter-to-date of any period, the previous comparable
 * period, and period labels. A fiscal year is named after the calendar year it ends in: with an
 * April start, FY2026 runs from 2025-04-01 to 2026-03-31. {@link #CALENDAR} starts in January, so
 * its fiscal years are calendar years. Immutable.
 *
 * <p>Every period it makes or reads is a {@link Period}, so its days lie within the years
 * {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR} and it spans at most {@value
 * Period#MAX_MONTHS} months. Fiscal years are numbered {@value Period#MIN_YEAR}..{@value
 * Period#MAX_YEAR}, and their days must lie within those years too: in a calendar starting in
 * April, FY1 would start in the year 0, so of FY1 only the fourth quarter (0001-01-01 to
 * 0001-03-31) exists. A period asked for or derived from another (the previous one, a
 * year-to-date) that falls outside those bounds is an {@link InvalidPeriodException}. Fiscal
 * labels name the fiscal years 1..9999 ({@code FY0001} to {@code FY9999}); a period of the year
 * 9999 that belongs to the fiscal year 10000 is labelled by its dates.
 */
public final class FiscalCalendar {
  /** The calendar year: fiscal years start in January. */
  public static final FiscalCalendar CALENDAR = new FiscalCalendar(Month.JANUARY);

  /**
   * The longest label {@link #parse(String)} reads, in characters after stripping surrounding
   * white space; the longest valid label, {@code 2026-01-01..2026-02-15}, has 22.
   */
  public static final int MAX_TEXT_LENGTH = 64;

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern PART = Pattern.compile("(FY)?(\\d{4})-([QH])(\\d+)");
  private static final Pattern YEAR = Pattern.compile("(FY)?(\\d{4})");
  private static final Pattern RANGE = Pattern.compile("(.+)\\.\\.(.+)");

  private final Month firstMonth;

  private FiscalCalendar(Month firstMonth) {
    this.firstMonth = firstMonth;
  }

  /**
   * A fiscal calendar whose years start in {@code firstMonth}.
   *
   * @param firstMonth the first month of each fiscal year
   * @return the calendar
   * @throws NullPointerException if {@code firstMonth} is null
   */
  public static FiscalCalendar startingIn(Month firstMonth) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    return firstMonth == Month.JANUARY ? CALENDAR : new FiscalCalendar(firstMonth);
  }

  /**
   * The first month of each fiscal year.
   *
   * @return the month
   */
  public Month firstMonth() {
    return firstMonth;
  }

  /**
   * The fiscal year a day falls in, named after the calendar year the fiscal year ends in.
   *
   * @param date the day
   * @return the fiscal year's number
   * @throws NullPointerException if {@code date} is null
   */
  public int fiscalYearOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (firstMonth == Month.JANUARY) {
      return date.getYear();
    }
    return date.getMonthValue() >= firstMonth.getValue() ? date.getYear() + 1 : date.getYear();
  }

  /**
   * One fiscal year.
   *
   * @param fiscalYear the fiscal year's number (the calendar year it ends in)
   * @return the period
   * @throws InvalidPeriodException if the fiscal year is outside {@value Period#MIN_YEAR}..{@value
   *     Period#MAX_YEAR} or its days are (see the class description)
   */
  public Period year(int fiscalYear) {
    checkFiscalYear(fiscalYear, label(fiscalYear, ""));
    LocalDate start = startOf(fiscalYear);
    return new Period(start, start.plusYears(1));
  }

  /**
   * One half of a fiscal year.
   *
   * @param fiscalYear the fiscal year
   * @param half 1 or 2
   * @return the period
   * @throws InvalidPeriodException if {@code half} is out of range 1..2, or the fiscal year is
   *     outside {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR} or the half's days are (see the
   *     class description)
   */
  public Period half(int fiscalYear, int half) {
    String label = label(fiscalYear, "-H" + half);
    Period.checkPart("half", half, 2, label);
    checkFiscalYear(fiscalYear, label);
    LocalDate start = startOf(fiscalYear).plusMonths(6L * (half - 1));
    return new Period(start, start.plusMonths(6));
  }

  /**
   * One quarter of a fiscal year.
   *
   * @param fiscalYear the fiscal year
   * @param quarter 1 to 4
   * @return the period
   * @throws InvalidPeriodException if {@code quarter} is out of range 1..4, or the fiscal year is
   *     outside {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR} or the quarter's days are (see
   *     the class description)
   */
  public Period quarter(int fiscalYear, int quarter) {
    String label = label(fiscalYear, "-Q" + quarter);
    Period.checkPart("quarter", quarter, 4, label);
    checkFiscalYear(fiscalYear, label);
    LocalDate start = startOf(fiscalYear).plusMonths(3L * (quarter - 1));
    return new Period(start, start.plusMonths(3));
  }

  /**
   * Year-to-date: from the start of the fiscal year {@code period} starts in to the end of {@code
   * period}.
   *
   * @param period any period
   * @return the year to date
   * @throws NullPointerException if {@code period} is null
   * @throws InvalidPeriodException if the year to date would start before the year {@value
   *     Period#MIN_YEAR} or span more than {@value Period#MAX_MONTHS} months
   */
  public Period yearToDate(Period period) {
    Objects.requireNonNull(period, "period");
    return new Period(startOf(fiscalYearOf(period.start())), period.end());
  }

  /**
   * Quarter-to-date: from the start of the fiscal quarter {@code period} starts in to the end of
   * {@code period}.
   *
   * @param period any period
   * @return the quarter to date
   * @throws NullPointerException if {@code period} is null
   * @throws InvalidPeriodException if the quarter to date would start before the year {@value
   *     Period#MIN_YEAR} or span more than {@value Period#MAX_MONTHS} months
   */
  public Period quarterToDate(Period period) {
    Objects.requireNonNull(period, "period");
    return new Period(quarterStart(period.start()), period.end());
  }

  /**
   * The previous comparable period: the month, fiscal quarter, half or year before one; for a
   * year- or quarter-to-date, the same span a year or a quarter earlier; for other whole months,
   * as many months earlier; otherwise as many days earlier.
   *
   * @param period the period
   * @return the previous comparable period
   * @throws NullPointerException if {@code period} is null
   * @throws InvalidPeriodException with code {@link ProblemCode#VALUE_OUT_OF_RANGE} if the
   *     previous period would start before the year {@value Period#MIN_YEAR}
   */
  public Period previous(Period period) {
    Objects.requireNonNull(period, "period");
    if (!period.isWholeMonths()) {
      long days = period.lengthInDays();
      return new Period(period.start().minusDays(days), period.start());
    }
    int months = (int) ChronoUnit.MONTHS.between(period.start(), period.end());
    boolean aligned = monthsFromYearStart(period.start()) % months == 0;
    long shift;
    if (months == 1 || ((months == 3 || months == 6 || months == 12) && aligned)) {
      shift = months;
    } else if (period.start().equals(startOf(fiscalYearOf(period.start())))) {
      shift = 12; // year-to-date: the same span a year earlier
    } else if (period.start().equals(quarterStart(period.start())) && months < 3) {
      shift = 3; // quarter-to-date: the same span a quarter earlier
    } else {
      shift = months;
    }
    return new Period(period.start().minusMonths(shift), period.end().minusMonths(shift));
  }

  /**
   * A label for a period: {@code 2026-03} for a month; for fiscal years, halves and quarters
   * {@code FY2026}, {@code FY2026-H1}, {@code FY2026-Q1} (or {@code 2026}, {@code 2026-H1},
   * {@code 2026-Q1} in the {@link #CALENDAR}); otherwise {@link Period#toString()}. {@link
   * #parse(String)} reads every label back.
   *
   * @param period the period
   * @return the label
   * @throws NullPointerException if {@code period} is null
   */
  public String format(Period period) {
    Objects.requireNonNull(period, "period");
    if (!period.isWholeMonths() || firstMonth == Month.JANUARY) {
      return period.toString();
    }
    long months = ChronoUnit.MONTHS.between(period.start(), period.end());
    int offset = monthsFromYearStart(period.start());
    int fiscalYear = fiscalYearOf(period.start());
    if (fiscalYear > Period.MAX_YEAR) {
      return period.toString(); // FY10000 is no label parse reads
    }
    String fy = "FY" + Period.yearText(fiscalYear);
    if (months == 12 && offset == 0) {
      return fy;
    }
    if (months == 6 && offset % 6 == 0) {
      return fy + "-H" + (offset / 6 + 1);
    }
    if (months == 3 && offset % 3 == 0) {
      return fy + "-Q" + (offset / 3 + 1);
    }
    return period.toString();
  }

  /**
   * Parses a label: {@code 2026-03}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026} (calendar
   * periods), {@code FY2026}, {@code FY2026-Q1}, {@code FY2026-H1} (fiscal periods of this
   * calendar) or {@code 2026-01-01..2026-02-15} (a custom range, end exclusive).
   *
   * @param text the label
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodFormatException naming the text (cut to a bounded length) and what is wrong
   *     with it: code {@link ProblemCode#MALFORMED_PERIOD} for a text that is not a period, {@link
   *     ProblemCode#TEXT_TOO_LONG} for one longer than {@value #MAX_TEXT_LENGTH} characters, and
   *     the code of the {@link InvalidPeriodException} (its cause) for a period that is not
   *     allowed: {@link ProblemCode#VALUE_OUT_OF_RANGE} for a year outside {@value
   *     Period#MIN_YEAR}..{@value Period#MAX_YEAR}, {@link ProblemCode#LIMIT_EXCEEDED} for a span
   *     longer than {@value Period#MAX_MONTHS} months
   */
  public Period parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.isEmpty()) {
      throw new PeriodFormatException(text, "it is empty");
    }
    if (t.length() > MAX_TEXT_LENGTH) {
      throw new PeriodFormatException(text, ProblemCode.TEXT_TOO_LONG,
          "it has " + t.length() + " characters, at most " + MAX_TEXT_LENGTH + " are allowed",
          null);
    }
    try {
      return parseLabel(text, t);
    } catch (InvalidPeriodException e) {
      throw new PeriodFormatException(text, e.code(), e.reason(), e);
    }
  }

  private Period parseLabel(String text, String t) {
    Matcher m = MONTH.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        throw new PeriodFormatException(text, "month " + month + " is out of range 1..12");
      }
      return Period.month(Integer.parseInt(m.group(1)), month);
    }
    m = PART.matcher(t);
    if (m.matches()) {
      boolean fiscal = m.group(1) != null;
      int year = Integer.parseInt(m.group(2));
      boolean quarter = m.group(3).equals("Q");
      int n = parsePart(text, m.group(4), quarter ? 4 : 2, quarter ? "quarter" : "half");
      FiscalCalendar c = fiscal ? this : CALENDAR;
      return quarter ? c.quarter(year, n) : c.half(year, n);
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      return (m.group(1) != null ? this : CALENDAR).year(Integer.parseInt(m.group(2)));
    }
    m = RANGE.matcher(t);
    if (m.matches()) {
      LocalDate start = date(text, m.group(1));
      LocalDate end = date(text, m.group(2));
      if (!end.isAfter(start)) {
        throw new PeriodFormatException(text, "end " + end + " is not after start " + start);
      }
      return new Period(start, end);
    }
    throw new PeriodFormatException(text, "its form is not recognised");
  }

  private static int parsePart(String text, String digits, int max, String what) {
    int n = digits.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    if (n < 1 || n > max) {
      throw new PeriodFormatException(text, what + " " + digits + " is out of range 1.." + max);
    }
    return n;
  }

  private static LocalDate date(String text, String part) {
    try {
      return LocalDate.parse(part.strip());
    } catch (DateTimeParseException e) {
      throw new PeriodFormatException(
          text, "'" + UserText.quote(part.strip()) + "' is not a date (yyyy-mm-dd)");
    }
  }

  /**
   * The first day of a fiscal year: only for the fiscal years 1..9999 (checked) or of a day of a
   * period (at most 10000), so that it is a valid date; a {@link Period} made from it checks it.
   */
  private LocalDate startOf(int fiscalYear) {
    int calendarYear = firstMonth == Month.JANUARY ? fiscalYear : fiscalYear - 1;
    return LocalDate.of(calendarYear, firstMonth, 1);
  }

  /**
   * Checks a fiscal year's number; whether its days lie within the supported years is left to
   * {@link Period}, which names them.
   */
  private void checkFiscalYear(int fiscalYear, String label) {
    if (fiscalYear < Period.MIN_YEAR || fiscalYear > Period.MAX_YEAR) {
      throw new InvalidPeriodException(label, ProblemCode.VALUE_OUT_OF_RANGE,
          (firstMonth == Month.JANUARY ? "year " : "fiscal year ") + fiscalYear
              + " is outside the supported years " + Period.MIN_YEAR + ".." + Period.MAX_YEAR);
    }
  }

  /** A label for a fiscal period asked for, such as FY2026-Q5 (2026-Q5 in the CALENDAR). */
  private String label(int fiscalYear, String part) {
    return (firstMonth == Month.JANUARY ? "" : "FY") + Period.yearText(fiscalYear) + part;
  }

  private int monthsFromYearStart(LocalDate date) {
    return Math.floorMod(date.getMonthValue() - firstMonth.getValue(), 12);
  }

  private LocalDate quarterStart(LocalDate date) {
    int offset = monthsFromYearStart(date);
    return YearMonth.from(date).minusMonths(offset % 3).atDay(1);
  }

  /**
   * Compares by first month.
   *
   * @param o the other object
   * @return true if both calendars start in the same month
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof FiscalCalendar f && f.firstMonth == firstMonth;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return firstMonth.hashCode();
  }

  /**
   * Names the first month.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "FiscalCalendar[starts in " + firstMonth + "]";
  }
}
