package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code power-mean} with exponent {@code p} in {@code [-100, 100]}: {@code (Σ w·s^p / Σ w)^(1/p)};
 * {@code p = 0} is the geometric mean, {@code p = 1} the weighted mean; for {@code p < 0} a child
 * scoring 0 gives 0.
 */
public final class PowerMean implements AggregationStrategy {
  /** The largest exponent accepted, by absolute value; beyond it powers overflow. */
  public static final double MAX_EXPONENT = 100;

  /** Creates the strategy (for ServiceLoader). */
  public PowerMean() {}

  @Override
  public String name() {
    return "power-mean";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    List<ParameterProblem> problems = new ArrayList<>();
    for (String name : spec.parameters().keySet()) {
      if (!name.equals("p")) {
        problems.add(
            ParameterProblem.of(name, "is not a parameter of this strategy; its only one is p"));
      }
    }
    Double p = spec.parameters().get("p");
    if (p == null) {
      problems.add(ParameterProblem.of("p", "is required by this strategy"));
    } else if (!(Math.abs(p) <= MAX_EXPONENT)) {
      problems.add(ParameterProblem.of("p", "must lie in [-100, 100], was " + p));
    }
    return List.copyOf(problems);
  }

  @Override
  public double aggregate(AggregationInput in) {
    double p = in.parameter("p").orElseThrow();
    if (p == 0 || !in.hasData()) {
      return Strategies.geometric(in);
    }
    double total = in.totalWeight();
    double sum = 0;
    for (int i = 0; i < in.size(); i++) {
      if (in.weight(i) == 0) {
        continue;
      }
      double s = in.score(i);
      if (s == 0.0 && p < 0) {
        return 0.0;
      }
      sum += in.weight(i) * Math.pow(s, p) / total;
    }
    return Strategies.withinChildren(in, Math.pow(sum, 1 / p));
  }
}
