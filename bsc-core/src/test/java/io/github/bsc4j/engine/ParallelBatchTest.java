package io.github.bsc4j.engine;

import static io.github.bsc4j.engine.FastPathEquivalenceTest.assertSameScores;
import static io.github.bsc4j.engine.RichScorecards.PERIODS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batches split over an executor: an executor that refuses work, results identical to one
 * thread's for batches longer than the scorer's own chunks of 256 on a {@link ForkJoinPool}, and
 * failures of several chunks reported in subject order, whatever order the chunks finish in.
 */
class ParallelBatchTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final int SUBJECTS = 517; // two of the scorer's chunks of 256, and a few more

  static ForkJoinPool forkJoin;

  @BeforeAll
  static void startPool() {
    forkJoin = new ForkJoinPool(3);
  }

  @AfterAll
  static void stopPool() {
    forkJoin.shutdownNow();
  }

  // ---------------------------------------------------------------------------------------
  // An executor that refuses work

  @Test
  void anExecutorRejectingAChunkFailsTheBatchWithItsOwnException() {
    PreparedEvaluation march = PreparedEvaluationTest.prepared(0, PreparedEvaluationTest.MARCH);
    RejectedExecutionException full = new RejectedExecutionException("full");
    Executor rejecting = task -> {
      throw full;
    };
    BatchOptions options = BatchOptions.DEFAULT.withExecutor(rejecting).withChunkSize(1);
    MeasurementBlock block = MeasurementBlock.nanAsMissing(march.layout(), new double[6]);
    assertSame(full, assertThrows(RejectedExecutionException.class,
        () -> march.scores(block, new double[2], options)));
    assertSame(full, assertThrows(RejectedExecutionException.class,
        () -> march.scores(List.of(MeasurementSource.EMPTY, MeasurementSource.EMPTY),
            new double[2], options)));
    assertSame(full, assertThrows(RejectedExecutionException.class,
        () -> march.scores((MeasurementStore) (s, i, p) -> OptionalDouble.empty(),
            List.of("x", "y"), new double[2], options)));
  }

  @Test
  void aBatchWhoseExecutorRejectsALaterChunkWaitsForTheChunksItAccepted() throws Exception {
    PreparedEvaluation march = PreparedEvaluationTest.prepared(0, PreparedEvaluationTest.MARCH);
    double expected = march.evaluate("x", Measurements.of(PreparedEvaluationTest.MARCH,
        Map.of("a", 50.0, "b", 25.0, "c", 10.0))).root().score().orElseThrow();
    RejectedExecutionException full = new RejectedExecutionException("full after one");
    CountDownLatch rejected = new CountDownLatch(1);
    CountDownLatch batchReturned = new CountDownLatch(1);
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      // The first chunk is accepted; it runs once the second has been refused, and as soon as
      // the batch has returned (a batch that waits for it lets it run after a short while). So
      // a batch that returned without waiting is seen to, every time: its chunk has not run.
      AtomicInteger offered = new AtomicInteger();
      Executor executor = task -> {
        if (offered.getAndIncrement() == 0) {
          one.execute(() -> {
            StoreBatchTest.await(rejected);
            try {
              batchReturned.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            task.run();
          });
        } else {
          rejected.countDown();
          throw full;
        }
      };
      double[] out = PreparedEvaluationTest.sentinels(3);
      MeasurementBlock block = MeasurementBlock.nanAsMissing(march.layout(), new double[] {
          50, 25, 10, 50, 25, 10, 50, 25, 10});
      RejectedExecutionException thrown = assertThrows(RejectedExecutionException.class,
          () -> march.scores(block, out, BatchOptions.DEFAULT.withExecutor(executor)
              .withChunkSize(1)));
      double[] seen = out.clone();
      batchReturned.countDown();
      assertSame(full, thrown);
      // When the batch threw, the chunk it had handed over had written its score: nothing of
      // the batch runs once it has ended.
      assertArrayEquals(new double[] {expected, PreparedEvaluationTest.SENTINEL,
          PreparedEvaluationTest.SENTINEL}, seen);
    } finally {
      one.shutdown();
      assertTrue(one.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  // ---------------------------------------------------------------------------------------
  // A fork-join pool gives one thread's bits

  @Test
  void aForkJoinPoolGivesTheBitsOfOneThreadForAnyChunkSize() {
    for (long seed : new long[] {11, 23, 35}) {
      Scorecard card = RichScorecards.card(seed, "");
      CompiledScorecard plan = ENGINE.compile(card);
      for (Period period : PERIODS) {
        Random r = new Random(seed * 31 + period.hashCode());
        RichScorecards.Data data =
            RichScorecards.data(r, RichScorecards.measuredIds(card), period, SUBJECTS);
        PreparedEvaluation prepared = ENGINE.prepare(plan, period);
        List<Measurements> sources = data.all();
        MeasurementBlock block = data.block(prepared.layout(), r.nextBoolean(), r);
        Map<String, MeasurementSource> bySubject = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < SUBJECTS; s++) {
          ids.add("s" + s);
          bySubject.put("s" + s, sources.get(s));
        }
        MeasurementStore store = MeasurementStore.of(bySubject);

        double[] fromBlock = new double[SUBJECTS];
        double[] fromSources = new double[SUBJECTS];
        double[] fromStore = new double[SUBJECTS];
        assertFalse(prepared.scores(block, fromBlock).hasFailures());
        assertFalse(prepared.scores(sources, fromSources).hasFailures());
        assertFalse(prepared.scores(store, ids, fromStore).hasFailures());
        String where = "card " + seed + " in " + period;
        assertSameScores(fromBlock, fromSources, where + ": block and sources");
        assertSameScores(fromBlock, fromStore, where + ": block and store");
        assertTrue(Arrays.stream(fromBlock).anyMatch(x -> !Double.isNaN(x)), where);

        for (int chunk : new int[] {1, 7, BatchOptions.MAX_CHUNK_SIZE}) {
          BatchOptions options = BatchOptions.DEFAULT.withExecutor(forkJoin).withChunkSize(chunk);
          String at = where + " in chunks of " + chunk;
          double[] out = new double[SUBJECTS];
          assertFalse(prepared.scores(block, out, options).hasFailures());
          assertSameScores(fromBlock, out, at + ": block");
          out = new double[SUBJECTS];
          assertFalse(prepared.scores(sources, out, options).hasFailures());
          assertSameScores(fromBlock, out, at + ": sources");
          out = new double[SUBJECTS];
          assertFalse(prepared.scores(store, ids, out, options).hasFailures());
          assertSameScores(fromBlock, out, at + ": store");
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Failures of several chunks, in subject order

  static final int[] FAILING = {3, 250, 256, 257, 480, 516};

  /** Every subject scores 1 but those of {@link #FAILING}, whose a is infinite. */
  static MeasurementBlock poisoned(List<String> ids, MeasurementLayout layout) {
    MeasurementBlock.Builder b = MeasurementBlock.builder(layout, ids);
    for (int i = 0; i < ids.size(); i++) {
      int s = Integer.parseInt(ids.get(i).substring(2));
      boolean failing = Arrays.binarySearch(FAILING, s) >= 0;
      b.put(i, "a", PreparedEvaluationTest.MARCH, failing ? Double.POSITIVE_INFINITY : 100);
      b.put(i, "b", PreparedEvaluationTest.MARCH, 50);
      b.put(i, "c", PreparedEvaluationTest.MARCH, 10);
    }
    return b.build();
  }

  @Test
  void failuresInSeveralChunksAreReportedInSubjectOrderWhateverOrderTheChunksFinishIn() {
    PreparedEvaluation march = PreparedEvaluationTest.prepared(0, PreparedEvaluationTest.MARCH);
    List<String> ids = new ArrayList<>();
    for (int s = 0; s < SUBJECTS; s++) {
      ids.add("E-" + s);
    }
    // The first chunk waits until the last has been fetched: it finishes after it.
    CountDownLatch lastFetched = new CountDownLatch(1);
    MeasurementStore store = new MeasurementStore() {
      @Override
      public OptionalDouble value(String subjectId, String indicatorId, Period period) {
        throw new AssertionError("fetch is overridden");
      }

      @Override
      public MeasurementBlock fetch(List<String> subjectIds, MeasurementLayout layout) {
        if (subjectIds.contains("E-0")) {
          StoreBatchTest.await(lastFetched);
        }
        if (subjectIds.contains("E-" + (SUBJECTS - 1))) {
          lastFetched.countDown();
        }
        return poisoned(subjectIds, layout);
      }
    };
    ExecutorService fixed = Executors.newFixedThreadPool(2);
    try {
      double[] out = new double[SUBJECTS];
      BatchReport report = march.scores(store, ids, out,
          BatchOptions.DEFAULT.withExecutor(fixed).withChunkSize(100));
      assertReport(report, out);
    } finally {
      fixed.shutdownNow();
    }

    // A block on the fork-join pool, in chunks of 1, 7 and all at once.
    MeasurementBlock block = poisoned(ids, march.layout());
    for (int chunk : new int[] {1, 7, BatchOptions.MAX_CHUNK_SIZE}) {
      double[] out = new double[SUBJECTS];
      assertReport(march.scores(block, out,
          BatchOptions.DEFAULT.withExecutor(forkJoin).withChunkSize(chunk)), out);
    }
  }

  static void assertReport(BatchReport report, double[] out) {
    assertArrayEquals(FAILING, report.failedSubjects());
    assertEquals(Arrays.stream(FAILING).boxed().toList(),
        report.failures().stream().map(BatchReport.SubjectFailure::subject).toList());
    assertEquals(FAILING.length, report.failureCount());
    assertEquals(SUBJECTS, report.subjectCount());
    for (int s : FAILING) {
      assertTrue(report.failed(s));
      assertTrue(Double.isNaN(out[s]));
      InvalidMeasurementException e =
          assertInstanceOf(InvalidMeasurementException.class, report.failure(s).orElseThrow());
      assertEquals(Optional.of("E-" + s), e.subjectId());
      assertEquals("a", e.indicatorId());
    }
    for (int s = 0; s < SUBJECTS; s++) {
      if (Arrays.binarySearch(FAILING, s) < 0) {
        assertFalse(report.failed(s));
        assertEquals(1.0, out[s], "subject " + s);
      }
    }
  }

  @Test
  void aReportKeepsTheFirstThousandFailuresBySubjectAcrossChunks() {
    PreparedEvaluation march = PreparedEvaluationTest.prepared(0, PreparedEvaluationTest.MARCH);
    int n = BatchReport.MAX_KEPT_ERRORS + 300;
    double[] values = new double[n * 3];
    Arrays.fill(values, Double.POSITIVE_INFINITY); // every subject fails
    MeasurementBlock block = MeasurementBlock.nanAsMissing(march.layout(), values);
    for (BatchOptions options : List.of(BatchOptions.DEFAULT,
        BatchOptions.DEFAULT.withExecutor(forkJoin).withChunkSize(7))) {
      BatchReport report = march.scores(block, new double[n], options);
      assertEquals(n, report.failureCount());
      int[] all = report.failedSubjects();
      assertEquals(n, all.length);
      for (int s = 0; s < n; s++) {
        assertEquals(s, all[s]);
      }
      assertEquals(BatchReport.MAX_KEPT_ERRORS, report.failures().size());
      for (int i = 0; i < BatchReport.MAX_KEPT_ERRORS; i++) {
        assertEquals(i, report.failures().get(i).subject());
      }
      assertTrue(report.failure(BatchReport.MAX_KEPT_ERRORS - 1).isPresent());
      assertEquals(Optional.empty(), report.failure(BatchReport.MAX_KEPT_ERRORS));
      assertTrue(report.failed(n - 1));
    }
  }
}
