package io.github.bsc4j.testkit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The shared-instance law of both contracts. The engine keeps one instance of every rule and
 * strategy (the registry's) and calls it for every indicator or node, from every thread that
 * evaluates, so an instance must give each input the result it gives alone: whatever it computed
 * before, and whatever other threads compute at the same time.
 *
 * <ol>
 *   <li>Fields, deterministic: every instance field of the shared instance's class and its
 *       superclasses is final or volatile. A field assigned during calls is state the threads
 *       share; when it is only scratch space, a race on it is wrong only now and then, so the
 *       field itself is what the law reports.
 *   <li>Reference: each input alone, on an instance of its own ({@code alone}).
 *   <li>Sequential, deterministic: one shared instance computes the inputs in order, in reverse
 *       order and interleaved (each input followed by one from the other half); every result must
 *       equal the reference. State carried from call to call is caught here on every run.
 *   <li>Concurrent: {@value #THREADS} threads, released together, make {@value #CALLS_PER_THREAD}
 *       calls each on the same shared instance, each thread walking the inputs from its own
 *       starting point, half of them backwards; every result must equal the reference. Catches
 *       scratch state that is only wrong when threads overlap (as often as the scheduler lets it).
 * </ol>
 */
final class Concurrency {
  /** Threads of the concurrent part. */
  static final int THREADS = 8;
  /** Calls each thread makes in the concurrent part. */
  static final int CALLS_PER_THREAD = 2_500;

  private static final long TIMEOUT_SECONDS = 60;

  private Concurrency() {}

  /**
   * Checks the law; returns normally when it holds.
   *
   * @param kind "scoring rule" or "aggregation strategy"
   * @param name the extension's name
   * @param law the law's text
   * @param verb "scored" or "gave"
   * @param instance the shared instance
   * @param inputs the inputs, at least one
   * @param alone computes one input on an instance of its own
   * @param shared computes one input on the one shared instance
   * @param describe describes an input
   * @throws AssertionError naming the law and the evidence when it is broken
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  static <I> void checkSharedInstance(String kind, String name, String law, String verb,
      Object instance, List<I> inputs, ToDoubleFunction<I> alone, ToDoubleFunction<I> shared,
      Function<I, String> describe) throws InterruptedException {
    for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int m = field.getModifiers();
        if (!Modifier.isStatic(m) && !Modifier.isFinal(m) && !Modifier.isVolatile(m)
            && !field.isSynthetic()) {
          throw Violations.of(kind, name, law,
              "it keeps mutable state in fields: field '" + field.getName() + "' ("
                  + field.getType().getSimpleName() + ") of " + c.getName() + " is neither final"
                  + " nor volatile; the engine calls one instance for every indicator and node,"
                  + " from many threads at once, so keep per-call values in local variables and"
                  + " make fields final");
        }
      }
    }
    int n = inputs.size();
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      expected[i] = alone.applyAsDouble(inputs.get(i));
    }
    String[] orderNames = {"in order", "in reverse order", "interleaved"};
    int[][] orders = {forward(n), reverse(n), interleaved(n)};
    for (int o = 0; o < orders.length; o++) {
      int previous = -1;
      for (int i : orders[o]) {
        double got;
        try {
          got = shared.applyAsDouble(inputs.get(i));
        } catch (RuntimeException e) {
          AssertionError error = Violations.of(kind, name, law,
              describe.apply(inputs.get(i)) + " threw " + e + " on the shared instance"
                  + after(previous, inputs, describe) + " (inputs " + orderNames[o] + "), but "
                  + verb + " " + expected[i] + " alone");
          error.initCause(e);
          throw error;
        }
        if (!same(got, expected[i])) {
          throw Violations.of(kind, name, law,
              "it keeps state between calls: " + describe.apply(inputs.get(i)) + " " + verb + " "
                  + got + " on the shared instance" + after(previous, inputs, describe)
                  + " (inputs " + orderNames[o] + "), but " + expected[i] + " alone; the engine"
                  + " calls one instance for every indicator and node, so keep no mutable state"
                  + " in fields");
        }
        previous = i;
      }
    }
    concurrently(kind, name, law, verb, inputs, expected, shared, describe);
  }

  private static <I> void concurrently(String kind, String name, String law, String verb,
      List<I> inputs, double[] expected, ToDoubleFunction<I> shared,
      Function<I, String> describe) throws InterruptedException {
    int n = inputs.size();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
      // Daemon threads: a call that never returns fails the law and cannot keep the JVM alive.
      Thread thread = new Thread(task, "bsc-testkit-shared-instance");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Tally>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = (int) ((long) t * n / THREADS);
        int step = t % 2 == 0 ? 1 : n - 1;
        Callable<Tally> walk = () -> {
          start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
          Tally tally = new Tally();
          int i = first;
          for (int call = 0; call < CALLS_PER_THREAD; call++) {
            try {
              double got = shared.applyAsDouble(inputs.get(i));
              if (!same(got, expected[i])) {
                tally.wrong(i, got, null);
              }
            } catch (RuntimeException e) {
              tally.wrong(i, Double.NaN, e);
            }
            i = (i + step) % n;
          }
          return tally;
        };
        futures.add(pool.submit(walk));
      }
      int wrong = 0;
      Tally firstWrong = null;
      for (Future<Tally> f : futures) {
        Tally tally;
        try {
          tally = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          AssertionError error = Violations.of(kind, name, law,
              THREADS + " threads sharing one instance did not finish: " + e);
          error.initCause(e);
          throw error;
        }
        wrong += tally.wrong;
        if (firstWrong == null && tally.wrong > 0) {
          firstWrong = tally;
        }
      }
      if (firstWrong != null) {
        int i = firstWrong.index;
        String what = firstWrong.thrown != null
            ? " threw " + firstWrong.thrown
            : " " + verb + " " + firstWrong.got;
        AssertionError error = Violations.of(kind, name, law,
            wrong + " of " + THREADS * CALLS_PER_THREAD + " calls from " + THREADS
                + " threads sharing one instance went wrong; e.g. " + describe.apply(inputs.get(i))
                + what + " on a thread, but " + expected[i] + " alone; keep no mutable state in"
                + " fields (the engine shares one instance between threads)");
        if (firstWrong.thrown != null) {
          error.initCause(firstWrong.thrown);
        }
        throw error;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <I> String after(int previous, List<I> inputs, Function<I, String> describe) {
    return previous < 0
        ? " as its first call"
        : " right after " + describe.apply(inputs.get(previous));
  }

  /** Same bits; every NaN counts as the same. */
  static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
  }

  private static int[] forward(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  private static int[] reverse(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = n - 1 - i;
    }
    return order;
  }

  /** A fixed shuffle, each input followed by the one half the list away: 2n calls. */
  private static int[] interleaved(int n) {
    List<Integer> shuffled = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shuffled.add(i);
    }
    Collections.shuffle(shuffled, new Random(n));
    int[] order = new int[2 * n];
    for (int k = 0; k < n; k++) {
      order[2 * k] = shuffled.get(k);
      order[2 * k + 1] = shuffled.get((k + n / 2) % n);
    }
    return order;
  }

  /** What one thread saw: how many calls went wrong, and the first. */
  private static final class Tally {
    int wrong;
    int index = -1;
    double got;
    RuntimeException thrown;

    void wrong(int i, double result, RuntimeException e) {
      if (wrong++ == 0) {
        index = i;
        got = result;
        thrown = e;
      }
    }
  }
}
