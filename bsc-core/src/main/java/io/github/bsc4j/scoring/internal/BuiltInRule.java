package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Shared validation and arithmetic of the built-in rules.
 *
 * <p>Every built-in returns a finite score in {@code [0, cap]} for any finite actual value and any
 * finite parameters it accepts, never NaN, and the score moves monotonically with the actual value
 * as the rule promises: differences of numbers near {@code ±Double.MAX_VALUE} are taken without
 * overflow (see {@link #fraction}), and a quotient that overflows is an infinity, which the clamp
 * turns into 0 or the cap.
 */
abstract class BuiltInRule implements ScoringRule {
  private final String name;
  private final Set<String> parameters;
  private final boolean usesBands;
  private final boolean usesPoints;

  private final int code;

  BuiltInRule(
      String name, int code, Set<String> parameters, boolean usesBands, boolean usesPoints) {
    this.name = name;
    this.code = code;
    this.parameters = parameters;
    this.usesBands = usesBands;
    this.usesPoints = usesPoints;
  }

  /** Which of {@link RuleKernel}'s rules this is. */
  final int code() {
    return code;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<ParameterProblem> validate(Indicator indicator) {
    List<ParameterProblem> problems = new ArrayList<>();
    for (String p : indicator.scoring().parameters().keySet()) {
      if (!parameters.contains(p)) {
        problems.add(
            ParameterProblem.of(
                p,
                "is not a parameter of this rule"
                    + (parameters.isEmpty()
                        ? ", which takes none"
                        : "; its parameters are " + new TreeSet<>(parameters))));
      }
    }
    if (!usesBands && !indicator.scoring().bands().isEmpty()) {
      problems.add(ParameterProblem.of("bands", "are not used by this rule"));
    }
    if (!usesPoints && !indicator.scoring().points().isEmpty()) {
      problems.add(ParameterProblem.of("points", "are not used by this rule"));
    }
    check(indicator, problems);
    return List.copyOf(problems);
  }

  /** Adds the rule's own problems. */
  abstract void check(Indicator indicator, List<ParameterProblem> problems);

  final void requireDirectional(Indicator indicator, List<ParameterProblem> problems) {
    if (indicator.polarity() == Polarity.IN_RANGE) {
      problems.add(
          ParameterProblem.of(
              "polarity",
              "must be HIGHER_IS_BETTER or LOWER_IS_BETTER for this rule; use 'in-range' for"
                  + " IN_RANGE indicators"));
    }
  }

  final void requireTarget(Indicator indicator, List<ParameterProblem> problems) {
    if (indicator.target().isEmpty()) {
      problems.add(ParameterProblem.of("target", "is required by this rule"));
    }
  }

  final void requireBaseline(Indicator indicator, List<ParameterProblem> problems) {
    if (!indicator.hasBaseline()) {
      problems.add(ParameterProblem.of("baseline", "is required by this rule"));
    }
  }

  static List<Double> targets(Indicator indicator) {
    return indicator.target().map(Target::values).orElse(List.of());
  }

  /**
   * {@code (x - y) / (u - v)}, for {@code u != v}, without overflow in the differences: when one
   * overflows, both are taken between halved operands. Halving is exact for normal numbers and
   * commutes with rounding, so this changes no bit wherever the plain differences are finite (a
   * subnormal operand only meets a halved difference next to a number near the overflow
   * threshold, where it does not count). The quotient is finite or an infinity, never NaN.
   */
  static double fraction(double x, double y, double u, double v) {
    double numerator = x - y;
    double denominator = u - v;
    if (Double.isInfinite(numerator) || Double.isInfinite(denominator)) {
      numerator = x / 2 - y / 2;
      denominator = u / 2 - v / 2;
    }
    return numerator / denominator;
  }

  static boolean meets(boolean lower, double actual, double target) {
    return lower ? actual <= target : actual >= target;
  }

  static double clamp(double cap, double raw) {
    return Math.max(0.0, Math.min(cap, raw));
  }
}
