package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.engine.EvaluationOptions.UnknownMeasurements;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** {@link BatchOptions}: its defaults, its withers and the bounds of a chunk. */
class BatchOptionsTest {
  static final Executor DIRECT = Runnable::run;

  @Test
  void theDefaultsRunOnTheCallingThreadInChunksOf1024AndWarn() {
    assertEquals(Optional.empty(), BatchOptions.DEFAULT.executor());
    assertEquals(1_024, BatchOptions.DEFAULT.chunkSize());
    assertEquals(BatchOptions.DEFAULT_CHUNK_SIZE, BatchOptions.DEFAULT.chunkSize());
    assertEquals(UnknownMeasurements.WARN, BatchOptions.DEFAULT.unknownMeasurements());
    assertEquals(1_000_000, BatchOptions.MAX_CHUNK_SIZE);
  }

  @Test
  void eachWitherChangesItsOwnComponentAlone() {
    BatchOptions pooled = BatchOptions.DEFAULT.withExecutor(DIRECT);
    assertEquals(new BatchOptions(Optional.of(DIRECT), 1_024, UnknownMeasurements.WARN), pooled);
    assertSame(DIRECT, pooled.executor().orElseThrow());

    BatchOptions all = pooled.withChunkSize(7).withUnknownMeasurements(UnknownMeasurements.REJECT);
    assertEquals(new BatchOptions(Optional.of(DIRECT), 7, UnknownMeasurements.REJECT), all);

    BatchOptions back = all.withoutExecutor();
    assertEquals(new BatchOptions(Optional.empty(), 7, UnknownMeasurements.REJECT), back);
    assertEquals(BatchOptions.DEFAULT, back.withChunkSize(1_024)
        .withUnknownMeasurements(UnknownMeasurements.WARN));

    // The original is unchanged: a wither returns a new record.
    assertEquals(new BatchOptions(Optional.of(DIRECT), 7, UnknownMeasurements.REJECT), all);
    assertEquals(Optional.empty(), BatchOptions.DEFAULT.executor());
    assertNotEquals(BatchOptions.DEFAULT, pooled);
    assertEquals(BatchOptions.DEFAULT.withExecutor(DIRECT).hashCode(), pooled.hashCode());
  }

  @Test
  void aChunkHoldsFromOneToAMillionSubjects() {
    assertEquals(1, BatchOptions.DEFAULT.withChunkSize(1).chunkSize());
    assertEquals(1_000_000, BatchOptions.DEFAULT.withChunkSize(1_000_000).chunkSize());
    assertEquals(1, new BatchOptions(Optional.empty(), 1, UnknownMeasurements.WARN).chunkSize());
    for (int bad : new int[] {0, -1, 1_000_001, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> BatchOptions.DEFAULT.withChunkSize(bad));
      assertEquals("chunkSize must lie in [1, 1000000], was " + bad, e.getMessage());
      assertThrows(IllegalArgumentException.class,
          () -> new BatchOptions(Optional.empty(), bad, UnknownMeasurements.WARN));
    }
  }

  @Test
  void nullsAreRefusedByName() {
    assertEquals("executor", assertThrows(NullPointerException.class,
        () -> BatchOptions.DEFAULT.withExecutor(null)).getMessage());
    assertEquals("policy", assertThrows(NullPointerException.class,
        () -> BatchOptions.DEFAULT.withUnknownMeasurements(null)).getMessage());
    assertEquals("executor", assertThrows(NullPointerException.class,
        () -> new BatchOptions(null, 1, UnknownMeasurements.WARN)).getMessage());
    assertEquals("unknownMeasurements", assertThrows(NullPointerException.class,
        () -> new BatchOptions(Optional.empty(), 1, null)).getMessage());
  }

  @Test
  void theScoresOfABatchDoNotDependOnItsOptions() {
    PreparedEvaluation march = PreparedEvaluationTest.prepared(0, PreparedEvaluationTest.MARCH);
    MeasurementBlock block = MeasurementBlock
        .nanAsMissing(march.layout(), new double[] {50, 25, 10, 10, Double.NaN, 0, 100, 50, 5});
    double[] expected = new double[3];
    march.scores(block, expected);
    for (BatchOptions options : new BatchOptions[] {
        BatchOptions.DEFAULT.withChunkSize(1),
        BatchOptions.DEFAULT.withChunkSize(2).withExecutor(DIRECT),
        BatchOptions.DEFAULT.withChunkSize(1_000_000).withExecutor(DIRECT),
        BatchOptions.DEFAULT.withExecutor(DIRECT).withChunkSize(1).withoutExecutor()}) {
      double[] out = new double[3];
      march.scores(block, out, options);
      assertArrayEquals(expected, out, 0.0, options::toString);
    }
  }
}
