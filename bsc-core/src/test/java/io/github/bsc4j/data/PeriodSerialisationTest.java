package io.github.bsc4j.data;

import static io.github.bsc4j.model.Serialisation.claiming;
import static io.github.bsc4j.model.Serialisation.patch;
import static io.github.bsc4j.model.Serialisation.read;
import static io.github.bsc4j.model.Serialisation.roundTrip;
import static io.github.bsc4j.model.Serialisation.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.model.ProblemCode;
import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Periods and fiscal calendars shipped with Java serialisation arrive equal; a stream holding a
 * period that breaks a rule is refused with the period's own exception.
 */
class PeriodSerialisationTest {
  static final FiscalCalendar APRIL = FiscalCalendar.startingIn(Month.APRIL);

  @Test
  void everyKindOfPeriodArrivesEqual() {
    List<Period> periods = List.of(
        Period.month(2026, 3), Period.quarter(2026, 1), Period.half(2026, 2), Period.year(2026),
        Period.yearToDate(2026, 5), Period.months(YearMonth.of(2025, 11), YearMonth.of(2026, 2)),
        Period.days(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14)),
        APRIL.quarter(2026, 1), APRIL.yearToDate(YearMonth.of(2026, 6)),
        Period.month(9999, 12), Period.month(1, 1));
    for (Period p : periods) {
      Period copy = roundTrip(p);
      assertNotSame(p, copy);
      assertEquals(p, copy);
      assertEquals(p.kind(), copy.kind());
      assertEquals(p.toString(), copy.toString());
      assertEquals(0, p.compareTo(copy));
    }
  }

  /** LocalDate's serial form: type 3, the year as an int, the month and the day as bytes. */
  private static byte[] date(int year, int month, int day) {
    return new byte[] {3, (byte) (year >>> 24), (byte) (year >>> 16), (byte) (year >>> 8),
        (byte) year, (byte) month, (byte) day};
  }

  @Test
  void aStreamWhosePeriodEndsBeforeItStartsIsRefused() {
    byte[] march = write(Period.month(2026, 3));
    byte[] tampered = patch(march, date(2026, 4, 1), date(2026, 2, 1));
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(tampered));
    InvalidPeriodException cause = assertInstanceOf(InvalidPeriodException.class, e.getCause());
    assertEquals(ProblemCode.EMPTY_INTERVAL, cause.code());
    assertEquals("its end 2026-02-01 is not after its start 2026-03-01", cause.reason());
  }

  @Test
  void aStreamWhosePeriodIsNotWhatItsKindSaysIsRefused() {
    byte[] quarter = write(Period.quarter(2026, 1));
    byte[] tampered = patch(quarter, date(2026, 4, 1), date(2026, 5, 1));
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(tampered));
    InvalidPeriodException cause = assertInstanceOf(InvalidPeriodException.class, e.getCause());
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, cause.code());
    assertEquals("a period of kind QUARTER is 3 whole months, not 4", cause.reason());
  }

  @Test
  void fiscalCalendarsArriveEqualAndTheCalendarYearStaysOneInstance() {
    FiscalCalendar copy = roundTrip(APRIL);
    assertEquals(APRIL, copy);
    assertEquals(APRIL.quarter(2026, 1), copy.quarter(2026, 1));
    assertEquals("FY2026-Q1", copy.format(copy.quarter(2026, 1)));
    assertSame(FiscalCalendar.CALENDAR, roundTrip(FiscalCalendar.CALENDAR));
  }

  @Test
  void aStreamOfACalendarWithoutAFirstMonthIsRefused() {
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(
        claiming(FiscalCalendar.class.getName(), "firstMonth", "Ljava/time/Month;")));
    assertEquals("serialised fiscal calendar has no first month", e.getMessage());
  }
}
