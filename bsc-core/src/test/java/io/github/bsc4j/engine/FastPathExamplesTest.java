package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The columnar path by hand on a tiny scorecard, and the bulk fetch of a store counted: numbers
 * worked out on paper, so that the equivalence properties have a fixed point.
 */
class FastPathExamplesTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final Period Q1 = Period.quarter(2026, 1);
  static final double NA = Double.NaN;

  /**
   * Sales (SUM, baseline 0, target 100 a month) and NPS (AVERAGE, baseline 0, target 50), equal
   * weights in one objective, scored linearly and averaged.
   */
  static Scorecard tiny(PartialPeriodPolicy partialPeriods) {
    return Scorecard.builder("tiny")
        .defaults(ScorecardDefaults.DEFAULT.withPartialPeriods(partialPeriods))
        .perspective(Perspective.FINANCIAL)
        .objective("grow", o -> o
            .perspective(Perspective.FINANCIAL)
            .indicator("sales", i -> i.lagging().rollUp(RollUp.SUM).baseline(0).target(100))
            .indicator("nps", i -> i.lagging().rollUp(RollUp.AVERAGE).baseline(0).target(50)))
        .build();
  }

  /**
   * Four subjects in the layout {@code [sales, nps] x [2026-Q1, Jan, Feb, Mar]}:
   *
   * <ol start="0">
   *   <li>sales 30 and 45 in January and February, March missing; NPS 20, 30, 25;
   *   <li>no sales; NPS 50 in January and February, March missing;
   *   <li>nothing at all;
   *   <li>values for the quarter itself, sales 150 and NPS 37.5, and months that must be ignored.
   * </ol>
   */
  static final double[] VALUES = {
    NA, 30, 45, NA, /* nps */ NA, 20, 30, 25,
    NA, NA, NA, NA, /* nps */ NA, 50, 50, NA,
    NA, NA, NA, NA, /* nps */ NA, NA, NA, NA,
    150, 999, 999, 999, /* nps */ 37.5, 0, 0, 0,
  };

  @Test
  void theLayoutOfAQuarterIsTheQuarterThenItsMonths() {
    PreparedEvaluation q1 = ENGINE.prepare(ENGINE.compile(tiny(PartialPeriodPolicy.COMPLETE_ONLY)),
        Q1);
    assertEquals(
        MeasurementLayout.of(List.of("sales", "nps"), List.of(Q1, Period.month(2026, 1),
            Period.month(2026, 2), Period.month(2026, 3))),
        q1.layout());
    // subject 1's NPS for February: (1 * 2 + 1) * 4 + 2
    assertEquals(14, q1.layout().index(1, 1, 2));
    assertEquals(50.0, VALUES[14]);
  }

  @Test
  void aQuarterWithAMonthMissingScoredByHandWithAvailableMonths() {
    PreparedEvaluation q1 = ENGINE.prepare(
        ENGINE.compile(tiny(PartialPeriodPolicy.AVAILABLE_MONTHS)), Q1);
    // 0: sales (30 + 45) / 3 months = 25 a month -> 0.25; NPS 75 / 3 = 25 -> 0.5;
    //    (0.25 + 0.5) / 2 = 0.375
    // 1: sales no data, skipped; NPS 50 -> 1.0
    // 2: no data
    // 3: the quarter's own values: sales 150 / 3 = 50 -> 0.5; NPS 37.5 -> 0.75; mean 0.625
    double[] expected = {0.375, 1.0, NA, 0.625};
    assertBlockScores(q1, expected);
  }

  @Test
  void aQuarterWithAMonthMissingScoredByHandWithCompleteMonthsOnly() {
    PreparedEvaluation q1 = ENGINE.prepare(
        ENGINE.compile(tiny(PartialPeriodPolicy.COMPLETE_ONLY)), Q1);
    // 0: sales has 2 of 3 months, so no data; NPS 0.5 alone
    // 1: NPS has 2 of 3 months, so no data either
    // 3: the quarter's own values do not depend on months
    double[] expected = {0.5, NA, NA, 0.625};
    assertBlockScores(q1, expected);
  }

  /** Both missing-value conventions give the expected scores, and so does evaluate. */
  static void assertBlockScores(PreparedEvaluation q1, double[] expected) {
    double[] out = new double[4];
    BatchReport report = q1.scores(MeasurementBlock.nanAsMissing(q1.layout(), VALUES), out);
    assertFalse(report.hasFailures(), report::toString);
    assertArrayEquals(expected, out, 0.0);

    // Present bits; a missing cell holds anything, even an infinity, and is never read.
    double[] values = VALUES.clone();
    BitSet present = new BitSet();
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        values[i] = Double.POSITIVE_INFINITY;
      } else {
        present.set(i);
      }
    }
    out = new double[4];
    report = q1.scores(MeasurementBlock.of(q1.layout(), values, present), out);
    assertFalse(report.hasFailures(), report::toString);
    assertArrayEquals(expected, out, 0.0);

    MeasurementLayout layout = q1.layout();
    for (int s = 0; s < 4; s++) {
      Measurements.Builder m = Measurements.builder();
      for (int i = 0; i < 2; i++) {
        for (int p = 0; p < 4; p++) {
          double v = VALUES[layout.index(s, i, p)];
          if (!Double.isNaN(v)) {
            m.put(layout.indicatorIds().get(i), layout.periods().get(p), v);
          }
        }
      }
      assertEquals(expected[s],
          q1.evaluate("s" + s, m.build()).root().score().orElse(NA), 0.0, "subject " + s);
    }
  }

  // ---------------------------------------------------------------------------------------
  // The bulk fetch: one call per chunk, never one per cell

  static final Period YTD_MAY = Period.yearToDate(2026, 5);

  /** Eight indicators, SUM and AVERAGE by turns, in two objectives. */
  static Scorecard eight() {
    Objective.Builder a = Objective.builder("a").perspective("financial");
    Objective.Builder b = Objective.builder("b").perspective("financial");
    for (int k = 1; k <= 8; k++) {
      RollUp rollUp = k % 2 == 0 ? RollUp.SUM : RollUp.AVERAGE;
      (k <= 4 ? a : b).indicator("k" + k,
          i -> i.lagging().rollUp(rollUp).baseline(0).target(10));
    }
    return Scorecard.builder("eight").perspective(Perspective.FINANCIAL).objective(a)
        .objective(b).build();
  }

  /** Subject {@code s}'s months of 2026, January to May: {@code (s + k + month) % 12}. */
  static Measurements months(int s) {
    Measurements.Builder m = Measurements.builder();
    for (int k = 1; k <= 8; k++) {
      for (int month = 1; month <= 5; month++) {
        if ((s + k * month) % 7 != 0) { // a few months missing
          m.put("k" + k, Period.month(2026, month), (s + k + month) % 12);
        }
      }
    }
    return m.build();
  }

  /** A store over a map whose fetch is one "query" per call, counted with every per-cell call. */
  static final class CountedStore implements MeasurementStore {
    final Map<String, Measurements> bySubject;
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicInteger cells = new AtomicInteger();
    final List<List<String>> asked = Collections.synchronizedList(new ArrayList<>());

    CountedStore(Map<String, Measurements> bySubject) {
      this.bySubject = bySubject;
    }

    @Override
    public OptionalDouble value(String subjectId, String indicatorId, Period period) {
      cells.incrementAndGet();
      return bySubject.get(subjectId).value(indicatorId, period);
    }

    @Override
    public MeasurementBlock fetch(List<String> subjectIds, MeasurementLayout layout) {
      fetches.incrementAndGet();
      asked.add(List.copyOf(subjectIds));
      MeasurementBlock.Builder b = MeasurementBlock.builder(layout, subjectIds);
      for (int s = 0; s < subjectIds.size(); s++) {
        Measurements m = bySubject.get(subjectIds.get(s));
        for (String id : layout.indicatorIds()) {
          for (Period p : layout.periods()) {
            OptionalDouble v = m.value(id, p); // the map itself, not this.value
            if (v.isPresent()) {
              b.put(s, id, p, v.getAsDouble());
            }
          }
        }
      }
      return b.build();
    }
  }

  @Test
  void aStoreIsAskedOncePerChunkAndNeverPerCell() throws Exception {
    CompiledScorecard plan = ENGINE.compile(eight());
    PreparedEvaluation ytd = ENGINE.prepare(plan, YTD_MAY);
    // The year to date and its five months: 8 x 6 cells per subject.
    assertEquals(48, ytd.layout().valuesPerSubject());
    int n = 10;
    int chunk = 3;
    Map<String, Measurements> bySubject = new HashMap<>();
    List<String> ids = new ArrayList<>();
    double[] expected = new double[n];
    for (int s = 0; s < n; s++) {
      ids.add("s" + s);
      bySubject.put("s" + s, months(s));
      expected[s] = ENGINE.evaluate(plan, "s" + s, months(s), YTD_MAY).root().score()
          .orElseThrow();
    }

    CountedStore store = new CountedStore(bySubject);
    double[] out = new double[n];
    BatchReport report = ytd.scores(store, ids, out, BatchOptions.DEFAULT.withChunkSize(chunk));
    assertFalse(report.hasFailures(), report::toString);
    assertArrayEquals(expected, out, 0.0);
    assertEquals(4, store.fetches.get(), "ceil(10 / 3) fetches");
    assertEquals(0, store.cells.get(), "no per-cell call");
    assertEquals(List.of(ids.subList(0, 3), ids.subList(3, 6), ids.subList(6, 9),
        ids.subList(9, 10)), store.asked);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountedStore pooled = new CountedStore(bySubject);
      out = new double[n];
      report = ytd.scores(pooled, ids, out,
          BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(chunk));
      assertFalse(report.hasFailures(), report::toString);
      assertArrayEquals(expected, out, 0.0);
      assertEquals(4, pooled.fetches.get(), "ceil(10 / 3) fetches on a pool too");
      assertEquals(0, pooled.cells.get());
      assertEquals(Set.copyOf(store.asked), Set.copyOf(pooled.asked));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void evaluateAsksASourceOncePerCellOfThePeriodAndOfThePeriodComparedWith() {
    CompiledScorecard plan = ENGINE.compile(eight());
    AtomicInteger calls = new AtomicInteger();
    Measurements m = months(3);
    MeasurementSource counted = (id, p) -> {
      calls.incrementAndGet();
      return m.value(id, p);
    };
    ENGINE.evaluate(plan, "s3", counted, YTD_MAY);
    // The 96: 8 indicators x (the year to date + 5 months), for May and for the
    // year to date it is compared with. A store's batch makes one call per chunk instead.
    assertEquals(96, calls.get());
  }
}
