package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * A result's bookkeeping at its edges: an indicator's direction at the relative tolerance, a
 * target that overflows in one period only, an informational child that gains data, the cap of
 * unknown-measurement warnings at exactly {@link ScorecardEngine#MAX_WARNINGS} ids, the list of
 * ids a rejection names at exactly ten, and a batch's warnings at exactly {@link
 * BatchReport#MAX_KEPT_ERRORS} subjects.
 */
class ResultEdgesTest {
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();
  private static final Period MAR = Period.month(2026, 3);
  private static final Period FEB = Period.month(2026, 2);

  private static Scorecard card(String id) {
    return Scorecard.builder(id)
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(2000))
            .indicator("info", i -> i.lagging().baseline(0).target(10).weight(0)))
        .build();
  }

  private static Trend trendOfA(double feb, double mar) {
    Measurements m = Measurements.builder().put("a", FEB, feb).put("a", MAR, mar).build();
    return ENGINE.evaluate(ENGINE.compile(card("card")), "s", m, MAR).node("a").orElseThrow()
        .trend().orElseThrow();
  }

  @Test
  void anIndicatorsDirectionFollowsTheRelativeToleranceOfItsActual() {
    // 1000 to 1000.0000001: a change of 1e-7, within 1e-9 * 1000.0000001 (about 1e-6)
    assertEquals(Optional.of(Trend.Direction.UNCHANGED), trendOfA(1000, 1000.0000001).direction());
    // 1000 to 1000.000002: a change of 2e-6, beyond 1e-9 * 1000.000002
    assertEquals(Optional.of(Trend.Direction.IMPROVED), trendOfA(1000, 1000.000002).direction());
    assertEquals(Optional.of(Trend.Direction.WORSENED), trendOfA(1000.000002, 1000).direction());
    // the same relative change on small numbers: 0.001 to 0.0010000000001 is a change of 1e-13,
    // within 1e-9 * 0.001
    assertEquals(Optional.of(Trend.Direction.UNCHANGED), trendOfA(0.001, 0.0010000000001)
        .direction());
  }

  @Test
  void aTargetThatOverflowsInOnlyOnePeriodIsADifferentYardstick() {
    // Monthly targets of 1 up to 2025, MAX_VALUE from 2026: Q1 2026 sums to infinity (no data),
    // Q4 2025 to 3.
    Scorecard c = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("kpi", i -> i.lagging().baseline(0).rollUp(RollUp.SUM)
                .target(Target.schedule(List.of(
                    ScheduledTarget.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 1),
                    ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                        Double.MAX_VALUE))))))
        .build();
    Period q1 = Period.quarter(2026, 1);
    Measurements m = Measurements.builder().put("kpi", Period.quarter(2025, 4), 3)
        .put("kpi", q1, 3).build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(c), "s", m, q1);
    NodeResult kpi = r.node("kpi").orElseThrow();
    assertEquals(Status.NO_DATA, kpi.status());
    assertEquals(Optional.of("the SUM of the target over Q1 2026 overflows"), kpi.note());
    Trend t = kpi.trend().orElseThrow();
    assertEquals(Period.quarter(2025, 4), t.period());
    assertEquals(OptionalDouble.of(1.0), t.previousScore(), "3 of a target of 3");
    assertEquals(List.of(Trend.Difference.COVERAGE, Trend.Difference.TARGET), t.differences());
    assertEquals(List.of(Trend.Difference.COVERAGE, Trend.Difference.TARGET),
        r.root().trend().orElseThrow().differences());
    assertEquals(OptionalDouble.of(Double.POSITIVE_INFINITY),
        kpi.indicator().orElseThrow().target(), "the rolled-up target, as computed");
    String line = r.explain().lines().filter(l -> l.contains("Indicator kpi")).findFirst()
        .orElseThrow();
    assertTrue(line.contains("actual 3, target Infinity, baseline 0"), line);
  }

  @Test
  void anInformationalChildThatGainsDataLeavesItsParentComparable() {
    Measurements m = Measurements.builder().put("a", FEB, 1000).put("a", MAR, 1500)
        .put("info", MAR, 5).build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card("card")), "s", m, MAR);
    assertEquals(List.of(Trend.Difference.COVERAGE),
        r.node("info").orElseThrow().trend().orElseThrow().differences());
    for (String parent : List.of("o", "financial", "card")) {
      Trend t = r.node(parent).orElseThrow().trend().orElseThrow();
      assertEquals(List.of(), t.differences(), parent);
      assertTrue(t.comparable(), parent);
    }
    assertEquals(OptionalDouble.of(0.25), r.node("o").orElseThrow().trend().orElseThrow()
        .scoreChange(), "0.75 - 0.5, by the counted indicator alone");
  }

  private static Measurements withStrays(int count) {
    Map<String, Double> values = new HashMap<>(Map.of("a", 5.0));
    for (int i = 0; i < count; i++) {
      values.put(String.format("x%03d", i), 1.0);
    }
    return Measurements.of(MAR, values);
  }

  @Test
  void exactlyAHundredUnknownIdsAreAllListedWithNothingMore() {
    List<Problem> w = ENGINE.evaluate(ENGINE.compile(card("card")), "s",
        withStrays(ScorecardEngine.MAX_WARNINGS), MAR).warnings();
    assertEquals(100, w.size());
    assertEquals("x099", w.get(99).elementId());
  }

  @Test
  void aHundredAndOneUnknownIdsListAHundredAndSayOneMore() {
    List<Problem> w = ENGINE.evaluate(ENGINE.compile(card("card")), "s",
        withStrays(ScorecardEngine.MAX_WARNINGS + 1), MAR).warnings();
    assertEquals(101, w.size());
    assertEquals("x099", w.get(99).elementId());
    assertEquals(new Problem("measurements", ProblemCode.UNKNOWN_INDICATOR, "measurements name 1"
        + " more ids that are not measured indicators of scorecard 'card' (only the first 100 are"
        + " listed)"), w.get(100));
  }

  private static String rejection(int strays) {
    return assertThrows(UnknownIndicatorException.class, () -> ENGINE.evaluate(
        ENGINE.compile(card("card")), "s", withStrays(strays), MAR,
        EvaluationOptions.DEFAULT.withUnknownMeasurements(
            EvaluationOptions.UnknownMeasurements.REJECT))).getMessage();
  }

  @Test
  void aRejectionNamesTenIdsAndCountsTheRest() {
    String ten = "'x000', 'x001', 'x002', 'x003', 'x004', 'x005', 'x006', 'x007', 'x008', 'x009'";
    assertEquals("measurements name 10 ids that are not measured indicators of scorecard 'card': "
        + ten, rejection(10));
    assertEquals("measurements name 11 ids that are not measured indicators of scorecard 'card': "
        + ten + " and 1 more", rejection(11));
    assertEquals("measurements name 1 id that is not a measured indicator of scorecard 'card': "
        + "'x000'", rejection(1));
  }

  @Test
  void aBatchKeepsTheWarningsOfTheFirstThousandSubjects() {
    int n = BatchReport.MAX_KEPT_ERRORS + 1;
    List<Measurements> subjects = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      subjects.add(Measurements.of(MAR, Map.of("a", 1000.0, "stray", (double) s)));
    }
    double[] out = new double[n];
    BatchReport report = ENGINE.scores(ENGINE.compile(card("card")), subjects, MAR, out);
    assertEquals(0, report.failureCount());
    assertEquals(1000, report.warnings().size());
    assertEquals(0, report.warnings().get(0).subject());
    assertEquals(999, report.warnings().get(999).subject());
    assertEquals("stray", report.warnings(999).get(0).elementId());
    assertEquals(List.of(), report.warnings(1000), "the 1001st subject with warnings");
    assertEquals(0.5, out[1000], "scored all the same: 1000 of 2000");
    assertEquals("BatchReport[0 of 1001 subjects failed, 1000 with warnings]", report.toString());
  }

  @Test
  void subjectWarningsStartAtSubjectZero() {
    Problem p = new Problem("x", ProblemCode.UNKNOWN_INDICATOR, "m");
    assertEquals(0, new BatchReport.SubjectWarnings(0, List.of(p)).subject());
    assertEquals("subject index must not be negative, was -1", assertThrows(
        IllegalArgumentException.class, () -> new BatchReport.SubjectWarnings(-1, List.of(p)))
        .getMessage());
  }
}
