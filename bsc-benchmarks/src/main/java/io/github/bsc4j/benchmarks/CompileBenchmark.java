package io.github.bsc4j.benchmarks;

import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.Scorecard;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling a large scorecard ({@link BenchmarkScorecard#large(int)}) into a plan: {@code
 * engine.compile(scorecard)} of a scorecard built and validated beforehand, per compile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
public class CompileBenchmark {
  /** How many indicators the scorecard has. */
  @Param({"5000", "50000"})
  public int indicators;

  private final ScorecardEngine engine = ScorecardEngine.create();
  private Scorecard scorecard;

  /** Creates the benchmark's state; JMH calls it. */
  public CompileBenchmark() {}

  /** Builds the scorecard, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    scorecard = BenchmarkScorecard.large(indicators);
  }

  /**
   * Compiles the scorecard.
   *
   * @return the plan
   */
  @Benchmark
  public CompiledScorecard compile() {
    return engine.compile(scorecard);
  }
}
