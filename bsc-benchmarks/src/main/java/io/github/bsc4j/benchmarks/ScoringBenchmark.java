package io.github.bsc4j.benchmarks;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.BatchReport;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring {@value #SUBJECTS} subjects on {@link BenchmarkScorecard} for one period, per subject:
 * the hand-written loop, the engine's batch over array-backed sources and over {@link
 * Measurements}, and full results. One thread. See docs/performance.md.
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

  /** The period: {@code month} (March 2026) or {@code quarter} (Q1 2026). */
  @Param({"month", "quarter"})
  public String period;

  private final ScorecardEngine engine = ScorecardEngine.create();
  private CompiledScorecard plan;
  private Period when;
  private double[] values;
  private List<MeasurementSource> arrays;
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
    arrays = ArraySource.all(values, SUBJECTS);
    measurements = ArraySource.measurements(values, SUBJECTS);
    hand = new HandWritten(quarter);
    out = new double[SUBJECTS];
    ids = new String[SUBJECTS];
    for (int s = 0; s < SUBJECTS; s++) {
      ids[s] = "s" + s;
    }
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
   * The engine's batch, {@code scores(plan, sources, period, out)}, over sources that read
   * straight from the {@code double[]} ({@link ArraySource}). The columnar API of issue 11 will
   * take this name.
   *
   * @return the batch's report
   */
  @Benchmark
  @OperationsPerInvocation(SUBJECTS)
  public BatchReport scoresColumnar() {
    return engine.scores(plan, arrays, when, out);
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
