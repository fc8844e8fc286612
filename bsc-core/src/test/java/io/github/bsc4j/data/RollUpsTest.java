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
  }

  @Test
  void aPeriodOfDaysTakesTheEntriesCoveringItsOwnDays() {
    Target fromMidJanuary = Target.schedule(List.of(
        ScheduledTarget.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1), 10)));
    // Today: empty, because the entry does not cover January 1st, a day outside the period.
    assertEquals(OptionalDouble.of(10), RollUps.targetFor(fromMidJanuary, RollUp.AVERAGE,
        Period.between(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 25))));
    Target monthly = Target.schedule(List.of(
        ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), 10),
        ScheduledTarget.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), 20),
        ScheduledTarget.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), 30)));
    Period januaryTenthToMarchFifth =
        Period.between(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 5));
    // Today: 10 for both, January's target alone, though the period runs into March.
    assertEquals(OptionalDouble.of(30), RollUps.targetFor(monthly, RollUp.LAST,
        januaryTenthToMarchFifth));
    assertEquals(OptionalDouble.of(20), RollUps.targetFor(monthly, RollUp.AVERAGE,
        januaryTenthToMarchFifth));
  }
}
