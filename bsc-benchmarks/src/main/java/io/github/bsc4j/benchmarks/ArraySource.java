package io.github.bsc4j.benchmarks;

import static io.github.bsc4j.benchmarks.BenchmarkScorecard.INDICATORS;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.MONTHS;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One subject's measurements read straight from the shared {@code double[]} of {@link
 * BenchmarkScorecard#data(int, long)}: the cheapest {@link MeasurementSource} an application can
 * write today (a hash lookup of the id, a comparison of the period with the three months, and
 * the {@code OptionalDouble} the interface requires). It does not list its ids, so the engine
 * checks none.
 */
public final class ArraySource implements MeasurementSource {
  private static final Map<String, Integer> INDEX = new HashMap<>();

  static {
    for (int i = 0; i < INDICATORS; i++) {
      INDEX.put(BenchmarkScorecard.id(i), i);
    }
  }

  private static final Period JANUARY = BenchmarkScorecard.DATA_MONTHS.get(0);
  private static final Period FEBRUARY = BenchmarkScorecard.DATA_MONTHS.get(1);
  private static final Period MARCH = BenchmarkScorecard.DATA_MONTHS.get(2);

  private final double[] values;
  private final int base;

  /**
   * A view of one subject's values.
   *
   * @param values the data of every subject
   * @param subject the subject's index
   */
  public ArraySource(double[] values, int subject) {
    this.values = values;
    this.base = subject * INDICATORS * MONTHS;
  }

  @Override
  public OptionalDouble value(String indicatorId, Period period) {
    Integer i = INDEX.get(indicatorId);
    if (i == null) {
      return OptionalDouble.empty();
    }
    int m = period.equals(MARCH) ? 2 : period.equals(FEBRUARY) ? 1 : period.equals(JANUARY) ? 0
        : -1;
    if (m < 0) {
      return OptionalDouble.empty();
    }
    double v = values[base + i * MONTHS + m];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * One array-backed source per subject.
   *
   * @param values the data of every subject
   * @param subjects how many subjects
   * @return the sources, in subject order
   */
  public static List<MeasurementSource> all(double[] values, int subjects) {
    List<MeasurementSource> sources = new ArrayList<>(subjects);
    for (int s = 0; s < subjects; s++) {
      sources.add(new ArraySource(values, s));
    }
    return sources;
  }

  /**
   * The same data as {@link Measurements}, the library's map-backed source, one per subject.
   *
   * @param values the data of every subject
   * @param subjects how many subjects
   * @return the measurements, in subject order
   */
  public static List<Measurements> measurements(double[] values, int subjects) {
    List<Measurements> all = new ArrayList<>(subjects);
    for (int s = 0; s < subjects; s++) {
      Measurements.Builder b = Measurements.builder();
      for (int i = 0; i < INDICATORS; i++) {
        for (int m = 0; m < MONTHS; m++) {
          double v = values[(s * INDICATORS + i) * MONTHS + m];
          if (!Double.isNaN(v)) {
            b.put(BenchmarkScorecard.id(i), BenchmarkScorecard.DATA_MONTHS.get(m), v);
          }
        }
      }
      all.add(b.build());
    }
    return all;
  }
}
