package io.github.bsc4j.engine;

import io.github.bsc4j.engine.EvaluationOptions.UnknownMeasurements;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * How a {@link PreparedEvaluation} scores a batch: on the calling thread or split into chunks of
 * subjects run on an {@link Executor}, how many subjects a chunk (and a store's fetch) holds, and
 * what to do with measurements for ids the scorecard does not have. The scores never depend on
 * these options: a batch split over any executor in chunks of any size gives the same bits as
 * one thread. Immutable; change a copy with the {@code with...} methods:
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(4);
 * BatchOptions options = BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(2_048);
 * }</pre>
 *
 * @param executor where chunks run; empty to run every chunk on the calling thread, in order
 * @param chunkSize how many subjects a chunk holds, from 1 to {@value #MAX_CHUNK_SIZE}: the unit
 *     of work handed to the executor, and the number of subjects a {@link
 *     io.github.bsc4j.data.MeasurementStore} is asked for at once
 * @param unknownMeasurements what to do with measurements for ids that are not measured
 *     indicators of the scorecard: warn (the batch goes on) or reject
 */
public record BatchOptions(
    Optional<Executor> executor, int chunkSize, UnknownMeasurements unknownMeasurements) {

  /** The chunk size of {@link #DEFAULT}, {@value}. */
  public static final int DEFAULT_CHUNK_SIZE = 1_024;

  /** The largest chunk size, {@value}. */
  public static final int MAX_CHUNK_SIZE = 1_000_000;

  /** On the calling thread, chunks of {@value #DEFAULT_CHUNK_SIZE}, unknown ids warned of. */
  public static final BatchOptions DEFAULT =
      new BatchOptions(Optional.empty(), DEFAULT_CHUNK_SIZE, UnknownMeasurements.WARN);

  /**
   * Creates options.
   *
   * @param executor where chunks run, or empty for the calling thread
   * @param chunkSize subjects per chunk
   * @param unknownMeasurements the policy for unknown ids
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code chunkSize} is not between 1 and {@value
   *     #MAX_CHUNK_SIZE}
   */
  public BatchOptions {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(unknownMeasurements, "unknownMeasurements");
    if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException(
          "chunkSize must lie in [1, " + MAX_CHUNK_SIZE + "], was " + chunkSize);
    }
  }

  /**
   * These options with chunks run on an executor. The executor must run every task it accepts
   * (or reject it, which fails the batch); a batch waits for all its chunks.
   *
   * @param executor the executor, for example a fixed thread pool or {@code
   *     ForkJoinPool.commonPool()}
   * @return the new options
   * @throws NullPointerException if {@code executor} is null
   */
  public BatchOptions withExecutor(Executor executor) {
    return new BatchOptions(
        Optional.of(Objects.requireNonNull(executor, "executor")), chunkSize, unknownMeasurements);
  }

  /**
   * These options with every chunk run on the calling thread.
   *
   * @return the new options
   */
  public BatchOptions withoutExecutor() {
    return new BatchOptions(Optional.empty(), chunkSize, unknownMeasurements);
  }

  /**
   * These options with another chunk size.
   *
   * @param chunkSize subjects per chunk, from 1 to {@value #MAX_CHUNK_SIZE}
   * @return the new options
   * @throws IllegalArgumentException if {@code chunkSize} is out of range
   */
  public BatchOptions withChunkSize(int chunkSize) {
    return new BatchOptions(executor, chunkSize, unknownMeasurements);
  }

  /**
   * These options with another policy for unknown measurements.
   *
   * @param policy the policy
   * @return the new options
   * @throws NullPointerException if {@code policy} is null
   */
  public BatchOptions withUnknownMeasurements(UnknownMeasurements policy) {
    return new BatchOptions(executor, chunkSize, Objects.requireNonNull(policy, "policy"));
  }
}
