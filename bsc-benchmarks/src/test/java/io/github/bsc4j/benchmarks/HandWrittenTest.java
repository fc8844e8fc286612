package io.github.bsc4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.BatchOptions;
import io.github.bsc4j.engine.BatchReport;
import io.github.bsc4j.engine.PreparedEvaluation;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Scorecard;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The baseline is no strawman: on random data, {@link HandWritten} gives bit for bit the scores
 * the engine gives, for the month and the quarter, whatever share of the values is missing.
 */
class HandWrittenTest {
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();
  private static final CompiledScorecard PLAN = ENGINE.compile(BenchmarkScorecard.scorecard());
  private static final int SUBJECTS = 2_000;

  @ParameterizedTest(name = "quarter {0}, seed {1}, missing {2}")
  @CsvSource({
      "false, 1, 0.03", "true, 1, 0.03",
      "false, 2, 0.0", "true, 2, 0.0",
      "false, 3, 0.4", "true, 3, 0.4",
      "false, 4, 0.9", "true, 4, 0.9",
      "false, 5, 1.0", "true, 5, 1.0"})
  void handWrittenEqualsTheEnginesScoresExactly(boolean quarter, long seed, double missing) {
    Period period = quarter ? BenchmarkScorecard.QUARTER : BenchmarkScorecard.MONTH;
    double[] values = BenchmarkScorecard.data(SUBJECTS, seed, missing);

    double[] hand = new double[SUBJECTS];
    new HandWritten(quarter).scores(values, SUBJECTS, hand);
    double[] fromArrays = new double[SUBJECTS];
    BatchReport report = ENGINE.scores(PLAN, ArraySource.all(values, SUBJECTS), period, fromArrays);
    double[] fromMeasurements = new double[SUBJECTS];
    BatchReport report2 = ENGINE.scores(
        PLAN, ArraySource.measurements(values, SUBJECTS), period, fromMeasurements);

    PreparedEvaluation prepared = ENGINE.prepare(PLAN, period);
    double[] fromBlock = new double[SUBJECTS];
    BatchReport report3 = prepared.scores(ScoringBenchmark.block(values), fromBlock);
    double[] inParallel = new double[SUBJECTS];
    ExecutorService pool = Executors.newFixedThreadPool(ScoringBenchmark.THREADS);
    BatchReport report4;
    try {
      report4 = prepared.scores(ScoringBenchmark.block(values), inParallel,
          BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(97));
    } finally {
      pool.shutdownNow();
    }

    assertEquals(0, report.failureCount());
    assertEquals(0, report2.failureCount());
    assertEquals(0, report3.failureCount());
    assertEquals(0, report4.failureCount());
    for (int s = 0; s < SUBJECTS; s++) {
      // assertEquals(double, double) compares bits as Double.equals does: NaN equals NaN.
      assertEquals(fromArrays[s], hand[s], "subject " + s);
      assertEquals(fromMeasurements[s], hand[s], "subject " + s + " over Measurements");
      assertEquals(fromBlock[s], hand[s], "subject " + s + " from the block");
      assertEquals(inParallel[s], hand[s], "subject " + s + " from the block, in parallel");
    }
    long withData = Arrays.stream(hand).filter(x -> !Double.isNaN(x)).count();
    if (missing == 1.0) {
      assertEquals(0, withData);
    } else {
      // At 90 % missing, about 1.5 % of subjects have no value in March at all.
      assertTrue(withData > SUBJECTS * 0.95, withData + " subjects with data");
      assertTrue(Arrays.stream(hand).distinct().count() > SUBJECTS / 2, "varied scores");
    }
  }

  @Test
  void theFullResultsGiveTheSameScoresAsTheBatch() {
    double[] values = BenchmarkScorecard.data(50, 6, 0.2);
    for (boolean quarter : new boolean[] {false, true}) {
      Period period = quarter ? BenchmarkScorecard.QUARTER : BenchmarkScorecard.MONTH;
      double[] hand = new double[50];
      new HandWritten(quarter).scores(values, 50, hand);
      for (int s = 0; s < 50; s++) {
        ScorecardResult r =
            ENGINE.evaluate(PLAN, "s" + s, new ArraySource(values, s), period);
        assertEquals(hand[s], r.root().score().orElse(Double.NaN), "subject " + s);
      }
    }
  }

  @Test
  void theScorecardHasTheMixItIsSaidToHave() {
    Scorecard card = BenchmarkScorecard.scorecard();
    assertEquals(4, card.perspectives().size());
    assertEquals(12, card.objectives().size());
    assertEquals(40, card.indicators().size());
    Map<String, Long> rules = card.indicators().stream().collect(Collectors.groupingBy(
        i -> i.scoring().name(), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("bands", 4L, "binary", 4L, "linear", 24L, "min-max", 4L, "ratio", 4L),
        rules);
    Map<String, Long> rollUps = card.indicators().stream().collect(Collectors.groupingBy(
        i -> i.rollUp().name(), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("AVERAGE", 13L, "LAST", 13L, "SUM", 14L), rollUps);
    List<Indicator> lower = card.indicators().stream()
        .filter(i -> i.polarity() == io.github.bsc4j.model.Polarity.LOWER_IS_BETTER).toList();
    assertEquals(8, lower.size());
  }

  @Test
  void largeScorecardsHaveTheIndicatorsAskedFor() {
    assertEquals(5_000, BenchmarkScorecard.large(5_000).indicators().size());
    assertEquals(500, BenchmarkScorecard.large(5_000).objectives().size());
  }
}
