package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/** {@code binary}: 1 if {@code a} meets {@code t} in the polarity's direction, else 0. */
public final class BinaryRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public BinaryRule() {
    super("binary", RuleKernel.BINARY, Set.of(), false, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    requireDirectional(indicator, problems);
    requireTarget(indicator, problems);
  }

  @Override
  public double score(ScoringInput in) {
    return binary(in.polarity() == Polarity.LOWER_IS_BETTER, in.actual(),
        in.target().orElseThrow());
  }

  static double binary(boolean lower, double a, double t) {
    return meets(lower, a, t) ? 1.0 : 0.0;
  }
}
