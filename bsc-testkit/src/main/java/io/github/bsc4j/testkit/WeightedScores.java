package io.github.bsc4j.testkit;

import java.util.Arrays;
import java.util.Objects;

/**
 * The children of one node as an aggregation strategy sees them: scores and weights in
 * definition order. Arrays are copied in and out, so instances are immutable.
 */
public final class WeightedScores {
  private final double[] scores;
  private final double[] weights;

  private WeightedScores(double[] scores, double[] weights) {
    this.scores = scores;
    this.weights = weights;
  }

  /**
   * Creates children.
   *
   * @param scores the scores
   * @param weights the weights, as many as scores
   * @return the children
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if the lengths differ
   */
  public static WeightedScores of(double[] scores, double[] weights) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(weights, "weights");
    if (scores.length != weights.length) {
      throw new IllegalArgumentException(
          scores.length + " scores but " + weights.length + " weights");
    }
    return new WeightedScores(scores.clone(), weights.clone());
  }

  /**
   * The scores.
   *
   * @return a copy
   */
  public double[] scores() {
    return scores.clone();
  }

  /**
   * The weights.
   *
   * @return a copy
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * How many children.
   *
   * @return the count
   */
  public int size() {
    return scores.length;
  }

  /**
   * Compares scores and weights.
   *
   * @param o the other object
   * @return true if both arrays are equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedScores w
        && Arrays.equals(scores, w.scores)
        && Arrays.equals(weights, w.weights);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(scores) + Arrays.hashCode(weights);
  }

  /**
   * Lists the children as {@code score×weight}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < scores.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(scores[i]).append(" (weight ").append(weights[i])
          .append(')');
    }
    return sb.append(']').toString();
  }
}
