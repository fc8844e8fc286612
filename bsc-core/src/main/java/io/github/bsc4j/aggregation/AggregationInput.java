package io.github.bsc4j.aggregation;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The children an aggregation strategy combines, in definition order: every score finite and not
 * negative, every weight finite and not negative, and at least one weight above 0. A child of
 * weight 0 does not count. An input always has data: "no data" is the engine's {@code NO_DATA},
 * decided before any strategy is asked, so a strategy never answers for missing data and no NaN
 * stands for it. The engine passes only the children that count and have a score after the
 * missing-data policy; applications that call strategies directly may pass anything this class
 * accepts.
 *
 * <p>Weights may span the whole range of doubles, from {@link Double#MIN_VALUE} to {@link
 * Double#MAX_VALUE}: {@link #share(int)} normalises them without overflow or underflow, by first
 * scaling every weight by the one power of two that brings the largest into {@code [1, 2)}. That
 * scaling is exact, so weights that differ only by a power-of-two factor give bit-for-bit the same
 * shares. Their plain sum, {@link #totalWeight()}, may overflow to infinity.
 *
 * <p>An input holds copies of the arrays it is given and hands out single values, so it is
 * immutable.
 */
public final class AggregationInput {
  private final double[] scores;
  private final double[] weights;
  private final double totalWeight;
  /** Every weight is multiplied by {@code 2^-scaleExponent} before it is normalised. */
  private final int scaleExponent;
  /** The sum, in definition order, of the scaled weights, in {@code [1, 2 * size())}. */
  private final double scaledTotal;
  private final Map<String, Double> parameters;

  private AggregationInput(double[] scores, double[] weights, Map<String, Double> parameters) {
    this.scores = scores;
    this.weights = weights;
    double total = 0;
    double largest = 0;
    for (double w : weights) {
      total += w;
      largest = Math.max(largest, w);
    }
    this.totalWeight = total;
    this.scaleExponent = exponent(largest);
    double scaled = 0;
    for (double w : weights) {
      scaled += Math.scalb(w, -scaleExponent);
    }
    this.scaledTotal = scaled;
    this.parameters = parameters;
  }

  /** The binary exponent of a positive finite number, subnormals included: {@code x} lies in
   * {@code [2^e, 2^(e+1))}. */
  private static int exponent(double x) {
    return x >= Double.MIN_NORMAL
        ? Math.getExponent(x)
        : Math.getExponent(x * 0x1p54) - 54;
  }

  /**
   * Creates an input.
   *
   * @param scores the children's scores, in definition order
   * @param weights their weights, same length
   * @param parameters the strategy's parameters from the definition
   * @return the input
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the arrays differ in length, a score is negative or not
   *     finite, a weight is negative or not finite, or no weight is above 0 (no data)
   */
  public static AggregationInput of(
      double[] scores, double[] weights, Map<String, Double> parameters) {
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(parameters, "parameters");
    if (scores.length != weights.length) {
      throw new IllegalArgumentException(
          "need as many weights as scores: " + scores.length + " scores, " + weights.length
              + " weights");
    }
    for (int i = 0; i < scores.length; i++) {
      if (!(Double.isFinite(scores[i]) && scores[i] >= 0)) {
        throw new IllegalArgumentException(
            "score " + i + " must be finite and not negative, was " + scores[i]);
      }
      if (!(Double.isFinite(weights[i]) && weights[i] >= 0)) {
        throw new IllegalArgumentException(
            "weight " + i + " must be finite and not negative, was " + weights[i]);
      }
    }
    boolean anyPositive = false;
    for (double w : weights) {
      anyPositive |= w > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException("an aggregation input needs a child of positive weight;"
          + " without one there is no data, which is NO_DATA and never a strategy's to score");
    }
    return new AggregationInput(scores.clone(), weights.clone(), Map.copyOf(parameters));
  }

  /**
   * Creates an input without parameters.
   *
   * @param scores the children's scores
   * @param weights their weights
   * @return the input
   * @throws IllegalArgumentException as {@link #of(double[], double[], Map)}
   */
  public static AggregationInput of(double[] scores, double[] weights) {
    return of(scores, weights, Map.of());
  }

  /**
   * How many children the input holds, including any of weight 0.
   *
   * @return the number of children
   */
  public int size() {
    return scores.length;
  }

  /**
   * The score of child {@code i}.
   *
   * @param i the child's position, from 0
   * @return its score
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double score(int i) {
    return scores[i];
  }

  /**
   * The weight of child {@code i}.
   *
   * @param i the child's position, from 0
   * @return its weight, 0 or more
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double weight(int i) {
    return weights[i];
  }

  /**
   * The sum of the weights, added in definition order. It overflows to {@code +Infinity} when
   * weights near {@link Double#MAX_VALUE} add up beyond it: to normalise a weight, use {@link
   * #share(int)} rather than dividing by this.
   *
   * @return the total weight, above 0, possibly {@code +Infinity}
   */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * Child {@code i}'s share of the total weight, {@code w_i / Σ w}, computed without overflow or
   * underflow for any finite weights: the weights are first scaled by the power of two that brings
   * the largest into {@code [1, 2)}. Shares lie in {@code [0, 1]} and add up to 1 within rounding;
   * a child of weight 0 has share 0, and so has one below {@code 2^-1076} times the largest (up
   * to {@code 2^-1074} times, rounding decides between 0 and {@link Double#MIN_VALUE}).
   *
   * @param i the child's position, from 0
   * @return its share; 0 for a child of weight 0
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public double share(int i) {
    double w = weights[i];
    return w == 0 ? 0.0 : Math.scalb(w, -scaleExponent) / scaledTotal;
  }

  /**
   * A named parameter of the strategy.
   *
   * @param name the name
   * @return its value, if set
   * @throws NullPointerException if {@code name} is null
   */
  public OptionalDouble parameter(String name) {
    Double v = parameters.get(Objects.requireNonNull(name, "name"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Lists scores and weights.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "AggregationInput[scores="
        + Arrays.toString(scores)
        + ", weights="
        + Arrays.toString(weights)
        + ", parameters="
        + parameters
        + "]";
  }
}
