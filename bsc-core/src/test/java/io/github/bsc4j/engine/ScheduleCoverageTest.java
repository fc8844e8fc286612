package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A schedule that leaves a day of the period uncovered gives NO_DATA for every roll-up. */
class ScheduleCoverageTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final List<ScheduledTarget> TO_MID_MARCH = List.of(
      ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 15), 10));

  static Scorecard card(boolean scheduleTheBaseline) {
    return Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("revenue", i -> {
              i.lagging().rollUp(RollUp.SUM);
              if (scheduleTheBaseline) {
                i.target(15).baselineSchedule(TO_MID_MARCH);
              } else {
                i.baseline(1).target(Target.schedule(TO_MID_MARCH));
              }
            })
            .indicator("headcount", i -> {
              i.lagging().rollUp(RollUp.LAST);
              if (scheduleTheBaseline) {
                i.target(15).baselineSchedule(TO_MID_MARCH);
              } else {
                i.baseline(1).target(Target.schedule(TO_MID_MARCH));
              }
            }))
        .build();
  }

  static Measurements data() {
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 3; month++) {
      m.put("revenue", Period.month(2026, month), 10);
      m.put("headcount", Period.month(2026, month), 10);
    }
    return m.build();
  }

  @Test
  void aTargetScheduleEndingOnTheFifteenthOfMarchGivesNoQuarterTargetForAnyRollUp() {
    ScorecardResult q1 = ENGINE.evaluate(ENGINE.compile(card(false)), "s1", data(),
        Period.quarter(2026, 1));
    for (String id : List.of("revenue", "headcount")) {
      NodeResult r = q1.node(id).orElseThrow();
      assertEquals(Status.NO_DATA, r.status(), id);
      assertEquals(Optional.of("no target scheduled for Q1 2026"), r.note(), id);
      assertEquals(java.util.OptionalDouble.empty(), r.indicator().orElseThrow().target(), id);
    }
  }

  @Test
  void aBaselineScheduleLikewise() {
    ScorecardResult q1 = ENGINE.evaluate(ENGINE.compile(card(true)), "s1", data(),
        Period.quarter(2026, 1));
    for (String id : List.of("revenue", "headcount")) {
      NodeResult r = q1.node(id).orElseThrow();
      assertEquals(Status.NO_DATA, r.status(), id);
      assertEquals(Optional.of("no baseline scheduled for Q1 2026"), r.note(), id);
    }
    // February is covered: headcount (LAST) has its baseline of 10, revenue 28/73 of its 10.
    ScorecardResult february = ENGINE.evaluate(ENGINE.compile(card(true)), "s1", data(),
        Period.month(2026, 2));
    assertEquals(10, february.node("headcount").orElseThrow().indicator().orElseThrow()
        .baseline().orElseThrow(), 0.0);
    assertEquals(10 * 28 / 73.0, february.node("revenue").orElseThrow().indicator()
        .orElseThrow().baseline().orElseThrow(), 1e-12);
  }
}
