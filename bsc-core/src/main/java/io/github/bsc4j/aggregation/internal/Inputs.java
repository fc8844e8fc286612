package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;

/**
 * The children a built-in strategy aggregates, as arrays it reads in place: what {@link
 * AggregationInput} holds, with the same shares computed the same way (each weight scaled by the
 * largest one's binary exponent, over the scaled sum in order), so that a strategy gives the same
 * bits from either. The engine's scores-only path fills one of these per evaluation and reuses
 * it for every node and subject; a strategy's public {@code aggregate(AggregationInput)} copies
 * the input into a fresh one. Mutable and not thread-safe.
 */
final class Inputs {
  private double[] scores;
  private double[] weights;
  private int size;
  private int scaleExponent;
  private double scaledTotal;

  /** An input to be {@linkplain #set set}. */
  Inputs() {}

  /** A copy of an aggregation input. */
  static Inputs of(AggregationInput in) {
    int n = in.size();
    double[] s = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = in.score(i);
      w[i] = in.weight(i);
    }
    Inputs inputs = new Inputs();
    inputs.set(s, w, n);
    return inputs;
  }

  /**
   * Points this input at the first {@code n} scores and weights of the arrays (not copied), as
   * {@link AggregationInput#of} would take them.
   */
  void set(double[] s, double[] w, int n) {
    this.scores = s;
    this.weights = w;
    this.size = n;
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, w[i]);
    }
    this.scaleExponent = exponent(largest);
    double scaled = 0;
    for (int i = 0; i < n; i++) {
      scaled += Math.scalb(w[i], -scaleExponent);
    }
    this.scaledTotal = scaled;
  }

  /**
   * The binary exponent of a positive finite number, subnormals included, as {@link
   * AggregationInput} computes it.
   */
  static int exponent(double x) {
    return x >= Double.MIN_NORMAL
        ? Math.getExponent(x)
        : Math.getExponent(x * 0x1p54) - 54;
  }

  int size() {
    return size;
  }

  double score(int i) {
    return scores[i];
  }

  double weight(int i) {
    return weights[i];
  }

  /** Child {@code i}'s weight over the sum of the weights, as {@link AggregationInput#share}. */
  double share(int i) {
    double w = weights[i];
    return w == 0 ? 0.0 : Math.scalb(w, -scaleExponent) / scaledTotal;
  }
}
