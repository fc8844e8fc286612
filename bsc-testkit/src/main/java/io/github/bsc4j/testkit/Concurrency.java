package io.github.bsc4j.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one check on eight threads at once. */
final class Concurrency {
  static final int THREADS = 8;

  private Concurrency() {}

  /**
   * Runs {@code check} on {@value #THREADS} threads started together.
   *
   * @return the first problem a thread reported, or null
   */
  static String firstProblem(Callable<String> check) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        results.add(pool.submit(check));
      }
      for (Future<String> f : results) {
        String problem = f.get(60, TimeUnit.SECONDS);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    } finally {
      pool.shutdownNow();
    }
  }
}
