package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Optional;

/**
 * {@code weighted-mean}: {@code Σ w·s / Σ w}, computed as the sum, in definition order, of the
 * contributions {@code (w / Σ w)·s}, so that the contributions add up exactly to the score. The
 * weight's {@link AggregationInput#share(int) share} is computed without overflow or underflow and
 * is at most 1, so no contribution exceeds its child's score and none overflows, whatever the
 * finite weights and scores.
 *
 * <p>Rounding can put that sum an ulp outside the children's range (three children scoring the
 * cap 1.5 can add up to 1.5000000000000002). The result is therefore kept within the smallest and
 * the largest counted child, and the largest contribution (the first of them on ties) absorbs the
 * difference, so both promises hold to the last bit.
 */
public final class WeightedMean implements AggregationStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public WeightedMean() {}

  @Override
  public String name() {
    return "weighted-mean";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    return Strategies.noParameters(spec);
  }

  @Override
  public double aggregate(AggregationInput in) {
    return score(Inputs.of(in));
  }

  @Override
  public Optional<double[]> contributions(AggregationInput in) {
    return Optional.of(parts(Inputs.of(in)));
  }

  /**
   * The weighted mean, without allocating: exactly the in-order sum of {@link #parts}, which the
   * public {@code aggregate} returned before (each part computed again where it is needed).
   */
  static double score(Inputs in) {
    int n = in.size();
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (in.weight(i) == 0) {
        continue;
      }
      double score = in.score(i);
      sum += in.share(i) * score;
      lo = Math.min(lo, score);
      hi = Math.max(hi, score);
    }
    double target = Math.max(lo, Math.min(hi, sum));
    if (target == sum || target == 0) {
      return sum;
    }
    int largest = -1;
    double largestPart = 0;
    for (int i = 0; i < n; i++) {
      double part = part(in, i);
      if (in.weight(i) != 0 && (largest < 0 || part > largestPart)) {
        largest = i;
        largestPart = part;
      }
    }
    // As parts() does: the others on a grid of two ulps of the target, the largest the rest.
    double grid = 2 * Math.ulp(target);
    double others = 0;
    for (int i = 0; i < n; i++) {
      if (i != largest) {
        others += Math.rint(part(in, i) / grid) * grid;
      }
    }
    double check = 0;
    for (int i = 0; i < n; i++) {
      check += i == largest ? target - others : Math.rint(part(in, i) / grid) * grid;
    }
    return check == target ? check : sum;
  }

  private static double part(Inputs in, int i) {
    return in.weight(i) == 0 ? 0.0 : in.share(i) * in.score(i);
  }

  private static double[] parts(Inputs in) {
    double[] c = new double[in.size()];
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int largest = -1;
    for (int i = 0; i < c.length; i++) {
      if (in.weight(i) == 0) {
        continue;
      }
      c[i] = in.share(i) * in.score(i);
      sum += c[i];
      lo = Math.min(lo, in.score(i));
      hi = Math.max(hi, in.score(i));
      if (largest < 0 || c[i] > c[largest]) {
        largest = i;
      }
    }
    double target = Math.max(lo, Math.min(hi, sum));
    if (target == sum || target == 0) {
      return c;
    }
    // Rounding put the sum outside the children. Put every other contribution on a grid of two
    // ulps of the target, where partial sums are exact, and let the largest take the rest: the
    // in-order sum is then exactly the target.
    double[] exact = c.clone();
    double grid = 2 * Math.ulp(target);
    double others = 0;
    for (int i = 0; i < exact.length; i++) {
      if (i != largest) {
        exact[i] = Math.rint(exact[i] / grid) * grid;
        others += exact[i];
      }
    }
    exact[largest] = target - others;
    double check = 0;
    for (double part : exact) {
      check += part;
    }
    // Only a target a few ulps below a power of two can defeat the grid; then keep the plain sum.
    return check == target ? exact : c;
  }
}
