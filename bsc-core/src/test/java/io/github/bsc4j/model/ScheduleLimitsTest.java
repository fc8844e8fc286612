package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Target schedules are bounded: their length and the years of their entries. */
class ScheduleLimitsTest {

  static List<ScheduledTarget> monthly(int n) {
    List<ScheduledTarget> entries = new ArrayList<>(n);
    LocalDate d = LocalDate.of(1200, 1, 1);
    for (int i = 0; i < n; i++) {
      entries.add(ScheduledTarget.of(d.plusMonths(i), d.plusMonths(i + 1), i));
    }
    return entries;
  }

  @Test
  void aScheduleHasAtMostTenThousandEntries() {
    assertEquals(10_000, Target.schedule(monthly(10_000)) instanceof Target.Schedule s
        ? s.entries().size() : -1);
    // Today a schedule of any length is accepted, and validating it is quadratic.
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> Target.schedule(monthly(10_001)));
    assertEquals(ProblemCode.LIMIT_EXCEEDED, e.code());
    assertEquals("schedule", e.elementId());
    assertEquals("a schedule is invalid: 1 problem\n  - [schedule] LIMIT_EXCEEDED: a schedule"
        + " has 10001 entries, at most 10000 are allowed", e.getMessage());
  }

  @Test
  void entriesLieInTheYearsOneToNineThousandNineHundredNinetyNine() {
    ScheduledTarget all = ScheduledTarget.of(LocalDate.of(1, 1, 1), LocalDate.of(10_000, 1, 1), 1);
    assertEquals(LocalDate.of(10_000, 1, 1), all.end());
    // Today accepted; rolled up, such an entry used to list 24 billion months.
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> ScheduledTarget.of(LocalDate.MIN, LocalDate.MAX, 1));
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, e.code());
    assertEquals("[-999999999-01-01, +999999999-12-31)", e.elementId());
    assertEquals("a scheduled target is invalid: 1 problem\n  - [[-999999999-01-01,"
        + " +999999999-12-31)] VALUE_OUT_OF_RANGE: scheduled range [-999999999-01-01,"
        + " +999999999-12-31) lies outside the supported years 1..9999", e.getMessage());
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, assertThrows(ScorecardValidationException.class,
        () -> ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(10_000, 1, 2), 1)).code());
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, assertThrows(ScorecardValidationException.class,
        () -> ScheduledTarget.of(LocalDate.of(0, 12, 31), LocalDate.of(2026, 1, 1), 1)).code());
  }

  @Test
  void reversedRangesAreStillReportedWithTheIndicator() {
    // Only the years are checked at once; an empty range comes with the indicator's problems.
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> Indicator.builder("revenue").target(Target.schedule(List.of(ScheduledTarget.of(
            LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), 1)))).build());
    assertEquals(List.of(ProblemCode.MISSING_ATTRIBUTE, ProblemCode.EMPTY_INTERVAL),
        e.problems().stream().map(Problem::code).toList());
  }
}
