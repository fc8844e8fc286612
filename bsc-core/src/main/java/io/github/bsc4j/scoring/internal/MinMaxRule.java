package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/**
 * {@code min-max}: higher is better {@code (a - min) / (max - min)}, lower is better {@code (max -
 * a) / (max - min)}, clamped to {@code [0, cap]}.
 */
public final class MinMaxRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public MinMaxRule() {
    super("min-max", RuleKernel.MIN_MAX, Set.of(), false, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    requireDirectional(indicator, problems);
    if (indicator.min().isEmpty()) {
      problems.add(ParameterProblem.of("min", "the indicator's min is required by this rule"));
    }
    if (indicator.max().isEmpty()) {
      problems.add(ParameterProblem.of("max", "the indicator's max is required by this rule"));
    }
  }

  @Override
  public double score(ScoringInput in) {
    return minMax(in.polarity() == Polarity.LOWER_IS_BETTER, in.cap(), in.actual(),
        in.indicator().min().orElseThrow(), in.indicator().max().orElseThrow());
  }

  static double minMax(boolean lower, double cap, double a, double min, double max) {
    double raw = lower ? fraction(max, a, max, min) : fraction(a, min, max, min);
    return clamp(cap, raw);
  }
}
