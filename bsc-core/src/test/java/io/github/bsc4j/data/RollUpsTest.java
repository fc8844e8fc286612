package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RollUpsTest {
  static final Target ANNUAL_1200 = Target.schedule(List.of(
      ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), 1200)));
  static final Target HEADCOUNT = Target.schedule(List.of(
      ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), 10),
      ScheduledTarget.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), 12)));

  @net.jqwik.api.Property(tries = 500)
  void anAverageOfFiniteValuesLiesWithinThem(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(min = 1, max = 40)
          List<@net.jqwik.api.constraints.DoubleRange(min = -Double.MAX_VALUE,
              max = Double.MAX_VALUE) Double> list) {
    double[] v = list.stream().mapToDouble(Double::doubleValue).toArray();
    double average = RollUps.combine(RollUp.AVERAGE, v);
    double min = java.util.Arrays.stream(v).min().orElseThrow();
    double max = java.util.Arrays.stream(v).max().orElseThrow();
    org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(average), () -> list.toString());
    // Within the values, allowing the rounding of a sum of n terms.
    double slack = 1e-12 * Math.max(Math.abs(min), Math.abs(max));
    org.junit.jupiter.api.Assertions.assertTrue(
        average >= min - slack && average <= max + slack, () -> average + " " + list);
  }

  @Test
  void anAverageOfFiniteValuesStaysFiniteWhereTheirSumOverflows() {
    double max = Double.MAX_VALUE;
    assertEquals(max, RollUps.combine(RollUp.AVERAGE, new double[] {max, max, max}));
    assertEquals(1e308, RollUps.combine(RollUp.AVERAGE, new double[] {1.5e308, 1.5e308, 0}),
        1e293);
    assertEquals(Double.POSITIVE_INFINITY,
        RollUps.combine(RollUp.SUM, new double[] {max, max}), "a SUM does overflow");
    assertEquals(2.0 / 3, RollUps.combine(RollUp.AVERAGE, new double[] {0.1, 0.9, 1}),
        "ordinary averages keep their bits: (0.1 + 0.9 + 1) / 3");
  }

  @Test
  void valuesCombineInTimeOrder() {
    double[] v = {3, 1, 2};
    assertEquals(6, RollUps.combine(RollUp.SUM, v));
    assertEquals(2, RollUps.combine(RollUp.AVERAGE, v));
    assertEquals(2, RollUps.combine(RollUp.LAST, v));
    assertEquals(1, RollUps.combine(RollUp.MIN, v));
    assertEquals(3, RollUps.combine(RollUp.MAX, v));
  }

  @Test
  void constantTargetsAreMonthlyAndSumUpForSumIndicators() {
    Target monthly = Target.of(100);
    assertEquals(OptionalDouble.of(300), RollUps.targetFor(monthly, RollUp.SUM,
        Period.quarter(2026, 1)));
    assertEquals(OptionalDouble.of(100), RollUps.targetFor(monthly, RollUp.AVERAGE,
        Period.quarter(2026, 1)));
    assertEquals(OptionalDouble.of(100), RollUps.targetFor(monthly, RollUp.LAST,
        Period.year(2026)));
    assertEquals(50, RollUps.targetFor(monthly, RollUp.SUM, Period.between(
        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16))).getAsDouble(), 1e-12,
        "half of April is half a month");
  }

  @Test
  void sumTargetsOfLongerEntriesArePutProRata() {
    assertEquals(OptionalDouble.of(100), RollUps.targetFor(ANNUAL_1200, RollUp.SUM,
        Period.month(2026, 2)), "by months, not days");
    assertEquals(OptionalDouble.of(300), RollUps.targetFor(ANNUAL_1200, RollUp.SUM,
        Period.quarter(2026, 3)));
    assertEquals(OptionalDouble.empty(), RollUps.targetFor(ANNUAL_1200, RollUp.SUM,
        Period.between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1))),
        "January 2027 has no target");
  }

  @Test
  void lastTargetsAreNeverProRated() {
    assertEquals(OptionalDouble.of(10), RollUps.targetFor(HEADCOUNT, RollUp.LAST,
        Period.half(2026, 1)));
    assertEquals(OptionalDouble.of(12), RollUps.targetFor(HEADCOUNT, RollUp.LAST,
        Period.year(2026)));
    assertEquals(OptionalDouble.of(11), RollUps.targetFor(HEADCOUNT, RollUp.AVERAGE,
        Period.year(2026)));
    assertEquals(OptionalDouble.of(10), RollUps.targetFor(HEADCOUNT, RollUp.MIN,
        Period.year(2026)));
  }

  @Test
  void anEntryMayBeLongerThanAnyPeriodAndIsNeverListedMonthByMonth() {
    // 9,999 years of 12 months: 1 a month. The entry is no Period (periods span <= 100 years).
    Target forever = Target.schedule(List.of(
        ScheduledTarget.of(LocalDate.of(1, 1, 1), LocalDate.of(10_000, 1, 1), 119_988)));
    assertEquals(OptionalDouble.of(1), RollUps.targetFor(forever, RollUp.SUM,
        Period.month(2026, 3)));
    assertEquals(OptionalDouble.of(1200), RollUps.targetFor(forever, RollUp.SUM,
        Period.between(LocalDate.of(1, 1, 1), LocalDate.of(101, 1, 1))));
    assertEquals(OptionalDouble.of(119_988), RollUps.targetFor(forever, RollUp.LAST,
        Period.year(9999)));
    Period century = Period.between(LocalDate.of(1, 1, 1), LocalDate.of(101, 1, 1));
    for (RollUp r : List.of(RollUp.AVERAGE, RollUp.LAST, RollUp.MIN, RollUp.MAX)) {
      assertEquals(OptionalDouble.of(119_988), RollUps.targetFor(forever, r, century),
          r.toString());
    }
  }

  @Test
  void tenThousandOneDayEntriesOverTheDaysTheyCover() {
    // The most entries a schedule may have, one a day from 1 January 2000, valued 0 to 6 by
    // weekday position: 1,428 full weeks (21 each) and 4 more days (0 + 1 + 2 + 3).
    List<ScheduledTarget> days = new java.util.ArrayList<>();
    LocalDate first = LocalDate.of(2000, 1, 1);
    for (int i = Target.MAX_SCHEDULE_ENTRIES - 1; i >= 0; i--) { // listed backwards
      days.add(ScheduledTarget.of(first.plusDays(i), first.plusDays(i + 1), i % 7));
    }
    Target daily = Target.schedule(days);
    Period all = Period.between(first, first.plusDays(Target.MAX_SCHEDULE_ENTRIES));
    assertEquals(OptionalDouble.of((1_428 * 21 + 6) / 10_000.0),
        RollUps.targetFor(daily, RollUp.AVERAGE, all));
    assertEquals(OptionalDouble.of(9_999 % 7), RollUps.targetFor(daily, RollUp.LAST, all));
    assertEquals(OptionalDouble.of(0), RollUps.targetFor(daily, RollUp.MIN, all));
    assertEquals(OptionalDouble.of(6), RollUps.targetFor(daily, RollUp.MAX, all));
    assertEquals(OptionalDouble.of(1_428 * 21 + 6), RollUps.targetFor(daily, RollUp.SUM, all));
    Period oneDayLonger = Period.between(first, first.plusDays(Target.MAX_SCHEDULE_ENTRIES + 1));
    assertEquals(OptionalDouble.empty(), RollUps.targetFor(daily, RollUp.LAST, oneDayLonger));
  }

  // Every roll-up of a schedule, over a period it covers in several ways and over periods it
  // leaves partly uncovered. Expected: {SUM, AVERAGE, LAST, MIN, MAX}; null for "no value".

  static Target schedule(ScheduledTarget... entries) {
    return Target.schedule(List.of(entries));
  }

  static ScheduledTarget entry(String start, String end, double value) {
    return ScheduledTarget.of(LocalDate.parse(start), LocalDate.parse(end), value);
  }

  static void assertRollUps(Target target, Period period, Double sum, Double average,
      Double last, Double min, Double max) {
    Double[] expected = {sum, average, last, min, max};
    RollUp[] rollUps = {RollUp.SUM, RollUp.AVERAGE, RollUp.LAST, RollUp.MIN, RollUp.MAX};
    List<org.junit.jupiter.api.function.Executable> checks = new java.util.ArrayList<>();
    for (int i = 0; i < rollUps.length; i++) {
      OptionalDouble actual = RollUps.targetFor(target, rollUps[i], period);
      String what = rollUps[i] + " over " + period;
      Double want = expected[i];
      checks.add(want == null
          ? () -> assertEquals(OptionalDouble.empty(), actual, what)
          : () -> assertEquals(want, actual.orElseThrow(), 1e-12, what));
    }
    org.junit.jupiter.api.Assertions.assertAll(checks);
  }

  @Test
  void aScheduleCoveringThePeriodInWholeMonths() {
    // October to January at 10 (a quarter of it in Q1), February to June at 20 (two fifths).
    Target t = schedule(entry("2025-10-01", "2026-02-01", 10),
        entry("2026-02-01", "2026-07-01", 20));
    // SUM 10 / 4 + 20 * 2 / 5 = 10.5; AVERAGE by months (1 * 10 + 2 * 20) / 3 = 50 / 3.
    assertRollUps(t, Period.quarter(2026, 1), 10.5, 50.0 / 3, 20.0, 10.0, 20.0);
    assertRollUps(HEADCOUNT, Period.year(2026), 22.0, 11.0, 12.0, 10.0, 12.0);
  }

  @Test
  void aScheduleEndingBeforeThePeriodEndsGivesNoValue() {
    // Ending on 15 March: no Q1 target for headcount (LAST) either, not only for revenue (SUM).
    Target t = schedule(entry("2026-01-01", "2026-03-15", 10));
    assertRollUps(t, Period.quarter(2026, 1), null, null, null, null, null);
    assertRollUps(t, Period.month(2026, 3), null, null, null, null, null);
    assertRollUps(t, Period.month(2026, 2), 10 * 28 / 73.0, 10.0, 10.0, 10.0, 10.0);
  }

  @Test
  void aGapInTheMiddleGivesNoValue() {
    // Nothing from 10 to 19 February, though every first of a month is covered.
    Target t = schedule(entry("2026-01-01", "2026-02-10", 10),
        entry("2026-02-20", "2026-04-01", 20));
    assertRollUps(t, Period.quarter(2026, 1), null, null, null, null, null);
    assertRollUps(t, Period.month(2026, 2), null, null, null, null, null);
    assertRollUps(t, Period.month(2026, 3), 20 * 31 / 40.0, 20.0, 20.0, 20.0, 20.0);
  }

  @Test
  void aPeriodOfDaysTakesTheEntriesCoveringItsOwnDays() {
    Target monthly = schedule(entry("2026-01-01", "2026-02-01", 10),
        entry("2026-02-01", "2026-03-01", 20), entry("2026-03-01", "2026-04-01", 30));
    // 10 January to 4 March: 22 days of January, all 28 of February, 4 days of March.
    Period days = Period.between(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 5));
    // SUM 10 * 22 / 31 + 20 + 30 * 4 / 31 = 960 / 31; AVERAGE by days
    // (22 * 10 + 28 * 20 + 4 * 30) / 54 = 900 / 54 = 50 / 3 (it was 20, one value per month).
    assertRollUps(monthly, days, 960.0 / 31, 50.0 / 3, 30.0, 10.0, 30.0);
    // An entry starting on the period's first day covers it, whatever the 1st of January has.
    Target fromMidJanuary = schedule(entry("2026-01-15", "2026-02-01", 10));
    assertRollUps(fromMidJanuary, Period.between(LocalDate.of(2026, 1, 15),
        LocalDate.of(2026, 1, 25)), 10 * 10 / 17.0, 10.0, 10.0, 10.0, 10.0);
    // Ending on 3 March leaves 3 and 4 March uncovered.
    Target toThirdOfMarch = schedule(entry("2026-01-01", "2026-03-03", 10));
    assertRollUps(toThirdOfMarch, days, null, null, null, null, null);
    // Starting on 11 January leaves the period's first day uncovered.
    Target fromEleventh = schedule(entry("2026-01-11", "2026-04-01", 10));
    assertRollUps(fromEleventh, days, null, null, null, null, null);
  }

  @Test
  void anEntryStartingMidMonth() {
    // 1 January to 14 February at 10, 15 February to 31 March at 20: 45 days each.
    Target halves = schedule(entry("2026-01-01", "2026-02-15", 10),
        entry("2026-02-15", "2026-04-01", 20));
    // AVERAGE by days (45 * 10 + 45 * 20) / 90 = 15 (it was (10 + 10 + 20) / 3).
    assertRollUps(halves, Period.quarter(2026, 1), 30.0, 15.0, 20.0, 10.0, 20.0);
  }

  @Test
  void anEntryStartingMidMonthInThePeriodsLastMonth() {
    // From 20 March: LAST is the entry covering 31 March (it was 1 March's), MAX sees it.
    Target lateChange = schedule(entry("2026-01-01", "2026-03-20", 10),
        entry("2026-03-20", "2026-04-01", 12));
    // AVERAGE (78 * 10 + 12 * 12) / 90 = 924 / 90.
    assertRollUps(lateChange, Period.quarter(2026, 1), 22.0, 924.0 / 90, 12.0, 10.0, 12.0);
  }

  @Test
  void anEntryStartingMidMonthOutsideOrInsideThePeriod() {
    // Starting mid-December before the period, it meets Q1 in whole months: by months.
    Target fromMidDecember = schedule(entry("2025-12-15", "2026-02-01", 10),
        entry("2026-02-01", "2026-04-01", 20));
    assertRollUps(fromMidDecember, Period.quarter(2026, 1), 10 * 31 / 48.0 + 20, 50.0 / 3,
        20.0, 10.0, 20.0);
    // Starting mid-January inside the period: 1 to 14 January uncovered.
    Target fromMidJanuary = schedule(entry("2026-01-15", "2026-04-01", 10));
    assertRollUps(fromMidJanuary, Period.quarter(2026, 1), null, null, null, null, null);
  }

  @Test
  void entriesCountInTimeOrderWhateverOrderTheyAreListedIn() {
    Target backwards = schedule(entry("2026-03-01", "2026-04-01", 30),
        entry("2026-02-01", "2026-03-01", 20), entry("2026-01-01", "2026-02-01", 10));
    assertRollUps(backwards, Period.quarter(2026, 1), 60.0, 20.0, 30.0, 10.0, 30.0);
  }

  @Test
  void anAverageOfLargeEntriesStaysFiniteAndWithinThem() {
    double max = Double.MAX_VALUE;
    Target huge = schedule(entry("2026-01-01", "2026-02-01", max),
        entry("2026-02-01", "2026-04-01", max));
    assertEquals(OptionalDouble.of(max), RollUps.targetFor(huge, RollUp.AVERAGE,
        Period.quarter(2026, 1)), "3 * MAX overflows; the average is MAX");
    Target mixed = schedule(entry("2026-01-01", "2026-02-01", -max),
        entry("2026-02-01", "2026-04-01", max));
    assertEquals(max / 3, RollUps.targetFor(mixed, RollUp.AVERAGE,
        Period.quarter(2026, 1)).orElseThrow(), max * 1e-15, "(-MAX + 2 MAX) / 3");
    Target tenth = schedule(entry("2026-01-01", "2026-02-15", 0.1),
        entry("2026-02-15", "2026-04-01", 0.1));
    assertEquals(OptionalDouble.of(0.1), RollUps.targetFor(tenth, RollUp.AVERAGE,
        Period.quarter(2026, 1)), "equal entries average to exactly their value");
  }
}
