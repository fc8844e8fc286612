package io.github.bsc4j.examples.extensions;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code logistic}: an S-curve for CRM customer health, {@code 1 / (1 + e^(-k (a - m)))} for
 * higher-is-better ({@code e^(+k ...)} for lower-is-better), with the parameters {@code midpoint}
 * {@code m} (default 50, where the score is 0.5) and {@code steepness} {@code k} (default 0.1,
 * above 0). Scores approach but never reach 0 and 1, so a healthy account still has room to grow.
 */
public final class LogisticRule implements ScoringRule {
  /** Creates the rule (for ServiceLoader). */
  public LogisticRule() {}

  @Override
  public String name() {
    return "logistic";
  }

  @Override
  public List<ParameterProblem> validate(Indicator indicator) {
    List<ParameterProblem> problems = new ArrayList<>();
    if (indicator.polarity() == Polarity.IN_RANGE) {
      problems.add(ParameterProblem.of("polarity", "must be higher- or lower-is-better"));
    }
    indicator.scoring().parameters().forEach((name, value) -> {
      if (!name.equals("midpoint") && !name.equals("steepness")) {
        problems.add(ParameterProblem.of(name, "is not a parameter; use midpoint and steepness"));
      }
    });
    double k = indicator.scoring().parameters().getOrDefault("steepness", 0.1);
    if (!(k > 0)) {
      problems.add(ParameterProblem.of("steepness", "must be above 0, was " + k));
    }
    return problems;
  }

  @Override
  public double score(ScoringInput in) {
    double m = in.parameter("midpoint").orElse(50);
    double k = in.parameter("steepness").orElse(0.1);
    double direction = in.polarity() == Polarity.LOWER_IS_BETTER ? -1 : 1;
    return 1 / (1 + Math.exp(-direction * k * (in.actual() - m)));
  }
}
