package io.github.bsc4j.benchmarks;

import static io.github.bsc4j.benchmarks.BenchmarkScorecard.INDICATORS;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.INDICATORS_PER_OBJECTIVE;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.MONTHS;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.OBJECTIVES;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.OBJECTIVE_WEIGHT;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.PERSPECTIVES;
import static io.github.bsc4j.benchmarks.BenchmarkScorecard.PERSPECTIVE_WEIGHT;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.RollUp;
import java.util.List;

/**
 * The baseline: {@link BenchmarkScorecard}'s scores computed by a plain loop over {@code
 * double[]}, as an application would write it for this one scorecard, with no library type on
 * the hot path. It computes exactly what the engine computes, operation for operation (so that
 * {@code HandWrittenTest} can compare bits): each month's roll-up ({@code SUM} and {@code
 * AVERAGE} add the available months in order, {@code LAST} takes the latest), the per-month
 * scaling of a {@code SUM} over a quarter (actual, target and baseline each divided by the months
 * in the period, the target first multiplied by them, as {@code RollUps.targetFor} does), the
 * built-in rules, and weighted means over the children with data ({@code SKIP}): each child's
 * weight over the sum of the weights with data, times its score, added in order.
 *
 * <p>What it leaves out, because nothing in this scorecard needs it: statuses, notes, the checks
 * for values that are not finite, and the engine's guards against overflow. Targets, baselines
 * and the period's scale are resolved once per period, in the constructor, as a hand-written
 * loop would. Not thread-safe (it keeps scratch arrays); make one per thread.
 */
public final class HandWritten {
  private static final int LINEAR = 0;
  private static final int RATIO = 1;
  private static final int MIN_MAX = 2;
  private static final int BANDS = 3;
  private static final int BINARY = 4;

  private final boolean quarter;
  private final int[] rule = new int[INDICATORS];
  private final boolean[] lower = new boolean[INDICATORS];
  private final int[] rollUp = new int[INDICATORS];
  private final double[] weight = new double[INDICATORS];
  private final double[] cap = new double[INDICATORS];
  private final double[] scale = new double[INDICATORS];
  private final double[] target = new double[INDICATORS];
  private final double[] baseline = new double[INDICATORS];
  private final double[] min = new double[INDICATORS];
  private final double[] max = new double[INDICATORS];
  private final double[][] bandFrom = new double[INDICATORS][];
  private final double[][] bandTo = new double[INDICATORS][];
  private final double[][] bandScore = new double[INDICATORS][];
  private final double[] lowestScore = new double[INDICATORS];
  private final double[] lowestFrom = new double[INDICATORS];
  private final double[] highestScore = new double[INDICATORS];
  private final double[] indicatorScore = new double[INDICATORS];
  private final double[] objectiveScore = new double[OBJECTIVES];
  private final double[] perspectiveScore = new double[PERSPECTIVES];

  /**
   * Prepares the loop for one of the two benchmarked periods.
   *
   * @param quarter true for Q1 2026 (January to March), false for March 2026
   */
  public HandWritten(boolean quarter) {
    this.quarter = quarter;
    double months = quarter ? MONTHS : 1;
    for (int i = 0; i < INDICATORS; i++) {
      String name = BenchmarkScorecard.rule(i);
      rule[i] = switch (name) {
        case BenchmarkScorecard.RATIO -> RATIO;
        case BenchmarkScorecard.MIN_MAX -> MIN_MAX;
        case BenchmarkScorecard.BANDS -> BANDS;
        case BenchmarkScorecard.BINARY -> BINARY;
        default -> LINEAR;
      };
      lower[i] = BenchmarkScorecard.lowerIsBetter(i);
      RollUp r = BenchmarkScorecard.rollUp(i);
      rollUp[i] = r.ordinal();
      weight[i] = BenchmarkScorecard.weight(i);
      cap[i] = BenchmarkScorecard.cap(i);
      boolean sum = r == RollUp.SUM;
      scale[i] = sum ? months : 1.0;
      // A SUM's target over the period is the monthly target times its months; scoring divides
      // it by the months again (not always the identity in floating point).
      target[i] = (sum ? BenchmarkScorecard.target(i) * months : BenchmarkScorecard.target(i))
          / scale[i];
      baseline[i] = (sum ? BenchmarkScorecard.baseline(i) * months : BenchmarkScorecard.baseline(i))
          / scale[i];
      min[i] = BenchmarkScorecard.min(i);
      max[i] = BenchmarkScorecard.max(i);
      List<Band> bands = BenchmarkScorecard.bands(i);
      bandFrom[i] = new double[bands.size()];
      bandTo[i] = new double[bands.size()];
      bandScore[i] = new double[bands.size()];
      Band lowest = bands.get(0);
      Band highest = bands.get(0);
      for (int j = 0; j < bands.size(); j++) {
        Band b = bands.get(j);
        bandFrom[i][j] = b.from();
        bandTo[i][j] = b.to();
        bandScore[i][j] = b.score();
        lowest = b.from() < lowest.from() ? b : lowest;
        highest = b.to() > highest.to() ? b : highest;
      }
      lowestFrom[i] = lowest.from();
      lowestScore[i] = lowest.score();
      highestScore[i] = highest.score();
    }
  }

  /**
   * Scores subjects: writes subject {@code s}'s scorecard score into {@code out[s]}, NaN when it
   * has no data.
   *
   * @param values the data, laid out as {@link BenchmarkScorecard#data(int, long)} makes it
   * @param subjects how many subjects to score
   * @param out receives the scores
   */
  public void scores(double[] values, int subjects, double[] out) {
    for (int s = 0; s < subjects; s++) {
      out[s] = score(values, s * INDICATORS * MONTHS);
    }
  }

  private double score(double[] values, int base) {
    for (int i = 0; i < INDICATORS; i++) {
      indicatorScore[i] = indicator(i, rolled(values, base + i * MONTHS, rollUp[i]));
    }
    int i = 0;
    for (int o = 0; o < OBJECTIVES; o++) {
      int n = INDICATORS_PER_OBJECTIVE[o];
      objectiveScore[o] = mean(indicatorScore, weight, i, i + n);
      i += n;
    }
    for (int p = 0; p < PERSPECTIVES; p++) {
      perspectiveScore[p] = mean(objectiveScore, OBJECTIVE_WEIGHT, 3 * p, 3 * p + 3);
    }
    return mean(perspectiveScore, PERSPECTIVE_WEIGHT, 0, PERSPECTIVES);
  }

  /** The period's value from the monthly values at {@code at}: NaN when no month has one. */
  private double rolled(double[] values, int at, int rollUp) {
    if (!quarter) {
      return values[at + MONTHS - 1];
    }
    double result = Double.NaN;
    int present = 0;
    for (int m = 0; m < MONTHS; m++) {
      double v = values[at + m];
      if (v == v) {
        result = present == 0 || rollUp == RollUp.LAST.ordinal() ? v : result + v;
        present++;
      }
    }
    return rollUp == RollUp.AVERAGE.ordinal() && present > 0 ? result / present : result;
  }

  /** Indicator {@code i}'s score for the period's value {@code a}; NaN when {@code a} is. */
  private double indicator(int i, double a) {
    if (a != a) {
      return Double.NaN;
    }
    double x = a / scale[i];
    double t = target[i];
    switch (rule[i]) {
      case LINEAR:
        return clamp(i, (x - baseline[i]) / (t - baseline[i]));
      case RATIO:
        return lower[i] ? (x <= 0 ? cap[i] : clamp(i, t / x)) : clamp(i, x / t);
      case MIN_MAX:
        return clamp(i, lower[i] ? (max[i] - x) / (max[i] - min[i])
            : (x - min[i]) / (max[i] - min[i]));
      case BANDS:
        double[] from = bandFrom[i];
        double[] to = bandTo[i];
        for (int j = 0; j < from.length; j++) {
          if (x >= from[j] && x < to[j]) {
            return bandScore[i][j];
          }
        }
        return x < lowestFrom[i] ? lowestScore[i] : highestScore[i];
      default:
        return (lower[i] ? x <= t : x >= t) ? 1.0 : 0.0;
    }
  }

  private double clamp(int i, double raw) {
    return Math.max(0.0, Math.min(cap[i], raw));
  }

  /**
   * The weighted mean of the scores in {@code [from, to)} that are not NaN ({@code SKIP}), NaN
   * when none is: each weight over the sum of the weights with data, times its score, added in
   * order, and kept within the lowest and highest score as the engine's weighted mean keeps it.
   */
  private static double mean(double[] score, double[] weight, int from, int to) {
    double total = 0;
    for (int c = from; c < to; c++) {
      if (score[c] == score[c]) {
        total += weight[c];
      }
    }
    if (total == 0) {
      return Double.NaN;
    }
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int c = from; c < to; c++) {
      double s = score[c];
      if (s == s) {
        sum += weight[c] / total * s;
        lo = Math.min(lo, s);
        hi = Math.max(hi, s);
      }
    }
    return Math.max(lo, Math.min(hi, sum));
  }
}
