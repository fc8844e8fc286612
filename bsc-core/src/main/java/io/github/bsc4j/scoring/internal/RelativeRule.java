package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/**
 * {@code relative}, for zero or negative targets: with {@code d = |t|} (or the parameter {@code
 * scale}, default 1, when {@code t = 0}), higher is better {@code (a - t + d) / d}, lower is
 * better {@code 1 - (a - t) / d}; clamped to {@code [0, cap]}. Computed as {@code 1 ± (a - t) /
 * d}, which is {@code (a - t + d) / d} without the sum overflowing.
 */
public final class RelativeRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public RelativeRule() {
    super("relative", RuleKernel.RELATIVE, Set.of("scale"), false, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    requireDirectional(indicator, problems);
    requireTarget(indicator, problems);
    Double scale = indicator.scoring().parameters().get("scale");
    if (scale != null && !(scale > 0)) {
      problems.add(ParameterProblem.of("scale", "must be above 0, was " + scale));
    }
  }

  @Override
  public double score(ScoringInput in) {
    return relative(in.polarity() == Polarity.LOWER_IS_BETTER, in.cap(), in.actual(),
        in.target().orElseThrow(), in.parameter("scale").orElse(1.0));
  }

  static double relative(boolean lower, double cap, double a, double t, double scale) {
    double d = t != 0 ? Math.abs(t) : scale;
    double relative = fraction(a, t, d, 0.0); // (a - t) / d, without overflow
    return clamp(cap, lower ? 1 - relative : 1 + relative);
  }
}
