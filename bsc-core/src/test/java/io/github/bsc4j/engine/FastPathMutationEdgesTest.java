package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.BitSet;
import java.util.Set;
import io.github.bsc4j.data.MeasurementStore;
import java.util.OptionalDouble;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edges of the batch path that mutation testing showed unpinned after issue 11: each test names
 * what it pins, with exact values.
 */
class FastPathMutationEdgesTest {
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();
  private static final Period MAR = Period.month(2026, 3);

  private static Scorecard card() {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(2000)))
        .build();
  }

  @Test
  void aParallelBatchKeepsTheWarningsOfTheFirstThousandSubjectsAcrossChunks() {
    // Two chunks of 600 subjects with warnings each: the merge keeps exactly 1000 of them.
    int n = 1200;
    List<Measurements> subjects = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      subjects.add(Measurements.of(MAR, Map.of("a", 1000.0, "stray", (double) s)));
    }
    double[] out = new double[n];
    BatchReport report = ENGINE.prepare(ENGINE.compile(card()), MAR).scores(subjects, out,
        BatchOptions.DEFAULT.withExecutor(Runnable::run).withChunkSize(600));
    assertEquals(0, report.failureCount());
    assertEquals(BatchReport.MAX_KEPT_ERRORS, report.warnings().size());
    assertEquals(999, report.warnings().get(999).subject());
    assertEquals(List.of(), report.warnings(1000), "the 1001st subject with warnings");
    assertEquals(0.5, out[n - 1]);
  }

  @Test
  void aScorecardWithoutMeasuredIndicatorsWarnsOfEachSourcesUnknownIdsOrRejectsThem() {
    PreparedEvaluation p =
        ENGINE.prepare(ENGINE.compile(PreparedEvaluationTest.constantsOnly()), MAR);
    List<Measurements> sources = List.of(Measurements.of(MAR, Map.of("stray", 1.0)),
        Measurements.of(MAR, Map.of()), Measurements.of(MAR, Map.of("x", 2.0)));
    double[] out = new double[3];
    BatchReport report = p.scores(sources, out);
    assertEquals(0, report.failureCount());
    assertEquals(2, report.warnings().size());
    assertEquals("stray", report.warnings(0).get(0).elementId());
    assertEquals(List.of(), report.warnings(1));
    assertEquals("x", report.warnings(2).get(0).elementId());
    assertArrayEquals(new double[] {0.3, 0.3, 0.3}, out);

    report = p.scores(sources, out, BatchOptions.DEFAULT.withUnknownMeasurements(
        EvaluationOptions.UnknownMeasurements.REJECT));
    assertArrayEquals(new int[] {0, 2}, report.failedSubjects());
    assertInstanceOf(UnknownIndicatorException.class, report.failure(0).orElseThrow());
    assertEquals(0.3, out[1]);
    assertEquals(Double.NaN, out[2]);
  }

  @Test
  void aStoreBatchOnAScorecardWithoutMeasuredIndicatorsFailsTheSubjectsItsRuleFails() {
    // k = 6 + 7 is scored by a rule that throws for 13: every subject fails, none is read.
    CompiledScorecard plan = ApplicationExtensionBatchTest.ENGINE.compile(
        Scorecard.builder("consts")
            .perspective(Perspective.FINANCIAL)
            .objective("o", o -> o.perspective("financial")
                .indicator("k", i -> i.lagging().scoring("picky").formula("6 + 7")))
            .build());
    PreparedEvaluation p = ApplicationExtensionBatchTest.ENGINE.prepare(plan, MAR);
    MeasurementStore store = (subject, id, period) -> OptionalDouble.empty();
    double[] out = {-1, -1, -1};
    BatchReport report = p.scores(store, List.of("e1", "e2"), out);
    assertArrayEquals(new int[] {0, 1}, report.failedSubjects());
    assertInstanceOf(ExtensionFailureException.class, report.failure(1).orElseThrow());
    assertArrayEquals(new double[] {Double.NaN, Double.NaN, -1}, out);
  }

  @Test
  void aBatchHandsTheExecutorOneTaskPerChunkAndRunsASingleChunkOnTheCallingThread() {
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card()), MAR);
    AtomicInteger tasks = new AtomicInteger();
    Executor counting = task -> {
      tasks.incrementAndGet();
      task.run();
    };
    List<MeasurementSource> subjects = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      subjects.add(Measurements.of(MAR, Map.of("a", 200.0 * s)));
    }
    double[] out = new double[10];
    p.scores(subjects, out, BatchOptions.DEFAULT.withExecutor(counting).withChunkSize(10));
    assertEquals(0, tasks.get(), "ten subjects in chunks of ten: one chunk, on this thread");
    assertEquals(0.9, out[9]);
    p.scores(subjects, out, BatchOptions.DEFAULT.withExecutor(counting).withChunkSize(5));
    assertEquals(2, tasks.get(), "ten subjects in chunks of five");
    p.scores(subjects, out, BatchOptions.DEFAULT.withExecutor(counting).withChunkSize(3));
    assertEquals(6, tasks.get(), "and four more in chunks of three");
    assertEquals(0.9, out[9]);
  }

  @Test
  void aPlanTooLargeToKeepItsEvaluationsPerThreadEvaluatesAsASmallOne() {
    // More nodes than CompiledScorecard.KEPT_EVALUATIONS_UP_TO: working memory made per call.
    int n = CompiledScorecard.KEPT_EVALUATIONS_UP_TO;
    CompiledScorecard plan = ENGINE.compile(Scorecard.builder("large")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> {
          o.perspective("financial");
          for (int i = 0; i < n; i++) {
            o.indicator("i" + i, x -> x.lagging().baseline(0).target(2000));
          }
        })
        .build());
    assertEquals(n + 3, plan.nodeCount());
    Map<String, Double> values = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      values.put("i" + i, i % 2 == 0 ? 1000.0 : 500.0); // scores 0.5 and 0.25 alternately
    }
    for (int round = 0; round < 2; round++) {
      assertEquals(OptionalDouble.of(0.375), ENGINE.evaluate(plan, "s",
          Measurements.of(MAR, values), MAR).root().score());
    }
  }

  private static final Period Q1 = Period.quarter(2026, 1);
  private static final Period JAN = Period.month(2026, 1);
  private static final Period FEB = Period.month(2026, 2);
  private static final Period APR = Period.month(2026, 4);

  /** Indicators a and b of equal weight, rolled up as given, from a baseline of 0 to 100. */
  private static Scorecard two(RollUp a, RollUp b, int carry) {
    return Scorecard.builder("two")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> {
              i.lagging().rollUp(a).baseline(0).target(100);
              if (carry > 0) {
                i.carryForward(carry);
              }
            })
            .indicator("b", i -> {
              i.lagging().rollUp(b).baseline(0).target(100);
              if (carry > 0) {
                i.carryForward(carry);
              }
            }))
        .build();
  }

  private static int at(MeasurementLayout layout, String id, Period period) {
    return layout.indicatorIndex(id).getAsInt() * layout.periodCount()
        + layout.periodIndex(period).getAsInt();
  }

  private static double blockScore(Scorecard card, Period period, MeasurementBlock block) {
    double[] out = new double[block.subjectCount()];
    BatchReport report = ENGINE.prepare(ENGINE.compile(card), period).scores(block, out);
    assertEquals(0, report.failureCount(), report::toString);
    return out[0];
  }

  @Test
  void aPlanWhoseEveryIndicatorCarriesForwardCarriesOnTheBlockPathToo() {
    // Over Q1, a: January 30, February missing (carried from January), March 60:
    // average (30 + 30 + 60) / 3 = 40, score 0.4; b: 20 each month, score 0.2. Root 0.3.
    Scorecard card = two(RollUp.AVERAGE, RollUp.AVERAGE, 1);
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card), Q1);
    MeasurementLayout layout = p.layout();
    double[] values = new double[layout.valuesPerSubject()];
    java.util.Arrays.fill(values, Double.NaN);
    values[at(layout, "a", JAN)] = 30;
    values[at(layout, "a", MAR)] = 60;
    values[at(layout, "b", JAN)] = 20;
    values[at(layout, "b", FEB)] = 20;
    values[at(layout, "b", MAR)] = 20;
    double[] out = new double[1];
    p.scores(MeasurementBlock.nanAsMissing(layout, values), out);
    assertEquals(0.30000000000000004, out[0]);
    Measurements m = Measurements.builder().put("a", JAN, 30).put("a", MAR, 60)
        .put("b", JAN, 20).put("b", FEB, 20).put("b", MAR, 20).build();
    assertEquals(OptionalDouble.of(out[0]), ENGINE.evaluate(ENGINE.compile(card), "s", m, Q1)
        .root().score());
  }

  @Test
  void aSourceRejectedForItsUnknownIdsIsNotRead() {
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card()), MAR);
    AtomicInteger reads = new AtomicInteger();
    MeasurementSource stray = new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        reads.incrementAndGet();
        return OptionalDouble.of(1000);
      }

      @Override
      public Set<String> indicatorIds() {
        return Set.of("a", "stray");
      }
    };
    double[] out = new double[1];
    BatchReport report = p.scores(List.of(stray), out, BatchOptions.DEFAULT
        .withUnknownMeasurements(EvaluationOptions.UnknownMeasurements.REJECT));
    assertInstanceOf(UnknownIndicatorException.class, report.failure(0).orElseThrow());
    assertEquals(0, reads.get(), "rejected before any read");
    report = p.scores(List.of(stray), out);
    assertEquals(1, reads.get(), "warned of, and read once");
    assertEquals(0.5, out[0]);
  }

  @Test
  void aNanMarkedBlockLackingMonthsOfAQuarterReadsOnlyTheMonthsItHas() {
    // Layout a, b over January and March: February is absent, so neither has the complete
    // quarter the default policy asks for. No other cell may stand in for February.
    MeasurementLayout layout = MeasurementLayout.of(List.of("a", "b"), List.of(JAN, MAR));
    MeasurementBlock block =
        MeasurementBlock.nanAsMissing(layout, new double[] {10, 20, 1, 2, 30, 40, 3, 4});
    double[] out = {-1, -1};
    ENGINE.prepare(ENGINE.compile(two(RollUp.SUM, RollUp.SUM, 0)), Q1).scores(block, out);
    assertArrayEquals(new double[] {Double.NaN, Double.NaN}, out);
    // A layout holding none of the quarter's months: no data at all.
    MeasurementBlock april = MeasurementBlock.nanAsMissing(
        MeasurementLayout.of(List.of("a", "b"), List.of(APR)), new double[] {10, 1, 20, 2});
    out = new double[] {-1, -1};
    ENGINE.prepare(ENGINE.compile(two(RollUp.SUM, RollUp.SUM, 0)), Q1).scores(april, out);
    assertArrayEquals(new double[] {Double.NaN, Double.NaN}, out);
  }

  @Test
  void aBlockWithPresenceBitsIgnoresTheValuesOfAbsentCells() {
    // Q1's months only, a: 0 (absent), 30, 60, incomplete, so no data; b: 20 each month.
    MeasurementLayout layout = MeasurementLayout.of(List.of("a", "b"), List.of(JAN, FEB, MAR));
    BitSet present = new BitSet();
    present.set(1, 6);
    MeasurementBlock block =
        MeasurementBlock.of(layout, new double[] {0, 30, 60, 20, 20, 20}, present);
    assertEquals(0.2, blockScore(two(RollUp.AVERAGE, RollUp.AVERAGE, 0), Q1, block));
  }

  @Test
  void anInfiniteMonthInANanMarkedBlockFailsItsSubjectNamingIndicatorAndMonth() {
    MeasurementLayout layout = MeasurementLayout.of(List.of("a", "b"), List.of(JAN, FEB, MAR));
    double inf = Double.POSITIVE_INFINITY;
    MeasurementBlock block = MeasurementBlock.nanAsMissing(layout,
        new double[] {1, 2, 3, 4, 5, 6, 1, 2, 3, 4, inf, 6});
    double[] out = new double[2];
    BatchReport report = ENGINE.prepare(ENGINE.compile(two(RollUp.SUM, RollUp.SUM, 0)), Q1)
        .scores(block, out);
    assertArrayEquals(new int[] {1}, report.failedSubjects());
    InvalidMeasurementException e = assertInstanceOf(InvalidMeasurementException.class,
        report.failure(1).orElseThrow());
    assertEquals("b", e.indicatorId());
    assertEquals(FEB.toString(), e.period());
    assertEquals(0.035, out[0], "a 6, b 15 of a quarter's target 300: (0.02 + 0.05) / 2");
    assertEquals(Double.NaN, out[1]);
  }

  @Test
  void aQuarterlyAverageWhoseSumOverflowsAndAMaximumAreRolledUpOnTheBlockPath() {
    // a: AVERAGE of 1e308 three times is 1e308 (scores the cap, 1); b: MAX of 10, 70, 40 is 70.
    MeasurementLayout layout = MeasurementLayout.of(List.of("a", "b"), List.of(JAN, FEB, MAR));
    MeasurementBlock block = MeasurementBlock.nanAsMissing(layout,
        new double[] {1e308, 1e308, 1e308, 10, 70, 40});
    assertEquals(0.85, blockScore(two(RollUp.AVERAGE, RollUp.MAX, 0), Q1, block));
  }

  @Test
  void aBadValueInABlockWithoutIdsNamesItsSubjectByItsIndexBeyondTheFirstChunk() {
    int n = 300; // the scorer works in chunks of 256: subject 290 lies in the second
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card()), MAR);
    double[] values = new double[n];
    values[290] = Double.NEGATIVE_INFINITY;
    double[] out = new double[n];
    BatchReport report = p.scores(MeasurementBlock.nanAsMissing(p.layout(), values), out);
    assertArrayEquals(new int[] {290}, report.failedSubjects());
    InvalidMeasurementException e = assertInstanceOf(InvalidMeasurementException.class,
        report.failure(290).orElseThrow());
    assertEquals(java.util.OptionalInt.of(290), e.subjectIndex());
  }

  @Test
  void aMissingValueOfAMonthInABlockIsNoData() {
    // a month is read by the general reader; a missing a leaves b alone: 0.5.
    MeasurementLayout layout = MeasurementLayout.of(List.of("a", "b"), List.of(MAR));
    double[] values = {Double.NaN, 50, 30, 50};
    double[] out = new double[2];
    ENGINE.prepare(ENGINE.compile(two(RollUp.SUM, RollUp.SUM, 0)), MAR)
        .scores(MeasurementBlock.nanAsMissing(layout, values), out);
    assertArrayEquals(new double[] {0.5, 0.4}, out);
    BitSet present = new BitSet();
    present.set(1, 4);
    ENGINE.prepare(ENGINE.compile(two(RollUp.SUM, RollUp.SUM, 0)), MAR)
        .scores(MeasurementBlock.of(layout, new double[] {0, 50, 30, 50}, present), out);
    assertArrayEquals(new double[] {0.5, 0.4}, out);
  }

  @Test
  void coverageExactlyTheToleranceBelowTheMinimumIsScoredOnTheBlockPath() {
    // Coverage 2/3; the minimum 2/3 + 1e-9 less the tolerance 1e-9 is 2/3 exactly: scored.
    double minimum = 2.0 / 3 + ScorecardEngine.ROUNDING_TOLERANCE;
    assertEquals(2.0 / 3, minimum - ScorecardEngine.ROUNDING_TOLERANCE);
    Scorecard card = HardeningTest.tenthsCard(minimum, 1, 1, 1);
    MeasurementLayout layout = MeasurementLayout.of(List.of("a", "b", "c"), List.of(MAR));
    assertEquals(0.75, blockScore(card, MAR,
        MeasurementBlock.nanAsMissing(layout, new double[] {5, 10, Double.NaN})));
  }

  /** The first child's score; 0 when it is 0.1, the cap plus the tolerance at 0.2, more at 0.3. */
  static final AggregationStrategy EDGE = new AggregationStrategy() {
    @Override
    public String name() {
      return "edge";
    }

    @Override
    public double aggregate(AggregationInput input) {
      if (input.score(0) == 0.1) {
        return 0.0;
      }
      if (input.score(0) == 0.2) {
        return 1.0 + ScorecardEngine.ROUNDING_TOLERANCE;
      }
      if (input.score(0) == 0.3) {
        return Math.nextUp(1.0 + ScorecardEngine.ROUNDING_TOLERANCE);
      }
      return input.score(0);
    }
  };

  @Test
  void anApplicationsAggregateOfZeroOrOfTheCapPlusTheToleranceIsAcceptedAndNoMore() {
    ScorecardEngine engine = ScorecardEngine.of(ScoringRules.builder().addServiceLoaded().build(),
        AggregationStrategies.builder().addServiceLoaded().add(EDGE).build());
    CompiledScorecard plan = engine.compile(Scorecard.builder("edge")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial").aggregation(AggregationSpec.of("edge"))
            .indicator("a", i -> i.lagging().baseline(0).target(100)))
        .build());
    PreparedEvaluation p = engine.prepare(plan, MAR);
    double[] out = new double[3];
    BatchReport report = p.scores(
        MeasurementBlock.nanAsMissing(p.layout(), new double[] {10, 20, 30}), out);
    assertArrayEquals(new int[] {2}, report.failedSubjects());
    assertInstanceOf(ExtensionFailureException.class, report.failure(2).orElseThrow());
    assertArrayEquals(new double[] {0.0, 1.000000001, Double.NaN}, out);
    assertEquals(OptionalDouble.of(0.0),
        p.evaluate("s", Measurements.of(MAR, Map.of("a", 10.0))).root().score());
    assertEquals(OptionalDouble.of(1.000000001),
        p.evaluate("s", Measurements.of(MAR, Map.of("a", 20.0))).root().score());
  }

  @Test
  void aComparedPeriodScoringZeroIsComparedNotRejected() {
    // February's a of 0 scores 0 at every level of the scores-only evaluation of February.
    Measurements m = Measurements.builder().put("a", FEB, 0).put("a", MAR, 1000).build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card()), "s", m, MAR);
    assertEquals(OptionalDouble.of(0.5), r.root().score());
    assertEquals(java.util.Optional.of(Trend.Direction.IMPROVED),
        r.root().trend().orElseThrow().direction());
  }

  @Test
  void aPerspectiveWithoutObjectivesHasNoScoreOnTheBlockPathAsInEvaluate() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(2000)))
        .build();
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card), MAR);
    double[] out = new double[1];
    p.scores(MeasurementBlock.nanAsMissing(p.layout(), new double[] {1000}), out);
    assertEquals(OptionalDouble.of(0.5),
        p.evaluate("s", Measurements.of(MAR, Map.of("a", 1000.0))).root().score());
    assertEquals(0.5, out[0]);
  }

  /** 0.25 for an actual of negative sign, -0.0 included; 0.75 otherwise. */
  static final ScoringRule SIGNED = new ScoringRule() {
    @Override
    public String name() {
      return "signed";
    }

    @Override
    public double score(ScoringInput input) {
      return 1 / input.actual() < 0 ? 0.25 : 0.75;
    }
  };

  @Test
  void aQuarterOfMonthsOfNegativeZeroGivesAnApplicationsRuleNegativeZeroOnEveryPath() {
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(SIGNED).build(),
        AggregationStrategies.builder().addServiceLoaded().build());
    PreparedEvaluation p = engine.prepare(engine.compile(Scorecard.builder("signed")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().rollUp(RollUp.SUM).scoring("signed")))
        .build()), Q1);
    MeasurementLayout layout = MeasurementLayout.of(List.of("a"), List.of(JAN, FEB, MAR));
    double[] out = new double[1];
    p.scores(MeasurementBlock.nanAsMissing(layout, new double[] {-0.0, -0.0, -0.0}), out);
    assertEquals(0.25, out[0]);
    Measurements m = Measurements.builder().put("a", JAN, -0.0).put("a", FEB, -0.0)
        .put("a", MAR, -0.0).build();
    assertEquals(OptionalDouble.of(0.25), p.evaluate("s", m).root().score());
  }

  @Test
  void weightsFarBelowAMissingHeavyChildAreScaledByTheirOwnLargestOnEveryPath() {
    // a weighs 1e300 and has no data; b (1e-10) and c (3e-10) score 0.3 and 0.7. Scaled by
    // a's exponent, b's and c's weights would be subnormal and lose bits (0.5999999999999991);
    // scaled by c's, the mean is 0.5999999999999999 on every path, the previous period's too.
    Scorecard card = Scorecard.builder("far")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(100).weight(1e300))
            .indicator("b", i -> i.lagging().baseline(0).target(100).weight(1e-10))
            .indicator("c", i -> i.lagging().baseline(0).target(100).weight(3e-10)))
        .build();
    CompiledScorecard plan = ENGINE.compile(card);
    PreparedEvaluation p = ENGINE.prepare(plan, MAR);
    double[] out = new double[1];
    p.scores(MeasurementBlock.nanAsMissing(p.layout(), new double[] {Double.NaN, 30, 70}), out);
    assertEquals(0.5999999999999999, out[0]);
    Measurements m = Measurements.builder().put("b", FEB, 30).put("c", FEB, 70)
        .put("b", MAR, 30).put("c", MAR, 70).build();
    ScorecardResult r = ENGINE.evaluate(plan, "s", m, MAR);
    assertEquals(OptionalDouble.of(0.5999999999999999), r.root().score());
    assertEquals(OptionalDouble.of(0.5999999999999999),
        r.root().trend().orElseThrow().previousScore());
  }

  @Test
  void sharesOfWeightsNearTheScalingLimitKeepTheirBitsOnTheBlockPath() {
    // a weighs 2^-500 and scores 0; b weighs 0.1 * 2^-526 and scores 0.7. Scaled up by 2^500
    // the weights keep every bit; scaled down by it b's would be subnormal (1.0430812820150384E-9).
    Scorecard card = Scorecard.builder("tiny")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(100).weight(Math.scalb(1.0, -500)))
            .indicator("b", i -> i.lagging().baseline(0).target(100)
                .weight(Math.scalb(0.1, -526))))
        .build();
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card), MAR);
    double[] out = new double[1];
    p.scores(MeasurementBlock.nanAsMissing(p.layout(), new double[] {0, 70}), out);
    assertEquals(1.0430812820150238E-9, out[0]);
    assertEquals(OptionalDouble.of(1.0430812820150238E-9),
        p.evaluate("s", Measurements.of(MAR, Map.of("a", 0.0, "b", 70.0))).root().score());
  }

  @Test
  void aSourceListingNullIdsStopsABatchOfSourcesWithTheMessageEvaluateGives() {
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(card()), MAR);
    MeasurementSource nullIds = new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        return OptionalDouble.of(1000);
      }

      @Override
      public Set<String> indicatorIds() {
        return null;
      }
    };
    NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> p.scores(List.of(nullIds), new double[1]));
    assertEquals("measurement source returned null from indicatorIds(); return an empty set",
        e.getMessage());
  }

  @Test
  void aBlockWithoutAColumnForTheMonthHasNoDataForIt() {
    // The layout holds April alone: March, the month scored, is missing for both subjects.
    MeasurementBlock april = MeasurementBlock.nanAsMissing(
        MeasurementLayout.of(List.of("a", "b"), List.of(APR)), new double[] {10, 1, 20, 2});
    double[] out = {-1, -1};
    ENGINE.prepare(ENGINE.compile(two(RollUp.SUM, RollUp.SUM, 0)), MAR).scores(april, out);
    assertArrayEquals(new double[] {Double.NaN, Double.NaN}, out);
  }
}
