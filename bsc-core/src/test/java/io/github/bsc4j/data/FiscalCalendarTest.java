package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalCalendarTest {
  static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);

  static Period p(String from, String to) {
    return Period.between(LocalDate.parse(from), LocalDate.parse(to));
  }

  static void assertDays(String from, String to, Period actual) {
    assertEquals(LocalDate.parse(from), actual.start(), actual + ": start");
    assertEquals(LocalDate.parse(to), actual.end(), actual + ": end");
  }

  @Test
  void calendarPeriodsAndTheirLabels() {
    assertEquals("2026-03", Period.month(2026, 3).toString());
    assertEquals("2026-Q1", Period.quarter(2026, 1).toString());
    assertEquals("2026-H2", Period.half(2026, 2).toString());
    assertEquals("2026", Period.year(2026).toString());
    assertEquals("2026-01-01..2026-02-15", p("2026-01-01", "2026-02-15").toString());
    assertEquals(p("2026-07-01", "2027-01-01"), Period.half(2026, 2));
  }

  @Test
  void fiscalYearsAreNamedAfterTheYearTheyEndIn() {
    assertEquals(p("2025-04-01", "2026-04-01"), APRIL.year(2026));
    assertEquals(p("2025-04-01", "2025-07-01"), APRIL.quarter(2026, 1));
    assertEquals(p("2025-10-01", "2026-04-01"), APRIL.half(2026, 2));
    assertEquals(2026, APRIL.fiscalYearOf(LocalDate.of(2026, 3, 31)));
    assertEquals(2027, APRIL.fiscalYearOf(LocalDate.of(2026, 4, 1)));
    assertEquals(Period.year(2026), FiscalCalendar.CALENDAR.year(2026));
  }

  @Test
  void yearAndQuarterToDate() {
    assertDays("2026-01-01", "2026-06-01",
        FiscalCalendar.CALENDAR.yearToDate(YearMonth.of(2026, 5)));
    assertDays("2026-04-01", "2026-06-01", APRIL.yearToDate(YearMonth.of(2026, 5)));
    assertDays("2025-04-01", "2026-03-01", APRIL.yearToDate(YearMonth.of(2026, 2)));
    assertDays("2026-04-01", "2026-06-01",
        FiscalCalendar.CALENDAR.quarterToDate(YearMonth.of(2026, 5)));
    assertDays("2026-05-01", "2026-06-01",
        FiscalCalendar.startingIn(Month.FEBRUARY).quarterToDate(YearMonth.of(2026, 5)));
  }

  @Test
  void previousComparablePeriods() {
    FiscalCalendar c = FiscalCalendar.CALENDAR;
    assertEquals(Period.month(2026, 2), c.previous(Period.month(2026, 3)));
    assertEquals(Period.month(2025, 12), c.previous(Period.month(2026, 1)));
    assertEquals(Period.quarter(2025, 4), c.previous(Period.quarter(2026, 1)));
    assertEquals(Period.half(2026, 1), c.previous(Period.half(2026, 2)));
    assertEquals(Period.year(2025), c.previous(Period.year(2026)));
    assertEquals(p("2025-01-01", "2025-06-01"), c.previous(p("2026-01-01", "2026-06-01")),
        "year to date: the same span a year earlier");
    assertEquals(p("2026-01-01", "2026-03-01"), c.previous(p("2026-04-01", "2026-06-01")),
        "quarter to date: the same span a quarter earlier");
    assertEquals(p("2026-02-24", "2026-03-10"), c.previous(p("2026-03-10", "2026-03-24")),
        "custom ranges: as many days earlier");
    assertEquals(APRIL.quarter(2026, 4), APRIL.previous(APRIL.quarter(2027, 1)));
    assertEquals(APRIL.year(2026), APRIL.previous(APRIL.year(2027)));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03, 2026-03-01, 2026-04-01",
    "2026-Q1, 2026-01-01, 2026-04-01",
    "2026-H2, 2026-07-01, 2027-01-01",
    "2026, 2026-01-01, 2027-01-01",
    "FY2026, 2025-04-01, 2026-04-01",
    "FY2026-Q2, 2025-07-01, 2025-10-01",
    "FY2026-H1, 2025-04-01, 2025-10-01",
    "2026-01-01..2026-02-15, 2026-01-01, 2026-02-15",
    "' 2026-03 ', 2026-03-01, 2026-04-01",
  })
  void parsing(String text, String start, String end) {
    assertEquals(p(start, end), APRIL.parse(text));
  }

  @Test
  void formattingRoundTrips() {
    for (Period period : List.of(APRIL.year(2026), APRIL.quarter(2026, 3), APRIL.half(2027, 1),
        Period.month(2026, 7), p("2026-01-05", "2026-01-09"), p("2026-02-01", "2026-04-01"))) {
      assertEquals(period, APRIL.parse(APRIL.format(period)), APRIL.format(period));
    }
    assertEquals("FY2026", APRIL.format(APRIL.year(2026)));
    assertEquals("FY2026-Q2", APRIL.format(APRIL.quarter(2026, 2)));
    assertEquals("FY2027-H1", APRIL.format(APRIL.half(2027, 1)));
    assertEquals("2026-Q1", FiscalCalendar.CALENDAR.format(Period.quarter(2026, 1)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''|it is empty",
    "2026-13|month 13 is out of range 1..12",
    "2026-00|month 0 is out of range 1..12",
    "2026-Q5|quarter 5 is out of range 1..4",
    "2026-Q0|quarter 0 is out of range 1..4",
    "2026-H3|half 3 is out of range 1..2",
    "FY2026-Q123|quarter 123 is out of range 1..4",
    "2026-02-01..2026-01-01|end 2026-01-01 is not after start 2026-02-01",
    "2026-02-30..2026-03-01|'2026-02-30' is not a date (yyyy-mm-dd)",
    "26-03|its form is not recognised",
    "March 2026|its form is not recognised",
    "FY26|its form is not recognised",
  })
  void malformedLabels(String text, String problem) {
    PeriodFormatException e = assertThrows(PeriodFormatException.class, () -> APRIL.parse(text));
    assertEquals("'" + text + "' is not a period: " + problem + "; expected 2026-03, 2026-Q1,"
        + " 2026-H1, 2026, FY2026, FY2026-Q1, FY2026-H1 or 2026-01-01..2026-02-15 (end"
        + " exclusive)", e.getMessage());
    assertEquals(text, e.text());
  }
}
