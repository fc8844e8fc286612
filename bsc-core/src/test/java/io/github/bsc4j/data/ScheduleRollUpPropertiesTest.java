package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A schedule's roll-ups against a day-by-day oracle: every day of the period looked up on its
 * own. The roll-ups never list days; the oracle does, over a few hundred of them.
 */
class ScheduleRollUpPropertiesTest {
  static final LocalDate ORIGIN = LocalDate.of(2025, 10, 1);

  /**
   * Entries between cut points (days after 1 October 2025, some of them snapped to the 1st of a
   * month), each present or left out (a gap), with small whole values.
   */
  @Property(tries = 1000)
  void everyRollUpAgreesWithTheDaysOfThePeriod(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 300) Integer> cuts,
      @ForAll @Size(9) List<@IntRange(min = -50, max = 50) Integer> values,
      @ForAll @Size(9) List<Boolean> present,
      @ForAll boolean snapToMonths,
      @ForAll @IntRange(min = 0, max = 280) int from,
      @ForAll @IntRange(min = 1, max = 120) int length,
      @ForAll boolean wholeMonths,
      @ForAll boolean shuffled) {
    TreeSet<LocalDate> bounds = new TreeSet<>();
    bounds.add(ORIGIN);
    bounds.add(ORIGIN.plusDays(310));
    for (int c : cuts) {
      LocalDate d = ORIGIN.plusDays(c);
      bounds.add(snapToMonths ? d.withDayOfMonth(1) : d);
    }
    List<LocalDate> b = new ArrayList<>(bounds);
    List<ScheduledTarget> entries = new ArrayList<>();
    for (int i = 1; i < b.size(); i++) {
      if (present.get(i - 1)) {
        entries.add(ScheduledTarget.of(b.get(i - 1), b.get(i), values.get(i - 1)));
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    if (shuffled) {
      Collections.reverse(entries);
    }
    Target target = Target.schedule(entries);
    LocalDate start = ORIGIN.plusDays(from);
    LocalDate first = start.withDayOfMonth(1);
    Period period = wholeMonths
        ? Period.between(first, first.plusMonths(1 + length / 40))
        : Period.between(start, start.plusDays(length));

    List<Double> daily = new ArrayList<>();
    boolean covered = true;
    for (LocalDate d = period.start(); d.isBefore(period.end()); d = d.plusDays(1)) {
      OptionalDouble v = target.valueOn(d);
      covered &= v.isPresent();
      daily.add(v.orElse(Double.NaN));
    }
    String what = entries + " over " + period;
    for (RollUp r : List.of(RollUp.AVERAGE, RollUp.LAST, RollUp.MIN, RollUp.MAX)) {
      OptionalDouble got = RollUps.targetFor(target, r, period);
      if (!covered) {
        assertEquals(OptionalDouble.empty(), got, r + " " + what);
        continue;
      }
      double expected = switch (r) {
        case LAST -> daily.get(daily.size() - 1);
        case MIN -> Collections.min(daily);
        case MAX -> Collections.max(daily);
        default -> average(entries, target, period, daily);
      };
      assertEquals(expected, got.orElseThrow(), 1e-12, r + " " + what);
    }
    assertEquals(covered, RollUps.targetFor(target, RollUp.SUM, period).isPresent(),
        "SUM " + what);
  }

  /**
   * By months when the period is whole months and no entry starts or ends inside it except on
   * a 1st (the value on each month's 1st then holds all month), else by days.
   */
  static double average(List<ScheduledTarget> entries, Target target, Period period,
      List<Double> daily) {
    boolean byMonths = period.isWholeMonths();
    for (ScheduledTarget e : entries) {
      for (LocalDate edge : List.of(e.start(), e.end())) {
        if (edge.isAfter(period.start()) && edge.isBefore(period.end())
            && edge.getDayOfMonth() != 1) {
          byMonths = false;
        }
      }
    }
    double sum = 0;
    if (byMonths) {
      for (java.time.YearMonth m : period.months()) {
        sum += target.valueOn(m.atDay(1)).orElseThrow();
      }
      return sum / period.months().size();
    }
    for (double v : daily) {
      sum += v;
    }
    return sum / daily.size();
  }
}
