package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.ProblemCode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FiscalCalendarTest {
  static final FiscalCalendar CAL = FiscalCalendar.CALENDAR;
  static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);
  static final FiscalCalendar FEBRUARY = FiscalCalendar.startingIn(Month.FEBRUARY);

  static Period p(String from, String to) {
    return Period.between(LocalDate.parse(from), LocalDate.parse(to));
  }

  static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  static void assertDays(String from, String to, Period actual) {
    assertEquals(LocalDate.parse(from), actual.start(), actual + ": start");
    assertEquals(LocalDate.parse(to), actual.end(), actual + ": end");
  }

  /** Every kind in the calendar year: the period, its kind, code, label and first/last day. */
  static Stream<Arguments> calendarPeriods() {
    return Stream.of(
        Arguments.of(Period.month(2026, 3), PeriodKind.MONTH, "2026-03", "Mar 2026",
            "2026-03-01", "2026-03-31"),
        Arguments.of(Period.quarter(2026, 1), PeriodKind.QUARTER, "2026-Q1", "Q1 2026",
            "2026-01-01", "2026-03-31"),
        Arguments.of(Period.half(2026, 2), PeriodKind.HALF, "2026-H2", "H2 2026",
            "2026-07-01", "2026-12-31"),
        Arguments.of(Period.year(2026), PeriodKind.YEAR, "2026", "2026",
            "2026-01-01", "2026-12-31"),
        Arguments.of(Period.yearToDate(2026, 3), PeriodKind.YEAR_TO_DATE, "2026-YTD-03",
            "YTD Mar 2026", "2026-01-01", "2026-03-31"),
        Arguments.of(Period.yearToDate(2026, 12), PeriodKind.YEAR_TO_DATE, "2026-YTD-12",
            "YTD Dec 2026", "2026-01-01", "2026-12-31"),
        Arguments.of(Period.halfToDate(2026, 5), PeriodKind.HALF_TO_DATE, "2026-HTD-05",
            "HTD May 2026", "2026-01-01", "2026-05-31"),
        Arguments.of(Period.halfToDate(2026, 8), PeriodKind.HALF_TO_DATE, "2026-HTD-08",
            "HTD Aug 2026", "2026-07-01", "2026-08-31"),
        Arguments.of(Period.quarterToDate(2026, 5), PeriodKind.QUARTER_TO_DATE, "2026-QTD-05",
            "QTD May 2026", "2026-04-01", "2026-05-31"),
        Arguments.of(Period.quarterToDate(2026, 4), PeriodKind.QUARTER_TO_DATE, "2026-QTD-04",
            "QTD Apr 2026", "2026-04-01", "2026-04-30"),
        Arguments.of(Period.months(ym(2026, 1), ym(2026, 5)), PeriodKind.RANGE,
            "2026-01..2026-05", "Jan–May 2026", "2026-01-01", "2026-05-31"),
        Arguments.of(Period.months(ym(2025, 11), ym(2026, 2)), PeriodKind.RANGE,
            "2025-11..2026-02", "Nov 2025 – Feb 2026", "2025-11-01", "2026-02-28"),
        Arguments.of(Period.months(ym(2026, 1), ym(2026, 3)), PeriodKind.RANGE,
            "2026-01..2026-03", "Jan–Mar 2026", "2026-01-01", "2026-03-31"),
        Arguments.of(Period.months(ym(2026, 4), ym(2026, 4)), PeriodKind.RANGE,
            "2026-04..2026-04", "Apr 2026", "2026-04-01", "2026-04-30"),
        Arguments.of(Period.days(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14)),
            PeriodKind.RANGE, "2026-01-15..2026-02-14", "15 Jan – 14 Feb 2026",
            "2026-01-15", "2026-02-14"),
        Arguments.of(Period.days(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14)),
            PeriodKind.RANGE, "2025-12-15..2026-01-14", "15 Dec 2025 – 14 Jan 2026",
            "2025-12-15", "2026-01-14"),
        Arguments.of(Period.days(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 20)),
            PeriodKind.RANGE, "2026-01-15..2026-01-20", "15–20 Jan 2026",
            "2026-01-15", "2026-01-20"),
        Arguments.of(Period.days(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15)),
            PeriodKind.RANGE, "2026-01-15..2026-01-15", "15 Jan 2026",
            "2026-01-15", "2026-01-15"),
        // Fiscal periods that no calendar year names: their kind and their months.
        Arguments.of(APRIL.year(2027), PeriodKind.YEAR, "FY[2026-04..2027-03]",
            "Year Apr 2026 – Mar 2027", "2026-04-01", "2027-03-31"),
        Arguments.of(FEBRUARY.quarter(2027, 1), PeriodKind.QUARTER, "Q[2026-02..2026-04]",
            "Quarter Feb–Apr 2026", "2026-02-01", "2026-04-30"),
        Arguments.of(APRIL.half(2027, 2), PeriodKind.HALF, "H[2026-10..2027-03]",
            "Half Oct 2026 – Mar 2027", "2026-10-01", "2027-03-31"),
        Arguments.of(APRIL.yearToDate(ym(2026, 6)), PeriodKind.YEAR_TO_DATE,
            "YTD[2026-04..2026-06]", "YTD Jun 2026 (year from Apr 2026)",
            "2026-04-01", "2026-06-30"),
        Arguments.of(APRIL.halfToDate(ym(2026, 11)), PeriodKind.HALF_TO_DATE,
            "HTD[2026-10..2026-11]", "HTD Nov 2026 (half from Oct 2026)",
            "2026-10-01", "2026-11-30"),
        Arguments.of(FEBRUARY.quarterToDate(ym(2026, 3)), PeriodKind.QUARTER_TO_DATE,
            "QTD[2026-02..2026-03]", "QTD Mar 2026 (quarter from Feb 2026)",
            "2026-02-01", "2026-03-31"));
  }

  @ParameterizedTest
  @MethodSource("calendarPeriods")
  void everyKindHasACodeAndALabelInTheCalendarYear(Period period, PeriodKind kind, String code,
      String label, String first, String last) {
    assertEquals(kind, period.kind());
    assertEquals(code, period.toString());
    assertEquals(code, CAL.format(period));
    assertEquals(label, period.label());
    assertEquals(label, CAL.label(period));
    assertEquals(LocalDate.parse(first), period.start());
    assertEquals(LocalDate.parse(last), period.lastDay());
    assertEquals(LocalDate.parse(last).plusDays(1), period.end());
    assertEquals(period, Period.parse(code));
    assertEquals(period, APRIL.parse(code), "calendar codes parse in every calendar");
    assertEquals(kind.isToDate(), period.isToDate());
  }

  /** Every kind in a fiscal year starting in April. */
  static Stream<Arguments> aprilPeriods() {
    return Stream.of(
        Arguments.of(APRIL.year(2027), "FY2027", "FY2027", "2026-04-01", "2027-03-31"),
        Arguments.of(APRIL.quarter(2027, 1), "FY2027-Q1", "FY2027 Q1", "2026-04-01",
            "2026-06-30"),
        Arguments.of(APRIL.quarter(2027, 4), "FY2027-Q4", "FY2027 Q4", "2027-01-01",
            "2027-03-31"),
        Arguments.of(APRIL.half(2027, 2), "FY2027-H2", "FY2027 H2", "2026-10-01", "2027-03-31"),
        Arguments.of(APRIL.yearToDate(ym(2026, 6)), "FY2027-YTD-06", "FY2027 YTD Jun 2026",
            "2026-04-01", "2026-06-30"),
        Arguments.of(APRIL.yearToDate(ym(2027, 2)), "FY2027-YTD-02", "FY2027 YTD Feb 2027",
            "2026-04-01", "2027-02-28"),
        Arguments.of(APRIL.yearToDate(ym(2026, 4)), "FY2027-YTD-04", "FY2027 YTD Apr 2026",
            "2026-04-01", "2026-04-30"),
        Arguments.of(APRIL.halfToDate(ym(2026, 11)), "FY2027-HTD-11", "FY2027 HTD Nov 2026",
            "2026-10-01", "2026-11-30"),
        Arguments.of(APRIL.quarterToDate(ym(2026, 6)), "FY2027-QTD-06", "FY2027 QTD Jun 2026",
            "2026-04-01", "2026-06-30"),
        // Calendar quarters are quarters of this fiscal year too; other calendar periods keep
        // their calendar codes and labels.
        Arguments.of(Period.quarter(2026, 1), "FY2026-Q4", "FY2026 Q4", "2026-01-01",
            "2026-03-31"),
        Arguments.of(Period.half(2026, 1), "2026-H1", "H1 2026", "2026-01-01", "2026-06-30"),
        Arguments.of(Period.year(2026), "2026", "2026", "2026-01-01", "2026-12-31"),
        Arguments.of(Period.yearToDate(2026, 3), "2026-YTD-03", "YTD Mar 2026", "2026-01-01",
            "2026-03-31"),
        Arguments.of(Period.quarterToDate(2026, 5), "FY2027-QTD-05", "FY2027 QTD May 2026",
            "2026-04-01", "2026-05-31"),
        Arguments.of(Period.month(2026, 3), "2026-03", "Mar 2026", "2026-03-01", "2026-03-31"),
        Arguments.of(Period.months(ym(2026, 1), ym(2026, 5)), "2026-01..2026-05", "Jan–May 2026",
            "2026-01-01", "2026-05-31"),
        Arguments.of(FEBRUARY.quarter(2027, 1), "Q[2026-02..2026-04]", "Quarter Feb–Apr 2026",
            "2026-02-01", "2026-04-30"));
  }

  @ParameterizedTest
  @MethodSource("aprilPeriods")
  void everyKindHasACodeAndALabelInAFiscalYearStartingInApril(Period period, String code,
      String label, String first, String last) {
    assertEquals(code, APRIL.format(period));
    assertEquals(label, APRIL.label(period));
    assertEquals(period, APRIL.parse(code));
    assertEquals(LocalDate.parse(first), period.start());
    assertEquals(LocalDate.parse(last), period.lastDay());
  }

  @Test
  void aYearToDateThroughMarchIsNotTheFirstQuarter() {
    Period ytd = Period.yearToDate(2026, 3);
    Period q1 = Period.quarter(2026, 1);
    assertNotEquals(q1, ytd);
    assertTrue(ytd.sameDays(q1));
    assertTrue(ytd.encloses(q1) && q1.encloses(ytd));
    assertEquals("2026-YTD-03", ytd.toString());
    assertEquals("2026-Q1", q1.toString());
    assertTrue(q1.compareTo(ytd) < 0, "same days: ordered by kind");
    assertNotEquals(q1, Period.months(ym(2026, 1), ym(2026, 3)));
    assertFalse(q1.sameDays(Period.quarter(2026, 2)));
  }

  @Test
  void betweenInfersCalendarKindsOnly() {
    assertEquals(PeriodKind.MONTH, p("2026-03-01", "2026-04-01").kind());
    assertEquals(PeriodKind.QUARTER, p("2026-04-01", "2026-07-01").kind());
    assertEquals(PeriodKind.HALF, p("2026-07-01", "2027-01-01").kind());
    assertEquals(PeriodKind.YEAR, p("2026-01-01", "2027-01-01").kind());
    assertEquals(PeriodKind.RANGE, p("2026-02-01", "2026-05-01").kind(), "not a calendar quarter");
    assertEquals(PeriodKind.RANGE, p("2026-04-01", "2027-04-01").kind(), "not a calendar year");
    assertEquals(PeriodKind.RANGE, p("2026-01-01", "2026-06-01").kind(), "never a to-date");
    assertEquals(PeriodKind.RANGE, p("2026-03-02", "2026-04-01").kind());
    assertEquals(Period.quarter(2026, 2), p("2026-04-01", "2026-07-01"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2026-01-01|2026-05-01|QUARTER|a period of kind QUARTER is 3 whole months, not 4",
    "2026-01-01|2026-03-15|QUARTER|a period of kind QUARTER is 3 whole months, starting and"
        + " ending on the first of a month",
    "2026-01-01|2026-03-01|MONTH|a period of kind MONTH is 1 whole month, not 2",
    "2026-01-01|2027-02-01|YEAR_TO_DATE|a period of kind YEAR_TO_DATE is 1 to 12 whole months,"
        + " not 13",
    "2026-01-01|2026-08-01|HALF_TO_DATE|a period of kind HALF_TO_DATE is 1 to 6 whole months,"
        + " not 7",
    "2026-01-02|2026-02-01|QUARTER_TO_DATE|a period of kind QUARTER_TO_DATE is 1 to 3 whole"
        + " months, starting and ending on the first of a month",
  })
  void daysThatDoNotFitTheKindAreRejected(String start, String end, PeriodKind kind,
      String reason) {
    InvalidPeriodException e = assertThrows(InvalidPeriodException.class,
        () -> new Period(LocalDate.parse(start), LocalDate.parse(end), kind));
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, e.code());
    assertEquals(reason, e.reason());
    assertEquals("[" + start + ", " + end + ")", e.period());
  }

  @Test
  void inclusiveRangesWhoseLastIsBeforeTheirFirstAreEmpty() {
    InvalidPeriodException e = assertThrows(InvalidPeriodException.class,
        () -> Period.months(ym(2026, 5), ym(2026, 1)));
    assertEquals(ProblemCode.EMPTY_INTERVAL, e.code());
    assertEquals("invalid period 2026-05..2026-01: its last month 2026-01 is before its first"
        + " month 2026-05", e.getMessage());
    e = assertThrows(InvalidPeriodException.class,
        () -> Period.days(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
    assertEquals(ProblemCode.EMPTY_INTERVAL, e.code());
    assertEquals("invalid period 2026-02-01..2026-01-31: its last day 2026-01-31 is before its"
        + " first day 2026-02-01", e.getMessage());
  }

  @Test
  void toDateFactoriesCheckTheirArguments() {
    InvalidPeriodException e = assertThrows(InvalidPeriodException.class,
        () -> Period.yearToDate(2026, 13));
    assertEquals("invalid period 2026-YTD-13: month 13 is out of range 1..12", e.getMessage());
    e = assertThrows(InvalidPeriodException.class, () -> Period.quarterToDate(0, 3));
    assertEquals("invalid period 0000-QTD-03: year 0 is outside the supported years 1..9999",
        e.getMessage());
    e = assertThrows(InvalidPeriodException.class, () -> APRIL.yearToDate(ym(1, 2)));
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, e.code());
    assertEquals("invalid period FY0001-YTD-02: its first day 0000-04-01 lies outside the"
        + " supported years 1..9999", e.getMessage(), "FY1 starts in April of the year 0");
    assertEquals(Period.quarter(1, 1), APRIL.quarter(1, 4));
    assertEquals("FY0001-QTD-02", APRIL.format(APRIL.quarterToDate(ym(1, 2))));
    assertThrows(NullPointerException.class, () -> APRIL.yearToDate(null));
  }

  @Test
  void fiscalYearsAreNamedAfterTheYearTheyEndIn() {
    assertDays("2025-04-01", "2026-04-01", APRIL.year(2026));
    assertDays("2025-04-01", "2025-07-01", APRIL.quarter(2026, 1));
    assertDays("2025-10-01", "2026-04-01", APRIL.half(2026, 2));
    assertEquals(PeriodKind.YEAR, APRIL.year(2026).kind());
    assertEquals(PeriodKind.QUARTER, APRIL.quarter(2026, 1).kind());
    assertEquals(PeriodKind.HALF, APRIL.half(2026, 2).kind());
    assertEquals(2026, APRIL.fiscalYearOf(LocalDate.of(2026, 3, 31)));
    assertEquals(2027, APRIL.fiscalYearOf(LocalDate.of(2026, 4, 1)));
    assertEquals(Period.year(2026), CAL.year(2026));
    assertEquals(Period.yearToDate(2026, 5), CAL.yearToDate(ym(2026, 5)));
    assertEquals(Period.halfToDate(2026, 5), CAL.halfToDate(ym(2026, 5)));
    assertEquals(Period.quarterToDate(2026, 5), CAL.quarterToDate(ym(2026, 5)));
  }

  @Test
  void toDatesRunFromTheStartOfTheirFiscalYearHalfOrQuarter() {
    assertDays("2026-04-01", "2026-06-01", APRIL.yearToDate(ym(2026, 5)));
    assertDays("2025-04-01", "2026-03-01", APRIL.yearToDate(ym(2026, 2)));
    assertDays("2025-10-01", "2026-03-01", APRIL.halfToDate(ym(2026, 2)));
    assertDays("2026-01-01", "2026-03-01", APRIL.quarterToDate(ym(2026, 2)));
    assertDays("2026-05-01", "2026-06-01", FEBRUARY.quarterToDate(ym(2026, 5)));
    assertDays("2026-02-01", "2026-06-01", FEBRUARY.yearToDate(ym(2026, 5)));
    assertDays("2026-02-01", "2026-06-01", FEBRUARY.halfToDate(ym(2026, 5)));
    assertDays("2026-08-01", "2026-09-01", FEBRUARY.halfToDate(ym(2026, 8)));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03, 2026-03-01, 2026-04-01, MONTH",
    "2026-Q1, 2026-01-01, 2026-04-01, QUARTER",
    "2026-H2, 2026-07-01, 2027-01-01, HALF",
    "2026, 2026-01-01, 2027-01-01, YEAR",
    "FY2026, 2025-04-01, 2026-04-01, YEAR",
    "FY2026-Q2, 2025-07-01, 2025-10-01, QUARTER",
    "FY2026-H1, 2025-04-01, 2025-10-01, HALF",
    "2026-YTD-03, 2026-01-01, 2026-04-01, YEAR_TO_DATE",
    "FY2027-YTD-06, 2026-04-01, 2026-07-01, YEAR_TO_DATE",
    "FY2027-YTD-03, 2026-04-01, 2027-04-01, YEAR_TO_DATE",
    "FY2027-HTD-03, 2026-10-01, 2027-04-01, HALF_TO_DATE",
    "FY2027-QTD-03, 2027-01-01, 2027-04-01, QUARTER_TO_DATE",
    "2026-01..2026-05, 2026-01-01, 2026-06-01, RANGE",
    "2026-01-15..2026-02-14, 2026-01-15, 2026-02-15, RANGE",
    "2026-01-01..2026-01-31, 2026-01-01, 2026-02-01, RANGE",
    "Q[2026-02..2026-04], 2026-02-01, 2026-05-01, QUARTER",
    "Q[2026-01..2026-03], 2026-01-01, 2026-04-01, QUARTER",
    "YTD[2026-04..2026-06], 2026-04-01, 2026-07-01, YEAR_TO_DATE",
    "' 2026-03 ', 2026-03-01, 2026-04-01, MONTH",
  })
  void parsing(String text, String start, String end, PeriodKind kind) {
    assertEquals(new Period(LocalDate.parse(start), LocalDate.parse(end), kind), APRIL.parse(text));
  }

  @Test
  void theCalendarReadsFiscalCodesAsCalendarOnes() {
    assertEquals(Period.year(2026), Period.parse("FY2026"));
    assertEquals(Period.yearToDate(2026, 3), Period.parse("FY2026-YTD-03"));
  }

  static final String EXPECTED = "; expected 2026-03, 2026-Q1, 2026-H1, 2026, 2026-YTD-03,"
      + " 2026-HTD-05, 2026-QTD-05, FY2027, FY2027-Q1, FY2027-H2, FY2027-YTD-06, 2026-01..2026-05"
      + " or 2026-01-15..2026-02-14 (both ends included)";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''|MALFORMED_PERIOD|it is empty",
    "2026-13|MALFORMED_PERIOD|month 13 is out of range 1..12",
    "2026-00|MALFORMED_PERIOD|month 0 is out of range 1..12",
    "2026-Q5|MALFORMED_PERIOD|quarter 5 is out of range 1..4",
    "2026-Q0|MALFORMED_PERIOD|quarter 0 is out of range 1..4",
    "2026-H3|MALFORMED_PERIOD|half 3 is out of range 1..2",
    "FY2026-Q123|MALFORMED_PERIOD|quarter 123 is out of range 1..4",
    "2026-YTD-13|MALFORMED_PERIOD|month 13 is out of range 1..12",
    "2026-XTD-03|MALFORMED_PERIOD|its form is not recognised",
    "2026-01..2026-13|MALFORMED_PERIOD|month 13 is out of range 1..12",
    "2026-05..2026-01|EMPTY_INTERVAL|its last month 2026-01 is before its first month 2026-05",
    "2026-02-01..2026-01-01|EMPTY_INTERVAL|its last day 2026-01-01 is before its first day"
        + " 2026-02-01",
    "2026-02-30..2026-03-01|MALFORMED_PERIOD|'2026-02-30' is not a date (yyyy-mm-dd)",
    "Q[2026-01..2026-04]|VALUE_OUT_OF_RANGE|a period of kind QUARTER is 3 whole months, not 4",
    "Q[2026-04..2026-01]|MALFORMED_PERIOD|its last month 2026-01 is before its first month"
        + " 2026-04",
    "Q2026-01..2026-03]|MALFORMED_PERIOD|'Q2026-01' is not a date (yyyy-mm-dd)",
    "[2026-01..2026-03]|MALFORMED_PERIOD|'[2026-01' is not a date (yyyy-mm-dd)",
    "2026-01..2026-03-31|MALFORMED_PERIOD|'2026-01' is not a date (yyyy-mm-dd)",
    "26-03|MALFORMED_PERIOD|its form is not recognised",
    "March 2026|MALFORMED_PERIOD|its form is not recognised",
    "FY26|MALFORMED_PERIOD|its form is not recognised",
    "FY10000-YTD-06|MALFORMED_PERIOD|its form is not recognised",
  })
  void malformedCodes(String text, ProblemCode code, String problem) {
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> APRIL.parse(text));
    assertEquals("'" + text + "' is not a period: " + problem + EXPECTED, e.getMessage());
    assertEquals(code, e.code());
    assertEquals(text, e.text());
  }

  @Test
  void codesOfFiscalYear10000KeepTheirCalendarCodes() {
    Period ytd = APRIL.yearToDate(ym(9999, 6));
    assertEquals("YTD[9999-04..9999-06]", APRIL.format(ytd));
    assertEquals(ytd, APRIL.parse(APRIL.format(ytd)));
    assertEquals("9999-Q2", APRIL.format(Period.quarter(9999, 2)));
    assertEquals("YTD Jun 9999 (year from Apr 9999)", APRIL.label(ytd));
  }
}
