package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.scoring.ExtensionRegistrationException;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    ScorecardResult r = ENGINE.evaluate(plan, "subject", Measurements.of(P, Map.of("m", 7.0)), P);
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
  void normalisedWeightsAndContributionsSurviveWeightsNearTheLargestDouble() {
    ScorecardResult r = ENGINE.evaluate(
        ENGINE.compile(tenthsCard(0, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE / 2)), "subject",
        Measurements.of(P, Map.of("a", 5.0, "b", 10.0, "c", 10.0)), P);
    assertEquals(0.4, r.node("a").orElseThrow().normalisedWeight());
    assertEquals(0.4, r.node("b").orElseThrow().normalisedWeight());
    assertEquals(0.2, r.node("c").orElseThrow().normalisedWeight());
    assertEquals(0.8, r.node("o").orElseThrow().score().getAsDouble(), 1e-15, "0.4·0.5 + 0.6·1");
    assertEquals(0.2, r.node("a").orElseThrow().contribution().getAsDouble(), 1e-15);
  }

  @Test
  void coverageMeetsItsMinimumDespiteRounding() {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0.8, 0.1, 0.2, 0.7)), "subject",
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
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0.80001, 0.1, 0.2, 0.7)), "subject",
        Measurements.of(P, Map.of("a", 5.0, "c", 10.0)), P);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(Status.NO_DATA, o.status());
    assertEquals(Optional.of("coverage 80% is below the minimum 80%"), o.note());
  }

  @Test
  void hugeWeightsGiveTheRightCoverageAndScore() {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0, 1e308, 1e308, 1e308)), "subject",
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
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0, w, w, 2 * w)), "subject",
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
  void anAverageOfHugeMonthsIsScoredNotLostToItsOverflowingSum() {
    Measurements m = Measurements.builder()
        .put("big", Period.month(2026, 1), Double.MAX_VALUE)
        .put("big", Period.month(2026, 2), Double.MAX_VALUE)
        .put("big", Period.month(2026, 3), Double.MAX_VALUE)
        .put("fine", Q1, 5)
        .build();
    ScorecardResult r = ENGINE.evaluate(
        ENGINE.compile(summed(i -> i.rollUp(RollUp.AVERAGE))), "subject", m, Q1);
    NodeResult big = r.node("big").orElseThrow();
    assertEquals(Status.ON_TRACK, big.status());
    assertEquals(Double.MAX_VALUE, big.indicator().orElseThrow().actual().getAsDouble());
    assertEquals(0.75, r.score().getAsDouble(), "(1 + 0.5) / 2");
  }

  @Test
  void aRollUpThatOverflowsIsMissingWithTheReasonNeverAnExtensionFailure() {
    Measurements m = Measurements.builder()
        .put("big", Period.month(2026, 1), Double.MAX_VALUE)
        .put("big", Period.month(2026, 2), Double.MAX_VALUE)
        .put("big", Period.month(2026, 3), 1)
        .put("fine", Q1, 5)
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(summed(i -> i)), "subject", m, Q1);
    NodeResult big = r.node("big").orElseThrow();
    assertEquals(Status.NO_DATA, big.status());
    assertEquals(Optional.of("the SUM of 3 months of Q1 2026 overflows"), big.note());
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
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "subject",
        Measurements.of(Q1, Map.of("big", 5.0)), Q1);
    NodeResult big = r.node("big").orElseThrow();
    assertEquals(Status.NO_DATA, big.status());
    assertEquals(Optional.of("the SUM of the target over Q1 2026 overflows"), big.note());
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
        () -> engine.evaluate(engine.compile(usingStrategy(s.name())), "subject",
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
    assertEquals(1.5, engine.evaluate(engine.compile(usingStrategy("cap")), "subject",
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
        () -> engine.evaluate(engine.compile(card), "subject", Measurements.of(P, Map.of("kpi", 3.0)), P));
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

  static Scorecard twoIndicators(String rule) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o
            .perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10).scoring(rule))
            .indicator("b", i -> i.lagging().baseline(0).target(10)))
        .build();
  }

  @Test
  void aNanMeasurementOfOneSubjectFailsThatSubjectAloneInABatch() {
    CompiledScorecard plan = ENGINE.compile(twoIndicators("linear"));
    List<MeasurementSource> subjects = List.of(
        Measurements.of(P, Map.of("a", 5.0, "b", 10.0)),
        (id, period) -> id.equals("a") ? OptionalDouble.of(Double.NaN) : OptionalDouble.of(1.0),
        Measurements.of(P, Map.of("a", 10.0, "b", 0.0)));
    double[] out = new double[3];
    BatchReport report = ENGINE.scores(plan, subjects, P, out);
    assertEquals(0.75, out[0], "(0.5 + 1) / 2");
    assertTrue(Double.isNaN(out[1]));
    assertEquals(0.5, out[2], "(1 + 0) / 2");
    assertEquals(1, report.failureCount());
    assertEquals(3, report.subjectCount());
    assertArrayEquals(new int[] {1}, report.failedSubjects());
    assertTrue(report.failed(1));
    assertFalse(report.failed(0));
    BatchReport.SubjectFailure f = report.failures().get(0);
    assertEquals(1, f.subject());
    InvalidMeasurementException e = assertInstanceOf(InvalidMeasurementException.class, f.error());
    assertEquals("measurement of indicator 'a' for period 2026-03 of subject 1 of the batch"
        + " must be a finite number, was NaN", e.getMessage());
    assertEquals(java.util.OptionalInt.of(1), e.subjectIndex());
    assertEquals(Optional.empty(), e.subjectId());
    assertSame(e, report.failure(1).orElseThrow());
    assertEquals(Optional.empty(), report.failure(0));
  }

  @Test
  void anExtensionFailingOnOneSubjectFailsThatSubjectAloneNamingIt() {
    ScoringRule picky = new ScoringRule() {
      @Override
      public String name() {
        return "picky";
      }

      @Override
      public double score(ScoringInput input) {
        if (input.actual() == 13) {
          throw new IllegalStateException("unlucky");
        }
        return input.clamp(input.actual() / 10);
      }
    };
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(picky).build(), AggregationStrategies.load());
    CompiledScorecard plan = engine.compile(twoIndicators("picky"));
    double[] out = new double[3];
    BatchReport report = engine.scores(plan, List.of(
        Measurements.of(P, Map.of("a", 5.0, "b", 10.0)),
        Measurements.of(P, Map.of("a", 13.0, "b", 10.0)),
        Measurements.of(P, Map.of("a", 10.0, "b", 0.0))), P, out);
    assertEquals(0.75, out[0]);
    assertTrue(Double.isNaN(out[1]));
    assertEquals(0.5, out[2]);
    ExtensionFailureException e =
        assertInstanceOf(ExtensionFailureException.class, report.failure(1).orElseThrow());
    assertEquals("scoring rule 'picky' threw on indicator 'a' for subject 1 in period 2026-03"
        + " (actual 13): java.lang.IllegalStateException: unlucky", e.getMessage());
    assertEquals(OptionalInt.of(1), e.subject());
    assertEquals(Optional.of("2026-03"), e.period());
    assertEquals("a", e.nodeId());
    assertEquals("picky", e.extension());
    assertTrue(report.toString().startsWith("BatchReport[1 of 3 subjects failed; first: subject 1:"
        + " scoring rule 'picky' threw"), report.toString());
  }

  @Test
  void aSubjectWhoseRollUpOverflowsIsScoredFromItsOtherIndicators() {
    CompiledScorecard plan = ENGINE.compile(summed(i -> i));
    Measurements overflowing = Measurements.builder()
        .put("big", Period.month(2026, 1), Double.MAX_VALUE)
        .put("big", Period.month(2026, 2), Double.MAX_VALUE)
        .put("fine", Q1, 2)
        .build();
    double[] out = new double[3];
    BatchReport report = ENGINE.scores(plan, List.of(
        Measurements.of(Q1, Map.of("big", 30.0, "fine", 10.0)),
        overflowing,
        Measurements.of(Q1, Map.of("big", 0.0, "fine", 10.0))), Q1, out);
    assertEquals(1.0, out[0], "big: 30 of the quarter's SUM target 30");
    assertEquals(0.2, out[1], "'fine' alone; 'big' has no data");
    assertEquals(0.5, out[2]);
    assertFalse(report.hasFailures(), report.toString());
  }

  @Test
  void aBatchKeepsEveryFailedIndexButABoundedNumberOfExceptions() {
    CompiledScorecard plan = ENGINE.compile(twoIndicators("linear"));
    MeasurementSource broken = (id, period) -> OptionalDouble.of(Double.POSITIVE_INFINITY);
    int n = BatchReport.MAX_KEPT_ERRORS + 2;
    List<MeasurementSource> subjects = new java.util.ArrayList<>();
    for (int s = 0; s < n; s++) {
      subjects.add(s == 0 ? MeasurementSource.EMPTY : broken);
    }
    BatchReport report = ENGINE.scores(plan, subjects, P, new double[n]);
    assertEquals(n - 1, report.failureCount());
    assertEquals(BatchReport.MAX_KEPT_ERRORS, report.failures().size());
    assertTrue(report.failed(n - 1));
    assertEquals(Optional.empty(), report.failure(n - 1), "past the kept exceptions");
    assertTrue(report.failure(n - 2).isPresent(), "the 1,000th failure is kept");
    assertFalse(report.failed(0), "no data is not a failure");
  }

  @Test
  void aNullSubjectIsRejectedBeforeAnySubjectIsScored() {
    CompiledScorecard plan = ENGINE.compile(twoIndicators("linear"));
    double[] out = {42, 42};
    List<MeasurementSource> subjects = java.util.Arrays.asList(MeasurementSource.EMPTY, null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ENGINE.scores(plan, subjects, P, out));
    assertEquals("subject 1", e.getMessage());
    assertEquals(42, out[0], "nothing written");
  }

  @Test
  void anApplicationsOwnExceptionFromItsSourceStopsTheBatch() {
    CompiledScorecard plan = ENGINE.compile(twoIndicators("linear"));
    MeasurementSource down = (id, period) -> {
      throw new IllegalStateException("database down");
    };
    assertThrows(IllegalStateException.class,
        () -> ENGINE.scores(plan, List.of(MeasurementSource.EMPTY, down), P, new double[2]));
  }

  @Test
  void builtInsAreToldApartFromExtensions() {
    assertTrue(Extensions.isBuiltIn(ScoringRules.load().find("linear").orElseThrow()));
    assertTrue(Extensions.isBuiltIn(AggregationStrategies.load().find("min").orElseThrow()));
    assertFalse(Extensions.isBuiltIn(new Strategy("x", in -> 0.0, in -> Optional.empty())));
    assertEquals("built-in scoring rule 'linear'",
        Extensions.describe(true, "scoring rule", "linear"));
    assertEquals("aggregation strategy 'x'", Extensions.describe(false, "aggregation strategy", "x"));
    assertEquals(" (a bug in bsc4j; please report it)", Extensions.bug(true));
    assertEquals("", Extensions.bug(false));
  }

  /** A strategy whose validate() returns what it is given, null included. */
  record Validating(String name, List<ParameterProblem> problems) implements AggregationStrategy {
    @Override
    public List<ParameterProblem> validate(AggregationSpec spec) {
      return problems;
    }

    @Override
    public double aggregate(AggregationInput input) {
      return 0;
    }
  }

  @Test
  void strategiesValidatingToNullOrNullProblemsAreTypedErrors() {
    AggregationStrategy nullList = new Validating("null-list", null);
    ScorecardEngine engine = with(nullList);
    ExtensionFailureException e = assertThrows(ExtensionFailureException.class,
        () -> engine.compile(usingStrategy("null-list")));
    assertEquals("aggregation strategy 'null-list' returned null from validate() for node 'p';"
        + " return an empty list instead", e.getMessage());
    AggregationStrategy nullProblem =
        new Validating("null-problem", java.util.Arrays.asList((ParameterProblem) null));
    ScorecardEngine engine2 = with(nullProblem);
    e = assertThrows(ExtensionFailureException.class,
        () -> engine2.compile(usingStrategy("null-problem")));
    assertEquals("aggregation strategy 'null-problem' returned a list holding null from"
        + " validate() for node 'p'", e.getMessage());
    assertEquals(Optional.empty(), e.period());
  }

  @Test
  void theLogShowsPlainNumbers() {
    assertEquals("0.658", ScorecardEngine.plain(OptionalDouble.of(0.658)));
    assertEquals("1", ScorecardEngine.plain(OptionalDouble.of(1.0)));
    assertEquals("none", ScorecardEngine.plain(OptionalDouble.empty()));
  }

  /** A provider whose constructor throws; listed only in a test's own services file. */
  public static final class ExplodingRule implements ScoringRule {
    /**
     * Throws.
     */
    public ExplodingRule() {
      throw new IllegalStateException("no licence");
    }

    @Override
    public String name() {
      return "exploding";
    }

    @Override
    public double score(ScoringInput input) {
      return 0;
    }
  }

  static ClassLoader servicesListing(Path dir, String... lines) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.write(services.resolve(ScoringRule.class.getName()), List.of(lines));
    return new URLClassLoader(new URL[] {dir.toUri().toURL()},
        HardeningTest.class.getClassLoader());
  }

  @Test
  void aProviderWhoseConstructorThrowsIsATypedRegistrationError(@TempDir Path dir)
      throws Exception {
    ClassLoader loader = servicesListing(dir, ExplodingRule.class.getName());
    ExtensionRegistrationException e = assertThrows(ExtensionRegistrationException.class,
        () -> ScoringRules.builder().addServiceLoaded(loader));
    assertEquals(ProblemCode.EXTENSION_REGISTRATION, e.code());
    assertEquals(ExplodingRule.class.getName(), e.provider());
    assertEquals("cannot load scoring rule provider " + ExplodingRule.class.getName()
        + ": java.lang.IllegalStateException: no licence", e.getMessage());
    assertTrue(e.getCause() instanceof java.util.ServiceConfigurationError);
    assertEquals(8, ScoringRules.load().names().size(), "other registries are unaffected");
  }

  @Test
  void aProviderThatIsMissingIsATypedRegistrationError(@TempDir Path dir) throws Exception {
    ClassLoader loader = servicesListing(dir, "com.example.Missing");
    ExtensionRegistrationException e = assertThrows(ExtensionRegistrationException.class,
        () -> ScoringRules.builder().addServiceLoaded(loader));
    assertEquals(ProblemCode.EXTENSION_REGISTRATION, e.code());
    assertTrue(e.getMessage().startsWith("cannot load a scoring rule provider: "), e.getMessage());
    assertTrue(e.getMessage().contains("com.example.Missing"), e.getMessage());
  }

  @Test
  void theEarliestMonthAPeriodMayHaveEvaluatesWithoutATrend() {
    Period first = Period.month(Period.MIN_YEAR, 1);
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10).carryForward(3))
            .indicator("b", i -> i.lagging().baseline(0).target(10)))
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "subject",
        Measurements.of(first, Map.of("b", 5.0)), first);
    assertEquals(0.5, r.score().getAsDouble());
    assertEquals(Optional.empty(), r.root().trend(), "no month before January of year 1");
    assertEquals(List.of(), r.comparisons());
    assertEquals(Status.NO_DATA, r.node("a").orElseThrow().status(), "nothing to carry forward");
  }

  @Test
  void aChildWithDataIsNeverLostNextToAVastlyHeavierOneWithout() {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(tenthsCard(0, 1e308, 1e-308, 1e-308)), "subject",
        Measurements.of(P, Map.of("b", 5.0, "c", 10.0)), P);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(0.75, o.score().getAsDouble(), "(0.5 + 1) / 2: b and c alone");
    assertEquals(0.0, o.coverage(), "1e-616 of the weight has data");
    assertEquals(0.5, r.node("b").orElseThrow().normalisedWeight());
  }

  @Test
  void numbersInMessagesStayShort() {
    assertEquals("1.0E308", Evaluation.number(1e308));
    assertEquals("1200000", Evaluation.number(1_200_000));
    assertEquals("0.15", Evaluation.number(0.15));
    assertEquals("NaN", Evaluation.number(Double.NaN));
    ScorecardEngine engine = ScorecardEngine.of(ScoringRules.builder().addServiceLoaded()
        .add(new EngineTest.Fixed("nan", a -> Double.NaN)).build(), AggregationStrategies.load());
    Scorecard card = Scorecard.builder("card").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("kpi", i -> i.lagging().scoring("nan")))
        .build();
    ExtensionFailureException e = assertThrows(ExtensionFailureException.class,
        () -> engine.evaluate(engine.compile(card), "subject", Measurements.of(P, Map.of("kpi", 1e308)), P));
    assertEquals("scoring rule 'nan' returned NaN for indicator 'kpi' for the subject in period"
        + " 2026-03 (actual 1.0E308); scores must be finite and lie in [0, cap 1]",
        e.getMessage());
  }
}
