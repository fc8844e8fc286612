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
    super("piecewise", Set.of(), false, true);
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
    double a = in.actual();
    List<Point> points = in.indicator().scoring().points();
    Point first = points.get(0);
    if (a <= first.x()) {
      return first.score();
    }
    for (int i = 1; i < points.size(); i++) {
      Point right = points.get(i);
      if (a < right.x()) {
        Point left = points.get(i - 1);
        // The position within the segment, in [0, 1], without x-differences overflowing.
        double f = fraction(a, left.x(), right.x(), left.x());
        double s = left.score() + f * (right.score() - left.score());
        // Rounding must never leave the segment's own range (a tiny negative score would be an
        // error).
        double lo = Math.min(left.score(), right.score());
        double hi = Math.max(left.score(), right.score());
        return Math.max(lo, Math.min(hi, s));
      }
    }
    return points.get(points.size() - 1).score();
  }
}
