package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared plan evaluated from 8 threads gives the sequential results bit for bit. */
class ConcurrencyTest {
  static final int THREADS = 8;
  static final int EVALUATIONS = 1_000;
  static final int SUBJECTS = 25;

  /** Every node's score bits, NaN for no data, in result order. */
  static long[] fingerprint(ScorecardResult r) {
    List<NodeResult> nodes = r.nodes();
    long[] bits = new long[nodes.size()];
    for (int k = 0; k < bits.length; k++) {
      bits[k] = Double.doubleToRawLongBits(nodes.get(k).score().orElse(Double.NaN));
    }
    return bits;
  }

  @Test
  void sharedPlanIsThreadSafe() throws Exception {
    ScorecardEngine engine = ScorecardEngine.create();
    CompiledScorecard plan = engine.compile(WorkedExample.scorecard());
    List<MeasurementSource> subjects = new ArrayList<>();
    for (int s = 0; s < SUBJECTS; s++) {
      double k = 0.7 + 0.6 * s / SUBJECTS;
      Measurements.Builder m = Measurements.builder();
      int skip = s;
      int[] n = {0};
      WorkedExample.march().asMap().forEach((id, byPeriod) -> byPeriod.forEach((period, v) -> {
        if (n[0]++ % SUBJECTS != skip % 12) {
          m.put(id, period, v * k);
        }
      }));
      subjects.add(m.build());
    }
    List<long[]> sequential = new ArrayList<>();
    for (MeasurementSource subject : subjects) {
      sequential.add(fingerprint(engine.evaluate(plan, "subject", subject, WorkedExample.MARCH)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        int checked = 0;
        for (int e = 0; e < EVALUATIONS; e++) {
          int s = (thread * 7 + e) % SUBJECTS;
          long[] got = fingerprint(engine.evaluate(plan, "subject", subjects.get(s), WorkedExample.MARCH));
          long[] want = sequential.get(s);
          for (int k = 0; k < want.length; k++) {
            if (got[k] != want[k]) {
              throw new AssertionError("thread " + thread + " evaluation " + e + " subject " + s
                  + " node " + k + ": " + Double.longBitsToDouble(got[k]) + " != "
                  + Double.longBitsToDouble(want[k]));
            }
          }
          checked++;
        }
        return checked;
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> f : futures) {
      total += f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertEquals(THREADS * EVALUATIONS, total);
  }
}
