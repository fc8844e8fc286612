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
        Period.halfYear(2026, 1)));
    assertEquals(OptionalDouble.of(12), RollUps.targetFor(HEADCOUNT, RollUp.LAST,
        Period.year(2026)));
    assertEquals(OptionalDouble.of(11), RollUps.targetFor(HEADCOUNT, RollUp.AVERAGE,
        Period.year(2026)));
    assertEquals(OptionalDouble.of(10), RollUps.targetFor(HEADCOUNT, RollUp.MIN,
        Period.year(2026)));
  }
}
