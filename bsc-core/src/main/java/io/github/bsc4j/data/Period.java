package io.github.bsc4j.data;

import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.ScheduledTarget;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A period: the days {@code [start, end)} and what they are — a month, a quarter, a half, a year,
 * a year-, half- or quarter-to-date, or a custom range (its {@link PeriodKind}). Immutable;
 * compared by its days and its kind, so the year to date through March ({@code 2026-YTD-03}) is
 * not equal to the first quarter ({@code 2026-Q1}) although their days are the same.
 *
 * <p>The record's {@code end} is the first day after the period, which makes arithmetic simple;
 * no code or label shows it: {@link #toString()} gives the period's code ({@code 2026-03}, {@code
 * 2026-Q1}, {@code 2026-YTD-03}, {@code 2026-01..2026-05}, {@code 2026-01-15..2026-02-14}, ranges
 * with their last month or day), {@link #label()} a label a manager reads ({@code Mar 2026},
 * {@code YTD Mar 2026}), and {@link #lastDay()} the last day. Fiscal codes and labels, the
 * previous period and the same period last year come from {@link FiscalCalendar}.
 *
 * <p>Every period is bounded, so that nothing done with one (listing its months, rolling values
 * and targets up over it) grows without limit: its days lie within the years {@value #MIN_YEAR}
 * to {@value #MAX_YEAR} (from 0001-01-01 up to 9999-12-31), and it spans at most {@value
 * #MAX_MONTHS} months (100 years). Anything else is an {@link InvalidPeriodException}.
 *
 * <p>Periods are {@link Serializable}, so that one can be shipped to the workers of a distributed
 * job with the scorecard: a record is read back through its canonical constructor, so a stream
 * holding a period that breaks a rule (an end before its start, say) is refused with the same
 * {@link InvalidPeriodException}.
 *
 * @param start the first day of the period
 * @param end the first day after the period; after {@code start}
 * @param kind what the period is; a kind other than {@link PeriodKind#RANGE} needs whole months
 *     (starting and ending on the first day of a month), as many as the kind spans
 */
public record Period(LocalDate start, LocalDate end, PeriodKind kind)
    implements Comparable<Period>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The first year a period may lie in: the same as a schedule entry's. */
  public static final int MIN_YEAR = ScheduledTarget.MIN_YEAR;

  /** The last year a period may lie in: the same as a schedule entry's. */
  public static final int MAX_YEAR = ScheduledTarget.MAX_YEAR;

  /** The most months a period may span (100 years); a period of days spans as many. */
  public static final int MAX_MONTHS = 1200;

  /**
   * The most days a period may span, {@value}: the most 100 years have (25 leap days). For whole
   * months this is the same limit as {@link #MAX_MONTHS} (any 1,200 months have at most this many
   * days, any 1,201 more); for a period of days, measuring in days means a period shifted by its
   * own length in days (its {@link FiscalCalendar#previous previous} period) or by a year is
   * still valid wherever it lies.
   */
  public static final int MAX_DAYS = 36_525;

  /** The first day after the supported years: the latest end a period may have. */
  private static final LocalDate END_OF_TIME = LocalDate.of(MAX_YEAR + 1, 1, 1);

  private static final String YEARS =
      "outside the supported years " + MIN_YEAR + ".." + MAX_YEAR;

  /**
   * Creates a period.
   *
   * @param start the first day
   * @param end the first day after the period
   * @param kind what the period is
   * @throws NullPointerException if an argument is null
   * @throws InvalidPeriodException if a day lies outside the years {@value #MIN_YEAR}..{@value
   *     #MAX_YEAR}, {@code end} is not after {@code start} ({@link ProblemCode#EMPTY_INTERVAL}),
   *     the period spans more than {@value #MAX_MONTHS} months ({@link
   *     ProblemCode#LIMIT_EXCEEDED}), or the days do not fit the kind ({@link
   *     ProblemCode#VALUE_OUT_OF_RANGE}: a quarter of other than three whole months, a year to
   *     date of more than twelve)
   */
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(kind, "kind");
    check(start, end, kind, "[" + start + ", " + end + ")");
  }

  /**
   * Checks a period's days and kind; {@code asked} names the period as asked for in the
   * exception, so that factories taking inclusive ends can name it the way they were called.
   */
  private static void check(LocalDate start, LocalDate end, PeriodKind kind, String asked) {
    if (!isSupported(start)) {
      throw new InvalidPeriodException(asked, ProblemCode.VALUE_OUT_OF_RANGE,
          "its first day " + start + " lies " + YEARS);
    }
    if (!isSupported(end) && !end.equals(END_OF_TIME)) {
      throw new InvalidPeriodException(asked, ProblemCode.VALUE_OUT_OF_RANGE,
          "its last day " + end.minusDays(1) + " lies " + YEARS);
    }
    if (!end.isAfter(start)) {
      throw new InvalidPeriodException(asked, ProblemCode.EMPTY_INTERVAL,
          "its end " + end + " is not after its start " + start);
    }
    if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
      throw new InvalidPeriodException(asked, ProblemCode.LIMIT_EXCEEDED, "it spans more than "
          + (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1
              ? MAX_MONTHS + " months" : MAX_DAYS + " days")
          + " (100 years), the most a period may span");
    }
    if (kind == PeriodKind.RANGE) {
      return;
    }
    long months = ChronoUnit.MONTHS.between(start, end);
    boolean whole = start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1;
    boolean fits = kind.isToDate() ? months <= kind.maxMonths() : months == kind.maxMonths();
    if (!whole || !fits) {
      throw new InvalidPeriodException(asked, ProblemCode.VALUE_OUT_OF_RANGE,
          "a period of kind " + kind + " is " + (kind.isToDate() ? "1 to " : "")
              + kind.maxMonths() + " whole month" + (kind.maxMonths() == 1 ? "" : "s")
              + (whole ? ", not " + months : ", starting and ending on the first of a month"));
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

  /** A year as codes write it: at least four digits, so that every code parses back. */
  static String yearText(long year) {
    String digits = Long.toString(year);
    return year >= 0 && digits.length() < 4 ? "0000".substring(digits.length()) + digits : digits;
  }

  /** A month number as codes write it: two digits. */
  static String monthText(int month) {
    return (month >= 0 && month < 10 ? "0" : "") + month;
  }

  /** Checks a part number (quarter, half, month) asked for by a factory. */
  static void checkPart(String what, int n, int max, String period) {
    if (n < 1 || n > max) {
      throw new InvalidPeriodException(period, ProblemCode.VALUE_OUT_OF_RANGE,
          what + " " + n + " is out of range 1.." + max);
    }
  }

  /** Makes a period of whole months, naming it as {@code asked} if it is not allowed. */
  static Period ofMonths(YearMonth first, long months, PeriodKind kind, String asked) {
    LocalDate start = first.atDay(1);
    LocalDate end = start.plusMonths(months);
    check(start, end, kind, asked);
    return new Period(start, end, kind);
  }

  /**
   * A period from its first day to the first day after it. Its kind is inferred: a calendar
   * month, quarter, half or year when the days are exactly one, otherwise {@link
   * PeriodKind#RANGE}; a to-date kind is never inferred (use {@link #yearToDate(int, int)} and
   * its siblings, or {@link FiscalCalendar}).
   *
   * @param start the first day
   * @param endExclusive the first day after the period
   * @return the period
   * @throws NullPointerException if a date is null
   * @throws InvalidPeriodException if {@code endExclusive} is not after {@code start}, a day lies
   *     outside the supported years or the period spans more than {@value #MAX_MONTHS} months
   */
  public static Period between(LocalDate start, LocalDate endExclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    check(start, endExclusive, PeriodKind.RANGE, "[" + start + ", " + endExclusive + ")");
    return new Period(start, endExclusive, inferredKind(start, endExclusive));
  }

  private static PeriodKind inferredKind(LocalDate start, LocalDate end) {
    if (start.getDayOfMonth() != 1 || end.getDayOfMonth() != 1) {
      return PeriodKind.RANGE;
    }
    long months = ChronoUnit.MONTHS.between(start, end);
    int offset = start.getMonthValue() - 1;
    if (months == 1) {
      return PeriodKind.MONTH;
    } else if (months == 3 && offset % 3 == 0) {
      return PeriodKind.QUARTER;
    } else if (months == 6 && offset % 6 == 0) {
      return PeriodKind.HALF;
    } else if (months == 12 && offset == 0) {
      return PeriodKind.YEAR;
    }
    return PeriodKind.RANGE;
  }

  /**
   * A custom range of whole months, both included: {@code months(2026-01, 2026-05)} is January to
   * May 2026, code {@code 2026-01..2026-05}. Its kind is always {@link PeriodKind#RANGE}, even
   * when the months make a quarter.
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the period
   * @throws NullPointerException if a month is null
   * @throws InvalidPeriodException if {@code last} is before {@code first} ({@link
   *     ProblemCode#EMPTY_INTERVAL}), a month lies outside the supported years or the range spans
   *     more than {@value #MAX_MONTHS} months
   */
  public static Period months(YearMonth first, YearMonth last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    String asked = yearText(first.getYear()) + "-" + monthText(first.getMonthValue()) + ".."
        + yearText(last.getYear()) + "-" + monthText(last.getMonthValue());
    checkYear(first.getYear(), asked);
    checkYear(last.getYear(), asked);
    if (last.isBefore(first)) {
      throw new InvalidPeriodException(asked, ProblemCode.EMPTY_INTERVAL,
          "its last month " + last + " is before its first month " + first);
    }
    return ofMonths(first, ChronoUnit.MONTHS.between(first, last) + 1, PeriodKind.RANGE, asked);
  }

  /**
   * A custom range of days, both included: {@code days(2026-01-15, 2026-02-14)}, code {@code
   * 2026-01-15..2026-02-14}. Its kind is always {@link PeriodKind#RANGE}.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the period
   * @throws NullPointerException if a date is null
   * @throws InvalidPeriodException if {@code last} is before {@code first} ({@link
   *     ProblemCode#EMPTY_INTERVAL}), a day lies outside the supported years or the range spans
   *     more than {@value #MAX_MONTHS} months
   */
  public static Period days(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    String asked = first + ".." + last;
    if (!isSupported(first)) {
      throw new InvalidPeriodException(asked, ProblemCode.VALUE_OUT_OF_RANGE,
          "its first day " + first + " lies " + YEARS);
    }
    if (!isSupported(last)) {
      throw new InvalidPeriodException(asked, ProblemCode.VALUE_OUT_OF_RANGE,
          "its last day " + last + " lies " + YEARS);
    }
    if (last.isBefore(first)) {
      throw new InvalidPeriodException(asked, ProblemCode.EMPTY_INTERVAL,
          "its last day " + last + " is before its first day " + first);
    }
    check(first, last.plusDays(1), PeriodKind.RANGE, asked);
    return new Period(first, last.plusDays(1), PeriodKind.RANGE);
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
    return ofMonths(month, 1, PeriodKind.MONTH, month.toString());
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
    String asked = yearText(year) + "-" + monthText(month);
    checkPart("month", month, 12, asked);
    checkYear(year, asked);
    return ofMonths(YearMonth.of(year, month), 1, PeriodKind.MONTH, asked);
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
    String asked = yearText(year) + "-Q" + quarter;
    checkPart("quarter", quarter, 4, asked);
    checkYear(year, asked);
    return ofMonths(YearMonth.of(year, 3 * (quarter - 1) + 1), 3, PeriodKind.QUARTER, asked);
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
  public static Period half(int year, int half) {
    String asked = yearText(year) + "-H" + half;
    checkPart("half", half, 2, asked);
    checkYear(year, asked);
    return ofMonths(YearMonth.of(year, 6 * (half - 1) + 1), 6, PeriodKind.HALF, asked);
  }

  /**
   * One calendar year.
   *
   * @param year the year
   * @return the period
   * @throws InvalidPeriodException if {@code year} is out of {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period year(int year) {
    String asked = yearText(year);
    checkYear(year, asked);
    return ofMonths(YearMonth.of(year, 1), 12, PeriodKind.YEAR, asked);
  }

  /**
   * The calendar year to date: January through {@code throughMonth} of {@code year}, code {@code
   * 2026-YTD-03}. Through December it spans the year's days but is still a year to date.
   *
   * @param year the year
   * @param throughMonth its last month, 1 to 12
   * @return the period
   * @throws InvalidPeriodException if {@code throughMonth} is out of range 1..12 or {@code year}
   *     out of {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period yearToDate(int year, int throughMonth) {
    return toDate(year, throughMonth, PeriodKind.YEAR_TO_DATE, "-YTD-");
  }

  /**
   * The calendar half to date: from January or July through {@code throughMonth} of {@code year},
   * code {@code 2026-HTD-05}.
   *
   * @param year the year
   * @param throughMonth its last month, 1 to 12
   * @return the period
   * @throws InvalidPeriodException if {@code throughMonth} is out of range 1..12 or {@code year}
   *     out of {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period halfToDate(int year, int throughMonth) {
    return toDate(year, throughMonth, PeriodKind.HALF_TO_DATE, "-HTD-");
  }

  /**
   * The calendar quarter to date: from the first month of the quarter through {@code
   * throughMonth} of {@code year}, code {@code 2026-QTD-05} (April and May).
   *
   * @param year the year
   * @param throughMonth its last month, 1 to 12
   * @return the period
   * @throws InvalidPeriodException if {@code throughMonth} is out of range 1..12 or {@code year}
   *     out of {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Period quarterToDate(int year, int throughMonth) {
    return toDate(year, throughMonth, PeriodKind.QUARTER_TO_DATE, "-QTD-");
  }

  private static Period toDate(int year, int through, PeriodKind kind, String tag) {
    String asked = yearText(year) + tag + monthText(through);
    checkPart("month", through, 12, asked);
    checkYear(year, asked);
    return FiscalCalendar.CALENDAR.toDate(YearMonth.of(year, through), kind, asked);
  }

  /**
   * Parses a period's code: {@code 2026-03}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026},
   * {@code 2026-YTD-03}, {@code 2026-HTD-05}, {@code 2026-QTD-05}, {@code 2026-01..2026-05}
   * (months, both included), {@code 2026-01-15..2026-02-14} (days, both included), and the codes
   * {@link #toString()} gives fiscal quarters, halves, years and to-dates ({@code
   * Q[2026-02..2026-04]}). Fiscal codes such as {@code FY2027-Q1} need {@link
   * FiscalCalendar#parse(String)}. {@code Period.parse(p.toString())} equals {@code p} for every
   * period.
   *
   * @param text the code
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodFormatException if the text is not a period, or names one that is not allowed
   *     (see {@link FiscalCalendar#parse(String)})
   */
  public static Period parse(String text) {
    return FiscalCalendar.CALENDAR.parse(text);
  }

  /**
   * The last day of the period.
   *
   * @return the day before {@link #end()}
   */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }

  /**
   * Tells whether this is a year-, half- or quarter-to-date.
   *
   * @return true if {@link PeriodKind#isToDate()} of its kind
   */
  public boolean isToDate() {
    return kind.isToDate();
  }

  /**
   * Tells whether {@code date} lies in this period.
   *
   * @param date the date
   * @return true if {@code start <= date <= lastDay()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end);
  }

  /**
   * Tells whether this period consists of whole calendar months.
   *
   * @return true if it starts on the first day of a month and ends on the last day of one
   */
  public boolean isWholeMonths() {
    return start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1;
  }

  /** The number of months of a period of whole months. */
  long monthCount() {
    return ChronoUnit.MONTHS.between(start, end);
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
    List<YearMonth> months = new ArrayList<>((int) monthCount());
    YearMonth last = YearMonth.from(lastDay());
    for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
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
   * Tells whether {@code other}'s days lie entirely within this period's, whatever the kinds.
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
   * Tells whether {@code other} has the same days as this period, whatever the kinds: the year
   * to date through March has the same days as the first quarter.
   *
   * @param other the other period
   * @return true if the starts and the ends are equal
   * @throws NullPointerException if {@code other} is null
   */
  public boolean sameDays(Period other) {
    Objects.requireNonNull(other, "other");
    return start.equals(other.start) && end.equals(other.end);
  }

  /**
   * The days of a period as one number, ordered as the days are (by start, then by end): the
   * start's epoch day times 2^17 plus the length in days (at most {@link #MAX_DAYS}, below
   * 2^17). Two periods have the same code exactly when they have the same days.
   */
  static long dayCode(Period p) {
    long start = p.start().toEpochDay();
    return (start << 17) + (p.end().toEpochDay() - start);
  }

  /** The period {@link #between} names for a {@link #dayCode}. */
  static Period ofDayCode(long code) {
    LocalDate start = LocalDate.ofEpochDay(code >> 17);
    return between(start, start.plusDays(code & ((1 << 17) - 1)));
  }


  /**
   * Orders periods by start, then by end, then by kind (in the order of {@link PeriodKind}).
   *
   * @param other the other period
   * @return a negative number, zero or a positive number
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Period other) {
    Objects.requireNonNull(other, "other");
    int c = start.compareTo(other.start);
    if (c == 0) {
      c = end.compareTo(other.end);
    }
    return c != 0 ? c : kind.compareTo(other.kind);
  }

  /**
   * A label a manager reads, in English: {@code Mar 2026}, {@code Q1 2026}, {@code YTD Mar 2026},
   * {@code Jan–May 2026}; the same as {@link FiscalCalendar#label(Period)} of the {@link
   * FiscalCalendar#CALENDAR}.
   *
   * @return the label
   */
  public String label() {
    return FiscalCalendar.CALENDAR.label(this);
  }

  /**
   * The period's code, its year written with at least four digits ({@code 0999-Q1}): {@code
   * 2026-03} for a month, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026} for a calendar quarter,
   * half and year, {@code 2026-YTD-03}, {@code 2026-HTD-05}, {@code 2026-QTD-05} for calendar
   * to-dates, {@code 2026-01..2026-05} for a range of whole months and {@code
   * 2026-01-15..2026-02-14} for one of days (both ends included). A fiscal quarter, half, year or
   * to-date that is not a calendar one is written as its kind and its months, {@code
   * Q[2026-02..2026-04]}, {@code H[...]}, {@code FY[...]}, {@code YTD[...]}, {@code HTD[...]},
   * {@code QTD[...]}: it belongs to no one fiscal calendar. {@link #parse(String)} reads every
   * code back to an equal period.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return FiscalCalendar.CALENDAR.format(this);
  }
}
