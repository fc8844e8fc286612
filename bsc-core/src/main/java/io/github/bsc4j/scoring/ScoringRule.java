package io.github.bsc4j.scoring;

import io.github.bsc4j.model.Indicator;
import java.util.List;

/**
 * The scoring-rule SPI: turns an indicator's actual value into a score, where 0 means nothing
 * achieved, 1 means target met, and values up to the indicator's {@link Indicator#cap() cap}
 * reward over-achievement.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader} (declare them in {@code
 * module-info} with {@code provides io.github.bsc4j.scoring.ScoringRule with ...} and in {@code
 * META-INF/services/io.github.bsc4j.scoring.ScoringRule}) or registered in code with {@link
 * ScoringRules.Builder#add(ScoringRule)}. Indicators refer to a rule by {@link #name()}.
 *
 * <p>Contract: {@link #score} is a pure function of its input, safe to call from many threads at
 * once, and returns a finite number in {@code [0, cap]}. A rule that throws or returns NaN, an
 * infinity, a negative number or more than the cap makes the evaluation fail with an error naming
 * the rule and the indicator; the engine never clamps or hides it. {@code bsc-testkit}'s {@code
 * ScoringRuleContract} checks all of this.
 */
public interface ScoringRule {

  /**
   * The name indicators use to choose this rule; well-formed like an id and unique in a
   * registry.
   *
   * @return the name
   */
  String name();

  /**
   * Checks an indicator's definition for this rule once, when a scorecard is compiled: required
   * baseline, target or bounds, parameter values, polarity. The default accepts everything.
   *
   * @param indicator the indicator that uses this rule
   * @return the problems found, each naming the parameter; empty when the indicator is fine
   */
  default List<ParameterProblem> validate(Indicator indicator) {
    return List.of();
  }

  /**
   * Scores one actual value.
   *
   * @param input the indicator, actual value, and the period's target and baseline
   * @return a finite score in {@code [0, input.cap()]}
   */
  double score(ScoringInput input);
}
