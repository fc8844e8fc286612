package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/**
 * {@code ratio}: higher is better {@code a / t}, lower is better {@code t / a}; needs {@code t >
 * 0}; {@code a <= 0} with lower is better scores the cap; clamped to {@code [0, cap]}.
 */
public final class RatioRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public RatioRule() {
    super("ratio", RuleKernel.RATIO, Set.of(), false, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    requireDirectional(indicator, problems);
    requireTarget(indicator, problems);
    for (double t : targets(indicator)) {
      if (!(t > 0)) {
        problems.add(
            ParameterProblem.of(
                "target", "must be above 0 for this rule, was " + t + "; use 'relative' for zero or negative targets"));
      }
    }
  }

  @Override
  public double score(ScoringInput in) {
    return ratio(in.polarity() == Polarity.LOWER_IS_BETTER, in.cap(), in.actual(),
        in.target().orElseThrow());
  }

  static double ratio(boolean lower, double cap, double a, double t) {
    if (lower) {
      return a <= 0 ? cap : clamp(cap, t / a);
    }
    return clamp(cap, a / t);
  }
}
