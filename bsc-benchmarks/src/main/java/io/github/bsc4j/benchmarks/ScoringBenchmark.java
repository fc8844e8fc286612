package io.github.bsc4j.benchmarks;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.BatchOptions;
import io.github.bsc4j.engine.BatchReport;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.PreparedEvaluation;
import io.github.bsc4j.engine.ScorecardEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring {@value #SUBJECTS} subjects on {@link BenchmarkScorecard} for one period, per subject:
 * the hand-written loop, the engine's columnar batch over the same {@code double[]} (on one
 * thread, and split over {@value #THREADS} threads), its batch over {@link Measurements}, and
 * full results. See docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
public class ScoringBenchmark {
  /** Subjects per invocation; every result is per subject. */
  public static final int SUBJECTS = 10_000;

  /** The threads of {@link #scoresColumnarParallel}: the cores of the machine measured. */
  public static final int THREADS = 2;

  /** The period: {@code month} (March 2026) or {@code quarter} (Q1 2026). */
  @Param({"month", "quarter"})
  public String period;

  private final ScorecardEngine engine = ScorecardEngine.create();
  private CompiledScorecard plan;
  private Period when;
  private double[] values;
  private PreparedEvaluation prepared;
  private MeasurementBlock block;
  private ExecutorService pool;
  private BatchOptions parallel;
  private List<Measurements> measurements;
  private HandWritten hand;
  private double[] out;
  private String[] ids;

  /** Creates the benchmark's state; JMH calls it. */
  public ScoringBenchmark() {}

  /** Compiles the scorecard and makes the data, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    boolean quarter = switch (period) {
      case "month" -> false;
      case "quarter" -> true;
      default -> throw new IllegalArgumentException("period must be month or quarter: " + period);
    };
    plan = engine.compile(BenchmarkScorecard.scorecard());
    when = quarter ? BenchmarkScorecard.QUARTER : BenchmarkScorecard.MONTH;
    values = BenchmarkScorecard.data(SUBJECTS, 20260301L);
    prepared = engine.prepare(plan, when);
    block = block(values);
    pool = Executors.newFixedThreadPool(THREADS);
    parallel = BatchOptions.DEFAULT.withExecutor(pool).withChunkSize(SUBJECTS / (4 * THREADS));
    measurements = ArraySource.measurements(values, SUBJECTS);
    hand = new HandWritten(quarter);
    out = new double[SUBJECTS];
    ids = new String[SUBJECTS];
    for (int s = 0; s < SUBJECTS; s++) {
      ids[s] = "s" + s;
    }
  }

  /**
   * The benchmark's data as a block: the same {@code double[]}, read in place, in the layout of
   * {@link BenchmarkScorecard#data} (every indicator in order, January to March), NaN missing.
   *
   * @param values the data
   * @return the block
   */
  static MeasurementBlock block(double[] values) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < BenchmarkScorecard.INDICATORS; i++) {
      ids.add(BenchmarkScorecard.id(i));
    }
    return MeasurementBlock.nanAsMissing(
        MeasurementLayout.of(ids, BenchmarkScorecard.DATA_MONTHS), values);
  }

  /** Stops the pool of {@link #scoresColumnarParallel}. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /**
   * The baseline: {@link HandWritten}'s loop over the {@code double[]}.
   *
   * @return the scores, so that nothing is optimised away
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS)
  public double[] handWritten() {
    hand.scores(values, SUBJECTS, out);
    return out;
  }

  /**
   * The engine's columnar batch, {@code prepared.scores(block, out)}, over a block that reads the
   * same {@code double[]} in place; the plan prepared for the period once, in the set-up, as the
   * hand-written loop is.
   *
   * @return the batch's report
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS)
  public BatchReport scoresColumnar() {
    return prepared.scores(block, out);
  }

  /**
   * {@link #scoresColumnar} split into chunks of 1,250 subjects on a pool of {@value #THREADS}
   * threads; the time is still per subject, so the speed-up is the ratio of the two.
   *
   * @return the batch's report
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS)
  public BatchReport scoresColumnarParallel() {
    return prepared.scores(block, out, parallel);
  }

  /**
   * The engine's batch over the library's {@link Measurements}, one per subject.
   *
   * @return the batch's report
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS)
  public BatchReport scoresFromSource() {
    return engine.scores(plan, measurements, when, out);
  }

  /**
   * {@code evaluate} per subject over its {@link Measurements}: the full result tree, with the
   * default comparison.
   *
   * @param sink consumes each result
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS)
  public void fullResults(Blackhole sink) {
    for (int s = 0; s < SUBJECTS; s++) {
      sink.consume(engine.evaluate(plan, ids[s], measurements.get(s), when));
    }
  }
}
