package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/**
 * {@code linear}: {@code (a - b) / (t - b)} clamped to {@code [0, cap]}; for {@code t = b}, 1 if
 * {@code a} meets {@code t} in the polarity's direction, else 0.
 */
public final class LinearRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public LinearRule() {
    super("linear", RuleKernel.LINEAR, Set.of(), false, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    requireDirectional(indicator, problems);
    requireBaseline(indicator, problems);
    requireTarget(indicator, problems);
  }

  @Override
  public double score(ScoringInput in) {
    return linear(in.polarity() == Polarity.LOWER_IS_BETTER, in.cap(), in.actual(),
        in.target().orElseThrow(), in.baseline().orElseThrow());
  }

  static double linear(boolean lower, double cap, double a, double t, double b) {
    if (t == b) {
      return meets(lower, a, t) ? 1.0 : 0.0;
    }
    return clamp(cap, fraction(a, b, t, b));
  }
}
