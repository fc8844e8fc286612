package io.github.bsc4j.data;

import io.github.bsc4j.internal.PeriodWords;
import io.github.bsc4j.internal.Words;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal calendar: the month a fiscal year starts in, and what follows from it — fiscal years,
 * halves and quarters, year-, half- and quarter-to-date, period codes and labels, and the period
 * a result is compared with. A fiscal year is named after the calendar year it ends in: with an
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
 * codes name the fiscal years 1..9999 ({@code FY0001} to {@code FY9999}); a period of the year
 * 9999 that belongs to the fiscal year 10000 keeps its {@link Period#toString()} code.
 *
 * <p>Calendars are {@link Serializable}; reading one back goes through {@link
 * #startingIn(Month)}.
 */
public final class FiscalCalendar implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The calendar year: fiscal years start in January. */
  public static final FiscalCalendar CALENDAR = new FiscalCalendar(Month.JANUARY);

  /**
   * The longest code {@link #parse(String)} reads, in characters after stripping surrounding
   * white space; the longest valid code, {@code 2026-01-15..2026-02-14}, has 22.
   */
  public static final int MAX_TEXT_LENGTH = 64;

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern PART = Pattern.compile("(FY)?(\\d{4})-([QH])(\\d+)");
  private static final Pattern YEAR = Pattern.compile("(FY)?(\\d{4})");
  private static final Pattern TO_DATE = Pattern.compile("(FY)?(\\d{4})-([YHQ])TD-(\\d{2})");
  private static final Pattern MONTHS =
      Pattern.compile("(QTD|HTD|YTD|Q|H|FY)?(\\[)?(\\d{4})-(\\d{2})\\.\\.(\\d{4})-(\\d{2})(])?");
  private static final Pattern DAYS = Pattern.compile("([^.]+)\\.\\.([^.]+)");

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
   * One fiscal year, of kind {@link PeriodKind#YEAR}.
   *
   * @param fiscalYear the fiscal year's number (the calendar year it ends in)
   * @return the period
   * @throws InvalidPeriodException if the fiscal year is outside {@value Period#MIN_YEAR}..{@value
   *     Period#MAX_YEAR} or its days are (see the class description)
   */
  public Period year(int fiscalYear) {
    String asked = code(fiscalYear, "");
    checkFiscalYear(fiscalYear, asked);
    return Period.ofMonths(startOf(fiscalYear), 12, PeriodKind.YEAR, asked);
  }

  /**
   * One half of a fiscal year, of kind {@link PeriodKind#HALF}.
   *
   * @param fiscalYear the fiscal year
   * @param half 1 or 2
   * @return the period
   * @throws InvalidPeriodException if {@code half} is out of range 1..2, or the fiscal year is
   *     outside {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR} or the half's days are (see the
   *     class description)
   */
  public Period half(int fiscalYear, int half) {
    String asked = code(fiscalYear, "-H" + half);
    Period.checkPart("half", half, 2, asked);
    checkFiscalYear(fiscalYear, asked);
    YearMonth first = startOf(fiscalYear).plusMonths(6L * (half - 1));
    return Period.ofMonths(first, 6, PeriodKind.HALF, asked);
  }

  /**
   * One quarter of a fiscal year, of kind {@link PeriodKind#QUARTER}.
   *
   * @param fiscalYear the fiscal year
   * @param quarter 1 to 4
   * @return the period
   * @throws InvalidPeriodException if {@code quarter} is out of range 1..4, or the fiscal year is
   *     outside {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR} or the quarter's days are (see
   *     the class description)
   */
  public Period quarter(int fiscalYear, int quarter) {
    String asked = code(fiscalYear, "-Q" + quarter);
    Period.checkPart("quarter", quarter, 4, asked);
    checkFiscalYear(fiscalYear, asked);
    YearMonth first = startOf(fiscalYear).plusMonths(3L * (quarter - 1));
    return Period.ofMonths(first, 3, PeriodKind.QUARTER, asked);
  }

  /**
   * The fiscal year to date through a month: from the first month of the fiscal year {@code
   * through} falls in to {@code through}, of kind {@link PeriodKind#YEAR_TO_DATE}. With an April
   * start, the year to date through June 2026 is April to June 2026, code {@code FY2027-YTD-06}.
   *
   * @param through the last month
   * @return the period
   * @throws NullPointerException if {@code through} is null
   * @throws InvalidPeriodException if a day of the period would lie outside the years {@value
   *     Period#MIN_YEAR}..{@value Period#MAX_YEAR}
   */
  public Period yearToDate(YearMonth through) {
    return toDate(through, PeriodKind.YEAR_TO_DATE);
  }

  /**
   * The fiscal half to date through a month: from the first month of the fiscal half {@code
   * through} falls in to {@code through}, of kind {@link PeriodKind#HALF_TO_DATE}.
   *
   * @param through the last month
   * @return the period
   * @throws NullPointerException if {@code through} is null
   * @throws InvalidPeriodException if a day of the period would lie outside the years {@value
   *     Period#MIN_YEAR}..{@value Period#MAX_YEAR}
   */
  public Period halfToDate(YearMonth through) {
    return toDate(through, PeriodKind.HALF_TO_DATE);
  }

  /**
   * The fiscal quarter to date through a month: from the first month of the fiscal quarter {@code
   * through} falls in to {@code through}, of kind {@link PeriodKind#QUARTER_TO_DATE}.
   *
   * @param through the last month
   * @return the period
   * @throws NullPointerException if {@code through} is null
   * @throws InvalidPeriodException if a day of the period would lie outside the years {@value
   *     Period#MIN_YEAR}..{@value Period#MAX_YEAR}
   */
  public Period quarterToDate(YearMonth through) {
    return toDate(through, PeriodKind.QUARTER_TO_DATE);
  }

  private Period toDate(YearMonth through, PeriodKind kind) {
    Objects.requireNonNull(through, "through");
    String tag = kind == PeriodKind.YEAR_TO_DATE ? "-YTD-"
        : kind == PeriodKind.HALF_TO_DATE ? "-HTD-" : "-QTD-";
    String asked =
        code(fiscalYearOf(through.atDay(1)), tag + Period.monthText(through.getMonthValue()));
    Period.checkYear(through.getYear(), asked);
    return toDate(through, kind, asked);
  }

  /** A to-date of a checked month, named {@code asked} if its days are not allowed. */
  Period toDate(YearMonth through, PeriodKind kind, String asked) {
    int months = monthsFromYearStart(through.getMonthValue()) % kind.maxMonths() + 1;
    return Period.ofMonths(through.minusMonths(months - 1L), months, kind, asked);
  }

  /**
   * The previous period of the same kind, one step back: the month, quarter, half or year before;
   * for a to-date, the one through the month before (through March → through February), and for
   * one of a single month the whole year, half or quarter before it (the year to date through
   * January → through December of the year before); for a range, as many whole months earlier
   * when it is made of whole months, otherwise as many days earlier, back to back. A period
   * carries its own alignment, so the result is the same in every fiscal calendar.
   *
   * @param period the period
   * @return the previous period, of the same kind
   * @throws NullPointerException if {@code period} is null
   * @throws InvalidPeriodException with code {@link ProblemCode#VALUE_OUT_OF_RANGE} if the
   *     previous period would start before the year {@value Period#MIN_YEAR}
   */
  public Period previous(Period period) {
    Objects.requireNonNull(period, "period");
    PeriodKind kind = period.kind();
    LocalDate start = period.start();
    if (!period.isWholeMonths()) {
      long days = period.lengthInDays();
      return derived(period, "the period before it", start.minusDays(days), start);
    }
    long months = period.monthCount();
    if (kind.isToDate()) {
      return months > 1
          ? derived(period, "the period before it", start, period.end().minusMonths(1))
          : derived(period, "the period before it", start.minusMonths(kind.maxMonths()), start);
    }
    return derived(period, "the period before it",
        start.minusMonths(months), period.end().minusMonths(months));
  }

  /**
   * The same period one year earlier, of the same kind: the year to date through March 2026
   * gives the one through March 2025, {@code FY2027-YTD-06} gives {@code FY2026-YTD-06}. A range
   * of days moves its first and last days back a year each (29 February becomes 28 February).
   * The result is the same in every fiscal calendar.
   *
   * @param period the period
   * @return the period a year earlier
   * @throws NullPointerException if {@code period} is null
   * @throws InvalidPeriodException with code {@link ProblemCode#VALUE_OUT_OF_RANGE} if it would
   *     start before the year {@value Period#MIN_YEAR}
   */
  public Period sameLastYear(Period period) {
    Objects.requireNonNull(period, "period");
    if (period.isWholeMonths()) {
      return derived(period, "the same period a year earlier",
          period.start().minusMonths(12), period.end().minusMonths(12));
    }
    return derived(period, "the same period a year earlier",
        period.start().minusYears(1), period.lastDay().minusYears(1).plusDays(1));
  }

  /**
   * The period {@code period} is compared with.
   *
   * @param period the period
   * @param comparison which comparison
   * @return {@link #previous(Period)} or {@link #sameLastYear(Period)}
   * @throws NullPointerException if an argument is null
   * @throws InvalidPeriodException if that period would start before the year {@value
   *     Period#MIN_YEAR}
   */
  public Period compared(Period period, Comparison comparison) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(comparison, "comparison");
    return comparison == Comparison.PREVIOUS_PERIOD ? previous(period) : sameLastYear(period);
  }

  /** A period derived from {@code from}, which an exception names if it starts before year 1. */
  private Period derived(Period from, String what, LocalDate start, LocalDate end) {
    if (start.getYear() < Period.MIN_YEAR) {
      throw new InvalidPeriodException(format(from), ProblemCode.VALUE_OUT_OF_RANGE,
          what + " would start in the year " + start.getYear() + ", before the year "
              + Period.MIN_YEAR);
    }
    return new Period(start, end, from.kind());
  }

  // ---------------------------------------------------------------------------------- codes

  /**
   * The period's code in this calendar: as {@link Period#toString()}, except that the quarters,
   * halves, years and to-dates of this calendar's fiscal years are {@code FY2027-Q1}, {@code
   * FY2027-H2}, {@code FY2027}, {@code FY2027-YTD-06}, {@code FY2027-HTD-06}, {@code
   * FY2027-QTD-06} (the to-dates name their last month by its calendar month number: with an
   * April start, {@code FY2027-YTD-06} runs through June 2026). In the {@link #CALENDAR} they are
   * {@code 2026-Q1}, {@code 2026-H1}, {@code 2026}, {@code 2026-YTD-03}. Ranges show their last
   * month or day, never the day after. {@link #parse(String)} reads every code back to an equal
   * period.
   *
   * @param period the period
   * @return the code
   * @throws NullPointerException if {@code period} is null
   */
  public String format(Period period) {
    Objects.requireNonNull(period, "period");
    LocalDate start = period.start();
    switch (period.kind()) {
      case MONTH:
        return monthCode(YearMonth.from(start));
      case RANGE:
        return period.isWholeMonths()
            ? monthCode(YearMonth.from(start)) + ".." + monthCode(YearMonth.from(period.lastDay()))
            : start + ".." + period.lastDay();
      default:
        break;
    }
    if (!owns(period)) {
      return this != CALENDAR && CALENDAR.owns(period)
          ? CALENDAR.format(period)
          : tag(period.kind()) + "[" + monthCode(YearMonth.from(start)) + ".."
              + monthCode(YearMonth.from(period.lastDay())) + "]";
    }
    int fiscalYear = fiscalYearOf(start);
    int offset = monthsFromYearStart(start.getMonthValue());
    String through = Period.monthText(period.lastDay().getMonthValue());
    return switch (period.kind()) {
      case QUARTER -> code(fiscalYear, "-Q" + (offset / 3 + 1));
      case HALF -> code(fiscalYear, "-H" + (offset / 6 + 1));
      case YEAR -> code(fiscalYear, "");
      case YEAR_TO_DATE -> code(fiscalYear, "-YTD-" + through);
      case HALF_TO_DATE -> code(fiscalYear, "-HTD-" + through);
      default -> code(fiscalYear, "-QTD-" + through);
    };
  }

  /**
   * Tells whether a quarter, half, year or to-date is one of this calendar's, with a fiscal year
   * it can name (1..9999).
   */
  private boolean owns(Period period) {
    int offset = monthsFromYearStart(period.start().getMonthValue());
    return offset % period.kind().maxMonths() == 0
        && fiscalYearOf(period.start()) <= Period.MAX_YEAR;
  }

  private static String tag(PeriodKind kind) {
    return switch (kind) {
      case QUARTER -> "Q";
      case HALF -> "H";
      case YEAR -> "FY";
      case YEAR_TO_DATE -> "YTD";
      case HALF_TO_DATE -> "HTD";
      default -> "QTD";
    };
  }

  private static String monthCode(YearMonth month) {
    return Period.yearText(month.getYear()) + "-" + Period.monthText(month.getMonthValue());
  }

  /**
   * Parses a period's code: every code {@link Period#toString()} gives ({@code 2026-03}, {@code
   * 2026-Q1}, {@code 2026-H1}, {@code 2026}, {@code 2026-YTD-03}, {@code 2026-HTD-05}, {@code
   * 2026-QTD-05}, {@code 2026-01..2026-05} and {@code 2026-01-15..2026-02-14} with both ends
   * included, {@code Q[2026-02..2026-04]}), and the fiscal codes of this calendar ({@code FY2027},
   * {@code FY2027-Q1}, {@code FY2027-H2}, {@code FY2027-YTD-06}, {@code FY2027-HTD-06}, {@code
   * FY2027-QTD-06}; in the {@link #CALENDAR}, {@code FY2026} is the year 2026).
   *
   * @param text the code
   * @return the period
   * @throws NullPointerException if {@code text} is null
   * @throws PeriodFormatException naming the text (cut to a bounded length) and what is wrong
   *     with it: code {@link ProblemCode#MALFORMED_PERIOD} for a text that is not a period, {@link
   *     ProblemCode#TEXT_TOO_LONG} for one longer than {@value #MAX_TEXT_LENGTH} characters, and
   *     the code of the {@link InvalidPeriodException} (its cause) for a period that is not
   *     allowed: {@link ProblemCode#VALUE_OUT_OF_RANGE} for a year outside {@value
   *     Period#MIN_YEAR}..{@value Period#MAX_YEAR} or months that do not fit the kind ({@code
   *     Q[2026-01..2026-04]}), {@link ProblemCode#EMPTY_INTERVAL} for a range whose last month or
   *     day is before its first, {@link ProblemCode#LIMIT_EXCEEDED} for a span longer than
   *     {@value Period#MAX_MONTHS} months
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
      return parseCode(text, t);
    } catch (InvalidPeriodException e) {
      throw new PeriodFormatException(text, e.code(), e.reason(), e);
    }
  }

  private Period parseCode(String text, String t) {
    Matcher m = MONTH.matcher(t);
    if (m.matches()) {
      return Period.month(Integer.parseInt(m.group(1)), month(text, m.group(2)));
    }
    m = PART.matcher(t);
    if (m.matches()) {
      boolean quarter = m.group(3).equals("Q");
      int n = parsePart(text, m.group(4), quarter ? 4 : 2, quarter ? "quarter" : "half");
      FiscalCalendar c = m.group(1) != null ? this : CALENDAR;
      int year = Integer.parseInt(m.group(2));
      return quarter ? c.quarter(year, n) : c.half(year, n);
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      return (m.group(1) != null ? this : CALENDAR).year(Integer.parseInt(m.group(2)));
    }
    m = TO_DATE.matcher(t);
    if (m.matches()) {
      return (m.group(1) != null ? this : CALENDAR).parseToDate(text, m);
    }
    m = MONTHS.matcher(t);
    if (m.matches() && (m.group(1) == null) == (m.group(2) == null)
        && (m.group(2) == null) == (m.group(7) == null)) {
      YearMonth first = YearMonth.of(Integer.parseInt(m.group(3)), month(text, m.group(4)));
      YearMonth last = YearMonth.of(Integer.parseInt(m.group(5)), month(text, m.group(6)));
      if (m.group(1) == null) {
        return Period.months(first, last);
      }
      if (last.isBefore(first)) {
        throw new PeriodFormatException(text,
            "its last month " + last + " is before its first month " + first);
      }
      PeriodKind kind = switch (m.group(1)) {
        case "Q" -> PeriodKind.QUARTER;
        case "H" -> PeriodKind.HALF;
        case "FY" -> PeriodKind.YEAR;
        case "YTD" -> PeriodKind.YEAR_TO_DATE;
        case "HTD" -> PeriodKind.HALF_TO_DATE;
        default -> PeriodKind.QUARTER_TO_DATE;
      };
      long months = (long) (last.getYear() - first.getYear()) * 12
          + last.getMonthValue() - first.getMonthValue() + 1;
      return Period.ofMonths(first, months, kind, t);
    }
    m = DAYS.matcher(t);
    if (m.matches()) {
      return Period.days(date(text, m.group(1)), date(text, m.group(2)));
    }
    throw new PeriodFormatException(text, "its form is not recognised");
  }

  /** Reads a to-date code's fiscal year and last month, {@code FY2027-YTD-06}, in this calendar. */
  private Period parseToDate(String text, Matcher m) {
    int fiscalYear = Integer.parseInt(m.group(2));
    int month = month(text, m.group(4));
    PeriodKind kind = switch (m.group(3)) {
      case "Y" -> PeriodKind.YEAR_TO_DATE;
      case "H" -> PeriodKind.HALF_TO_DATE;
      default -> PeriodKind.QUARTER_TO_DATE;
    };
    String asked = code(fiscalYear, "-" + m.group(3) + "TD-" + m.group(4));
    checkFiscalYear(fiscalYear, asked);
    int year = firstMonth != Month.JANUARY && month >= firstMonth.getValue()
        ? fiscalYear - 1 : fiscalYear;
    Period.checkYear(year, asked);
    return toDate(YearMonth.of(year, month), kind, asked);
  }

  private static int month(String text, String digits) {
    int month = Integer.parseInt(digits);
    if (month < 1 || month > 12) {
      throw new PeriodFormatException(text, "month " + month + " is out of range 1..12");
    }
    return month;
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

  // --------------------------------------------------------------------------------- labels

  /**
   * A label a manager reads, in English: {@code Mar 2026}, {@code Q1 2026}, {@code H1 2026},
   * {@code 2026}, {@code YTD Mar 2026}, {@code HTD May 2026}, {@code QTD May 2026}, for this
   * calendar's fiscal periods {@code FY2027}, {@code FY2027 Q1}, {@code FY2027 H2}, {@code FY2027
   * YTD Jun 2026}, and for ranges {@code Jan–May 2026}, {@code Nov 2025 – Feb 2026}, {@code 15
   * Jan – 14 Feb 2026}. The same as {@link #label(Period, Locale, ResourceBundle)} with {@link
   * Locale#ENGLISH} and no bundle.
   *
   * @param period the period
   * @return the label
   * @throws NullPointerException if {@code period} is null
   */
  public String label(Period period) {
    return labelOf(period, Locale.ENGLISH, null);
  }

  /**
   * A label with the month names of a locale (from {@code java.time}, abbreviated) and the
   * library's English patterns.
   *
   * @param period the period
   * @param locale the locale of month names
   * @return the label
   * @throws NullPointerException if an argument is null
   */
  public String label(Period period, Locale locale) {
    return labelOf(period, locale, null);
  }

  /**
   * A label with the month names of a locale and the patterns of an application's bundle; a key
   * the bundle does not have takes the library's English pattern. The keys and their
   * placeholders are listed in {@code docs/time-and-formulas.md} ({@code period.month} = {@code
   * "{0} {1}"}, {@code period.fiscalYearToDate} = {@code "FY{0} YTD {1} {2}"}, …); numbers
   * (years, days, quarter numbers) are written with the digits 0 to 9.
   *
   * @param period the period
   * @param locale the locale of month names
   * @param words the application's bundle
   * @return the label
   * @throws NullPointerException if an argument is null
   */
  public String label(Period period, Locale locale, ResourceBundle words) {
    return labelOf(period, locale, Objects.requireNonNull(words, "words"));
  }

  /** A label with the words of {@code words}, or of the defaults alone when it is null. */
  private String labelOf(Period period, Locale locale, ResourceBundle words) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(locale, "locale");
    Labeller l = new Labeller(Words.of(words, PeriodWords.instance()), locale);
    switch (period.kind()) {
      case MONTH:
        return l.month(YearMonth.from(period.start()));
      case RANGE:
        return l.range(period);
      default:
        break;
    }
    if (owns(period)) {
      return l.own(this, period);
    }
    if (CALENDAR.owns(period)) {
      return l.own(CALENDAR, period);
    }
    YearMonth first = YearMonth.from(period.start());
    YearMonth last = YearMonth.from(period.lastDay());
    return switch (period.kind()) {
      case QUARTER -> l.w.format("period.otherQuarter", l.months(first, last));
      case HALF -> l.w.format("period.otherHalf", l.months(first, last));
      case YEAR -> l.w.format("period.otherYear", l.months(first, last));
      case YEAR_TO_DATE -> l.w.format("period.otherYearToDate", l.month(last), l.month(first));
      case HALF_TO_DATE -> l.w.format("period.otherHalfToDate", l.month(last), l.month(first));
      default -> l.w.format("period.otherQuarterToDate", l.month(last), l.month(first));
    };
  }

  /** Fills the label patterns of one call. */
  private static final class Labeller {
    final Words w;
    final Locale locale;

    Labeller(Words w, Locale locale) {
      this.w = w;
      this.locale = locale;
    }

    String name(int month) {
      return Month.of(month).getDisplayName(TextStyle.SHORT, locale);
    }

    String month(YearMonth m) {
      return w.format("period.month", name(m.getMonthValue()), Period.yearText(m.getYear()));
    }

    String months(YearMonth first, YearMonth last) {
      if (first.equals(last)) {
        return month(first);
      }
      if (first.getYear() == last.getYear()) {
        return w.format("period.range.monthsInYear", name(first.getMonthValue()),
            name(last.getMonthValue()), Period.yearText(first.getYear()));
      }
      return w.format("period.range.months", name(first.getMonthValue()),
          Period.yearText(first.getYear()), name(last.getMonthValue()),
          Period.yearText(last.getYear()));
    }

    String range(Period p) {
      LocalDate a = p.start();
      LocalDate b = p.lastDay();
      if (p.isWholeMonths()) {
        return months(YearMonth.from(a), YearMonth.from(b));
      }
      String da = Integer.toString(a.getDayOfMonth());
      String db = Integer.toString(b.getDayOfMonth());
      String ma = name(a.getMonthValue());
      String mb = name(b.getMonthValue());
      String ya = Period.yearText(a.getYear());
      String yb = Period.yearText(b.getYear());
      if (a.equals(b)) {
        return w.format("period.day", da, ma, ya);
      }
      if (YearMonth.from(a).equals(YearMonth.from(b))) {
        return w.format("period.range.daysInMonth", da, db, ma, ya);
      }
      if (a.getYear() == b.getYear()) {
        return w.format("period.range.daysInYear", da, ma, db, mb, ya);
      }
      return w.format("period.range.days", da, ma, ya, db, mb, yb);
    }

    /** A label of a quarter, half, year or to-date that {@code c} owns. */
    String own(FiscalCalendar c, Period p) {
      int offset = c.monthsFromYearStart(p.start().getMonthValue());
      String n = Integer.toString(offset / p.kind().maxMonths() + 1);
      LocalDate last = p.lastDay();
      String lastName = name(last.getMonthValue());
      String lastYear = Period.yearText(last.getYear());
      if (c == CALENDAR) {
        String year = Period.yearText(p.start().getYear());
        return switch (p.kind()) {
          case QUARTER -> w.format("period.quarter", n, year);
          case HALF -> w.format("period.half", n, year);
          case YEAR -> w.format("period.year", year);
          case YEAR_TO_DATE -> w.format("period.yearToDate", lastName, lastYear);
          case HALF_TO_DATE -> w.format("period.halfToDate", lastName, lastYear);
          default -> w.format("period.quarterToDate", lastName, lastYear);
        };
      }
      String fy = Period.yearText(c.fiscalYearOf(p.start()));
      return switch (p.kind()) {
        case QUARTER -> w.format("period.fiscalQuarter", fy, n);
        case HALF -> w.format("period.fiscalHalf", fy, n);
        case YEAR -> w.format("period.fiscalYear", fy);
        case YEAR_TO_DATE -> w.format("period.fiscalYearToDate", fy, lastName, lastYear);
        case HALF_TO_DATE -> w.format("period.fiscalHalfToDate", fy, lastName, lastYear);
        default -> w.format("period.fiscalQuarterToDate", fy, lastName, lastYear);
      };
    }
  }

  // -------------------------------------------------------------------------------- helpers

  /**
   * The first month of a fiscal year: only for the fiscal years 1..9999 (checked), so that it is
   * a valid month; a {@link Period} made from it checks its days.
   */
  private YearMonth startOf(int fiscalYear) {
    int calendarYear = firstMonth == Month.JANUARY ? fiscalYear : fiscalYear - 1;
    return YearMonth.of(calendarYear, firstMonth);
  }

  /**
   * Checks a fiscal year's number; whether its days lie within the supported years is left to
   * {@link Period}, which names them.
   */
  private void checkFiscalYear(int fiscalYear, String asked) {
    if (fiscalYear < Period.MIN_YEAR || fiscalYear > Period.MAX_YEAR) {
      throw new InvalidPeriodException(asked, ProblemCode.VALUE_OUT_OF_RANGE,
          (firstMonth == Month.JANUARY ? "year " : "fiscal year ") + fiscalYear
              + " is outside the supported years " + Period.MIN_YEAR + ".." + Period.MAX_YEAR);
    }
  }

  /** The code of a fiscal period, such as FY2026-Q1 (2026-Q1 in the CALENDAR). */
  private String code(int fiscalYear, String part) {
    return (firstMonth == Month.JANUARY ? "" : "FY") + Period.yearText(fiscalYear) + part;
  }

  private int monthsFromYearStart(int month) {
    return Math.floorMod(month - firstMonth.getValue(), 12);
  }

  /**
   * Reads the calendar back through {@link #startingIn(Month)}, so the one-field form cannot hold
   * a missing month and the calendar year stays one instance.
   *
   * @return the calendar
   * @throws InvalidObjectException if the stream holds no first month
   */
  private Object readResolve() throws ObjectStreamException {
    if (firstMonth == null) {
      throw new InvalidObjectException("serialised fiscal calendar has no first month");
    }
    return startingIn(firstMonth);
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
