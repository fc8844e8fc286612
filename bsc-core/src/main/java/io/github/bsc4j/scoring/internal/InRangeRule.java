package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.List;
import java.util.Set;

/**
 * {@code in-range}: 1 inside {@code [low, high]}, falling linearly to 0 at {@code tolerance}
 * outside the range. Needs an IN_RANGE indicator and the parameters {@code low}, {@code high}
 * ({@code low <= high}) and {@code tolerance} ({@code > 0}).
 */
public final class InRangeRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public InRangeRule() {
    super("in-range", RuleKernel.IN_RANGE, Set.of("low", "high", "tolerance"), false, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    if (indicator.polarity() != Polarity.IN_RANGE) {
      problems.add(
          ParameterProblem.of(
              "polarity",
              "must be IN_RANGE for this rule, was "
                  + indicator.polarity()));
    }
    var params = indicator.scoring().parameters();
    for (String required : List.of("low", "high", "tolerance")) {
      if (!params.containsKey(required)) {
        problems.add(ParameterProblem.of(required, "is required by this rule"));
      }
    }
    Double low = params.get("low");
    Double high = params.get("high");
    Double tolerance = params.get("tolerance");
    if (low != null && high != null && !(low <= high)) {
      problems.add(
          ParameterProblem.of("high", "must not lie below low " + low + ", was " + high));
    }
    if (tolerance != null && !(tolerance > 0)) {
      problems.add(ParameterProblem.of("tolerance", "must be above 0, was " + tolerance));
    }
  }

  @Override
  public double score(ScoringInput in) {
    return inRange(in.actual(), in.parameter("low").orElseThrow(),
        in.parameter("high").orElseThrow(), in.parameter("tolerance").orElseThrow());
  }

  static double inRange(double a, double low, double high, double tolerance) {
    if (a >= low && a <= high) {
      return 1.0;
    }
    double distance = a < low ? low - a : a - high;
    return Math.max(0.0, 1.0 - distance / tolerance);
  }
}
