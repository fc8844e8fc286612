package io.github.bsc4j.engine;

import static io.github.bsc4j.engine.RichScorecards.PERIODS;
import static io.github.bsc4j.engine.RichScorecards.WRAPPED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The fast paths compute exactly what {@code evaluate} computes, to the last bit, on random rich
 * scorecards (see {@link RichScorecards}): the built-ins' kernels give what their public methods
 * give, and every batch path (sources, columnar blocks in either missing-value convention and in
 * any layout, chunks on a thread pool, a bulk-fetching store) gives the scores of {@code
 * evaluate}, with the same per-subject failures.
 */
class FastPathEquivalenceTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final ScorecardEngine WRAPPING = RichScorecards.wrappingEngine();

  static ExecutorService pool;

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterContainer
  static void stopPool() {
    pool.shutdownNow();
  }

  /** Seeds of the scorecards and the data: any long, none more interesting than another. */
  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().withoutEdgeCases();
  }

  // ---------------------------------------------------------------------------------------
  // 1. Kernels against the public methods

  @Property(tries = 200)
  void theKernelsGiveTheBitsOfTheBuiltInsPublicMethods(
      @ForAll("seeds") long cardSeed,
      @ForAll("seeds") long dataSeed,
      @ForAll @IntRange(min = 0, max = 4) int periodIndex,
      @ForAll @IntRange(min = 1, max = 5) int subjects) {
    Scorecard plain = RichScorecards.card(cardSeed, "");
    CompiledScorecard kernels = ENGINE.compile(plain);
    CompiledScorecard wrapped = WRAPPING.compile(RichScorecards.card(cardSeed, WRAPPED));
    // The property means something only if one plan runs kernels and the other none.
    for (int k = 0; k < kernels.size; k++) {
      boolean indicator = kernels.kind[k] == NodeKind.INDICATOR;
      assertNotNull(indicator ? kernels.ruleKernel[k] : kernels.strategyKernel[k]);
      assertNull(indicator ? wrapped.ruleKernel[k] : wrapped.strategyKernel[k]);
    }
    Period period = PERIODS.get(periodIndex);
    Random r = new Random(dataSeed);
    RichScorecards.Data data =
        RichScorecards.data(r, RichScorecards.measuredIds(plain), period, subjects);
    for (int s = 0; s < subjects; s++) {
      Measurements m = data.measurements(s);
      ScorecardResult a = ENGINE.evaluate(kernels, "s" + s, m, period);
      ScorecardResult b = WRAPPING.evaluate(wrapped, "s" + s, m, period);
      assertSameNodes(a, b, "subject " + s + " in " + period);
    }
    // And scores only, where the built-ins run on arrays and the wrappers on inputs.
    PreparedEvaluation pa = ENGINE.prepare(kernels, period);
    PreparedEvaluation pb = WRAPPING.prepare(wrapped, period);
    double[] outA = new double[subjects];
    double[] outB = new double[subjects];
    assertFalse(pa.scores(data.all(), outA).hasFailures());
    assertFalse(pb.scores(data.all(), outB).hasFailures());
    assertSameScores(outA, outB, "scores from sources");
    MeasurementBlock block = data.block(pa.layout(), r.nextBoolean(), r);
    assertFalse(pa.scores(block, outA).hasFailures());
    assertFalse(pb.scores(block, outB).hasFailures());
    assertSameScores(outA, outB, "scores from a block");
  }

  /** Every node of two results alike, but for the names of the rules and strategies. */
  static void assertSameNodes(ScorecardResult a, ScorecardResult b, String where) {
    List<NodeResult> xs = a.nodes();
    List<NodeResult> ys = b.nodes();
    assertEquals(xs.size(), ys.size(), where);
    for (int i = 0; i < xs.size(); i++) {
      NodeResult x = xs.get(i);
      NodeResult y = ys.get(i);
      String at = "node '" + x.id() + "' of " + where;
      assertEquals(x.id(), y.id(), at);
      assertEquals(bits(x.score()), bits(y.score()), at + ": score");
      assertEquals(x.status(), y.status(), at + ": status");
      assertEquals(x.statusSource(), y.statusSource(), at + ": status source");
      assertEquals(bits(x.contribution()), bits(y.contribution()), at + ": contribution");
      assertEquals(bits(x.normalisedWeight()), bits(y.normalisedWeight()), at + ": share");
      assertEquals(bits(x.coverage()), bits(y.coverage()), at + ": coverage");
      assertEquals(bits(x.completeness()), bits(y.completeness()), at + ": completeness");
      assertEquals(x.note(), y.note(), at + ": note");
      assertEquals(x.indicator().isPresent(), y.indicator().isPresent(), at);
      if (x.indicator().isPresent()) {
        IndicatorDetail p = x.indicator().get();
        IndicatorDetail q = y.indicator().get();
        assertEquals(bits(p.actual()), bits(q.actual()), at + ": actual");
        assertEquals(bits(p.target()), bits(q.target()), at + ": target");
        assertEquals(bits(p.baseline()), bits(q.baseline()), at + ": baseline");
        assertEquals(p.carriedFrom(), q.carriedFrom(), at + ": carried from");
      }
      assertEquals(x.trends().size(), y.trends().size(), at);
      for (int t = 0; t < x.trends().size(); t++) {
        Trend p = x.trends().get(t);
        Trend q = y.trends().get(t);
        assertEquals(bits(p.previousScore()), bits(q.previousScore()), at + ": previous score");
        assertEquals(bits(p.scoreChange()), bits(q.scoreChange()), at + ": score change");
        assertEquals(p.direction(), q.direction(), at + ": direction");
        assertEquals(p.differences(), q.differences(), at + ": differences");
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // 2. Every path gives evaluate's scores

  @Property(tries = 200)
  void everyPathGivesTheScoresOfEvaluate(
      @ForAll("seeds") long cardSeed,
      @ForAll("seeds") long dataSeed,
      @ForAll @IntRange(min = 0, max = 4) int periodIndex,
      @ForAll @IntRange(min = 0, max = 12) int subjects,
      @ForAll @IntRange(min = 1, max = 5) int chunk) {
    Scorecard card = RichScorecards.card(cardSeed, "");
    CompiledScorecard plan = ENGINE.compile(card);
    Period period = PERIODS.get(periodIndex);
    Random r = new Random(dataSeed);
    RichScorecards.Data data =
        RichScorecards.data(r, RichScorecards.measuredIds(card), period, subjects);
    List<Measurements> sources = data.all();
    double[] expected = expected(plan, sources, period);
    PreparedEvaluation prepared = ENGINE.prepare(plan, period);
    for (int s = 0; s < subjects; s++) {
      assertEquals(bits(expected[s]),
          bits(prepared.evaluate("s" + s, sources.get(s)).root().score().orElse(Double.NaN)),
          "prepared.evaluate");
    }
    BatchOptions pooled = BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(chunk);

    // Some subjects' sources also list an id the scorecard does not have: a warning of theirs.
    List<MeasurementSource> listing = new ArrayList<>(sources);
    List<Integer> stray = new ArrayList<>();
    for (int s = 0; s < subjects; s++) {
      if (r.nextInt(4) == 0) {
        stray.add(s);
        listing.set(s, listingAlso(sources.get(s), "zz-stray"));
      }
    }
    double[] out = junk(subjects);
    BatchReport sequential = prepared.scores(listing, out);
    assertNoFailures(sequential, subjects);
    assertScores(expected, out, "scores(sources)");
    assertEquals(stray, sequential.warnings().stream().map(BatchReport.SubjectWarnings::subject)
        .toList());
    for (BatchReport.SubjectWarnings w : sequential.warnings()) {
      assertEquals(List.of("zz-stray"), w.warnings().stream().map(Problem::elementId).toList());
    }

    out = junk(subjects);
    BatchReport onPool = prepared.scores(listing, out, pooled);
    assertNoFailures(onPool, subjects);
    assertScores(expected, out, "scores(sources) on a pool");
    assertEquals(sequential.warnings(), onPool.warnings(), "the same warnings on a pool");

    out = junk(subjects);
    assertEquals(sequential.warnings(),
        ENGINE.scores(plan, listing, period, out).warnings(), "engine.scores");
    assertScores(expected, out, "engine.scores(sources)");

    for (boolean bits : new boolean[] {false, true}) {
      MeasurementBlock block = data.block(prepared.layout(), bits, r);
      String mode = bits ? "present bits" : "NaN as missing";
      out = junk(subjects);
      assertClean(prepared.scores(block, out), subjects);
      assertScores(expected, out, "scores(block), " + mode);

      out = junk(subjects);
      assertClean(prepared.scores(block, out, pooled), subjects);
      assertScores(expected, out, "scores(block) in chunks of " + chunk + " on a pool, " + mode);
    }

    Map<String, MeasurementSource> bySubject = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < subjects; s++) {
      ids.add("s" + s);
      bySubject.put("s" + s, listing.get(s));
    }
    for (BatchOptions options : List.of(BatchOptions.DEFAULT.withChunkSize(chunk), pooled)) {
      out = junk(subjects);
      BatchReport report = prepared.scores(MeasurementStore.of(bySubject), ids, out, options);
      assertNoFailures(report, subjects);
      assertTrue(report.warnings().isEmpty(), report::toString);
      // A store lists its ids once for all its subjects.
      assertEquals(stray.isEmpty() ? List.of() : List.of("zz-stray"),
          report.commonWarnings().stream().map(Problem::elementId).toList());
      assertScores(expected, out, "scores(store) with " + options);
    }
  }

  // ---------------------------------------------------------------------------------------
  // 3. A block in another layout

  @Property(tries = 200)
  void aBlockInAnotherLayoutGivesTheSameScoresAndNamesItsUnknownIdsOnce(
      @ForAll("seeds") long cardSeed,
      @ForAll("seeds") long dataSeed,
      @ForAll @IntRange(min = 0, max = 4) int periodIndex,
      @ForAll @IntRange(min = 1, max = 10) int subjects,
      @ForAll @IntRange(min = 1, max = 5) int chunk,
      @ForAll boolean bits,
      @ForAll boolean onPool) {
    Scorecard card = RichScorecards.card(cardSeed, "");
    CompiledScorecard plan = ENGINE.compile(card);
    Period period = PERIODS.get(periodIndex);
    Random r = new Random(dataSeed);
    List<String> measured = RichScorecards.measuredIds(card);
    RichScorecards.Data data = RichScorecards.data(r, measured, period, subjects);
    double[] expected = expected(plan, data.all(), period);
    PreparedEvaluation prepared = ENGINE.prepare(plan, period);

    List<String> unknown = new ArrayList<>();
    for (int k = 0; k <= r.nextInt(3); k++) {
      unknown.add("zz-unknown-" + k);
    }
    if (r.nextBoolean()) {
      unknown.add("p0"); // a perspective, not an indicator
    }
    for (int k = plan.firstIndicator; k < plan.size; k++) {
      if (plan.formula[k] != null && r.nextBoolean()) {
        unknown.add(plan.id[k]); // a derived indicator: its values are computed, not read
      }
    }
    List<String> ids = new ArrayList<>(measured);
    ids.addAll(unknown);
    Collections.shuffle(ids, r);
    List<Period> periods = new ArrayList<>(prepared.layout().periods());
    for (Period extra : List.of(Period.month(2025, 8), Period.month(2026, 11),
        Period.quarter(2025, 4), Period.month(2026, 9))) {
      if (r.nextBoolean() && periods.stream().noneMatch(extra::sameDays)) {
        periods.add(extra);
      }
    }
    Collections.shuffle(periods, r);
    MeasurementLayout layout = MeasurementLayout.of(ids, periods);
    MeasurementBlock block = data.block(layout, bits, r);
    BatchOptions options = onPool
        ? BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(chunk)
        : BatchOptions.DEFAULT.withChunkSize(chunk);

    double[] out = junk(subjects);
    BatchReport report = prepared.scores(block, out, options);
    assertFalse(report.hasFailures(), report::toString);
    assertScores(expected, out, "a block in " + layout);
    List<String> sorted = new ArrayList<>(unknown);
    Collections.sort(sorted);
    assertEquals(sorted, report.commonWarnings().stream().map(Problem::elementId).toList());
    for (Problem p : report.commonWarnings()) {
      assertEquals(ProblemCode.UNKNOWN_INDICATOR, p.code());
    }
    assertTrue(report.warnings().isEmpty());

    // Under REJECT the unknown ids fail the whole batch before any subject is scored.
    double[] untouched = junk(subjects);
    assertThrows(UnknownIndicatorException.class, () -> prepared.scores(block, untouched,
        options.withUnknownMeasurements(EvaluationOptions.UnknownMeasurements.REJECT)));
    assertArrayEquals(junk(subjects), untouched);
  }

  // ---------------------------------------------------------------------------------------
  // 4. One bad value fails its subject alone, alike on every path

  @Provide
  Arbitrary<Double> bad() {
    return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
  }

  @Property(tries = 200)
  void aBadValueFailsItsSubjectAloneAlikeOnEveryPath(
      @ForAll("seeds") long cardSeed,
      @ForAll("seeds") long dataSeed,
      @ForAll @IntRange(min = 0, max = 4) int periodIndex,
      @ForAll @IntRange(min = 1, max = 10) int subjects,
      @ForAll @IntRange(min = 1, max = 5) int chunk,
      @ForAll("bad") double bad) {
    Scorecard card = RichScorecards.card(cardSeed, "");
    CompiledScorecard plan = ENGINE.compile(card);
    Period period = PERIODS.get(periodIndex);
    Random r = new Random(dataSeed);
    List<String> measured = RichScorecards.measuredIds(card);
    RichScorecards.Data data = RichScorecards.data(r, measured, period, subjects);
    List<Measurements> clean = data.all();
    double[] expected = expected(plan, clean, period);
    PreparedEvaluation prepared = ENGINE.prepare(plan, period);
    int failed = r.nextInt(subjects);
    String indicator = measured.get(r.nextInt(measured.size()));
    // Every measured indicator's value for the period itself is read first: the cell is read.
    RichScorecards.Poison poison = new RichScorecards.Poison(failed, indicator, period, bad);

    List<MeasurementSource> sources = new ArrayList<>(clean);
    sources.set(failed, poisoned(clean.get(failed), indicator, period, bad));
    InvalidMeasurementException e = assertThrows(InvalidMeasurementException.class,
        () -> ENGINE.evaluate(plan, "s" + failed, sources.get(failed), period));
    assertEquals(indicator, e.indicatorId());
    String named = e.period(); // every path names the same period
    e = assertThrows(InvalidMeasurementException.class,
        () -> prepared.evaluate("s" + failed, sources.get(failed)));
    assertEquals(indicator, e.indicatorId());
    assertEquals(named, e.period());

    BatchOptions pooled = BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(chunk);
    double[] out = junk(subjects);
    assertFailedAlone(prepared.scores(sources, out), out, expected, failed, indicator, named,
        "sources");
    out = junk(subjects);
    assertFailedAlone(prepared.scores(sources, out, pooled), out, expected, failed, indicator,
        named, "sources on a pool");
    out = junk(subjects);
    assertFailedAlone(ENGINE.scores(plan, sources, period, out), out, expected, failed,
        indicator, named, "engine.scores");

    // A present NaN or infinity with present bits; an infinity where NaN means missing.
    RichScorecards.Poison nanMode = Double.isNaN(bad)
        ? new RichScorecards.Poison(failed, indicator, period, Double.POSITIVE_INFINITY) : poison;
    for (MeasurementBlock block : List.of(data.block(prepared.layout(), true, r, poison),
        data.block(prepared.layout(), false, r, nanMode))) {
      out = junk(subjects);
      assertFailedAlone(prepared.scores(block, out), out, expected, failed, indicator, named,
          block.toString());
      out = junk(subjects);
      assertFailedAlone(prepared.scores(block, out, pooled), out, expected, failed, indicator,
          named, block + " on a pool");
    }

    Map<String, MeasurementSource> bySubject = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < subjects; s++) {
      ids.add("s" + s);
      bySubject.put("s" + s, sources.get(s));
    }
    // A block that names its subjects, as a store's does, names the failed one by its id.
    MeasurementBlock block = data.block(prepared.layout(), true, r, poison).withSubjectIds(ids);
    out = junk(subjects);
    e = assertFailedAlone(prepared.scores(block, out, pooled), out, expected, failed, indicator,
        named, "a block naming its subjects");
    assertEquals(Optional.of("s" + failed), e.subjectId());
    for (BatchOptions options : List.of(BatchOptions.DEFAULT.withChunkSize(chunk), pooled)) {
      out = junk(subjects);
      e = assertFailedAlone(prepared.scores(MeasurementStore.of(bySubject), ids, out, options),
          out, expected, failed, indicator, named, "a store with " + options);
      assertEquals(Optional.of("s" + failed), e.subjectId());
    }
  }

  /** A source giving {@code bad} for one indicator and the period's days, else as {@code m}. */
  static MeasurementSource poisoned(
      MeasurementSource m, String indicator, Period period, double bad) {
    return new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period p) {
        return indicatorId.equals(indicator) && p.sameDays(period)
            ? OptionalDouble.of(bad) : m.value(indicatorId, p);
      }

      @Override
      public Set<String> indicatorIds() {
        return m.indicatorIds();
      }
    };
  }

  static InvalidMeasurementException assertFailedAlone(BatchReport report, double[] out,
      double[] expected, int failed, String indicator, String period, String path) {
    assertArrayEquals(new int[] {failed}, report.failedSubjects(), path + ": " + report);
    BscException error = report.failure(failed).orElseThrow();
    InvalidMeasurementException e = assertInstanceOf(InvalidMeasurementException.class, error,
        path);
    assertEquals(indicator, e.indicatorId(), path);
    assertEquals(period, e.period(), path);
    assertTrue(Double.isNaN(out[failed]), path);
    double[] others = expected.clone();
    others[failed] = Double.NaN;
    assertScores(others, out, path);
    return e;
  }

  // ---------------------------------------------------------------------------------------
  // Helpers

  /** The root scores of evaluate, NaN where there is no data. */
  static double[] expected(CompiledScorecard plan, List<Measurements> sources, Period period) {
    double[] expected = new double[sources.size()];
    for (int s = 0; s < expected.length; s++) {
      expected[s] = ENGINE.evaluate(plan, "s" + s, sources.get(s), period).root().score()
          .orElse(Double.NaN);
    }
    return expected;
  }

  /** An out array one longer than the batch, full of a value no path writes. */
  static double[] junk(int subjects) {
    double[] out = new double[subjects + 1];
    Arrays.fill(out, -12345.0);
    return out;
  }

  static void assertNoFailures(BatchReport report, int subjects) {
    assertFalse(report.hasFailures(), report::toString);
    assertEquals(subjects, report.subjectCount());
  }

  static void assertClean(BatchReport report, int subjects) {
    assertNoFailures(report, subjects);
    assertTrue(report.commonWarnings().isEmpty(), report::toString);
    assertTrue(report.warnings().isEmpty(), report::toString);
  }

  /** A source as {@code m} that also lists {@code extra} among its ids (with no value for it). */
  static MeasurementSource listingAlso(MeasurementSource m, String extra) {
    return new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period p) {
        return m.value(indicatorId, p);
      }

      @Override
      public Set<String> indicatorIds() {
        Set<String> ids = new java.util.TreeSet<>(m.indicatorIds());
        ids.add(extra);
        return ids;
      }
    };
  }

  /** Exactly the expected bits for every subject, and the slot past the batch untouched. */
  static void assertScores(double[] expected, double[] out, String path) {
    for (int s = 0; s < expected.length; s++) {
      assertEquals(bits(expected[s]), bits(out[s]), path + ": subject " + s);
    }
    assertEquals(-12345.0, out[expected.length], path + ": past the batch");
  }

  static void assertSameScores(double[] a, double[] b, String path) {
    for (int s = 0; s < a.length; s++) {
      assertEquals(bits(a[s]), bits(b[s]), path + ": subject " + s);
    }
  }

  /** A double's exact bits, readable; every NaN alike (no data). */
  static String bits(double v) {
    return Double.isNaN(v) ? "NaN"
        : Long.toHexString(Double.doubleToRawLongBits(v)) + " (" + v + ")";
  }

  static String bits(OptionalDouble v) {
    return v.isPresent() ? bits(v.getAsDouble()) : "empty";
  }
}
