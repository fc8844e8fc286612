package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions.UnknownMeasurements;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link PreparedEvaluation}'s own contract, by example: the layout it asks for (which periods,
 * in which order, which indicators), its names, and the checks every batch makes before it reads
 * anything or writes {@code out}.
 */
class PreparedEvaluationTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final Period MARCH = Period.month(2026, 3);
  static final double SENTINEL = -12345.0;

  /**
   * Indicators {@code a} (SUM) and {@code b} (AVERAGE) in objective {@code o}, then {@code c}
   * (LAST) in objective {@code q} of another perspective, and {@code d} derived from {@code a} and
   * {@code b}; {@code b} carries values forward {@code carry} months when that is above 0.
   */
  static Scorecard card(int carry) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().rollUp(RollUp.SUM).baseline(0).target(100))
            .indicator("b", i -> {
              i.lagging().rollUp(RollUp.AVERAGE).baseline(0).target(50);
              if (carry > 0) {
                i.carryForward(carry);
              }
            })
            .indicator("d", i -> i.lagging().baseline(0).target(10).formula("a + b")))
        .objective("q", o -> o.perspective("customer")
            .indicator("c", i -> i.lagging().rollUp(RollUp.LAST).baseline(0).target(10)))
        .build();
  }

  static PreparedEvaluation prepared(int carry, Period period) {
    return ENGINE.prepare(ENGINE.compile(card(carry)), period);
  }

  static final List<String> MEASURED = List.of("a", "b", "c");

  // ---------------------------------------------------------------------------------------
  // The layout

  @Test
  void theLayoutOfAMonthIsTheMonthAlone() {
    assertEquals(MeasurementLayout.of(MEASURED, List.of(MARCH)), prepared(0, MARCH).layout());
  }

  @Test
  void theLayoutOfAQuarterIsTheQuarterThenItsMonthsOldestFirst() {
    Period q1 = Period.quarter(2026, 1);
    MeasurementLayout layout = prepared(0, q1).layout();
    assertEquals(MEASURED, layout.indicatorIds());
    assertEquals(List.of(q1, Period.month(2026, 1), Period.month(2026, 2), MARCH),
        layout.periods());
  }

  @Test
  void theLayoutOfAYearToDateThroughMayIsThePeriodThenItsFiveMonths() {
    Period ytd = Period.yearToDate(2026, 5);
    assertEquals(List.of(ytd, Period.month(2026, 1), Period.month(2026, 2), MARCH,
            Period.month(2026, 4), Period.month(2026, 5)),
        prepared(0, ytd).layout().periods());
    // The period keeps its kind: a year to date, not the quarter... of the same five months.
    assertEquals("2026-YTD-05", prepared(0, ytd).layout().periods().get(0).toString());
  }

  @Test
  void carryForwardAddsTheMonthsItMayReachBeforeTheMonthOldestFirst() {
    assertEquals(List.of(Period.month(2026, 1), Period.month(2026, 2), MARCH),
        prepared(2, MARCH).layout().periods());
    // Every measured indicator shares the periods, whichever carries forward.
    assertEquals(MEASURED, prepared(2, MARCH).layout().indicatorIds());
  }

  @Test
  void carryForwardOverAQuarterReachesBeforeItsFirstMonth() {
    Period q1 = Period.quarter(2026, 1);
    assertEquals(List.of(Period.month(2025, 11), Period.month(2025, 12), q1,
            Period.month(2026, 1), Period.month(2026, 2), MARCH),
        prepared(2, q1).layout().periods());
  }

  @Test
  void monthsBeforeYearOneAreLeftOut() {
    assertEquals(Period.MIN_YEAR, 1);
    assertEquals(List.of(Period.month(1, 1)), prepared(3, Period.month(1, 1)).layout().periods());
    assertEquals(List.of(Period.month(1, 1), Period.month(1, 2)),
        prepared(3, Period.month(1, 2)).layout().periods());
    Period q1 = Period.quarter(1, 1);
    assertEquals(List.of(q1, Period.month(1, 1), Period.month(1, 2), Period.month(1, 3)),
        prepared(3, q1).layout().periods());
  }

  @Test
  void aPartMonthIsReadForItselfAloneEvenWithCarryForward() {
    Period part = Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16));
    assertEquals(MeasurementLayout.of(MEASURED, List.of(part)), prepared(0, part).layout());
    assertEquals(MeasurementLayout.of(MEASURED, List.of(part)), prepared(2, part).layout());
  }

  @Test
  void derivedIndicatorsAreLeftOutOfTheLayout() {
    // d = a + b is computed, never read; the order is the definition order, across objectives.
    assertEquals(List.of("a", "b", "c"), prepared(0, MARCH).layout().indicatorIds());
  }

  @Test
  void aScorecardWithoutMeasuredIndicatorsHasNoLayout() {
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(constantsOnly()), MARCH);
    IllegalStateException e = assertThrows(IllegalStateException.class, p::layout);
    assertEquals("scorecard 'consts' has no measured indicator: nothing is read, so there is no"
        + " layout", e.getMessage());
    // It is scored all the same: 3 of a target of 10 from a baseline of 0.
    assertEquals(OptionalDouble.of(0.3), p.evaluate("x", MeasurementSource.EMPTY).root().score());
  }

  /** One indicator, derived from constants alone. */
  static Scorecard constantsOnly() {
    return Scorecard.builder("consts")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("k", i -> i.lagging().baseline(0).target(10).formula("1 + 2")))
        .build();
  }

  @Test
  void aScorecardWithoutMeasuredIndicatorsIsScoredOnEveryBatchPathWithoutReading() {
    PreparedEvaluation p = ENGINE.prepare(ENGINE.compile(constantsOnly()), MARCH);
    double[] out = sentinels(3);
    BatchReport report = p.scores(List.of(MeasurementSource.EMPTY, MeasurementSource.EMPTY), out);
    assertEquals(0, report.failureCount());
    assertArrayEquals(new double[] {0.3, 0.3, SENTINEL}, out);

    out = sentinels(3);
    MeasurementBlock block = MeasurementBlock.nanAsMissing(
        MeasurementLayout.of(List.of("zz"), List.of(MARCH)), new double[] {1, 2});
    report = p.scores(block, out);
    assertEquals(0, report.failureCount());
    assertEquals(List.of("zz"), ids(report.commonWarnings()));
    assertArrayEquals(new double[] {0.3, 0.3, SENTINEL}, out);

    // A store is never asked for anything: there is no layout to fetch.
    CountingStore store = new CountingStore(Set.of("zz"));
    out = sentinels(3);
    report = p.scores(store, List.of("x", "y"), out,
        BatchOptions.DEFAULT.withChunkSize(1));
    assertEquals(0, report.failureCount());
    assertEquals(List.of("zz"), ids(report.commonWarnings()));
    assertArrayEquals(new double[] {0.3, 0.3, SENTINEL}, out);
    assertEquals(0, store.fetches.get());
    assertEquals(0, store.cells.get());
  }

  // ---------------------------------------------------------------------------------------
  // Names

  @Test
  void periodCodeLabelAndToStringUseTheScorecardsCalendar() {
    PreparedEvaluation march = prepared(0, MARCH);
    assertEquals(MARCH, march.period());
    assertEquals("2026-03", march.periodCode());
    assertEquals("Mar 2026", march.periodLabel());
    assertEquals("PreparedEvaluation[card, 2026-03]", march.toString());

    Scorecard fiscal = Scorecard.builder("fiscal")
        .defaults(ScorecardDefaults.DEFAULT.withFiscalYearStart(Month.APRIL))
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(10)))
        .build();
    CompiledScorecard plan = ENGINE.compile(fiscal);
    PreparedEvaluation q = ENGINE.prepare(plan, Period.quarter(2026, 2));
    assertSame(plan, q.plan());
    assertEquals(Period.quarter(2026, 2), q.period());
    assertEquals("FY2027-Q1", q.periodCode());
    assertEquals("FY2027 Q1", q.periodLabel());
    assertEquals("PreparedEvaluation[fiscal, FY2027-Q1]", q.toString());
  }

  // ---------------------------------------------------------------------------------------
  // Checks before anything is read

  /** A source that counts every call made to it. */
  static final class CountingSource implements MeasurementSource {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public OptionalDouble value(String indicatorId, Period period) {
      calls.incrementAndGet();
      return OptionalDouble.of(1);
    }

    @Override
    public Set<String> indicatorIds() {
      calls.incrementAndGet();
      return Set.of();
    }

    @Override
    public int fetch(MeasurementLayout layout, double[] values, int offset, BitSet present) {
      calls.incrementAndGet();
      return MeasurementSource.super.fetch(layout, values, offset, present);
    }
  }

  /** A store that counts its fetches, its per-cell calls and its calls to indicatorIds. */
  static final class CountingStore implements MeasurementStore {
    final AtomicInteger fetches = new AtomicInteger();
    final AtomicInteger cells = new AtomicInteger();
    final AtomicInteger listed = new AtomicInteger();
    final Set<String> ids;

    CountingStore(Set<String> ids) {
      this.ids = ids;
    }

    @Override
    public OptionalDouble value(String subjectId, String indicatorId, Period period) {
      cells.incrementAndGet();
      return OptionalDouble.empty();
    }

    @Override
    public MeasurementBlock fetch(List<String> subjectIds, MeasurementLayout layout) {
      fetches.incrementAndGet();
      return MeasurementStore.super.fetch(subjectIds, layout);
    }

    @Override
    public Set<String> indicatorIds() {
      listed.incrementAndGet();
      return ids;
    }
  }

  @Test
  void anOutTooShortIsRejectedBeforeAnythingIsRead() {
    PreparedEvaluation march = prepared(0, MARCH);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (BatchOptions options : List.of(BatchOptions.DEFAULT,
          BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(1))) {
        CountingSource first = new CountingSource();
        CountingSource second = new CountingSource();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> march.scores(List.of(first, second), new double[1], options));
        assertEquals("out has room for 1 scores, 2 subjects given", e.getMessage());
        assertEquals(0, first.calls.get() + second.calls.get(), "no source was asked anything");

        CountingStore store = new CountingStore(Set.of("a"));
        e = assertThrows(IllegalArgumentException.class,
            () -> march.scores(store, List.of("x", "y", "z"), new double[2], options));
        assertEquals("out has room for 2 scores, 3 subjects given", e.getMessage());
        assertEquals(0, store.fetches.get() + store.cells.get() + store.listed.get(),
            "the store was asked nothing");

        MeasurementBlock block = MeasurementBlock.nanAsMissing(march.layout(), new double[6]);
        e = assertThrows(IllegalArgumentException.class,
            () -> march.scores(block, new double[1], options));
        assertEquals("out has room for 1 scores, 2 subjects given", e.getMessage());
      }
    } finally {
      pool.shutdownNow();
    }
    // An out longer than the batch is fine; its tail is left alone.
    double[] out = sentinels(2);
    march.scores(List.of(), out);
    assertArrayEquals(sentinels(2), out);
  }

  @Test
  void unknownIdsInABlocksLayoutAreRejectedUnderRejectBeforeOutIsWritten() {
    PreparedEvaluation march = prepared(0, MARCH);
    // zz-b, a perspective's id and a derived indicator's, none of them measured: with a NaN
    // in a, so that scoring anything at all would write NaN into out.
    MeasurementLayout layout =
        MeasurementLayout.of(List.of("zz-b", "a", "financial", "d", "zz-a"), List.of(MARCH));
    double[] values = {1, Double.NaN, 3, 4, 5, 1, 2, 3, 4, 5};
    MeasurementBlock block = MeasurementBlock.nanAsMissing(layout, values);
    BatchOptions reject = BatchOptions.DEFAULT.withUnknownMeasurements(UnknownMeasurements.REJECT);
    double[] out = sentinels(3);
    UnknownIndicatorException e = assertThrows(UnknownIndicatorException.class,
        () -> march.scores(block, out, reject));
    assertEquals("measurements name 4 ids that are not measured indicators of scorecard 'card':"
        + " 'd', 'financial', 'zz-a', 'zz-b'", e.getMessage());
    assertEquals(List.of("d", "financial", "zz-a", "zz-b"), ids(e.problems()));
    assertArrayEquals(sentinels(3), out, "out untouched");

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThrows(UnknownIndicatorException.class,
          () -> march.scores(block, out, reject.withExecutor(pool).withChunkSize(1)));
      assertArrayEquals(sentinels(3), out, "out untouched on a pool too");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void unknownIdsInABlocksLayoutAreWarnedOfOnceSortedUnderWarn() {
    PreparedEvaluation march = prepared(0, MARCH);
    MeasurementLayout layout =
        MeasurementLayout.of(List.of("zz-b", "a", "financial", "d", "zz-a"), List.of(MARCH));
    int n = 5;
    double[] values = new double[n * 5];
    Arrays.fill(values, 50);
    MeasurementBlock block = MeasurementBlock.nanAsMissing(layout, values);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (BatchOptions options : List.of(BatchOptions.DEFAULT,
          BatchOptions.DEFAULT.withChunkSize(2),
          BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(1))) {
        double[] out = sentinels(n + 1);
        BatchReport report = march.scores(block, out, options);
        assertEquals(List.of("d", "financial", "zz-a", "zz-b"), ids(report.commonWarnings()),
            options.toString());
        assertEquals(List.of(
                "measurements name 'd', a derived indicator of scorecard 'card', whose formula"
                    + " gives its value; its values are not used",
                "measurements name 'financial', which is not an indicator of scorecard 'card';"
                    + " its values are not used",
                "measurements name 'zz-a', which is not an indicator of scorecard 'card'; its"
                    + " values are not used",
                "measurements name 'zz-b', which is not an indicator of scorecard 'card'; its"
                    + " values are not used"),
            report.commonWarnings().stream().map(Problem::message).toList());
        for (Problem p : report.commonWarnings()) {
          assertEquals(ProblemCode.UNKNOWN_INDICATOR, p.code());
        }
        assertTrue(report.warnings().isEmpty(), "nothing per subject");
        assertEquals(0, report.failureCount());
        // a: 50 of 100 a month = 0.5; b and c have no column: no data; o = 0.5 alone.
        for (int s = 0; s < n; s++) {
          assertEquals(0.5, out[s], "subject " + s);
        }
        assertEquals(SENTINEL, out[n]);
        assertTrue(report.toString().contains("4 common warnings"), report.toString());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStoresUnknownIdsAreWarnedOfOnceOrRejectedBeforeAnyFetch() {
    PreparedEvaluation march = prepared(0, MARCH);
    CountingStore store = new CountingStore(Set.of("zz", "a", "d"));
    double[] out = sentinels(3);
    BatchReport report = march.scores(store, List.of("x", "y", "z"), out,
        BatchOptions.DEFAULT.withChunkSize(1));
    assertEquals(List.of("d", "zz"), ids(report.commonWarnings()));
    assertTrue(report.warnings().isEmpty());
    assertEquals(3, store.fetches.get(), "one fetch per chunk");
    assertEquals(1, store.listed.get(), "the ids are asked for once per batch");

    CountingStore strict = new CountingStore(Set.of("zz", "a", "d"));
    double[] untouched = sentinels(3);
    UnknownIndicatorException e = assertThrows(UnknownIndicatorException.class,
        () -> march.scores(strict, List.of("x", "y", "z"), untouched,
            BatchOptions.DEFAULT.withUnknownMeasurements(UnknownMeasurements.REJECT)));
    assertEquals("measurements name 2 ids that are not measured indicators of scorecard 'card':"
        + " 'd', 'zz'", e.getMessage());
    assertEquals(0, strict.fetches.get() + strict.cells.get());
    assertArrayEquals(sentinels(3), untouched);
  }

  @Test
  void theScoresOfABlockAreEvaluatesByHand() {
    // A fixed point for this file's scorecard: March, a = 50 (0.5), b = 25 (0.5), c = 10 (1),
    // d = a + b = 75 of 10 (linear, capped at 1 by default): o = (0.5 + 0.5 + 1) / 3,
    // q = 1; the card (0.5 + 0.5 + 1) / 3 and 1 averaged.
    PreparedEvaluation march = prepared(0, MARCH);
    Measurements m = Measurements.of(MARCH, Map.of("a", 50.0, "b", 25.0, "c", 10.0));
    double expected = march.evaluate("x", m).root().score().orElseThrow();
    double[] out = new double[1];
    march.scores(MeasurementBlock.nanAsMissing(march.layout(), new double[] {50, 25, 10}), out);
    assertEquals(expected, out[0], 0.0);
    assertEquals(((0.5 + 0.5 + 1) / 3 + 1) / 2, out[0], 1e-15);
  }

  // ---------------------------------------------------------------------------------------
  // Helpers

  static double[] sentinels(int n) {
    double[] out = new double[n];
    Arrays.fill(out, SENTINEL);
    return out;
  }

  static List<String> ids(List<Problem> problems) {
    return problems.stream().map(Problem::elementId).toList();
  }
}
