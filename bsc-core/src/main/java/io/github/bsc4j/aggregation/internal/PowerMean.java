package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code power-mean} with exponent {@code p} in {@code [-100, 100]}: {@code (Σ w·s^p / Σ w)^(1/p)};
 * {@code p = 0} is the geometric mean, {@code p = 1} the weighted mean; for {@code p < 0} a child
 * scoring 0 gives 0.
 *
 * <p>Computed as {@code m · (Σ share·(s/m)^p)^(1/p)} with {@code m} the largest score for {@code
 * p > 0} and the smallest for {@code p < 0}, so no power overflows or underflows for any finite
 * scores and weights; near a mean of 1 the sum is taken as {@code Σ share·expm1(p·ln(s/m))} so that
 * a small {@code |p|} does not magnify rounding. For {@code |p|} below {@value #GEOMETRIC_BELOW}
 * the result is the geometric mean, within {@code 3e-15} relative of the power mean when every
 * counted score is positive (a child scoring 0 makes it 0; the power mean need not be 0).
 */
public final class PowerMean implements AggregationStrategy {
  /** The largest exponent accepted, by absolute value. */
  public static final double MAX_EXPONENT = 100;

  /**
   * Below this {@code |p|} the strategy computes the geometric mean: the power mean differs from it
   * by about {@code p·Var(ln s)/2} relative, under {@code 3e-15} for any finite positive scores.
   */
  public static final double GEOMETRIC_BELOW = 1e-20;

  /** Creates the strategy (for ServiceLoader). */
  public PowerMean() {}

  @Override
  public String name() {
    return "power-mean";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    List<ParameterProblem> problems = new ArrayList<>();
    for (String name : spec.parameters().keySet()) {
      if (!name.equals("p")) {
        problems.add(
            ParameterProblem.of(name, "is not a parameter of this strategy; its only one is p"));
      }
    }
    Double p = spec.parameters().get("p");
    if (p == null) {
      problems.add(ParameterProblem.of("p", "is required by this strategy"));
    } else if (!(Math.abs(p) <= MAX_EXPONENT)) {
      problems.add(ParameterProblem.of("p", "must lie in [-100, 100], was " + p));
    }
    return List.copyOf(problems);
  }

  @Override
  public double aggregate(AggregationInput in) {
    return powerMean(Inputs.of(in), in.parameter("p").orElseThrow());
  }

  /** The power mean of exponent {@code p}. */
  static double powerMean(Inputs in, double p) {
    if (Math.abs(p) < GEOMETRIC_BELOW) {
      return Strategies.geometric(in);
    }
    // Factor the extreme score m out (the largest for p > 0, the smallest for p < 0): every ratio
    // r = s / m raised to p is then at most 1, so no power overflows, and the extreme child's own
    // term is its share, so the sum underflows only where that share does (a weight below 2^-1074
    // times the largest); the mean is then clamped to the children below.
    double m = Strategies.extremeScore(in, p < 0);
    if (m == 0.0) {
      return 0.0; // p < 0 with a child scoring 0, or p > 0 with every child scoring 0
    }
    double mean = 0.0; // Σ share·r^p, in [0, 1]
    for (int i = 0; i < in.size(); i++) {
      if (in.weight(i) != 0) {
        mean += in.share(i) * power(in.score(i), m, p);
      }
    }
    double logMean;
    if (mean > 0.5) {
      // Near 1 (small |p|, or children close together) the mean carries little information in its
      // low bits; sum r^p - 1 with expm1 instead and take log1p, so that dividing by a small p
      // does not magnify rounding.
      double excess = 0.0;
      for (int i = 0; i < in.size(); i++) {
        if (in.weight(i) != 0) {
          excess += in.share(i) * Math.expm1(p * logRatio(in.score(i), m));
        }
      }
      logMean = Math.log1p(excess);
    } else {
      logMean = Math.log(mean);
    }
    double factor = Math.exp(logMean / p); // M / m
    double result =
        factor >= Double.MIN_NORMAL && factor <= Double.MAX_VALUE
            ? m * factor
            : Math.exp(Math.log(m) + logMean / p);
    return Strategies.withinChildren(in, result);
  }

  /** {@code (s / m)^p}, through logarithms where the ratio leaves the normal range. */
  private static double power(double s, double m, double p) {
    double r = s / m;
    return r >= Double.MIN_NORMAL && r <= Double.MAX_VALUE
        ? Math.pow(r, p)
        : Math.exp(p * (Math.log(s) - Math.log(m)));
  }

  /** {@code ln(s / m)}, without the ratio overflowing or underflowing. */
  private static double logRatio(double s, double m) {
    double r = s / m;
    return r >= Double.MIN_NORMAL && r <= Double.MAX_VALUE
        ? Math.log(r)
        : Math.log(s) - Math.log(m);
  }
}
