package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/**
 * {@code piecewise}: points {@code (x_i, s_i)} with strictly increasing {@code x_i}, linear
 * interpolation between them, flat outside. Needs at least two points, scores in {@code [0,
 * cap]}.
 */
public final class PiecewiseRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public PiecewiseRule() {
    super("piecewise", RuleKernel.PIECEWISE, Set.of(), false, true);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    List<Point> points = indicator.scoring().points();
    if (points.size() < 2) {
      problems.add(
          ParameterProblem.of(
              "points", "needs at least 2 points, has " + points.size()));
    }
    for (Point p : points) {
      if (p.score() > indicator.cap()) {
        problems.add(
            ParameterProblem.of(
                "points",
                "point at x="
                    + p.x()
                    + " scores "
                    + p.score()
                    + ", above the cap "
                    + indicator.cap()));
      }
    }
  }

  @Override
  public double score(ScoringInput in) {
    return RuleKernel.of(this, in.indicator()).score(in.actual(), Double.NaN, Double.NaN);
  }

  /** The score at {@code a} on the line through the points {@code (x[i], score[i])}. */
  static double piecewise(double a, double[] x, double[] score) {
    if (a <= x[0]) {
      return score[0];
    }
    for (int i = 1; i < x.length; i++) {
      if (a < x[i]) {
        // The position within the segment, in [0, 1], without x-differences overflowing.
        double f = fraction(a, x[i - 1], x[i], x[i - 1]);
        double s = score[i - 1] + f * (score[i] - score[i - 1]);
        // Rounding must never leave the segment's own range (a tiny negative score would be an
        // error).
        double lo = Math.min(score[i - 1], score[i]);
        double hi = Math.max(score[i - 1], score[i]);
        return Math.max(lo, Math.min(hi, s));
      }
    }
    return score[x.length - 1];
  }
}
