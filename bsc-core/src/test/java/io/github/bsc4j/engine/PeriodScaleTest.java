package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.model.Thresholds;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Raw-value parameters (thresholds, bounds, bands, points, in-range limits and tolerance, the
 * {@code relative} scale) are stated per month for a {@code SUM} indicator: the same monthly
 * pattern scores and classifies the same over a month, a quarter, a year and custom ranges. All
 * values are whole numbers, so every sum and every division by the period's months is exact.
 */
class PeriodScaleTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  static final Period MARCH = Period.month(2026, 3);
  static final Period Q1 = Period.quarter(2026, 1);
  static final Period YEAR = Period.year(2026);
  /** February to June: five whole months, rolled up from the monthly measurements. */
  static final Period FEB_TO_JUNE =
      Period.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 1));
  /** 1 to 15 April: half of April (15 of 30 days), measured directly. */
  static final Period HALF_APRIL =
      Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16));
  static final List<Period> PERIODS = List.of(MARCH, Q1, YEAR, FEB_TO_JUNE, HALF_APRIL);

  /** A SUM indicator measured {@code monthly} each month of 2026 and half that for HALF_APRIL. */
  static NodeResult evaluate(UnaryOperator<Indicator.Builder> definition, double monthly,
      Period period) {
    Scorecard card = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("x", i -> definition.apply(i.lagging().rollUp(RollUp.SUM))))
        .build();
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 12; month++) {
      m.put("x", Period.month(2026, month), monthly);
    }
    m.put("x", HALF_APRIL, monthly / 2);
    return ENGINE.evaluate(ENGINE.compile(card), "s1", m.build(), period).node("x").orElseThrow();
  }

  static void assertSameEverywhere(UnaryOperator<Indicator.Builder> definition, double monthly,
      double score, Status status) {
    for (Period p : PERIODS) {
      NodeResult r = evaluate(definition, monthly, p);
      assertEquals(score, r.score().orElseThrow(), 0.0, () -> "score over " + p);
      assertEquals(status, r.status(), () -> "status over " + p);
    }
  }

  @Test
  void theRevenueExampleOfTheIssue() {
    // 1.0 M a month against a monthly target of 1.2 M from a baseline of 1.0 M, thresholds
    // 1.2 M / 1.05 M: score 0 and OFF_TRACK every month. Before the fix, Q1 compared 3.0 M with
    // the monthly thresholds and was ON_TRACK while scoring 0.
    UnaryOperator<Indicator.Builder> revenue = i -> i
        .baseline(1_000_000).target(1_200_000).thresholds(1_200_000, 1_050_000);
    assertSameEverywhere(revenue, 1_000_000, 0.0, Status.OFF_TRACK);
    NodeResult q1 = evaluate(revenue, 1_000_000, Q1);
    IndicatorDetail d = q1.indicator().orElseThrow();
    assertEquals(3_000_000, d.actual().orElseThrow(), 0.0, "the detail shows the quarter's total");
    assertEquals(3_600_000, d.target().orElseThrow(), 0.0);
    assertEquals(3_000_000, d.baseline().orElseThrow(), 0.0);
  }

  @Test
  void theMinMaxExampleOfTheIssue() {
    // 1.0 M a month within bounds 0 to 2 M: 0.5 every month, and (before the fix 1.0) for Q1.
    assertSameEverywhere(i -> i.scoring(ScoringSpec.minMax()).bounds(0, 2_000_000),
        1_000_000, 0.5, Status.OFF_TRACK);
  }

  @Test
  void linearWithDirectionalThresholds() {
    // (1.1 M - 0.8 M) / (1.2 M - 0.8 M) = 0.75; 1.05 M <= 1.1 M < 1.2 M is AT_RISK.
    assertSameEverywhere(i -> i.baseline(800_000).target(1_200_000)
        .thresholds(1_200_000, 1_050_000), 1_100_000, 0.75, Status.AT_RISK);
  }

  @Test
  void minMaxLowerIsBetterWithThresholds() {
    // Cost 750 k a month on a 0 to 2 M scale: (2 M - 0.75 M) / 2 M = 0.625; good 500 k, bad
    // 1 M: AT_RISK.
    assertSameEverywhere(i -> i.lowerIsBetter().scoring(ScoringSpec.minMax())
        .bounds(0, 2_000_000).thresholds(500_000, 1_000_000), 750_000, 0.625, Status.AT_RISK);
  }

  @Test
  void ratio() {
    // 1.0 M of 1.25 M = 0.8, AT_RISK by the default cut-offs.
    assertSameEverywhere(i -> i.scoring(ScoringSpec.ratio()).target(1_250_000),
        1_000_000, 0.8, Status.AT_RISK);
  }

  @Test
  void relativeWithTheScaleOfAZeroTarget() {
    // A loss of 500 k a month against a target of 0, scale 2 M: 1 + (-0.5 M - 0) / 2 M = 0.75.
    // Before the fix, Q1 gave 1 - 1.5 / 2 = 0.25.
    assertSameEverywhere(i -> i.scoring(ScoringSpec.relative().withParameter("scale", 2_000_000))
        .target(0), -500_000, 0.75, Status.AT_RISK);
  }

  @Test
  void binary() {
    assertSameEverywhere(i -> i.scoring(ScoringSpec.binary()).target(1_200_000),
        1_250_000, 1.0, Status.ON_TRACK);
    assertSameEverywhere(i -> i.scoring(ScoringSpec.binary()).target(1_200_000),
        1_150_000, 0.0, Status.OFF_TRACK);
  }

  @Test
  void inRangeWithRangeThresholds() {
    // 1.15 M a month, range [0.9 M, 1.1 M], tolerance 200 k: 1 - 50 k / 200 k = 0.75; range
    // thresholds 0.9 M..1.1 M good, 0.8 M..1.2 M tolerable: AT_RISK. Before the fix, Q1 (3.45
    // M) scored 0 and was OFF_TRACK.
    assertSameEverywhere(i -> i.inRange().scoring(ScoringSpec.inRange(900_000, 1_100_000, 200_000))
        .thresholds(Thresholds.range(900_000, 1_100_000, 800_000, 1_200_000)),
        1_150_000, 0.75, Status.AT_RISK);
  }

  @Test
  void bands() {
    // 750 k a month lies in [500 k, 1 M): 0.5. Before the fix, Q1 (2.25 M) scored 1.2.
    assertSameEverywhere(i -> i.cap(1.2).scoring(ScoringSpec.bands(List.of(
            Band.of(0, 500_000, 0), Band.of(500_000, 1_000_000, 0.5),
            Band.of(1_000_000, 1_500_000, 1), Band.of(1_500_000, 3_000_000, 1.2)))),
        750_000, 0.5, Status.OFF_TRACK);
  }

  @Test
  void piecewise() {
    // 1.5 M a month between (1 M, 0.5) and (2 M, 1): 0.75. Before the fix, Q1 (4.5 M) scored 1.
    assertSameEverywhere(i -> i.scoring(ScoringSpec.piecewise(List.of(
            Point.of(0, 0), Point.of(1_000_000, 0.5), Point.of(2_000_000, 1)))),
        1_500_000, 0.75, Status.AT_RISK);
  }

  @Test
  void nonSumIndicatorsKeepTheirParametersAsTheyAre() {
    // An AVERAGE indicator's quarter is a monthly figure already: 1.0 M within 0..2 M is 0.5.
    Scorecard card = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("x", i -> i.lagging().rollUp(RollUp.AVERAGE)
                .scoring(ScoringSpec.minMax()).bounds(0, 2_000_000)))
        .build();
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 3; month++) {
      m.put("x", Period.month(2026, month), 500_000 * month);
    }
    NodeResult q1 = ENGINE.evaluate(ENGINE.compile(card), "s1", m.build(), Q1).node("x").orElseThrow();
    assertEquals(1_000_000, q1.indicator().orElseThrow().actual().orElseThrow(), 0.0);
    assertEquals(0.5, q1.score().orElseThrow(), 0.0);
  }

  @Test
  void aCustomRuleReceivesTheValuesPerMonthAndTheScale() {
    AtomicReference<ScoringInput> seen = new AtomicReference<>();
    ScoringRule spy = new ScoringRule() {
      @Override
      public String name() {
        return "spy";
      }

      @Override
      public double score(ScoringInput in) {
        seen.set(in);
        return 0.5;
      }
    };
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(spy).build(), AggregationStrategies.load());
    Scorecard card = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("x", i -> i.lagging().rollUp(RollUp.SUM).scoring("spy")
                .baseline(800_000).target(1_200_000)))
        .build();
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 3; month++) {
      m.put("x", Period.month(2026, month), 1_000_000);
    }
    m.put("x", HALF_APRIL, 550_000);
    CompiledScorecard plan = engine.compile(card);

    engine.evaluate(plan, "s1", m.build(), Q1);
    ScoringInput q1 = seen.get();
    assertEquals(1_000_000, q1.actual(), 0.0);
    assertEquals(1_200_000, q1.target().orElseThrow(), 0.0);
    assertEquals(800_000, q1.baseline().orElseThrow(), 0.0);
    assertEquals(3, q1.periodScale(), 0.0);

    engine.evaluate(plan, "s1", m.build(), HALF_APRIL);
    ScoringInput half = seen.get();
    assertEquals(1_100_000, half.actual(), 0.0, "550 k over 15 of April's 30 days");
    assertEquals(1_200_000, half.target().orElseThrow(), 0.0);
    assertEquals(0.5, half.periodScale(), 0.0);

    engine.evaluate(plan, "s1", m.build(), MARCH);
    assertEquals(1, seen.get().periodScale(), 0.0);
  }

  @Test
  void anActualThatOverflowsPerMonthIsMissing() {
    // 1e308 in one day of April is 3e309 a month: no rule sees an infinity.
    Period firstOfApril = Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2));
    Scorecard card = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("x", i -> i.lagging().rollUp(RollUp.SUM)
                .scoring(ScoringSpec.minMax()).bounds(0, 1)))
        .build();
    CompiledScorecard plan = ENGINE.compile(card);
    NodeResult r = ENGINE.evaluate(plan, "s1",
        Measurements.builder().put("x", firstOfApril, 1e308).build(), firstOfApril)
        .node("x").orElseThrow();
    assertEquals(Status.NO_DATA, r.status());
    assertEquals(Optional.of("the actual per month over " + plan.calendar().label(firstOfApril)
        + " overflows"), r.note());

    // A one-day schedule entry of 1e308 is 1e308 for that day, 3e309 a month.
    List<ScheduledTarget> huge = List.of(ScheduledTarget.of(firstOfApril.start(),
        firstOfApril.end(), 1e308));
    Scorecard scheduled = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("t", i -> i.lagging().rollUp(RollUp.SUM).baseline(0)
                .target(Target.schedule(huge)))
            .indicator("b", i -> i.lagging().lowerIsBetter().rollUp(RollUp.SUM).target(0)
                .baselineSchedule(huge)))
        .build();
    CompiledScorecard p2 = ENGINE.compile(scheduled);
    ScorecardResult both = ENGINE.evaluate(p2, "s1",
        Measurements.builder().put("t", firstOfApril, 1).put("b", firstOfApril, 1).build(),
        firstOfApril);
    assertEquals(Optional.of("the target per month over " + p2.calendar().label(firstOfApril)
        + " overflows"), both.node("t").orElseThrow().note());
    assertEquals(Optional.of("the baseline per month over " + p2.calendar().label(firstOfApril)
        + " overflows"), both.node("b").orElseThrow().note());
  }

  @Test
  void aFailingRuleIsReportedWithTheActualValueAndItsValuePerMonth() {
    ScoringRule broken = new ScoringRule() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public double score(ScoringInput in) {
        return -1;
      }
    };
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(broken).build(),
        AggregationStrategies.load());
    Scorecard card = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("x", i -> i.lagging().rollUp(RollUp.SUM).scoring("broken")))
        .build();
    CompiledScorecard plan = engine.compile(card);
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 3; month++) {
      m.put("x", Period.month(2026, month), 1_000_000);
    }
    ExtensionFailureException quarter = org.junit.jupiter.api.Assertions.assertThrows(
        ExtensionFailureException.class, () -> engine.evaluate(plan, "s1", m.build(), Q1));
    org.junit.jupiter.api.Assertions.assertTrue(
        quarter.getMessage().contains("(actual 3000000, 1000000 per month); scores must be"),
        quarter.getMessage());
    ExtensionFailureException month = org.junit.jupiter.api.Assertions.assertThrows(
        ExtensionFailureException.class, () -> engine.evaluate(plan, "s1", m.build(), MARCH));
    org.junit.jupiter.api.Assertions.assertTrue(
        month.getMessage().contains("(actual 1000000); scores must be"), month.getMessage());
  }

  /**
   * A constant monthly pattern of whole numbers scores and classifies the same over every
   * whole-month period, from one month to ten years.
   */
  @Property(tries = 200)
  void aConstantMonthlyPatternScoresTheSameOverEveryWholeMonthPeriod(
      @ForAll @IntRange(min = 0, max = 1_000_000) int baseline,
      @ForAll @IntRange(min = 1, max = 1_000_000) int step,
      @ForAll @IntRange(min = 0, max = 3_000_000) int actual,
      @ForAll @IntRange(min = 2000, max = 2040) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 2, max = 120) int months) {
    int target = baseline + step;
    Scorecard card = Scorecard.builder("c")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("linear", i -> i.lagging().rollUp(RollUp.SUM).cap(1.5)
                .baseline(baseline).target(target).thresholds(target, baseline + step / 2.0))
            .indicator("min-max", i -> i.lagging().rollUp(RollUp.SUM)
                .scoring(ScoringSpec.minMax()).bounds(0, 2_000_000)
                .thresholds(1_500_000, 500_000)))
        .build();
    CompiledScorecard plan = ENGINE.compile(card);
    LocalDate start = LocalDate.of(year, month, 1);
    Period whole = Period.between(start, start.plusMonths(months));
    Measurements.Builder m = Measurements.builder();
    for (java.time.YearMonth ym : whole.months()) {
      m.put("linear", Period.month(ym), actual);
      m.put("min-max", Period.month(ym), actual);
    }
    Measurements data = m.build();
    ScorecardResult one = ENGINE.evaluate(plan, "s1", data, Period.month(year, month));
    ScorecardResult all = ENGINE.evaluate(plan, "s1", data, whole);
    for (String id : List.of("linear", "min-max")) {
      NodeResult a = one.node(id).orElseThrow();
      NodeResult b = all.node(id).orElseThrow();
      assertEquals(a.score(), b.score(), id);
      assertEquals(a.status(), b.status(), id);
    }
  }
}
