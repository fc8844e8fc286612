package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusPolicy;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, parts 2 to 6 and 8 on the engine side: subjects, status sources and policies,
 * informational children, coverage and completeness, comparisons and honest trends, the flat
 * rows, and measurements the scorecard does not know. Every number is worked out by hand in the
 * comments (and in docs/scoring.md).
 */
class ResultsTest {
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();
  private static final Period MAR = Period.month(2026, 3);
  private static final Period FEB = Period.month(2026, 2);

  private static ScorecardResult run(Scorecard card, Measurements m) {
    return ENGINE.evaluate(ENGINE.compile(card), "E-1001", m, MAR);
  }

  private static NodeResult node(ScorecardResult r, String id) {
    return r.node(id).orElseThrow();
  }

  // ---------------------------------------------------------------- part 4: where status comes from

  /** The example: an objective of 0.5857 is OFF_TRACK while both indicators are AT_RISK. */
  private static Scorecard twoAtRisk(ScorecardDefaults defaults) {
    return Scorecard.builder("card")
        .defaults(defaults)
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(100).thresholds(100, 50))
            .indicator("b", i -> i.lagging().baseline(0).target(10000).thresholds(10000, 5000)))
        .build();
  }

  private static final Measurements AT_RISK_PAIR = Measurements.of(MAR, Map.of("a", 60.0, "b", 5714.0));

  @Test
  void cutOffsAndThresholdsCanDisagreeAndTheResultSaysWhichGaveTheStatus() {
    ScorecardResult r = run(twoAtRisk(ScorecardDefaults.DEFAULT), AT_RISK_PAIR);
    NodeResult a = node(r, "a");
    assertEquals(0.6, a.score().getAsDouble(), "60 / 100");
    assertEquals(Status.AT_RISK, a.status(), "50 <= 60 < 100: between the thresholds");
    assertEquals(StatusSource.THRESHOLDS, a.statusSource());
    NodeResult b = node(r, "b");
    assertEquals(0.5714, b.score().getAsDouble(), "5714 / 10000");
    assertEquals(Status.AT_RISK, b.status());
    NodeResult o = node(r, "o");
    assertEquals(0.5857, o.score().getAsDouble(), 1e-15, "(0.6 + 0.5714) / 2");
    assertEquals(Status.OFF_TRACK, o.status(), "0.5857 is below the AT_RISK cut-off 0.7");
    assertEquals(StatusSource.SCORE_CUTOFFS, o.statusSource());
    assertEquals(StatusSource.SCORE_CUTOFFS, r.root().statusSource());
  }

  @Test
  void aParentCanTakeItsStatusFromItsChildren() {
    ScorecardResult worst = run(
        twoAtRisk(ScorecardDefaults.DEFAULT.withStatusPolicy(StatusPolicy.WORST_CHILD)),
        AT_RISK_PAIR);
    assertEquals(Status.AT_RISK, node(worst, "o").status());
    assertEquals(StatusSource.CHILDREN, node(worst, "o").statusSource());
    assertEquals(0.5857, node(worst, "o").score().getAsDouble(), 1e-15, "the score is unchanged");
    assertEquals(Status.AT_RISK, worst.status(), "the perspective and the scorecard too");
    assertEquals(StatusSource.CHILDREN, worst.root().statusSource());
  }

  private static Scorecard fiveChildren(StatusPolicy policy) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial").statusPolicy(policy)
            .indicator("on1", i -> i.lagging().baseline(0).target(10))
            .indicator("on2", i -> i.lagging().baseline(0).target(10))
            .indicator("at1", i -> i.lagging().baseline(0).target(10))
            .indicator("at2", i -> i.lagging().baseline(0).target(10))
            .indicator("none", i -> i.lagging().baseline(0).target(10))
            .indicator("info1", i -> i.lagging().baseline(0).target(10).weight(0))
            .indicator("info2", i -> i.lagging().baseline(0).target(10).weight(0))
            .indicator("info3", i -> i.lagging().baseline(0).target(10).weight(0)))
        .build();
  }

  /** Two ON_TRACK, two AT_RISK, one without data, three informational OFF_TRACK children. */
  private static final Measurements FIVE = Measurements.of(MAR, Map.of("on1", 10.0, "on2", 12.0,
      "at1", 8.0, "at2", 7.5, "info1", 1.0, "info2", 2.0, "info3", 3.0));

  @Test
  void worstChildAndMostFrequentChildCountOnlyCountedChildrenWithData() {
    ScorecardResult worst = run(fiveChildren(StatusPolicy.WORST_CHILD), FIVE);
    assertEquals(Status.OFF_TRACK, node(worst, "info1").status(), "its own status, 0.1");
    assertEquals(Status.AT_RISK, node(worst, "o").status(),
        "the informational OFF_TRACK children and the one without data take no part");
    ScorecardResult frequent = run(fiveChildren(StatusPolicy.MOST_FREQUENT_CHILD), FIVE);
    assertEquals(Status.AT_RISK, node(frequent, "o").status(),
        "two ON_TRACK against two AT_RISK: the tie goes to the worse; three informational"
            + " OFF_TRACK would otherwise win");
    assertEquals(StatusSource.CHILDREN, node(frequent, "o").statusSource());
    ScorecardResult cutoffs = run(fiveChildren(StatusPolicy.SCORE_CUTOFFS), FIVE);
    assertEquals(0.8875, node(cutoffs, "o").score().getAsDouble(), 1e-15,
        "(1 + 1 + 0.8 + 0.75) / 4, capped at 1 for on2; informational excluded");
    assertEquals(Status.AT_RISK, node(cutoffs, "o").status());
    assertEquals(StatusSource.SCORE_CUTOFFS, node(cutoffs, "o").statusSource());
  }

  @Test
  void mostFrequentChildPicksTheMajority() {
    Measurements m = Measurements.of(MAR, Map.of("on1", 10.0, "on2", 12.0, "at1", 10.0,
        "at2", 7.5));
    assertEquals(Status.ON_TRACK,
        node(run(fiveChildren(StatusPolicy.MOST_FREQUENT_CHILD), m), "o").status(),
        "three ON_TRACK against one AT_RISK");
    assertEquals(Status.AT_RISK,
        node(run(fiveChildren(StatusPolicy.WORST_CHILD), m), "o").status());
  }

  @Test
  void aParentWithoutDataHasNoDataWhateverItsPolicy() {
    ScorecardResult r = run(fiveChildren(StatusPolicy.WORST_CHILD),
        Measurements.of(MAR, Map.of("info1", 1.0)));
    assertEquals(Status.NO_DATA, node(r, "o").status(), "informational data alone is no data");
    assertEquals(StatusSource.NO_DATA, node(r, "o").statusSource());
    assertEquals(StatusSource.NO_DATA, node(r, "on1").statusSource());
    assertEquals(StatusSource.SCORE_CUTOFFS, node(r, "info1").statusSource());
  }

  @Test
  void perspectivesAndObjectivesOverrideTheScorecardsPolicy() {
    Scorecard card = Scorecard.builder("card")
        .defaults(ScorecardDefaults.DEFAULT.withStatusPolicy(StatusPolicy.WORST_CHILD))
        .perspective(Perspective.FINANCIAL.withStatusPolicy(StatusPolicy.SCORE_CUTOFFS))
        .perspective(Perspective.CUSTOMER)
        .objective("f", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(100).thresholds(100, 50)))
        .objective("c", o -> o.perspective("customer").statusPolicy(StatusPolicy.SCORE_CUTOFFS)
            .indicator("b", i -> i.lagging().baseline(0).target(100).thresholds(100, 50)))
        .build();
    ScorecardResult r = run(card, Measurements.of(MAR, Map.of("a", 60.0, "b", 60.0)));
    assertEquals(StatusSource.CHILDREN, node(r, "f").statusSource(), "the scorecard's default");
    assertEquals(Status.AT_RISK, node(r, "f").status(), "a is AT_RISK by its thresholds");
    assertEquals(StatusSource.SCORE_CUTOFFS, node(r, "financial").statusSource());
    assertEquals(Status.OFF_TRACK, node(r, "financial").status(), "0.6 < 0.7");
    assertEquals(StatusSource.SCORE_CUTOFFS, node(r, "c").statusSource());
    assertEquals(Status.OFF_TRACK, node(r, "c").status());
    assertEquals(StatusSource.CHILDREN, node(r, "customer").statusSource());
    assertEquals(Status.OFF_TRACK, r.status(), "worst of OFF_TRACK and OFF_TRACK");
    assertEquals(Optional.of(StatusPolicy.SCORE_CUTOFFS),
        card.perspectives().get(0).statusPolicy());
    assertEquals(Optional.empty(), card.perspectives().get(1).statusPolicy());
  }

  // ---------------------------------------------------- part 5: informational, coverage, completeness

  /**
   * Financial (weight 1): f1 (weight 3) has data, f2 (weight 1) has none. Customer (weight 1): c1
   * has data; c2 is informational (weight 0) and has none.
   */
  private static Scorecard coverageCard() {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("f1", o -> o.perspective("financial").weight(3)
            .indicator("i1", i -> i.lagging().baseline(0).target(10)))
        .objective("f2", o -> o.perspective("financial")
            .indicator("i2", i -> i.lagging().baseline(0).target(10)))
        .objective("c1", o -> o.perspective("customer")
            .indicator("i3", i -> i.lagging().baseline(0).target(10)))
        .objective("c2", o -> o.perspective("customer").weight(0)
            .indicator("i4", i -> i.lagging().baseline(0).target(10)))
        .build();
  }

  @Test
  void rootCoverageReadsFullWhileAWholeObjectiveHadNoDataAndCompletenessSaysSo() {
    ScorecardResult r = run(coverageCard(), Measurements.of(MAR, Map.of("i1", 8.0, "i3", 6.0)));
    assertEquals(1.0, r.root().coverage(), "both perspectives have data");
    assertEquals(0.875, r.root().completeness(), "1/2 * (3/4 * 1 + 1/4 * 0) + 1/2 * 1");
    assertEquals(0.75, node(r, "financial").coverage(), "f1 has 3 of the 4 weight");
    assertEquals(0.75, node(r, "financial").completeness());
    assertEquals(1.0, node(r, "customer").coverage(), "c2 is informational");
    assertEquals(1.0, node(r, "customer").completeness());
    assertEquals(0.0, node(r, "f2").completeness());
    assertEquals(0.0, node(r, "c2").completeness(), "its own completeness, which weighs nothing");
    assertEquals(1.0, node(r, "i1").completeness());
    assertEquals(0.0, node(r, "i2").completeness());
    assertTrue(node(r, "c2").informational());
    assertFalse(node(r, "c1").informational());
    assertFalse(r.root().informational());
  }

  @Test
  void anInformationalChildKeepsItsOwnResultButTakesNoPartInItsParent() {
    ScorecardResult r = run(coverageCard(),
        Measurements.of(MAR, Map.of("i1", 8.0, "i3", 6.0, "i4", 2.0)));
    NodeResult c2 = node(r, "c2");
    assertEquals(0.2, c2.score().getAsDouble());
    assertEquals(Status.OFF_TRACK, c2.status());
    assertEquals(OptionalDouble.empty(), c2.contribution(), "no contribution");
    assertEquals(0.0, c2.normalisedWeight());
    assertEquals(0.6, node(r, "customer").score().getAsDouble(), "c1 alone, not (0.6 + 0.2) / 2");
    assertEquals(OptionalDouble.of(0.6), node(r, "c1").contribution());
    assertEquals(1.0, node(r, "customer").coverage());
  }

  // ------------------------------------------------------------- part 2 and 3: comparisons, trends

  /** Counts how often each period is asked for, to prove each compared period is read once. */
  private static final class Counting implements MeasurementSource {
    final Measurements inner;
    final Map<Period, Integer> calls = new HashMap<>();

    Counting(Measurements inner) {
      this.inner = inner;
    }

    @Override
    public OptionalDouble value(String indicatorId, Period period) {
      calls.merge(period, 1, Integer::sum);
      return inner.value(indicatorId, period);
    }
  }

  private static Scorecard trendCard() {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("returns", i -> i.lagging().unit("%").lowerIsBetter().baseline(5)
                .target(2))
            .indicator("revenue", i -> i.lagging().baseline(0).target(200))
            .indicator("noise", i -> i.lagging().baseline(0).target(1))
            .indicator("temp", i -> i.leading().inRange().scoring(ScoringSpec.inRange(18, 22, 2))))
        .build();
  }

  private static Measurements trendData() {
    return Measurements.builder()
        .put("returns", FEB, 4).put("returns", MAR, 3)
        .put("revenue", FEB, 100).put("revenue", MAR, 125)
        .put("noise", FEB, 0.3).put("noise", MAR, 0.1 + 0.2)
        .put("temp", FEB, 20).put("temp", MAR, 23)
        .build();
  }

  @Test
  void aFallingReturnRateIsAnImprovementInPercentagePoints() {
    ScorecardResult r = run(trendCard(), trendData());
    Trend t = node(r, "returns").trend().orElseThrow();
    assertEquals(Comparison.PREVIOUS_PERIOD, t.comparison());
    assertEquals(FEB, t.period());
    assertEquals("2026-02", t.periodCode());
    assertEquals(Optional.of(Trend.Direction.IMPROVED), t.direction(), "4 % -> 3 %, lower is better");
    assertEquals(OptionalDouble.of(4.0), t.previousActual());
    assertEquals(OptionalDouble.of(-1.0), t.actualChange(), "one percentage point");
    assertEquals(OptionalDouble.empty(), t.relativeChange(), "never a percentage of a percentage");
    assertEquals(1.0 / 3, t.previousScore().getAsDouble(), 1e-15, "(4 - 5) / (2 - 5)");
    assertEquals(1.0 / 3, t.scoreChange().getAsDouble(), 1e-15, "2/3 - 1/3");
    assertTrue(t.comparable());
  }

  @Test
  void otherIndicatorsAlsoGiveTheRelativeChange() {
    Trend t = node(run(trendCard(), trendData()), "revenue").trend().orElseThrow();
    assertEquals(OptionalDouble.of(25.0), t.actualChange());
    assertEquals(OptionalDouble.of(0.25), t.relativeChange(), "25 / 100");
    assertEquals(Optional.of(Trend.Direction.IMPROVED), t.direction());
    assertEquals(OptionalDouble.of(0.125), t.scoreChange(), "0.625 - 0.5");
  }

  @Test
  void roundingNoiseIsUnchanged() {
    Trend t = node(run(trendCard(), trendData()), "noise").trend().orElseThrow();
    assertEquals(OptionalDouble.of(5.551115123125783e-17), t.actualChange(), "0.1 + 0.2 - 0.3");
    assertEquals(Optional.of(Trend.Direction.UNCHANGED), t.direction());
  }

  @Test
  void aChangeThatOverflowsIsAbsentButStillHasADirection() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("huge", i -> i.lagging().baseline(0).target(10)))
        .build();
    Trend t = node(run(card, Measurements.builder().put("huge", FEB, -1e308)
        .put("huge", MAR, 1e308).build()), "huge").trend().orElseThrow();
    assertEquals(OptionalDouble.of(-1e308), t.previousActual());
    assertEquals(OptionalDouble.empty(), t.actualChange(), "2e308 is beyond the largest double");
    assertEquals(OptionalDouble.empty(), t.relativeChange());
    assertEquals(Optional.of(Trend.Direction.IMPROVED), t.direction());
    assertEquals(OptionalDouble.of(1.0), t.scoreChange(), "0 to the cap 1");
  }

  @Test
  void inRangeIndicatorsAndParentsMoveByScore() {
    ScorecardResult r = run(trendCard(), trendData());
    Trend temp = node(r, "temp").trend().orElseThrow();
    assertEquals(OptionalDouble.of(3.0), temp.actualChange(), "20 -> 23: up, but which way is better?");
    assertEquals(OptionalDouble.of(-0.5), temp.scoreChange(), "1 -> 1 - (23 - 22) / 2");
    assertEquals(Optional.of(Trend.Direction.WORSENED), temp.direction());
    Trend o = node(r, "o").trend().orElseThrow();
    // February: (1/3 + 0.5 + 0.3 + 1) / 4; March: (2/3 + 0.625 + 0.3 + 0.5) / 4.
    double feb = (1.0 / 3 + 0.5 + 0.3 + 1) / 4;
    double mar = (2.0 / 3 + 0.625 + (0.1 + 0.2) + 0.5) / 4;
    assertEquals(mar - feb, o.scoreChange().getAsDouble(), 1e-15);
    assertEquals(-1.0 / 96, o.scoreChange().getAsDouble(), 1e-15, "(1/3 + 0.125 - 0.5) / 4");
    assertEquals(Optional.of(Trend.Direction.WORSENED), o.direction());
    assertTrue(o.comparable());
  }

  @Test
  void aTrendIsNotComparableWhenTheIndicatorsWithDataDiffer() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10))
            .indicator("b", i -> i.lagging().baseline(0).target(10))
            .indicator("c", i -> i.lagging().baseline(0).target(10)))
        .objective("p", o -> o.perspective("financial")
            .indicator("d", i -> i.lagging().baseline(0).target(10)))
        .build();
    Measurements m = Measurements.builder()
        .put("a", FEB, 5).put("b", FEB, 5).put("c", FEB, 5).put("d", FEB, 5)
        .put("a", MAR, 5).put("d", MAR, 5)
        .build();
    ScorecardResult r = run(card, m);
    assertEquals(1.0, r.root().coverage(), "every objective has data both months");
    assertEquals(1.0, node(r, "financial").coverage());
    Trend root = r.root().trend().orElseThrow();
    assertEquals(List.of(Trend.Difference.COVERAGE), root.differences(),
        "three indicators of o reported in February, one in March");
    assertFalse(root.comparable());
    assertEquals(Optional.of(Trend.Direction.UNCHANGED), root.direction(), "0.5 both months");
    assertEquals(List.of(Trend.Difference.COVERAGE), node(r, "b").trend().orElseThrow()
        .differences());
    assertEquals(Optional.empty(), node(r, "b").trend().orElseThrow().direction());
    assertEquals(OptionalDouble.of(0.5), node(r, "b").trend().orElseThrow().previousScore());
    assertTrue(node(r, "p").trend().orElseThrow().comparable(), "d reported both months");
    assertTrue(node(r, "a").trend().orElseThrow().comparable());
  }

  @Test
  void aTrendIsNotComparableWhenTheTargetDiffers() {
    Target rising = Target.schedule(List.of(
        ScheduledTarget.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), 100),
        ScheduledTarget.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), 120)));
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("sales", i -> i.lagging().baseline(0).target(rising))
            .indicator("calls", i -> i.lagging().baseline(0).target(10))
            .indicator("info", i -> i.lagging().baseline(0).target(rising).weight(0)))
        .build();
    Measurements m = Measurements.builder()
        .put("sales", FEB, 90).put("sales", MAR, 96).put("calls", FEB, 5).put("calls", MAR, 5)
        .build();
    ScorecardResult r = run(card, m);
    Trend sales = node(r, "sales").trend().orElseThrow();
    assertEquals(List.of(Trend.Difference.TARGET), sales.differences(), "target 100, then 120");
    assertEquals(Optional.of(Trend.Direction.IMPROVED), sales.direction(), "90 -> 96");
    assertEquals(-0.1, sales.scoreChange().getAsDouble(), 1e-15, "0.8 - 0.9: a harder target");
    assertEquals(List.of(Trend.Difference.TARGET), node(r, "o").trend().orElseThrow()
        .differences());
    assertTrue(node(r, "calls").trend().orElseThrow().comparable());
  }

  @Test
  void bothComparisonsInTheOrderAskedEachPeriodEvaluatedOnce() {
    Counting source = new Counting(Measurements.builder()
        .put("revenue", Period.month(2025, 3), 50).put("revenue", FEB, 100)
        .put("revenue", MAR, 125).build());
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().baseline(0).target(200))
            .indicator("calls", i -> i.lagging().baseline(0).target(10)))
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "E-1001", source, MAR,
        EvaluationOptions.DEFAULT.withComparisons(Comparison.SAME_PERIOD_LAST_YEAR,
            Comparison.PREVIOUS_PERIOD, Comparison.SAME_PERIOD_LAST_YEAR));
    assertEquals(List.of(
        new ComparedPeriod(Comparison.SAME_PERIOD_LAST_YEAR, Period.month(2025, 3), "2025-03",
            "Mar 2025"),
        new ComparedPeriod(Comparison.PREVIOUS_PERIOD, FEB, "2026-02", "Feb 2026")),
        r.comparisons());
    List<Trend> trends = node(r, "revenue").trends();
    assertEquals(2, trends.size());
    assertEquals(OptionalDouble.of(75.0), trends.get(0).actualChange(), "125 - 50");
    assertEquals(OptionalDouble.of(1.5), trends.get(0).relativeChange());
    assertEquals(OptionalDouble.of(25.0), trends.get(1).actualChange(), "125 - 100");
    assertEquals(trends.get(0), node(r, "revenue").trend().orElseThrow());
    assertEquals(Map.of(MAR, 2, FEB, 2, Period.month(2025, 3), 2), source.calls,
        "each period read once per indicator");
  }

  @Test
  void aComparisonThatNamesTheSamePeriodTwiceEvaluatesItOnce() {
    Counting source = new Counting(Measurements.builder()
        .put("revenue", Period.year(2025), 100).put("revenue", Period.year(2026), 150).build());
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().baseline(0).target(200)))
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "E-1001", source,
        Period.year(2026), EvaluationOptions.DEFAULT.withComparisons(Comparison.PREVIOUS_PERIOD,
            Comparison.SAME_PERIOD_LAST_YEAR));
    assertEquals(2, r.comparisons().size());
    assertEquals(Period.year(2025), r.comparisons().get(0).period());
    assertEquals(Period.year(2025), r.comparisons().get(1).period());
    assertEquals(1, source.calls.get(Period.year(2025)), "the year 2025 is evaluated once");
    assertEquals(OptionalDouble.of(0.25), r.root().trends().get(1).scoreChange(), "0.75 - 0.5");
  }

  @Test
  void aComparisonBeforeTheYearOneIsLeftOutNotAnError() {
    Period may = Period.month(Period.MIN_YEAR, 5);
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(coverageCard()), "E-1001",
        Measurements.of(may, Map.of("i1", 5.0)), may, EvaluationOptions.DEFAULT.withComparisons(
            Comparison.SAME_PERIOD_LAST_YEAR, Comparison.PREVIOUS_PERIOD));
    assertEquals(List.of(new ComparedPeriod(Comparison.PREVIOUS_PERIOD,
        Period.month(Period.MIN_YEAR, 4), "0001-04", r.comparisons().get(0).label())),
        r.comparisons(), "no May of year 0");
    assertEquals(1, r.root().trends().size());
    assertEquals(Comparison.PREVIOUS_PERIOD, r.root().trend().orElseThrow().comparison());
  }

  @Test
  void aYearToDateIsComparedWithLastYearsYearToDateByDefault() {
    Period ytd = Period.yearToDate(2026, 3);
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 3; month++) {
      m.put("revenue", Period.month(2025, month), 40).put("revenue", Period.month(2026, month), 50);
    }
    m.put("revenue", Period.month(2026, 2), 60); // replaces February 2026: 50 + 60 + 50 = 160
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().rollUp(io.github.bsc4j.model.RollUp.SUM)
                .baseline(0).target(100)))
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "E-1001", m.build(), ytd);
    assertEquals("2026-YTD-03", r.periodCode());
    assertEquals("YTD Mar 2026", r.periodLabel());
    assertEquals(List.of(new ComparedPeriod(Comparison.SAME_PERIOD_LAST_YEAR,
        Period.yearToDate(2025, 3), "2025-YTD-03", "YTD Mar 2025")), r.comparisons());
    Trend t = node(r, "revenue").trend().orElseThrow();
    assertEquals(OptionalDouble.of(120.0), t.previousActual(), "3 x 40");
    assertEquals(OptionalDouble.of(40.0), t.actualChange(), "160 - 120");
    assertEquals(1.0 / 3, t.relativeChange().getAsDouble(), 1e-15);
    assertTrue(t.comparable(), "the target rolls up to 300 in both years");
    assertEquals("2025-YTD-03", r.rows().get(0).comparedPeriodCode().orElseThrow());
  }

  // ---------------------------------------------------------------- part 6: results that travel

  @Test
  void theResultNamesItsSubjectAndPeriodAndFlattensIntoRows() {
    ScorecardResult r = run(coverageCard(), Measurements.builder()
        .put("i1", MAR, 8).put("i1", FEB, 4).put("i3", MAR, 6).build());
    assertEquals("E-1001", r.subjectId());
    assertEquals("card", r.scorecardId());
    assertEquals(MAR, r.period());
    assertEquals("2026-03", r.periodCode());
    assertEquals("Mar 2026", r.periodLabel());
    List<ResultRow> rows = r.rows();
    assertEquals(List.of("card", "financial", "f1", "i1", "f2", "i2", "customer", "c1", "i3",
        "c2", "i4"), rows.stream().map(ResultRow::nodeId).toList());
    ResultRow root = rows.get(0);
    assertEquals(new ResultRow("E-1001", "2026-03", "card", "card", NodeKind.SCORECARD,
        Optional.empty(), r.root().score(), Status.AT_RISK, StatusSource.SCORE_CUTOFFS, 1.0, 0.875,
        r.root().score(), false, Optional.of(Trend.Direction.IMPROVED), false,
        r.root().trend().orElseThrow().scoreChange(), Optional.of("2026-02")), root);
    assertEquals(0.7, root.score().getAsDouble(), 1e-15, "(0.8 + 0.6) / 2");
    assertEquals(0.3, root.scoreChange().getAsDouble(), 1e-15, "0.7 - 0.4: February had f1 only");
    ResultRow i1 = rows.get(3);
    assertEquals(Optional.of("f1"), i1.parentId());
    assertEquals(OptionalDouble.of(0.4), i1.scoreChange(), "0.8 - 0.4");
    assertTrue(i1.trendComparable());
    assertEquals(Optional.of(Trend.Direction.IMPROVED), i1.trendDirection());
    ResultRow c2 = rows.get(9);
    assertTrue(c2.informational());
    assertEquals(Status.NO_DATA, c2.status());
    assertEquals(StatusSource.NO_DATA, c2.statusSource());
    assertEquals(OptionalDouble.empty(), c2.score());
    assertEquals(OptionalDouble.empty(), c2.contribution());
    assertEquals(Optional.empty(), c2.trendDirection(), "no data either month");
    assertEquals(Optional.of("customer"), c2.parentId());
  }

  @Test
  void subjectIdsAreCheckedLikeOtherIds() {
    CompiledScorecard plan = ENGINE.compile(coverageCard());
    for (String bad : List.of("", "   ", "line\nbreak", "tab\there", "x".repeat(257))) {
      InvalidSubjectException e = assertThrows(InvalidSubjectException.class,
          () -> ENGINE.evaluate(plan, bad, MeasurementSource.EMPTY, MAR));
      assertEquals(ProblemCode.MALFORMED_ID, e.code());
    }
    assertEquals("subject id 'line\\nbreak' holds a control character at index 4",
        assertThrows(InvalidSubjectException.class,
            () -> ENGINE.evaluate(plan, "line\nbreak", MeasurementSource.EMPTY, MAR))
            .getMessage());
    String longest = "x".repeat(ScorecardEngine.MAX_SUBJECT_ID_LENGTH);
    assertEquals(longest, ENGINE.evaluate(plan, longest, MeasurementSource.EMPTY, MAR).subjectId());
    assertEquals("jane.doe@example.com (HR #42)", ENGINE.evaluate(plan,
        "jane.doe@example.com (HR #42)", MeasurementSource.EMPTY, MAR).subjectId(),
        "an application's own key, not a model id");
  }

  // ------------------------------------------------------------------ part 8: no silent drops

  private static Scorecard derivedCard() {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10))
            .indicator("d", i -> i.lagging().baseline(0).target(20).formula("a * 2")))
        .build();
  }

  private static final Measurements WITH_STRAYS =
      Measurements.of(MAR, Map.of("a", 5.0, "d", 1.0, "typo", 3.0, "o", 4.0));

  @Test
  void measurementsForUnknownIdsAreWarnings() {
    ScorecardResult r = run(derivedCard(), WITH_STRAYS);
    assertEquals(List.of(
        new Problem("d", ProblemCode.UNKNOWN_INDICATOR, "measurements name 'd', a derived"
            + " indicator of scorecard 'card', whose formula gives its value; its values are not"
            + " used"),
        new Problem("o", ProblemCode.UNKNOWN_INDICATOR, "measurements name 'o', which is not an"
            + " indicator of scorecard 'card'; its values are not used"),
        new Problem("typo", ProblemCode.UNKNOWN_INDICATOR, "measurements name 'typo', which is"
            + " not an indicator of scorecard 'card'; its values are not used")), r.warnings());
    assertEquals(OptionalDouble.of(10.0), node(r, "d").indicator().orElseThrow().actual(),
        "the formula, not the measurement");
    assertEquals(List.of(), run(derivedCard(), Measurements.of(MAR, Map.of("a", 5.0))).warnings());
    assertEquals(Set.of("a", "d", "typo", "o"), WITH_STRAYS.indicatorIds());
  }

  @Test
  void aStrictEvaluationRejectsThemAllAtOnce() {
    UnknownIndicatorException e = assertThrows(UnknownIndicatorException.class,
        () -> ENGINE.evaluate(ENGINE.compile(derivedCard()), "E-1001", WITH_STRAYS, MAR,
            EvaluationOptions.DEFAULT.withUnknownMeasurements(
                EvaluationOptions.UnknownMeasurements.REJECT)));
    assertEquals("measurements name 3 ids that are not measured indicators of scorecard 'card':"
        + " 'd', 'o', 'typo'", e.getMessage());
    assertEquals(List.of("d", "o", "typo"), e.problems().stream().map(Problem::elementId).toList());
    assertEquals(ProblemCode.UNKNOWN_INDICATOR, e.code());
  }

  @Test
  void aSourceThatCannotListItsIdsIsNotChecked() {
    MeasurementSource lambda = (id, p) -> WITH_STRAYS.value(id, p);
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(derivedCard()), "E-1001", lambda, MAR,
        EvaluationOptions.DEFAULT.withUnknownMeasurements(
            EvaluationOptions.UnknownMeasurements.REJECT));
    assertEquals(List.of(), r.warnings());
    assertEquals(Set.of(), lambda.indicatorIds());
  }

  @Test
  void aBatchReportsUnknownIdsPerSubject() {
    CompiledScorecard plan = ENGINE.compile(derivedCard());
    Measurements clean = Measurements.of(MAR, Map.of("a", 5.0));
    Measurements stray = Measurements.of(MAR, Map.of("a", 10.0, "typo", 1.0));
    double[] out = new double[2];
    BatchReport warned = ENGINE.scores(plan, List.of(clean, stray), MAR, out);
    assertEquals(0.5, out[0]);
    assertEquals(1.0, out[1]);
    assertFalse(warned.hasFailures());
    assertEquals(1, warned.warnings().size());
    assertEquals(1, warned.warnings().get(0).subject());
    assertEquals(List.of("typo"),
        warned.warnings(1).stream().map(Problem::elementId).toList());
    assertEquals(List.of(), warned.warnings(0));
    assertEquals("BatchReport[0 of 2 subjects failed, 1 with warnings]", warned.toString());
    BatchReport strict = ENGINE.scores(plan, List.of(clean, stray), MAR, out,
        EvaluationOptions.DEFAULT.withUnknownMeasurements(
            EvaluationOptions.UnknownMeasurements.REJECT));
    assertEquals(0.5, out[0]);
    assertTrue(Double.isNaN(out[1]));
    assertTrue(strict.failed(1));
    assertTrue(strict.failure(1).orElseThrow() instanceof UnknownIndicatorException);
    assertEquals(List.of(), strict.warnings());
  }

  @Test
  void optionsDropRepeatsAndRejectNulls() {
    EvaluationOptions o = EvaluationOptions.DEFAULT.withComparisons(List.of(
        Comparison.PREVIOUS_PERIOD, Comparison.PREVIOUS_PERIOD));
    assertEquals(List.of(Comparison.PREVIOUS_PERIOD), o.comparisons());
    List<Comparison> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> o.withComparisons(withNull));
    assertEquals(EvaluationOptions.UnknownMeasurements.WARN, o.unknownMeasurements());
  }
}
