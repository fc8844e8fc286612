package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.scoring.ExtensionRegistrationException;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class EngineTest {
  static final Period P = Period.month(2026, 3);
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  /** One perspective, one objective with three linear indicators a, b, c (weights 1, 1, 2). */
  static Scorecard.Builder card(MissingDataPolicy policy) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .missingData(policy)
        .objective("o", o -> o
            .perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10))
            .indicator("b", i -> i.lagging().baseline(0).target(10))
            .indicator("c", i -> i.lagging().baseline(0).target(10).weight(2)));
  }

  static ScorecardResult run(Scorecard card, Map<String, Double> values) {
    return ENGINE.evaluate(ENGINE.compile(card), "subject", Measurements.of(P, values), P);
  }

  @Test
  void skipRenormalisesTheOthers() {
    ScorecardResult r = run(card(MissingDataPolicy.SKIP).build(), Map.of("a", 2.0, "c", 8.0));
    NodeResult o = r.node("o").orElseThrow();
    assertEquals((0.2 + 2 * 0.8) / 3, o.score().getAsDouble(), 1e-15);
    assertEquals(0.75, o.coverage());
    assertEquals(1.0 / 3, r.node("a").orElseThrow().normalisedWeight(), 1e-15);
    assertEquals(0.0, r.node("b").orElseThrow().normalisedWeight());
  }

  @Test
  void zeroCountsMissingAsZero() {
    ScorecardResult r = run(card(MissingDataPolicy.ZERO).build(), Map.of("a", 2.0, "c", 8.0));
    assertEquals((0.2 + 0 + 1.6) / 4, r.node("o").orElseThrow().score().getAsDouble(), 1e-15);
    assertEquals(Status.NO_DATA, r.node("b").orElseThrow().status(), "the child itself has none");
  }

  @Test
  void strictMakesTheParentNoData() {
    ScorecardResult r = run(card(MissingDataPolicy.STRICT).build(), Map.of("a", 2.0, "c", 8.0));
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(Status.NO_DATA, o.status());
    assertEquals(Optional.of("missing data is STRICT and 'b' has no data"), o.note());
    assertEquals(Status.NO_DATA, r.status(), "and so is everything above it");
    assertEquals(OptionalDouble.empty(), r.score());
  }

  @Test
  void aNodeWithoutAnyDataIsNoDataNeverZeroWhateverThePolicy() {
    for (MissingDataPolicy policy : MissingDataPolicy.values()) {
      ScorecardResult r = run(card(policy).build(), Map.of());
      assertEquals(Status.NO_DATA, r.status(), policy.name());
      assertEquals(OptionalDouble.empty(), r.node("o").orElseThrow().score(), policy.name());
      assertEquals(0.0, r.node("o").orElseThrow().coverage());
    }
  }

  @Test
  void minimumCoverageTurnsThinNodesIntoNoData() {
    Scorecard thin =
        card(MissingDataPolicy.SKIP).defaults(ScorecardDefaults.DEFAULT.withMinimumCoverage(0.8))
            .build();
    ScorecardResult r = run(thin, Map.of("a", 2.0, "c", 8.0));
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(Status.NO_DATA, o.status());
    assertEquals(0.75, o.coverage());
    assertEquals(Optional.of("coverage 75% is below the minimum 80%"), o.note());
    assertEquals(Status.AT_RISK, run(thin, Map.of("a", 8.0, "b", 8.0, "c", 8.0)).status());
  }

  @Test
  void zeroWeightChildrenAreShownButNotCounted() {
    Scorecard card =
        Scorecard.builder("card")
            .perspective(Perspective.FINANCIAL)
            .objective("o", o -> o
                .perspective("financial")
                .indicator("counted", i -> i.lagging().baseline(0).target(10))
                .indicator("info", i -> i.lagging().baseline(0).target(10).weight(0)))
            .build();
    ScorecardResult r = run(card, Map.of("counted", 5.0, "info", 10.0));
    assertEquals(0.5, r.score().getAsDouble());
    NodeResult info = r.node("info").orElseThrow();
    assertEquals(1.0, info.score().getAsDouble());
    assertEquals(0.0, info.normalisedWeight());
    assertEquals(OptionalDouble.empty(), info.contribution(), "an informational child has none");
    assertTrue(info.informational());
    assertEquals(Status.ON_TRACK, info.status(), "its own status from its own score");
    assertEquals(1.0, r.node("o").orElseThrow().coverage(), "coverage counts weight only");
    assertTrue(r.explain().endsWith("        |-- Indicator counted: actual 5, target 10, baseline 0"
        + " -> linear, score 0.500 OFF TRACK (by score cut-offs), weight 1 (100%),"
        + " contributes 0.500\n"
        + "        `-- informational, not counted:\n"
        + "            `-- Indicator info: actual 10, target 10, baseline 0 -> linear,"
        + " score 1.000 ON TRACK (by score cut-offs), weight 0, informational\n"), r.explain());
    assertEquals(0.0, run(card, Map.of("info", 1.0)).node("o").orElseThrow().coverage(),
        "informational data alone gives no coverage");
    assertEquals(Status.NO_DATA, run(card, Map.of("info", 1.0)).status());
  }

  @Test
  void aScheduleGapIsNoDataWithTheReason() {
    Scorecard card =
        Scorecard.builder("card")
            .perspective(Perspective.FINANCIAL)
            .objective("o", o -> o
                .perspective("financial")
                .indicator("a", i -> i.lagging().baseline(0).target(Target.schedule(List.of(
                    ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), 10),
                    ScheduledTarget.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 1, 1), 20))))))
            .build();
    assertEquals(Optional.of("no target scheduled for Mar 2026"),
        run(card, Map.of("a", 5.0)).node("a").orElseThrow().note());
    ScorecardResult april =
        ENGINE.evaluate(ENGINE.compile(card), "subject", Measurements.of(Period.month(2026, 4),
            Map.of("a", 5.0)), Period.month(2026, 4));
    assertEquals(0.25, april.score().getAsDouble(), "the April entry's target 20 applies");
  }

  @Test
  void perNodeAggregationOverrides() {
    Scorecard card =
        card(MissingDataPolicy.SKIP)
            .perspective(Perspective.CUSTOMER.withAggregation(AggregationSpec.min()))
            .objective("p", o -> o.perspective("customer").aggregation(AggregationSpec.max())
                .indicator("d", i -> i.lagging().baseline(0).target(10))
                .indicator("e", i -> i.lagging().baseline(0).target(10)))
            .objective("q", o -> o.perspective("customer")
                .indicator("f", i -> i.lagging().baseline(0).target(10)))
            .build();
    ScorecardResult r =
        run(card, Map.of("a", 10.0, "b", 10.0, "c", 10.0, "d", 2.0, "e", 6.0, "f", 4.0));
    assertEquals(0.6, r.node("p").orElseThrow().score().getAsDouble(), "max of .2 and .6");
    assertEquals(0.4, r.node("customer").orElseThrow().score().getAsDouble(), "min of .6, .4");
    assertEquals(0.0, r.node("p").orElseThrow().contribution().getAsDouble(), "min picks q");
    assertEquals(0.4, r.node("q").orElseThrow().contribution().getAsDouble());
    assertEquals(0.7, r.score().getAsDouble(), 1e-15);
  }

  @Test
  void unknownNamesAndBadParametersAreValidationProblemsAtCompile() {
    Scorecard card =
        card(MissingDataPolicy.SKIP)
            .aggregation(AggregationSpec.of("median"))
            .objective("x", o -> o.perspective("financial")
                .aggregation(AggregationSpec.powerMean(500))
                .indicator("y", i -> i.lagging().scoring("logistic"))
                .indicator("z", i -> i.lagging().scoring(ScoringSpec.ratio())))
            .build();
    ScorecardValidationException e =
        assertThrows(ScorecardValidationException.class, () -> ENGINE.compile(card));
    assertEquals(
        List.of(
            "card UNKNOWN_AGGREGATION",
            "financial UNKNOWN_AGGREGATION",
            "o UNKNOWN_AGGREGATION",
            "x BAD_PARAMETER",
            "y UNKNOWN_SCORING_RULE",
            "z BAD_PARAMETER"),
        e.problems().stream().map(p -> p.elementId() + " " + p.code()).toList());
    String message = e.getMessage();
    assertTrue(message.contains("[x] BAD_PARAMETER: aggregation strategy 'power-mean', parameter"
        + " 'p': must lie in [-100, 100], was 500.0"), message);
    assertTrue(message.contains("[y] UNKNOWN_SCORING_RULE: scoring rule 'logistic' is not"
        + " registered; known rules: [linear, min-max"), message);
    assertTrue(message.contains("[z] BAD_PARAMETER: scoring rule 'ratio', parameter 'target':"
        + " is required by this rule"), message);
    assertTrue(e.has(ProblemCode.UNKNOWN_SCORING_RULE));
  }

  @Test
  void nanFromAnApplicationSourceIsRejectedNamingIndicatorAndPeriod() {
    MeasurementSource broken = (id, period) -> OptionalDouble.of(Double.NaN);
    InvalidMeasurementException e =
        assertThrows(InvalidMeasurementException.class,
            () -> ENGINE.evaluate(ENGINE.compile(card(MissingDataPolicy.SKIP).build()), "subject", broken, P));
    assertEquals("a", e.indicatorId());
    assertEquals("measurement of indicator 'a' for period 2026-03 must be a finite number, was NaN",
        e.getMessage());
    assertThrows(InvalidMeasurementException.class,
        () -> Measurements.builder().put("a", P, Double.POSITIVE_INFINITY));
  }

  record Fixed(String name, DoubleUnaryOperator f) implements ScoringRule {
    @Override
    public double score(ScoringInput input) {
      return f.applyAsDouble(input.actual());
    }
  }

  static ScorecardEngine withRule(ScoringRule rule) {
    return ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(rule).build(), AggregationStrategies.load());
  }

  static Scorecard usingRule(String name, double cap) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("kpi", i -> i.lagging().cap(cap).scoring(name)))
        .build();
  }

  @Test
  void aCustomRuleRegisteredInCodeIsUsedByName() {
    ScorecardEngine engine = withRule(new Fixed("half", a -> a / 2));
    ScorecardResult r =
        engine.evaluate(engine.compile(usingRule("half", 1)), "subject", Measurements.of(P, Map.of("kpi", 1.0)),
            P);
    assertEquals(0.5, r.score().getAsDouble());
    assertEquals("half", r.node("kpi").orElseThrow().method());
  }

  @Test
  void misbehavingRulesAreReportedNamingRuleAndIndicator() {
    Map<String, DoubleUnaryOperator> broken = Map.of(
        "nan", a -> Double.NaN,
        "infinite", a -> Double.POSITIVE_INFINITY,
        "negative", a -> -0.1,
        "over-cap", a -> 1.25);
    for (Map.Entry<String, DoubleUnaryOperator> b : broken.entrySet()) {
      ScorecardEngine engine = withRule(new Fixed(b.getKey(), b.getValue()));
      CompiledScorecard plan = engine.compile(usingRule(b.getKey(), 1.2));
      ExtensionFailureException e =
          assertThrows(ExtensionFailureException.class,
              () -> engine.evaluate(plan, "subject", Measurements.of(P, Map.of("kpi", 3.0)), P));
      assertEquals(b.getKey(), e.extension());
      assertEquals("kpi", e.nodeId());
      assertTrue(e.getMessage().startsWith("scoring rule '" + b.getKey() + "' returned "),
          e.getMessage());
      assertTrue(e.getMessage().contains("for indicator 'kpi' for the subject in period 2026-03"
          + " (actual 3); scores must be finite and lie in [0, cap 1.2]"), e.getMessage());
      assertEquals(Optional.of("2026-03"), e.period());
      assertEquals(java.util.OptionalInt.empty(), e.subject());
    }
    ScorecardEngine thrower = withRule(new Fixed("throws", a -> {
      throw new IllegalStateException("boom");
    }));
    ExtensionFailureException e =
        assertThrows(ExtensionFailureException.class,
            () -> thrower.evaluate(thrower.compile(usingRule("throws", 1)), "subject",
                Measurements.of(P, Map.of("kpi", 3.0)), P));
    assertEquals("scoring rule 'throws' threw on indicator 'kpi' for the subject in period 2026-03"
        + " (actual 3): java.lang.IllegalStateException: boom", e.getMessage());
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  record BrokenStrategy(String name, double result, double[] parts) implements AggregationStrategy {
    @Override
    public double aggregate(AggregationInput input) {
      if (Double.isNaN(result) && parts == null) {
        throw new ArithmeticException("kaput");
      }
      return result;
    }

    @Override
    public Optional<double[]> contributions(AggregationInput input) {
      return Optional.ofNullable(parts);
    }
  }

  @Test
  void misbehavingStrategiesAreReportedNamingStrategyAndNode() {
    List<BrokenStrategy> strategies = new ArrayList<>(List.of(
        new BrokenStrategy("returns-nan", Double.NaN, new double[0]),
        new BrokenStrategy("returns-negative", -1, null),
        new BrokenStrategy("returns-infinity", Double.POSITIVE_INFINITY, null),
        new BrokenStrategy("throws", Double.NaN, null),
        new BrokenStrategy("wrong-parts", 0.5, new double[] {0.1, 0.2, 0.3, 0.4}),
        new BrokenStrategy("nan-part", 0.5, new double[] {0.5, Double.NaN, 0})));
    for (BrokenStrategy s : strategies) {
      ScorecardEngine engine =
          ScorecardEngine.of(ScoringRules.load(),
              AggregationStrategies.builder().addServiceLoaded().add(s).build());
      Scorecard card = card(MissingDataPolicy.SKIP)
          .objective("p", o -> o.perspective("financial").aggregation(AggregationSpec.of(s.name()))
              .indicator("d", i -> i.lagging().baseline(0).target(10))
              .indicator("e", i -> i.lagging().baseline(0).target(10))
              .indicator("f", i -> i.lagging().baseline(0).target(10)))
          .build();
      ExtensionFailureException e =
          assertThrows(ExtensionFailureException.class,
              () -> engine.evaluate(engine.compile(card), "subject",
                  Measurements.of(P, Map.of("d", 1.0, "e", 2.0, "f", 3.0)), P), s.name());
      assertEquals(s.name(), e.extension());
      assertEquals("p", e.nodeId());
      assertTrue(e.getMessage().startsWith("aggregation strategy '" + s.name() + "'"),
          e.getMessage());
      assertTrue(e.getMessage().contains("'p'"), e.getMessage());
    }
  }

  @Test
  void registriesRejectClashingAndMalformedNamesWithATypedError() {
    ExtensionRegistrationException dup =
        assertThrows(ExtensionRegistrationException.class,
            () -> ScoringRules.builder().addServiceLoaded().add(new Fixed("linear", a -> a)));
    assertEquals(ProblemCode.EXTENSION_REGISTRATION, dup.code());
    assertEquals("linear", dup.elementId());
    assertEquals("io.github.bsc4j.engine.EngineTest$Fixed", dup.provider());
    assertEquals("scoring rule name 'linear' of io.github.bsc4j.engine.EngineTest$Fixed is"
        + " already registered by io.github.bsc4j.scoring.internal.LinearRule", dup.getMessage());
    ExtensionRegistrationException bad =
        assertThrows(ExtensionRegistrationException.class,
            () -> ScoringRules.builder().add(new Fixed("no\nspaces", a -> a)));
    assertEquals("scoring rule name 'no\\nspaces' of io.github.bsc4j.engine.EngineTest$Fixed is"
        + " malformed: names match [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters",
        bad.getMessage());
    ExtensionRegistrationException nullName =
        assertThrows(ExtensionRegistrationException.class,
            () -> ScoringRules.builder().add(new Fixed(null, a -> a)));
    assertEquals("scoring rule io.github.bsc4j.engine.EngineTest$Fixed returned null from name()",
        nullName.getMessage());
    assertThrows(ExtensionRegistrationException.class,
        () -> AggregationStrategies.builder().addServiceLoaded()
            .add(new BrokenStrategy("min", 0, null)));
    assertEquals(List.of("weighted-mean", "geometric", "power-mean", "min", "max"),
        List.copyOf(AggregationStrategies.load().names()));
  }

  @Test
  void registeringTheSameClassAgainReplacesItInPlace() {
    Fixed first = new Fixed("half", a -> a / 2);
    Fixed second = new Fixed("half", a -> a / 2);
    ScoringRules rules =
        ScoringRules.builder().add(first).addServiceLoaded().add(second).build();
    assertSame(second, rules.find("half").orElseThrow());
    assertEquals("half", rules.names().iterator().next(), "keeps its first place");
    assertEquals(9, rules.names().size());
    ScoringRules twice = ScoringRules.builder().addServiceLoaded().addServiceLoaded().build();
    assertEquals(ScoringRules.load().names(), twice.names());
  }

  @Test
  void theScoresOnlyPathMatchesFullEvaluationBitForBit() {
    Scorecard card = WorkedExample.scorecard();
    CompiledScorecard plan = ENGINE.compile(card);
    List<MeasurementSource> subjects = new ArrayList<>();
    for (int s = 0; s < 50; s++) {
      double k = s / 50.0;
      Measurements.Builder m = Measurements.builder();
      WorkedExample.march().asMap().forEach((id, byPeriod) ->
          byPeriod.forEach((period, v) -> m.put(id, period, v * (0.8 + 0.4 * k))));
      subjects.add(s % 7 == 0 ? MeasurementSource.EMPTY : m.build());
    }
    double[] out = new double[subjects.size() + 1];
    out[subjects.size()] = 42;
    BatchReport report = ENGINE.scores(plan, subjects, WorkedExample.MARCH, out);
    assertEquals(0, report.failureCount());
    assertEquals(subjects.size(), report.subjectCount());
    for (int s = 0; s < subjects.size(); s++) {
      ScorecardResult full = ENGINE.evaluate(plan, "subject", subjects.get(s), WorkedExample.MARCH);
      double expected = full.score().orElse(Double.NaN);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(out[s]), "subject " + s);
    }
    assertEquals(42, out[subjects.size()], "nothing written past the subjects");
    assertThrows(IllegalArgumentException.class,
        () -> ENGINE.scores(plan, subjects, WorkedExample.MARCH, new double[3]));
  }

  @Test
  void thePlanKnowsItsShape() {
    CompiledScorecard plan = ENGINE.compile(WorkedExample.scorecard());
    assertEquals(26, plan.nodeCount());
    assertEquals(14, plan.indicatorCount());
    assertSame(plan.scorecard(), plan.scorecard());
    assertEquals("CompiledScorecard[sales-team, nodes=26, indicators=14]", plan.toString());
  }
}
