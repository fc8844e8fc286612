package io.github.bsc4j.engine;

import java.util.OptionalDouble;

import io.github.bsc4j.model.BscException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application's rule and strategy, registered with the engine, that misbehave for one
 * subject's values on the batch paths: that subject alone fails with an {@link
 * ExtensionFailureException} naming it (by its id where the block names its subjects), on the
 * calling thread and on a pool.
 */
class ApplicationExtensionBatchTest {
  static final Period MARCH = Period.month(2026, 3);
  static final IllegalStateException UNLUCKY = new IllegalStateException("unlucky");
  static final int N = 10;

  /** Scores a twentieth of the value; throws for 13. */
  static final ScoringRule PICKY = new ScoringRule() {
    @Override
    public String name() {
      return "picky";
    }

    @Override
    public double score(ScoringInput input) {
      if (input.actual() == 13) {
        throw UNLUCKY;
      }
      return input.clamp(input.actual() / 20);
    }
  };

  /** The weighted mean, but 2 (above the cap of 1) when the first child scores exactly 0.5. */
  static final AggregationStrategy GREEDY = new AggregationStrategy() {
    @Override
    public String name() {
      return "greedy";
    }

    @Override
    public double aggregate(AggregationInput input) {
      if (input.score(0) == 0.5) {
        return 2.0;
      }
      double sum = 0;
      for (int i = 0; i < input.size(); i++) {
        sum += input.share(i) * input.score(i);
      }
      return sum;
    }
  };

  static final ScorecardEngine ENGINE = ScorecardEngine.of(
      ScoringRules.builder().addServiceLoaded().add(PICKY).build(),
      AggregationStrategies.builder().addServiceLoaded().add(GREEDY).build());

  /** Objective o, aggregated by greedy: a scored by picky, b linearly from 0 to 10. */
  static final CompiledScorecard PLAN = ENGINE.compile(Scorecard.builder("card")
      .perspective(Perspective.FINANCIAL)
      .objective("o", o -> o.perspective("financial").aggregation(AggregationSpec.of("greedy"))
          .indicator("a", i -> i.lagging().scoring("picky"))
          .indicator("b", i -> i.lagging().baseline(0).target(10)))
      .build());

  static final PreparedEvaluation PREPARED = ENGINE.prepare(PLAN, MARCH);

  /** a = s + 6 (13 for subject 7; 10, scoring 0.5, for subject 4), b = s. */
  static double[] values() {
    double[] values = new double[N * 2];
    for (int s = 0; s < N; s++) {
      values[2 * s] = s + 6;
      values[2 * s + 1] = s;
    }
    return values;
  }

  static Measurements measurements(int s) {
    return Measurements.of(MARCH, Map.of("a", s + 6.0, "b", (double) s));
  }

  static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < N; s++) {
      ids.add("E-" + s);
    }
    return ids;
  }

  ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  List<BatchOptions> options() {
    return List.of(BatchOptions.DEFAULT, BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(3));
  }

  @Test
  void aSubjectWithTwoProblemsFailsOnTheSameOneOnEveryPath() {
    // Subject 7: picky throws on a (13), and b is infinite. Every path reads and scores a before
    // it reads b, so every path reports the rule, never the value.
    MeasurementSource two = new MeasurementSource() {
      @Override
      public OptionalDouble value(String id, Period p) {
        return !p.equals(MARCH) ? OptionalDouble.empty()
            : OptionalDouble.of(id.equals("a") ? 13 : Double.POSITIVE_INFINITY);
      }
    };
    assertInstanceOf(ExtensionFailureException.class, assertThrows(BscException.class,
        () -> PREPARED.evaluate("E-7", two)));
    double[] out = new double[1];
    assertInstanceOf(ExtensionFailureException.class,
        PREPARED.scores(List.of(two), out).failure(0).orElseThrow());
    MeasurementBlock block = MeasurementBlock.nanAsMissing(
        PREPARED.layout(), new double[] {13, Double.POSITIVE_INFINITY});
    assertInstanceOf(ExtensionFailureException.class,
        PREPARED.scores(block, out).failure(0).orElseThrow());
  }

  @Test
  void evaluateFailsForTheSubjectsAlone() {
    ExtensionFailureException e = assertThrows(ExtensionFailureException.class,
        () -> PREPARED.evaluate("E-7", measurements(7)));
    assertEquals("scoring rule 'picky' threw on indicator 'a' for the subject in period 2026-03"
        + " (actual 13): java.lang.IllegalStateException: unlucky", e.getMessage());
    e = assertThrows(ExtensionFailureException.class,
        () -> PREPARED.evaluate("E-4", measurements(4)));
    assertEquals("aggregation strategy 'greedy' returned 2 for node 'o' for the subject in period"
        + " 2026-03; aggregates must be finite and lie in [0, largest cap of the counted children"
        + " 1]", e.getMessage());
  }

  @Test
  void aBlockNamingItsSubjectsNamesTheFailedOnes() {
    MeasurementBlock block = MeasurementBlock.nanAsMissing(PREPARED.layout(), values())
        .withSubjectIds(ids());
    for (BatchOptions options : options()) {
      double[] out = new double[N];
      BatchReport report = PREPARED.scores(block, out, options);
      assertFailed(report, out, "subject 'E-7' (7)", "subject 'E-4' (4)");
    }
  }

  @Test
  void aBlockWithoutIdsNamesTheFailedSubjectsByIndex() {
    MeasurementBlock block = MeasurementBlock.nanAsMissing(PREPARED.layout(), values());
    for (BatchOptions options : options()) {
      double[] out = new double[N];
      assertFailed(PREPARED.scores(block, out, options), out, "subject 7", "subject 4");
    }
  }

  @Test
  void aBatchOfSourcesNamesTheFailedSubjectsByIndex() {
    List<MeasurementSource> sources = new ArrayList<>();
    for (int s = 0; s < N; s++) {
      sources.add(measurements(s));
    }
    for (BatchOptions options : options()) {
      double[] out = new double[N];
      assertFailed(PREPARED.scores(sources, out, options), out, "subject 7", "subject 4");
    }
    double[] out = new double[N];
    assertFailed(ENGINE.scores(PLAN, sources, MARCH, out), out, "subject 7", "subject 4");
  }

  @Test
  void aStoreNamesTheFailedSubjectsByTheirIds() {
    Map<String, MeasurementSource> bySubject = new HashMap<>();
    for (int s = 0; s < N; s++) {
      bySubject.put("E-" + s, measurements(s));
    }
    for (BatchOptions options : options()) {
      double[] out = new double[N];
      assertFailed(PREPARED.scores(MeasurementStore.of(bySubject), ids(), out, options), out,
          "subject 'E-7' (7)", "subject 'E-4' (4)");
    }
  }

  /** Subjects 4 and 7 failed, named as given; every other subject has evaluate's score. */
  static void assertFailed(BatchReport report, double[] out, String seven, String four) {
    assertArrayEquals(new int[] {4, 7}, report.failedSubjects(), report.toString());

    ExtensionFailureException rule =
        assertInstanceOf(ExtensionFailureException.class, report.failure(7).orElseThrow());
    assertEquals("scoring rule 'picky' threw on indicator 'a' for " + seven + " in period"
        + " 2026-03 (actual 13): java.lang.IllegalStateException: unlucky", rule.getMessage());
    assertSame(UNLUCKY, rule.getCause());
    assertEquals("picky", rule.extension());
    assertEquals("a", rule.nodeId());
    assertEquals(OptionalInt.of(7), rule.subject());
    assertEquals(Optional.of("2026-03"), rule.period());

    ExtensionFailureException strategy =
        assertInstanceOf(ExtensionFailureException.class, report.failure(4).orElseThrow());
    assertEquals("aggregation strategy 'greedy' returned 2 for node 'o' for " + four
        + " in period 2026-03; aggregates must be finite and lie in [0, largest cap of the"
        + " counted children 1]", strategy.getMessage());
    assertEquals("greedy", strategy.extension());
    assertEquals("o", strategy.nodeId());
    assertEquals(OptionalInt.of(4), strategy.subject());
    assertEquals(null, strategy.getCause());

    for (int s = 0; s < N; s++) {
      if (s == 4 || s == 7) {
        assertTrue(Double.isNaN(out[s]), "subject " + s);
      } else {
        // (a / 20 + b / 10) / 2, as evaluate gives it
        double expected = PREPARED.evaluate("E-" + s, measurements(s)).root().score()
            .orElseThrow();
        assertEquals(expected, out[s], 0.0, "subject " + s);
        assertEquals((Math.min(1, (s + 6) / 20.0) + Math.min(1, s / 10.0)) / 2, out[s], 1e-15,
            "subject " + s);
      }
    }
  }
}
