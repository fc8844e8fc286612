package io.github.bsc4j.engine;

import static io.github.bsc4j.engine.PreparedEvaluationTest.MARCH;
import static io.github.bsc4j.engine.PreparedEvaluationTest.SENTINEL;
import static io.github.bsc4j.engine.PreparedEvaluationTest.sentinels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A batch over a {@link MeasurementStore}: what the engine does with a store that breaks its
 * contract (a null or a wrong block, null ids, an exception), what it checks before the first
 * fetch, and a store or source that scores other subjects with the same prepared evaluation from
 * inside its own fetch.
 */
class StoreBatchTest {
  static final ScorecardEngine ENGINE = PreparedEvaluationTest.ENGINE;
  static final PreparedEvaluation PREPARED =
      ENGINE.prepare(ENGINE.compile(PreparedEvaluationTest.card(0)), MARCH);

  ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** Subject {@code s}'s March: a = 10 s, b = 5 s, c = s, all but a for subject 0. */
  static Measurements march(int s) {
    Measurements.Builder b = Measurements.builder().put("a", MARCH, 10.0 * s);
    if (s > 0) {
      b.put("b", MARCH, 5.0 * s).put("c", MARCH, s);
    }
    return b.build();
  }

  static List<String> ids(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int s = from; s < to; s++) {
      ids.add("s" + s);
    }
    return ids;
  }

  /** What evaluate gives subject {@code s}. */
  static double expected(int s) {
    return PREPARED.evaluate("s" + s, march(s)).root().score().orElse(Double.NaN);
  }

  /** A store of {@link #march} by "s" + index, whose fetch is replaced by a function. */
  static MeasurementStore store(Function<List<String>, MeasurementBlock> fetch) {
    return new MeasurementStore() {
      @Override
      public OptionalDouble value(String subjectId, String indicatorId, Period period) {
        return march(Integer.parseInt(subjectId.substring(1))).value(indicatorId, period);
      }

      @Override
      public MeasurementBlock fetch(List<String> subjectIds, MeasurementLayout layout) {
        return fetch.apply(subjectIds);
      }
    };
  }

  /** The block the default fetch makes for some subjects of {@link #march}. */
  static MeasurementBlock block(List<String> subjectIds) {
    MeasurementStore plain = (subject, indicator, period) ->
        march(Integer.parseInt(subject.substring(1))).value(indicator, period);
    return plain.fetch(subjectIds, PREPARED.layout());
  }

  // ---------------------------------------------------------------------------------------
  // A store breaking its contract

  @Test
  void aStoreReturningNoBlockStopsTheBatch() {
    MeasurementStore store = store(ids -> null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> PREPARED.scores(store, ids(0, 2), new double[2]));
    assertEquals("measurement store returned null from fetch()", e.getMessage());
  }

  @Test
  void aBlockOfAnotherLayoutStopsTheBatchNamingBothLayouts() {
    MeasurementLayout other = MeasurementLayout.of(List.of("a", "b"), List.of(MARCH));
    MeasurementStore store =
        store(ids -> MeasurementBlock.nanAsMissing(other, new double[2 * ids.size()]));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PREPARED.scores(store, ids(0, 2), new double[2]));
    assertEquals("measurement store returned a block of layout MeasurementLayout[2 indicators x"
        + " 1 period 2026-03] when asked for MeasurementLayout[3 indicators x 1 period 2026-03]",
        e.getMessage());
    assertEquals("MeasurementLayout[2 indicators x 1 period 2026-03]", other.toString());
  }

  @Test
  void aBlockOfOtherSubjectsStopsTheBatchNamingBoth() {
    MeasurementStore renamed = store(ids -> block(List.of("s0", "s9")));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PREPARED.scores(renamed, ids(0, 2), new double[2]));
    assertEquals("measurement store returned a block of 2 subjects [s0, s9] when asked for 2"
        + " subjects [s0, s1]", e.getMessage());

    MeasurementStore reordered = store(ids -> block(List.of("s1", "s0")));
    e = assertThrows(IllegalStateException.class,
        () -> PREPARED.scores(reordered, ids(0, 2), new double[2]));
    assertEquals("measurement store returned a block of 2 subjects [s1, s0] when asked for 2"
        + " subjects [s0, s1]", e.getMessage());

    // Too many subjects, unnamed; many ids are abbreviated to the first two and the last.
    MeasurementStore more = store(ids -> MeasurementBlock.nanAsMissing(PREPARED.layout(),
        new double[3 * (ids.size() + 1)]));
    e = assertThrows(IllegalStateException.class,
        () -> PREPARED.scores(more, ids(0, 5), new double[5]));
    assertEquals("measurement store returned a block of 6 subjects when asked for 5 subjects"
        + " [s0, s1, ... s4]", e.getMessage());

    // Too few, named.
    MeasurementStore fewer = store(ids -> block(ids.subList(0, ids.size() - 1)));
    e = assertThrows(IllegalStateException.class,
        () -> PREPARED.scores(fewer, ids(0, 3), new double[3]));
    assertEquals("measurement store returned a block of 2 subjects [s0, s1] when asked for 3"
        + " subjects [s0, s1, s2]", e.getMessage());
  }

  @Test
  void anUnnamedBlockOfTheRightShapeIsScored() {
    MeasurementStore unnamed = store(ids -> {
      MeasurementBlock named = block(ids);
      double[] values = new double[3 * ids.size()];
      BitSet present = new BitSet();
      for (int i = 0; i < values.length; i++) {
        OptionalDouble v = named.value(i / 3, i % 3, 0);
        if (v.isPresent()) {
          values[i] = v.getAsDouble();
          present.set(i);
        }
      }
      return MeasurementBlock.of(PREPARED.layout(), values, present);
    });
    double[] out = sentinels(4);
    assertFalse(PREPARED.scores(unnamed, ids(0, 3), out).hasFailures());
    assertArrayEquals(new double[] {expected(0), expected(1), expected(2), SENTINEL}, out);
  }

  @Test
  void aStoreListingNullIdsStopsTheBatchBeforeAnyFetch() {
    AtomicInteger fetches = new AtomicInteger();
    MeasurementStore store = new MeasurementStore() {
      @Override
      public OptionalDouble value(String subjectId, String indicatorId, Period period) {
        return OptionalDouble.empty();
      }

      @Override
      public MeasurementBlock fetch(List<String> subjectIds, MeasurementLayout layout) {
        fetches.incrementAndGet();
        return MeasurementStore.super.fetch(subjectIds, layout);
      }

      @Override
      public Set<String> indicatorIds() {
        return null;
      }
    };
    double[] out = sentinels(2);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> PREPARED.scores(store, ids(0, 2), out));
    assertEquals("measurement store returned null from indicatorIds(); return an empty set",
        e.getMessage());
    assertEquals(0, fetches.get());
    assertArrayEquals(sentinels(2), out);
  }

  // ---------------------------------------------------------------------------------------
  // An exception thrown by the store

  @Test
  void onAnExecutorTheEarliestChunksExceptionItselfPassesThroughAfterEveryChunkFinished() {
    RuntimeException early = new IllegalStateException("connection lost in chunk 1");
    RuntimeException late = new IllegalStateException("connection lost in chunk 3");
    // Chunk 3 throws first: chunk 1 waits for it. The batch still passes on chunk 1's.
    CountDownLatch lateThrown = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    List<List<String>> asked = Collections.synchronizedList(new ArrayList<>());
    MeasurementStore store = store(ids -> {
      asked.add(ids);
      try {
        if (ids.equals(List.of("s1"))) {
          await(lateThrown);
          throw early;
        }
        if (ids.equals(List.of("s3"))) {
          lateThrown.countDown();
          throw late;
        }
        return block(ids);
      } finally {
        finished.incrementAndGet();
      }
    });
    double[] out = new double[4];
    RuntimeException e = assertThrows(RuntimeException.class, () -> PREPARED.scores(store,
        ids(0, 4), out, BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(1)));
    assertSame(early, e);
    assertEquals(4, finished.get(), "every chunk had finished when the batch threw");
    assertEquals(Set.of(List.of("s0"), List.of("s1"), List.of("s2"), List.of("s3")),
        Set.copyOf(asked));
  }

  @Test
  void onTheCallingThreadTheFirstExceptionStopsTheBatchThere() {
    RuntimeException lost = new IllegalStateException("connection lost");
    List<List<String>> asked = new ArrayList<>();
    MeasurementStore store = store(ids -> {
      asked.add(ids);
      if (ids.contains("s2")) {
        throw lost;
      }
      return block(ids);
    });
    RuntimeException e = assertThrows(RuntimeException.class, () -> PREPARED.scores(store,
        ids(0, 6), new double[6], BatchOptions.DEFAULT.withChunkSize(2)));
    assertSame(lost, e);
    assertEquals(List.of(List.of("s0", "s1"), List.of("s2", "s3")), asked, "no chunk after it");
  }

  @Test
  void aCheckedExceptionThrownSneakilyInAChunkOnAnExecutorIsWrappedWithItAsCause() {
    IOException disk = new IOException("disk");
    MeasurementStore store = store(ids -> {
      if (ids.contains("s1")) {
        HardeningTest.<RuntimeException>sneak(disk);
      }
      return block(ids);
    });
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PREPARED.scores(
        store, ids(0, 3), new double[3], BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(1)));
    assertEquals("a chunk of the batch failed", e.getMessage());
    assertSame(disk, e.getCause());
  }

  @Test
  void anErrorInAChunkOnAnExecutorPassesThroughItself() {
    AssertionError broken = new AssertionError("broken store");
    MeasurementStore store = store(ids -> {
      if (ids.contains("s2")) {
        throw broken;
      }
      if (ids.contains("s0")) {
        throw new IllegalStateException("an earlier chunk's exception loses to an Error");
      }
      return block(ids);
    });
    AssertionError e = assertThrows(AssertionError.class, () -> PREPARED.scores(store, ids(0, 3),
        new double[3], BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(1)));
    assertSame(broken, e);
  }

  // ---------------------------------------------------------------------------------------
  // Subject ids are checked before any fetch

  @Test
  void badSubjectIdsAreRejectedBeforeTheStoreIsAskedAnything() {
    PreparedEvaluationTest.CountingStore store = new PreparedEvaluationTest.CountingStore(Set.of());
    double[] out = sentinels(3);
    for (BatchOptions options : List.of(BatchOptions.DEFAULT,
        BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(1))) {
      InvalidSubjectException blank = assertThrows(InvalidSubjectException.class,
          () -> PREPARED.scores(store, List.of("s0", " \t", "s2"), out, options));
      assertEquals("subject id ' \\t' is blank", blank.getMessage());
      InvalidSubjectException control = assertThrows(InvalidSubjectException.class,
          () -> PREPARED.scores(store, List.of("s0", "s1", "s\u00072"), out, options));
      assertEquals("subject id 's\\u00072' holds a control character at index 1",
          control.getMessage());
      InvalidSubjectException separator = assertThrows(InvalidSubjectException.class,
          () -> PREPARED.scores(store, List.of("line\u2028break"), out, options));
      assertEquals("subject id 'line\\u2028break' holds a control character at index 4",
          separator.getMessage());
      InvalidSubjectException tooLong = assertThrows(InvalidSubjectException.class,
          () -> PREPARED.scores(store, List.of("x".repeat(257)), out, options));
      assertTrue(tooLong.getMessage().endsWith(
          "' has 257 characters, more than the 256 allowed"), tooLong.getMessage());
      List<String> withNull = new ArrayList<>(List.of("s0"));
      withNull.add(null);
      assertThrows(NullPointerException.class,
          () -> PREPARED.scores(store, withNull, out, options));
    }
    assertEquals(0, store.fetches.get() + store.cells.get() + store.listed.get(),
        "the store was asked nothing");
    assertArrayEquals(sentinels(3), out, "out untouched");
  }

  // ---------------------------------------------------------------------------------------
  // Re-entrant use on one thread

  @Test
  void aStoreScoringOtherSubjectsFromInsideItsFetchGetsCorrectScoresAndSoDoesTheBatch() {
    Map<List<String>, double[]> inner = new HashMap<>();
    MeasurementStore store = store(ids -> {
      // While fetching s0..s2, this store scores s5..s7 with the same prepared evaluation,
      // from a store, from sources and from a block, on this same thread.
      double[] fromStore = sentinels(4);
      double[] fromSources = sentinels(4);
      double[] fromBlock = sentinels(4);
      PREPARED.scores(store(StoreBatchTest::block), ids(5, 8), fromStore);
      PREPARED.scores(List.of(march(5), march(6), march(7)), fromSources);
      PREPARED.scores(block(ids(5, 8)), fromBlock);
      inner.put(ids, fromStore);
      inner.put(List.of("sources of " + ids), fromSources);
      inner.put(List.of("block of " + ids), fromBlock);
      return block(ids);
    });
    double[] out = sentinels(7);
    BatchReport report = PREPARED.scores(store, ids(0, 6), out,
        BatchOptions.DEFAULT.withChunkSize(3));
    assertFalse(report.hasFailures(), report::toString);
    double[] expected = sentinels(7);
    for (int s = 0; s < 6; s++) {
      expected[s] = expected(s);
    }
    assertArrayEquals(expected, out);
    assertEquals(6, inner.size(), "two chunks, three inner batches each");
    double[] innerExpected = {expected(5), expected(6), expected(7), SENTINEL};
    for (Map.Entry<List<String>, double[]> e : inner.entrySet()) {
      assertArrayEquals(innerExpected, e.getValue(), e.getKey().toString());
    }
  }

  @Test
  void aSourceScoringOtherSubjectsFromInsideItsFetchGetsCorrectScoresAndSoDoesTheBatch() {
    // The batch over sources holds this thread's scorer while it fetches each subject's row:
    // the inner batches must not use (and overwrite) that scorer's buffer.
    List<double[]> inner = new ArrayList<>();
    MeasurementSource reentrant = new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        return march(2).value(indicatorId, period);
      }

      @Override
      public int fetch(MeasurementLayout layout, double[] values, int offset, BitSet present) {
        double[] fromSources = sentinels(4);
        double[] fromBlock = sentinels(4);
        double[] fromStore = sentinels(4);
        PREPARED.scores(List.of(march(5), march(6), march(7)), fromSources);
        PREPARED.scores(block(ids(5, 8)), fromBlock);
        PREPARED.scores(store(StoreBatchTest::block), ids(5, 8), fromStore);
        inner.add(fromSources);
        inner.add(fromBlock);
        inner.add(fromStore);
        return march(2).fetch(layout, values, offset, present);
      }
    };
    List<MeasurementSource> sources = List.of(march(0), march(1), reentrant, march(3));
    double[] out = sentinels(5);
    BatchReport report = PREPARED.scores(sources, out);
    assertFalse(report.hasFailures(), report::toString);
    assertArrayEquals(
        new double[] {expected(0), expected(1), expected(2), expected(3), SENTINEL}, out);
    assertEquals(3, inner.size());
    for (double[] scores : inner) {
      assertArrayEquals(new double[] {expected(5), expected(6), expected(7), SENTINEL}, scores);
    }
  }

  static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the other chunk never ran");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
