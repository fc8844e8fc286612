package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws over every period value: every kind, every alignment, the whole range of years. */
class PeriodLawsTest {

  /** Any period: of any kind, starting in any month (fiscal kinds too), in the years 1..9999. */
  @Provide
  Arbitrary<Period> periods() {
    return Combinators.combine(
            Arbitraries.of(PeriodKind.class),
            Arbitraries.integers().between(Period.MIN_YEAR, Period.MAX_YEAR),
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 12),
            Arbitraries.oneOf(Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(1, Period.MAX_MONTHS)),
            Arbitraries.integers().between(1, 28),
            Arbitraries.oneOf(Arbitraries.integers().between(0, 62),
                Arbitraries.integers().between(0, 36_524)))
        .as(PeriodLawsTest::period)
        .filter(Objects::nonNull);
  }

  /** Makes a period from the drawn numbers, or null when it would lie outside the years. */
  static Period period(PeriodKind kind, int year, int month, int toDateMonths, int rangeMonths,
      int day, int days) {
    LocalDate first = LocalDate.of(year, month, 1);
    try {
      return switch (kind) {
        case MONTH -> Period.month(year, month);
        case QUARTER, HALF, YEAR ->
            new Period(first, first.plusMonths(kind.maxMonths()), kind);
        case YEAR_TO_DATE, HALF_TO_DATE, QUARTER_TO_DATE -> new Period(first,
            first.plusMonths((toDateMonths - 1) % kind.maxMonths() + 1), kind);
        case RANGE -> days % 3 == 0
            ? Period.months(java.time.YearMonth.of(year, month),
                java.time.YearMonth.of(year, month).plusMonths(rangeMonths - 1L))
            : Period.days(first.withDayOfMonth(day), first.withDayOfMonth(day).plusDays(days));
      };
    } catch (InvalidPeriodException e) {
      return null;
    }
  }

  @Property(tries = 2000)
  void everyCodeParsesBackToItsPeriod(@ForAll("periods") Period p) {
    String code = p.toString();
    assertEquals(p, Period.parse(code), code);
    assertTrue(code.length() <= 22, code);
    assertFalse(code.contains(p.end().toString()), code + " shows the day after the period");
  }

  @Property(tries = 2000)
  void everyCodeOfEveryCalendarParsesBackInThatCalendar(
      @ForAll("periods") Period p, @ForAll Month firstMonth) {
    FiscalCalendar c = FiscalCalendar.startingIn(firstMonth);
    String code = c.format(p);
    assertEquals(p, c.parse(code), code);
    assertTrue(code.length() <= 22, code);
    assertFalse(code.contains(p.end().toString()), code + " shows the day after the period");
    assertFalse(c.label(p).isBlank());
  }

  @Property(tries = 1000)
  void everyFiscalPeriodOfACalendarHasItsFiscalCode(@ForAll Month firstMonth,
      @ForAll("fiscalYears") int fiscalYear, @ForAll("parts") int part) {
    FiscalCalendar c = FiscalCalendar.startingIn(firstMonth);
    String fy = firstMonth == Month.JANUARY ? "" : "FY";
    Period quarter = c.quarter(fiscalYear, (part - 1) % 4 + 1);
    assertEquals(fy + fiscalYear + "-Q" + ((part - 1) % 4 + 1), c.format(quarter));
    Period ytd = c.yearToDate(java.time.YearMonth.from(c.year(fiscalYear).start())
        .plusMonths(part - 1));
    assertEquals(part, ytd.months().size());
    assertEquals(fy + fiscalYear + "-YTD-" + Period.monthText(ytd.lastDay().getMonthValue()),
        c.format(ytd));
    assertEquals(ytd, c.parse(c.format(ytd)));
  }

  @Provide
  Arbitrary<Integer> fiscalYears() {
    return Arbitraries.integers().between(1000, 9999);
  }

  @Provide
  Arbitrary<Integer> parts() {
    return Arbitraries.integers().between(1, 12);
  }

  @Property(tries = 2000)
  void comparedPeriodsKeepTheKindAndLieBefore(@ForAll("periods") Period p,
      @ForAll Month firstMonth) {
    FiscalCalendar c = FiscalCalendar.startingIn(firstMonth);
    Period previous;
    Period lastYear;
    try {
      previous = c.previous(p);
      lastYear = c.sameLastYear(p);
    } catch (InvalidPeriodException e) {
      LocalDate stepBack = p.isWholeMonths() ? p.start().minusMonths(p.months().size())
          : p.start().minusDays(p.lengthInDays());
      assertTrue(p.start().minusYears(1).getYear() < Period.MIN_YEAR
          || stepBack.getYear() < Period.MIN_YEAR, p + ": " + e.getMessage());
      return;
    }
    assertEquals(p.kind(), previous.kind());
    assertEquals(p.kind(), lastYear.kind());
    assertEquals(previous, FiscalCalendar.CALENDAR.previous(p), "the same in every calendar");
    assertTrue(previous.compareTo(p) < 0);
    assertEquals(p.start().minusYears(1), lastYear.start());
    assertEquals(p.isWholeMonths() ? p.end().minusYears(1) : p.lastDay().minusYears(1),
        p.isWholeMonths() ? lastYear.end() : lastYear.lastDay(),
        "whole months stay whole months (February of a leap year keeps its 29th)");
    if (!p.isToDate()) {
      assertEquals(p.start(), previous.end(), p + ": back to back");
      assertEquals(p.isWholeMonths() ? p.months().size() : p.lengthInDays(),
          p.isWholeMonths() ? previous.months().size() : previous.lengthInDays());
    } else if (p.months().size() > 1) {
      assertEquals(p.start(), previous.start(), p + ": one month shorter");
      assertEquals(p.months().size() - 1, previous.months().size());
    } else {
      assertEquals(p.start(), previous.end(), p + ": the whole one before");
      assertEquals(p.kind().maxMonths(), previous.months().size());
    }
  }

  @Property(tries = 1000)
  void valuesAreFoundByTheirDaysWhateverTheKind(@ForAll("periods") Period stored,
      @ForAll("periods") Period asked) {
    Measurements m = Measurements.builder().put("x", stored, 1).build();
    assertEquals(stored.sameDays(asked), m.value("x", asked).isPresent());
  }
}
