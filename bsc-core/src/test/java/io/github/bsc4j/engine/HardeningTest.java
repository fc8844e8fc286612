package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Findings of "never crash, never silently wrong" in the engine, each checked by hand. */
class HardeningTest {
  static final Period P = Period.month(2026, 3);
  static final Period Q1 = Period.quarter(2026, 1);
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  /**
   * m measured; d0 = m; d_i = d_{i-1} + 1, so d_i = m + i. Defined last first, so that every
   * indicator needs the ones defined after it.
   */
  static Scorecard chain(int length) {
    return Scorecard.builder("chain")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> {
          o.perspective("financial");
          for (int d = length - 1; d >= 0; d--) {
            String formula = d == 0 ? "m" : "d" + (d - 1) + " + 1";
            o.indicator("d" + d, i -> i.lagging().baseline(0).target(100_000).formula(formula));
          }
          o.indicator("m", i -> i.lagging().baseline(0).target(100_000));
        })
        .build();
  }

  static void checkChain(int length) {
    CompiledScorecard plan = ENGINE.compile(chain(length));
    ScorecardResult r = ENGINE.evaluate(plan, Measurements.of(P, Map.of("m", 7.0)), P);
    for (int d : new int[] {0, 1, length / 2, length - 1}) {
      assertEquals(7.0 + d,
          r.node("d" + d).orElseThrow().indicator().orElseThrow().actual().getAsDouble(), "d" + d);
    }
    double[] out = new double[1];
    ENGINE.scores(plan, List.of(Measurements.of(P, Map.of("m", 7.0))), P, out);
    assertEquals(r.score().getAsDouble(), out[0]);
  }

  @Test
  void aChainOfAThousandDerivedIndicatorsEvaluatesWithoutRecursion() {
    checkChain(1_000);
  }

  @Test
  void aChainOfTenThousandDerivedIndicatorsEvaluatesWithoutRecursion() {
    checkChain(10_000);
  }

  @Test
  void aLongCycleOfDerivedIndicatorsIsFoundAtCompile() {
    Scorecard ring = Scorecard.builder("ring")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> {
          o.perspective("financial");
          int n = 5_000;
          for (int d = 0; d < n; d++) {
            String formula = "d" + ((d + 1) % n) + " + 1";
            o.indicator("d" + d, i -> i.lagging().baseline(0).target(1).formula(formula));
          }
        })
        .build();
    var e = assertThrows(io.github.bsc4j.model.ScorecardValidationException.class,
        () -> ENGINE.compile(ring));
    assertEquals(List.of(ProblemCode.FORMULA_CYCLE),
        e.problems().stream().map(p -> p.code()).toList());
  }

  /** Weights 0.1, 0.2, 0.7; the 0.2 child has no data. */
  static Scorecard tenthsCard(double minimumCoverage, double w1, double w2, double w3) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .defaults(ScorecardDefaults.DEFAULT.withMinimumCoverage(minimumCoverage))
        .objective("o", o -> o
            .perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10).weight(w1))
            .indicator("b", i -> i.lagging().baseline(0).target(10).weight(w2))
            .indicator("c", i -> i.lagging().baseline(0).target(10).weight(w3)))
        .build();
  }

  @Test
  void coverageMeetsItsMinimumDespiteRounding() {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0.8, 0.1, 0.2, 0.7)),
        Measurements.of(P, Map.of("a", 5.0, "c", 10.0)), P);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(0.7999999999999999, o.coverage(), "0.1 + 0.7 over 0.1 + 0.2 + 0.7");
    assertEquals(Optional.empty(), o.note());
    // (0.1 * 0.5 + 0.7 * 1) / 0.8 = 0.9375
    assertEquals(0.9375, o.score().getAsDouble(), 1e-15);
    assertEquals(Status.AT_RISK, o.status());
  }

  @Test
  void coverageBelowTheMinimumByMoreThanTheToleranceIsStillNoData() {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0.80001, 0.1, 0.2, 0.7)),
        Measurements.of(P, Map.of("a", 5.0, "c", 10.0)), P);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(Status.NO_DATA, o.status());
    assertEquals(Optional.of("coverage 80% is below the minimum 80%"), o.note());
  }

  @Test
  void hugeWeightsGiveTheRightCoverageAndScore() {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0, 1e308, 1e308, 1e308)),
        Measurements.of(P, Map.of("a", 5.0, "c", 10.0)), P);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(2.0 / 3, o.coverage());
    assertEquals(0.75, o.score().getAsDouble(), "(0.5 + 1) / 2");
    assertEquals(0.5, r.node("a").orElseThrow().normalisedWeight());
    assertEquals(0.25, r.node("a").orElseThrow().contribution().getAsDouble());
  }

  @Test
  void subnormalWeightsGiveTheRightCoverageAndScore() {
    double w = Double.MIN_VALUE;
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0, w, w, 2 * w)),
        Measurements.of(P, Map.of("a", 5.0, "c", 10.0)), P);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(0.75, o.coverage());
    assertEquals((0.5 + 2) / 3, o.score().getAsDouble(), 1e-15);
  }

  static Scorecard summed(Function<Indicator.Builder, Indicator.Builder> extra) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o
            .perspective("financial")
            .indicator("big", i -> extra.apply(i.lagging().baseline(0).target(10)
                .rollUp(RollUp.SUM)))
            .indicator("fine", i -> i.lagging().baseline(0).target(10)))
        .build();
  }

  @Test
  void aRollUpThatOverflowsIsMissingWithTheReasonNeverAnExtensionFailure() {
    Measurements m = Measurements.builder()
        .put("big", Period.month(2026, 1), Double.MAX_VALUE)
        .put("big", Period.month(2026, 2), Double.MAX_VALUE)
        .put("big", Period.month(2026, 3), 1)
        .put("fine", Q1, 5)
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(summed(i -> i)), m, Q1);
    NodeResult big = r.node("big").orElseThrow();
    assertEquals(Status.NO_DATA, big.status());
    assertEquals(Optional.of("the SUM of 3 months of 2026-Q1 overflows"), big.note());
    assertEquals(0.5, r.score().getAsDouble(), "the other indicator alone");
  }

  @Test
  void aRolledUpTargetThatOverflowsIsNoDataWithTheReason() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o
            .perspective("financial")
            .indicator("big", i -> i.lagging().baseline(0).target(Double.MAX_VALUE)
                .rollUp(RollUp.SUM)))
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card),
        Measurements.of(Q1, Map.of("big", 5.0)), Q1);
    NodeResult big = r.node("big").orElseThrow();
    assertEquals(Status.NO_DATA, big.status());
    assertEquals(Optional.of("the SUM of the target over 2026-Q1 overflows"), big.note());
  }

  record Strategy(String name, Function<AggregationInput, Double> f,
      Function<AggregationInput, Optional<double[]>> parts) implements AggregationStrategy {
    @Override
    public double aggregate(AggregationInput input) {
      return f.apply(input);
    }

    @Override
    public Optional<double[]> contributions(AggregationInput input) {
      return parts.apply(input);
    }
  }

  static ScorecardEngine with(AggregationStrategy s) {
    return ScorecardEngine.of(ScoringRules.load(),
        AggregationStrategies.builder().addServiceLoaded().add(s).build());
  }

  static Scorecard usingStrategy(String name) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("p", o -> o.perspective("financial").aggregation(AggregationSpec.of(name))
            .indicator("d", i -> i.lagging().baseline(0).target(10))
            .indicator("e", i -> i.lagging().baseline(0).target(10).cap(1.5)))
        .build();
  }

  static ExtensionFailureException failing(AggregationStrategy s) {
    ScorecardEngine engine = with(s);
    return assertThrows(ExtensionFailureException.class,
        () -> engine.evaluate(engine.compile(usingStrategy(s.name())),
            Measurements.of(P, Map.of("d", 1.0, "e", 2.0)), P), s.name());
  }

  @Test
  void aStrategyAboveTheLargestCapOfItsChildrenIsReported() {
    ExtensionFailureException e = failing(new Strategy("two", in -> 2.0, in -> Optional.empty()));
    assertEquals("two", e.extension());
    assertEquals("p", e.nodeId());
    assertEquals("aggregation strategy 'two' returned 2 for node 'p' for the subject in period"
        + " 2026-03; aggregates must be finite and lie in [0, largest cap of the counted children"
        + " 1.5]", e.getMessage());
    ScorecardEngine engine = with(new Strategy("cap", in -> 1.5, in -> Optional.empty()));
    assertEquals(1.5, engine.evaluate(engine.compile(usingStrategy("cap")),
        Measurements.of(P, Map.of("d", 1.0, "e", 2.0)), P).node("p").orElseThrow().score()
        .getAsDouble(), "the cap itself is allowed");
  }

  @Test
  void contributionsThatDoNotAddUpAreReported() {
    ExtensionFailureException e = failing(
        new Strategy("off", in -> 0.15, in -> Optional.of(new double[] {0.1, 0.1})));
    assertEquals("aggregation strategy 'off' gave contributions adding up to 0.2 for node 'p'"
        + " for the subject in period 2026-03, which scored 0.15; they must add up to the score"
        + " (within 1e-9)", e.getMessage());
  }

  @Test
  void contributionsReturningNullAreReported() {
    ExtensionFailureException e = failing(new Strategy("null-parts", in -> 0.15, in -> null));
    assertEquals("aggregation strategy 'null-parts' returned null from contributions() for node"
        + " 'p' for the subject in period 2026-03; return Optional.empty() instead",
        e.getMessage());
  }

  @Test
  void errorsThrownByExtensionsAreWrapped() {
    ExtensionFailureException e = failing(new Strategy("asserts", in -> {
      throw new AssertionError("nope");
    }, in -> Optional.empty()));
    assertTrue(e.getCause() instanceof AssertionError, String.valueOf(e.getCause()));
    assertEquals("aggregation strategy 'asserts' threw on node 'p' for the subject in period"
        + " 2026-03: java.lang.AssertionError: nope", e.getMessage());
  }

  @Test
  void checkedExceptionsThrownSneakilyByRulesAreWrapped() {
    ScoringRule sneaky = new ScoringRule() {
      @Override
      public String name() {
        return "sneaky";
      }

      @Override
      public double score(ScoringInput input) {
        return HardeningTest.<RuntimeException>sneak(new java.io.IOException("disk"));
      }
    };
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(sneaky).build(), AggregationStrategies.load());
    Scorecard card = Scorecard.builder("card").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("kpi", i -> i.lagging().scoring("sneaky")))
        .build();
    ExtensionFailureException e = assertThrows(ExtensionFailureException.class,
        () -> engine.evaluate(engine.compile(card), Measurements.of(P, Map.of("kpi", 3.0)), P));
    assertTrue(e.getCause() instanceof java.io.IOException);
    assertEquals("scoring rule 'sneaky' threw on indicator 'kpi' for the subject in period"
        + " 2026-03 (actual 3): java.io.IOException: disk", e.getMessage());
  }

  @SuppressWarnings("unchecked")
  static <T extends Throwable> double sneak(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void validateReturningNullIsATypedErrorNamingTheExtension() {
    ScoringRule lazy = new ScoringRule() {
      @Override
      public String name() {
        return "lazy";
      }

      @Override
      public List<ParameterProblem> validate(Indicator indicator) {
        return null;
      }

      @Override
      public double score(ScoringInput input) {
        return 0;
      }
    };
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(lazy).build(), AggregationStrategies.load());
    Scorecard card = Scorecard.builder("card").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("kpi", i -> i.lagging().scoring("lazy")))
        .build();
    ExtensionFailureException e =
        assertThrows(ExtensionFailureException.class, () -> engine.compile(card));
    assertEquals("lazy", e.extension());
    assertEquals("kpi", e.nodeId());
    assertEquals(ProblemCode.EXTENSION_FAILURE, e.code());
    assertEquals("scoring rule 'lazy' returned null from validate() for indicator 'kpi'; return"
        + " an empty list instead", e.getMessage());
  }
}
