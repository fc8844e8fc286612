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
  /** This input's own scaled weights, when the caller has none. */
  private double[] own = new double[0];

  /** The scaled weights in use: {@link #own}, or the caller's. */
  private double[] scaled;

  /** The shares themselves, when the caller made them; else null. */
  private double[] shares;

  private int size;
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
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, w[i]);
    }
    int e = exponent(largest);
    if (own.length < n) {
      own = new double[Math.max(n, 2 * own.length)];
    }
    for (int i = 0; i < n; i++) {
      own[i] = Math.scalb(w[i], -e);
    }
    use(s, w, own, n);
  }

  /**
   * As {@link #set}, with the weights already scaled by the caller: {@code scaled[i]} must be
   * {@code Math.scalb(w[i], -e)} for {@code e} the {@link #exponent} of the largest of the
   * first {@code n} weights (the engine keeps them per child, made once per plan).
   */
  void set(double[] s, double[] w, double[] scaled, int n) {
    use(s, w, scaled, n);
  }

  /**
   * As {@link #set}, with the shares already made by the caller: {@code shares[i]} must be what
   * {@link #share} would compute for these weights (the engine keeps them per child for the
   * case where every child counts, made once per plan).
   */
  void setShares(double[] s, double[] w, double[] givenShares, int n) {
    this.scores = s;
    this.weights = w;
    this.shares = givenShares;
    this.size = n;
  }

  private void use(double[] s, double[] w, double[] scaledWeights, int n) {
    this.scores = s;
    this.weights = w;
    this.shares = null;
    this.scaled = scaledWeights;
    this.size = n;
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += scaledWeights[i];
    }
    this.scaledTotal = total;
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
    return weights[i] == 0 ? 0.0 : shares != null ? shares[i] : scaled[i] / scaledTotal;
  }
}
