package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;

/**
 * A built-in strategy prepared for one node: its parameters read once, aggregating arrays in
 * place so that the engine's scores-only path allocates nothing per node. It computes exactly
 * what the strategy's {@code aggregate(AggregationInput)} computes, bit for bit: both run the
 * same code over an {@link Inputs}. Immutable and thread-safe; the mutable part, a {@link
 * Scratch}, belongs to one evaluation.
 */
public final class StrategyKernel {
  private static final int WEIGHTED_MEAN = 0;
  private static final int GEOMETRIC = 1;
  private static final int POWER_MEAN = 2;
  private static final int MIN = 3;
  private static final int MAX = 4;

  private final int code;
  private final double p;

  private StrategyKernel(int code, double p) {
    this.code = code;
    this.p = p;
  }

  /**
   * The kernel of a built-in strategy, or null when the strategy is not one of the library's
   * built-ins (an application's strategy is called through its {@code aggregate} method). The
   * spec must have passed the strategy's validation.
   *
   * @param strategy the strategy resolved for the node
   * @param spec the node's aggregation spec, for its parameters
   * @return the kernel, or null for a strategy that is not built in
   */
  public static StrategyKernel of(AggregationStrategy strategy, AggregationSpec spec) {
    if (strategy instanceof WeightedMean) {
      return new StrategyKernel(WEIGHTED_MEAN, 0);
    }
    if (strategy instanceof Geometric) {
      return new StrategyKernel(GEOMETRIC, 0);
    }
    if (strategy instanceof PowerMean) {
      return new StrategyKernel(POWER_MEAN, spec.parameters().getOrDefault("p", Double.NaN));
    }
    if (strategy instanceof MinStrategy) {
      return new StrategyKernel(MIN, 0);
    }
    if (strategy instanceof MaxStrategy) {
      return new StrategyKernel(MAX, 0);
    }
    return null;
  }

  /**
   * Aggregates the first {@code n} scores and weights, as the strategy's {@code aggregate} would
   * aggregate {@code AggregationInput.of} copies of them.
   *
   * @param scratch the evaluation's scratch
   * @param scores the children's scores, finite and not negative
   * @param weights their weights, finite, not negative, at least one positive
   * @param n how many to aggregate
   * @return the aggregate
   */
  public double aggregate(Scratch scratch, double[] scores, double[] weights, int n) {
    Inputs in = scratch.inputs;
    in.set(scores, weights, n);
    return aggregate(in);
  }

  /**
   * As {@link #aggregate(Scratch, double[], double[], int)}, with the weights already scaled:
   * {@code scaled[i]} must be {@code Math.scalb(weights[i], -e)}, where {@code e} is the binary
   * exponent of the largest of the {@code n} weights ({@link Math#getExponent}, and {@code
   * getExponent(x * 2^54) - 54} for a subnormal {@code x}), so that no weight is scaled per
   * subject.
   *
   * @param scratch the evaluation's scratch
   * @param scores the children's scores, finite and not negative
   * @param weights their weights, finite, not negative, at least one positive
   * @param scaled the weights scaled as described
   * @param n how many to aggregate
   * @return the aggregate
   */
  public double aggregate(
      Scratch scratch, double[] scores, double[] weights, double[] scaled, int n) {
    Inputs in = scratch.inputs;
    in.set(scores, weights, scaled, n);
    return aggregate(in);
  }

  /**
   * As {@link #aggregate(Scratch, double[], double[], int)}, with every child's share already
   * made: {@code shares[i]} must be child {@code i}'s weight over the sum of the {@code n}
   * weights, computed as {@link io.github.bsc4j.aggregation.AggregationInput#share} computes it,
   * so that nothing is divided per subject that a plan can divide once.
   *
   * @param scratch the evaluation's scratch
   * @param scores the children's scores, finite and not negative
   * @param weights their weights, finite, not negative, at least one positive
   * @param shares their shares, as described
   * @param n how many to aggregate
   * @return the aggregate
   */
  public double aggregateWithShares(
      Scratch scratch, double[] scores, double[] weights, double[] shares, int n) {
    Inputs in = scratch.inputs;
    in.setShares(scores, weights, shares, n);
    return aggregate(in);
  }

  /**
   * Whether this is the weighted mean, whose sum a caller may accumulate while it gathers the
   * children (see {@link #weightedMean}).
   *
   * @return true for {@code weighted-mean}
   */
  public boolean isWeightedMean() {
    return code == WEIGHTED_MEAN;
  }

  /**
   * The weighted mean from sums a caller accumulated in order over the children, each with its
   * share as in {@link #aggregateWithShares}: {@code sum} of share times score, {@code lowest}
   * and {@code highest} score. It is what the weighted mean's {@code aggregate} returns whenever
   * rounding kept the sum within the children's scores (nearly always); otherwise the caller must
   * call {@link #aggregateWithShares}, which places the contributions on a grid. Returns NaN in
   * that case.
   *
   * @param sum the sum of shares times scores, added in order
   * @param lowest the lowest score
   * @param highest the highest score
   * @return the mean, or NaN when the caller must aggregate the arrays instead
   */
  public static double weightedMean(double sum, double lowest, double highest) {
    double target = Math.max(lowest, Math.min(highest, sum));
    return target == sum || target == 0 ? sum : Double.NaN;
  }

  /**
   * The binary exponent the scaled weights of {@link #aggregate(Scratch, double[], double[],
   * double[], int)} use for a largest weight.
   *
   * @param largest the largest weight, positive and finite
   * @return its exponent, subnormals included
   */
  public static int exponent(double largest) {
    return Inputs.exponent(largest);
  }

  private double aggregate(Inputs in) {
    return switch (code) {
      case WEIGHTED_MEAN -> WeightedMean.score(in);
      case GEOMETRIC -> Strategies.geometric(in);
      case POWER_MEAN -> PowerMean.powerMean(in, p);
      case MIN -> Strategies.extremeScore(in, true);
      default -> Strategies.extremeScore(in, false);
    };
  }

  /** One evaluation's working memory for kernels; not thread-safe. */
  public static final class Scratch {
    private final Inputs inputs = new Inputs();

    /** Creates a scratch for one evaluation. */
    public Scratch() {}
  }
}
