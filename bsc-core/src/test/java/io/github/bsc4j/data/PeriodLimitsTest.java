package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.ProblemCode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every period is bounded, and bad values get the library's typed error, never java.time's. */
class PeriodLimitsTest {
  static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);
  static final String EXPECTED = FiscalCalendarTest.EXPECTED;

  /** Asserts a BscException (never a raw JDK exception) with this code, element and message. */
  static BscException fails(ProblemCode code, String element, String message, Executable call) {
    BscException e = assertThrows(BscException.class, call);
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(element, e.elementId());
    assertEquals(message, e.getMessage());
    return e;
  }

  static Period p(String from, String to) {
    return Period.between(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void aPeriodOfDaysIsBoundedInDaysSoItsComparisonsAreValidToo() {
    // 0300-03-02..0400-03-01 has 25 leap days; the same 36,525 days just before it run from
    // 0200-03-01, which is more than 1,200 months: bounded by months, its previous period threw.
    Period p = Period.days(LocalDate.of(300, 3, 2), LocalDate.of(400, 3, 1));
    assertEquals(Period.MAX_DAYS, p.lengthInDays());
    Period before = FiscalCalendar.CALENDAR.previous(p);
    assertEquals(Period.days(LocalDate.of(200, 3, 1), LocalDate.of(300, 3, 1)), before);
    assertEquals(Period.MAX_DAYS, before.lengthInDays());
    assertEquals(Period.days(LocalDate.of(299, 3, 2), LocalDate.of(399, 3, 1)),
        FiscalCalendar.CALENDAR.sameLastYear(p));
    fails(ProblemCode.LIMIT_EXCEEDED, "0300-03-01..0400-03-01",
        "invalid period 0300-03-01..0400-03-01: it spans more than 36525 days (100 years), the"
            + " most a period may span",
        () -> Period.days(LocalDate.of(300, 3, 1), LocalDate.of(400, 3, 1)));
  }

  @Test
  void aPeriodSpansAtMostAHundredYears() {
    assertEquals(1200, p("1950-01-01", "2050-01-01").months().size());
    assertEquals(36525, p("1950-01-01", "2050-01-01").lengthInDays());
    fails(ProblemCode.LIMIT_EXCEEDED, "[1950-01-01, 2050-01-02)",
        "invalid period [1950-01-01, 2050-01-02): it spans more than 36525 days (100 years),"
            + " the most a period may span",
        () -> p("1950-01-01", "2050-01-02"));
    // Today this period is accepted, and months() lists 24 billion of them: out of memory.
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "[-999999999-01-01, +999999999-12-31)",
        "invalid period [-999999999-01-01, +999999999-12-31): its first day -999999999-01-01 lies"
            + " outside the supported years 1..9999",
        () -> Period.between(LocalDate.MIN, LocalDate.MAX));
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "-999999999-01-01..+999999999-12-31",
        "invalid period -999999999-01-01..+999999999-12-31: its first day -999999999-01-01 lies"
            + " outside the supported years 1..9999",
        () -> Period.days(LocalDate.MIN, LocalDate.MAX));
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "2026-01-01..+999999999-12-31",
        "invalid period 2026-01-01..+999999999-12-31: its last day +999999999-12-31 lies"
            + " outside the supported years 1..9999",
        () -> Period.days(LocalDate.of(2026, 1, 1), LocalDate.MAX));
    fails(ProblemCode.LIMIT_EXCEEDED, "1950-01..2050-01",
        "invalid period 1950-01..2050-01: it spans more than 1200 months (100 years), the most a"
            + " period may span",
        () -> Period.months(YearMonth.of(1950, 1), YearMonth.of(2050, 1)));
    assertEquals(1200,
        Period.months(YearMonth.of(1950, 1), YearMonth.of(2049, 12)).months().size());
  }

  @Test
  void everyPeriodLiesInTheYearsOneToNineThousandNineHundredNinetyNine() {
    assertEquals(p("0001-01-01", "0001-02-01"), Period.month(1, 1));
    assertEquals(p("9999-01-01", "+10000-01-01"), Period.year(9999));
    assertEquals("9999-12", Period.parse("9999-12").toString());
    assertEquals(p("9999-10-01", "+10000-01-01"), Period.quarter(9999, 4));
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "[0000-12-31, 0001-01-02)",
        "invalid period [0000-12-31, 0001-01-02): its first day 0000-12-31 lies outside the"
            + " supported years 1..9999",
        () -> p("0000-12-31", "0001-01-02"));
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "[9999-12-31, +10000-01-02)",
        "invalid period [9999-12-31, +10000-01-02): its last day +10000-01-01 lies outside the"
            + " supported years 1..9999",
        () -> p("9999-12-31", "+10000-01-02"));
    assertEquals("9999-12-31..9999-12-31",
        Period.days(LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31)).toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // Today these throw java.time.DateTimeException or IllegalArgumentException.
    "month|2147483647|1|2147483647-01|year 2147483647 is outside the supported years 1..9999",
    "month|0|1|0000-01|year 0 is outside the supported years 1..9999",
    "month|2026|13|2026-13|month 13 is out of range 1..12",
    "month|2026|0|2026-00|month 0 is out of range 1..12",
    "month|2026|-1|2026--1|month -1 is out of range 1..12",
    "quarter|2026|5|2026-Q5|quarter 5 is out of range 1..4",
    "quarter|-1000000000|1|-1000000000-Q1|year -1000000000 is outside the supported years 1..9999",
    "half|2026|3|2026-H3|half 3 is out of range 1..2",
    "half|10000|1|10000-H1|year 10000 is outside the supported years 1..9999",
    "year|-2147483648|0|-2147483648|year -2147483648 is outside the supported years 1..9999",
    "year|10000|0|10000|year 10000 is outside the supported years 1..9999",
  })
  void calendarFactoriesRejectBadValues(String kind, int year, int part, String element,
      String reason) {
    Executable call = switch (kind) {
      case "month" -> () -> Period.month(year, part);
      case "quarter" -> () -> Period.quarter(year, part);
      case "half" -> () -> Period.half(year, part);
      default -> () -> Period.year(year);
    };
    BscException e = fails(ProblemCode.VALUE_OUT_OF_RANGE, element,
        "invalid period " + element + ": " + reason, call);
    assertEquals(reason, assertInstanceOf(InvalidPeriodException.class, e).reason());
  }

  @Test
  void yearMonthsBeyondTheRangeAreRejected() {
    // Today: DateTimeException from YearMonth.plusMonths.
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "999999999-12",
        "invalid period 999999999-12: year 999999999 is outside the supported years 1..9999",
        () -> Period.month(YearMonth.of(999_999_999, 12)));
  }

  @Test
  void anEndNotAfterTheStartIsAnEmptyInterval() {
    // Today: IllegalArgumentException.
    fails(ProblemCode.EMPTY_INTERVAL, "[2026-02-01, 2026-01-01)",
        "invalid period [2026-02-01, 2026-01-01): its end 2026-01-01 is not after its start"
            + " 2026-02-01",
        () -> p("2026-02-01", "2026-01-01"));
    fails(ProblemCode.EMPTY_INTERVAL, "[2026-02-01, 2026-02-01)",
        "invalid period [2026-02-01, 2026-02-01): its end 2026-02-01 is not after its start"
            + " 2026-02-01",
        () -> new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), PeriodKind.RANGE));
  }

  @Test
  void monthsOfAPeriodOfDaysIsATypedError() {
    // Today: IllegalStateException.
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "2026-01-05..2026-01-08",
        "invalid period 2026-01-05..2026-01-08: it is not made of whole months, so it has no"
            + " list of months",
        () -> p("2026-01-05", "2026-01-09").months());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // Today: IllegalArgumentException (the first two), periods in the year 0 or 10000.
    "year|-2147483648|0|FY-2147483648|fiscal year -2147483648 is outside the supported years"
        + " 1..9999",
    "quarter|2026|5|FY2026-Q5|quarter 5 is out of range 1..4",
    "year|1|0|FY0001|its first day 0000-04-01 lies outside the supported years 1..9999",
    "quarter|1|3|FY0001-Q3|its first day 0000-10-01 lies outside the supported years 1..9999",
    "year|10000|0|FY10000|fiscal year 10000 is outside the supported years 1..9999",
    "half|2026|0|FY2026-H0|half 0 is out of range 1..2",
    "half|10000|1|FY10000-H1|fiscal year 10000 is outside the supported years 1..9999",
  })
  void fiscalFactoriesRejectBadValues(String kind, int year, int part, String element,
      String reason) {
    Executable call = switch (kind) {
      case "quarter" -> () -> APRIL.quarter(year, part);
      case "half" -> () -> APRIL.half(year, part);
      default -> () -> APRIL.year(year);
    };
    fails(ProblemCode.VALUE_OUT_OF_RANGE, element, "invalid period " + element + ": " + reason,
        call);
  }

  @Test
  void fiscalYearsAtTheEdges() {
    assertEquals(p("0001-01-01", "0001-04-01"), APRIL.quarter(1, 4), "FY1 starts in the year 0");
    FiscalCalendarTest.assertDays("0001-04-01", "0002-04-01", APRIL.year(2));
    FiscalCalendarTest.assertDays("9998-04-01", "9999-04-01", APRIL.year(9999));
    assertEquals(p("0001-01-01", "0002-01-01"), FiscalCalendar.CALENDAR.year(1));
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "0000",
        "invalid period 0000: year 0 is outside the supported years 1..9999",
        () -> FiscalCalendar.CALENDAR.year(0));
  }

  @Test
  void labelsOfEarlyYearsHaveFourDigitsAndParseBack() {
    // Today: 999-Q1, 999-H2, 999, FY1-Q4, FY999 — labels that parse() rejects.
    FiscalCalendar c = FiscalCalendar.CALENDAR;
    for (Period period : List.of(Period.quarter(999, 1), Period.half(999, 2),
        Period.year(999), Period.year(1), Period.month(1, 1))) {
      assertEquals(period, c.parse(c.format(period)), c.format(period));
      assertEquals(period, APRIL.parse(APRIL.format(period)), APRIL.format(period));
    }
    assertEquals("0999-Q1", Period.quarter(999, 1).toString());
    assertEquals("0999", Period.year(999).toString());
    assertEquals("FY0001-Q4", APRIL.format(APRIL.quarter(1, 4)));
    assertEquals("FY0999", APRIL.format(APRIL.year(999)));
    assertEquals(APRIL.quarter(1, 4), APRIL.parse("FY0001-Q4"));
    // The year 9999 from April belongs to FY10000, which no label names: its calendar label.
    Period last = p("9999-04-01", "9999-07-01");
    assertEquals("9999-Q2", APRIL.format(last));
    assertEquals(last, APRIL.parse(APRIL.format(last)));
  }

  @Test
  void derivedPeriodsBeyondTheBoundsAreTypedErrors() {
    // Today: 0000-12, a period in the year 0.
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "0001-01",
        "invalid period 0001-01: the period before it would start in the year 0, before the year"
            + " 1",
        () -> FiscalCalendar.CALENDAR.previous(Period.month(1, 1)));
    assertEquals(Period.month(1, 1), FiscalCalendar.CALENDAR.previous(Period.month(1, 2)));
    fails(ProblemCode.VALUE_OUT_OF_RANGE, "FY0001-YTD-02",
        "invalid period FY0001-YTD-02: its first day 0000-04-01 lies outside the supported"
            + " years 1..9999",
        () -> APRIL.yearToDate(YearMonth.of(1, 2)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // Today: periods in the year 0, of 200 years, or of two billion years.
    "0000-01|VALUE_OUT_OF_RANGE|year 0 is outside the supported years 1..9999",
    "0000|VALUE_OUT_OF_RANGE|year 0 is outside the supported years 1..9999",
    "0000-Q1|VALUE_OUT_OF_RANGE|year 0 is outside the supported years 1..9999",
    "FY0001|VALUE_OUT_OF_RANGE|its first day 0000-04-01 lies outside the supported years"
        + " 1..9999",
    "FY0001-H2|VALUE_OUT_OF_RANGE|its first day 0000-10-01 lies outside the supported years"
        + " 1..9999",
    "FY0001-YTD-02|VALUE_OUT_OF_RANGE|its first day 0000-04-01 lies outside the supported years"
        + " 1..9999",
    "0000-01..0000-03|VALUE_OUT_OF_RANGE|year 0 is outside the supported years 1..9999",
    "1900-01..2000-01|LIMIT_EXCEEDED|it spans more than 1200 months (100 years), the most"
        + " a period may span",
    "1900-01-01..2100-01-01|LIMIT_EXCEEDED|it spans more than 36525 days (100 years), the most"
        + " a period may span",
    "-999999999-01-01..+999999999-12-31|VALUE_OUT_OF_RANGE|its first day -999999999-01-01 lies"
        + " outside the supported years 1..9999",
  })
  void labelsOfPeriodsOutOfBoundsArePeriodFormatExceptions(String text, ProblemCode code,
      String reason) {
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> APRIL.parse(text));
    assertEquals(code, e.code());
    assertEquals(text, e.elementId());
    assertEquals("'" + text + "' is not a period: " + reason + EXPECTED, e.getMessage());
    assertInstanceOf(InvalidPeriodException.class, e.getCause());
  }

  @Test
  void longTextIsRejectedByItsLengthAndNeverEchoedWhole() {
    String text = "2026-0" + "1".repeat(1_000_000);
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> Period.parse(text));
    assertEquals(ProblemCode.TEXT_TOO_LONG, e.code());
    assertEquals("'" + "2026-0" + "1".repeat(194) + "…(+999806 chars)' is not a period: it has"
        + " 1000006 characters, at most 64 are allowed" + EXPECTED, e.getMessage());
    // Surrounding white space does not count; 64 characters are still read.
    assertEquals(Period.month(2026, 3), Period.parse(" ".repeat(100_000) + "2026-03\n"));
    String longest = "2026-01-01" + " ".repeat(MAX - 22) + "..2026-02-15";
    assertEquals(Period.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15)),
        Period.parse(longest));
    assertEquals(ProblemCode.TEXT_TOO_LONG,
        assertThrows(PeriodFormatException.class, () -> Period.parse(longest + "0")).code());
  }

  static final int MAX = 64;

  @Test
  void textThatWouldMakeTheRangePatternBacktrackIsCutShortByItsLength() {
    // Today the pattern (.+)\.\.(.+) takes quadratic time on this text (seconds at 40,000
    // characters, hours at a megabyte); now the length check rejects it first.
    String text = "..".repeat(100_000) + "\nx";
    assertEquals(ProblemCode.TEXT_TOO_LONG,
        assertThrows(PeriodFormatException.class, () -> Period.parse(text)).code());
  }

  @Test
  void datePartsAreQuotedSafely() {
    // Today the bell character is copied into the message as it is.
    PeriodFormatException e = assertThrows(PeriodFormatException.class,
        () -> Period.parse("2026-01-01..2026-0\u0007-01"));
    assertEquals("'2026-01-01..2026-0\\u0007-01' is not a period: '2026-0\\u0007-01' is not a"
        + " date (yyyy-mm-dd)" + EXPECTED, e.getMessage());
  }

  @Test
  void theNewExceptionRejectsNull() {
    new com.google.common.testing.NullPointerTester()
        .testAllPublicConstructors(InvalidPeriodException.class);
  }

  @Test
  void theTypedErrorsAreBscExceptions() {
    InvalidPeriodException e =
        new InvalidPeriodException("x".repeat(1000), ProblemCode.LIMIT_EXCEEDED, "too long");
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertEquals(List.of(ProblemCode.LIMIT_EXCEEDED),
        e.problems().stream().map(q -> q.code()).toList());
    assertEquals("too long", e.reason());
  }
}
