package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.model.ProblemCode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The previous period of the same kind and the same period last year, for every kind. */
class ComparisonTest {
  static final FiscalCalendar CAL = FiscalCalendar.CALENDAR;
  static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);

  static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  /** A period, its previous one and the same one last year, all as codes of the calendar. */
  static Stream<Arguments> calendar() {
    return Stream.of(
        Arguments.of(Period.month(2026, 3), "2026-02", "2025-03"),
        Arguments.of(Period.month(2026, 1), "2025-12", "2025-01"),
        Arguments.of(Period.quarter(2026, 1), "2025-Q4", "2025-Q1"),
        Arguments.of(Period.quarter(2026, 3), "2026-Q2", "2025-Q3"),
        Arguments.of(Period.half(2026, 1), "2025-H2", "2025-H1"),
        Arguments.of(Period.half(2026, 2), "2026-H1", "2025-H2"),
        Arguments.of(Period.year(2026), "2025", "2025"),
        Arguments.of(Period.yearToDate(2026, 3), "2026-YTD-02", "2025-YTD-03"),
        Arguments.of(Period.yearToDate(2026, 5), "2026-YTD-04", "2025-YTD-05"),
        Arguments.of(Period.yearToDate(2026, 1), "2025-YTD-12", "2025-YTD-01"),
        Arguments.of(Period.halfToDate(2026, 8), "2026-HTD-07", "2025-HTD-08"),
        Arguments.of(Period.halfToDate(2026, 7), "2026-HTD-06", "2025-HTD-07"),
        Arguments.of(Period.quarterToDate(2026, 5), "2026-QTD-04", "2025-QTD-05"),
        Arguments.of(Period.quarterToDate(2026, 4), "2026-QTD-03", "2025-QTD-04"),
        Arguments.of(Period.months(ym(2026, 1), ym(2026, 5)), "2025-08..2025-12",
            "2025-01..2025-05"),
        Arguments.of(Period.months(ym(2025, 11), ym(2026, 2)), "2025-07..2025-10",
            "2024-11..2025-02"),
        Arguments.of(Period.days(d("2026-03-10"), d("2026-03-23")), "2026-02-24..2026-03-09",
            "2025-03-10..2025-03-23"),
        Arguments.of(Period.days(d("2024-02-29"), d("2024-03-01")), "2024-02-27..2024-02-28",
            "2023-02-28..2023-03-01"),
        Arguments.of(Period.days(d("2024-02-28"), d("2024-02-29")), "2024-02-26..2024-02-27",
            "2023-02-28..2023-02-28"));
  }

  @ParameterizedTest
  @MethodSource("calendar")
  void inTheCalendarYear(Period period, String previous, String lastYear) {
    check(CAL, period, previous, lastYear);
  }

  /** The same in a fiscal year starting in April, as that calendar's codes. */
  static Stream<Arguments> april() {
    return Stream.of(
        Arguments.of(APRIL.yearToDate(ym(2026, 6)), "FY2027-YTD-05", "FY2026-YTD-06"),
        Arguments.of(APRIL.yearToDate(ym(2026, 4)), "FY2026-YTD-03", "FY2026-YTD-04"),
        Arguments.of(APRIL.yearToDate(ym(2027, 3)), "FY2027-YTD-02", "FY2026-YTD-03"),
        Arguments.of(APRIL.halfToDate(ym(2026, 10)), "FY2027-HTD-09", "FY2026-HTD-10"),
        Arguments.of(APRIL.halfToDate(ym(2026, 12)), "FY2027-HTD-11", "FY2026-HTD-12"),
        Arguments.of(APRIL.quarterToDate(ym(2026, 4)), "FY2026-QTD-03", "FY2026-QTD-04"),
        Arguments.of(APRIL.quarterToDate(ym(2026, 6)), "FY2027-QTD-05", "FY2026-QTD-06"),
        Arguments.of(APRIL.quarter(2027, 1), "FY2026-Q4", "FY2026-Q1"),
        Arguments.of(APRIL.half(2027, 1), "FY2026-H2", "FY2026-H1"),
        Arguments.of(APRIL.year(2027), "FY2026", "FY2026"),
        Arguments.of(Period.month(2026, 4), "2026-03", "2025-04"),
        Arguments.of(Period.yearToDate(2026, 3), "2026-YTD-02", "2025-YTD-03"));
  }

  @ParameterizedTest
  @MethodSource("april")
  void inAFiscalYearStartingInApril(Period period, String previous, String lastYear) {
    check(APRIL, period, previous, lastYear);
  }

  private static void check(FiscalCalendar c, Period period, String previous, String lastYear) {
    assertEquals(previous, c.format(c.previous(period)));
    assertEquals(lastYear, c.format(c.sameLastYear(period)));
    assertEquals(period.kind(), c.previous(period).kind());
    assertEquals(period.kind(), c.sameLastYear(period).kind());
    assertEquals(c.previous(period), c.compared(period, Comparison.PREVIOUS_PERIOD));
    assertEquals(c.sameLastYear(period), c.compared(period, Comparison.SAME_PERIOD_LAST_YEAR));
  }

  @Test
  void theIssuesExample() {
    Period ytd = APRIL.yearToDate(ym(2026, 6));
    assertEquals("FY2027-YTD-06", APRIL.format(ytd));
    assertEquals("FY2027 YTD Jun 2026", APRIL.label(ytd));
    Comparison c = Comparison.defaultFor(ytd);
    assertEquals(Comparison.SAME_PERIOD_LAST_YEAR, c);
    Period compared = APRIL.compared(ytd, c);
    assertEquals("FY2026-YTD-06", APRIL.format(compared));
    assertEquals("FY2026 YTD Jun 2025", APRIL.label(compared));
    assertEquals(LocalDate.of(2025, 4, 1), compared.start());
    assertEquals(LocalDate.of(2025, 6, 30), compared.lastDay());
  }

  @Test
  void defaults() {
    assertEquals(Comparison.PREVIOUS_PERIOD, Comparison.defaultFor(Period.month(2026, 3)));
    assertEquals(Comparison.PREVIOUS_PERIOD, Comparison.defaultFor(Period.quarter(2026, 1)));
    assertEquals(Comparison.PREVIOUS_PERIOD, Comparison.defaultFor(Period.half(2026, 1)));
    assertEquals(Comparison.PREVIOUS_PERIOD, Comparison.defaultFor(Period.year(2026)));
    assertEquals(Comparison.PREVIOUS_PERIOD,
        Comparison.defaultFor(Period.months(ym(2026, 1), ym(2026, 3))));
    assertEquals(Comparison.SAME_PERIOD_LAST_YEAR,
        Comparison.defaultFor(Period.yearToDate(2026, 3)));
    assertEquals(Comparison.SAME_PERIOD_LAST_YEAR,
        Comparison.defaultFor(Period.halfToDate(2026, 3)));
    assertEquals(Comparison.SAME_PERIOD_LAST_YEAR,
        Comparison.defaultFor(Period.quarterToDate(2026, 3)));
    assertThrows(NullPointerException.class, () -> Comparison.defaultFor(null));
  }

  @Test
  void nothingBeforeTheYear1() {
    InvalidPeriodException e =
        assertThrows(InvalidPeriodException.class, () -> CAL.previous(Period.month(1, 1)));
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, e.code());
    assertEquals("invalid period 0001-01: the period before it would start in the year 0, before"
        + " the year 1", e.getMessage());
    e = assertThrows(InvalidPeriodException.class, () -> CAL.sameLastYear(Period.year(1)));
    assertEquals("invalid period 0001: the same period a year earlier would start in the year 0,"
        + " before the year 1", e.getMessage());
    e = assertThrows(InvalidPeriodException.class,
        () -> APRIL.compared(APRIL.quarter(1, 4), Comparison.PREVIOUS_PERIOD));
    assertEquals("invalid period FY0001-Q4: the period before it would start in the year 0,"
        + " before the year 1", e.getMessage());
    e = assertThrows(InvalidPeriodException.class,
        () -> CAL.previous(Period.days(d("0001-01-01"), d("0001-01-02"))));
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, e.code());
    assertEquals(Period.month(1, 1), CAL.previous(Period.month(1, 2)));
    assertEquals(Period.yearToDate(1, 1), CAL.previous(Period.yearToDate(1, 2)));
    assertThrows(NullPointerException.class, () -> CAL.compared(Period.year(2026), null));
    assertThrows(NullPointerException.class, () -> CAL.sameLastYear(null));
    assertThrows(NullPointerException.class, () -> CAL.previous(null));
  }
}
