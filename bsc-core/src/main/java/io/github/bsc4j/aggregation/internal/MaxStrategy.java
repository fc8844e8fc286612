package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Optional;

/** {@code max}: the best counted child; it contributes its whole score, the others nothing. */
public final class MaxStrategy implements AggregationStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public MaxStrategy() {}

  @Override
  public String name() {
    return "max";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    return Strategies.noParameters(spec);
  }

  @Override
  public double aggregate(AggregationInput in) {
    return Strategies.extremeScore(in, false);
  }

  @Override
  public Optional<double[]> contributions(AggregationInput in) {
    int chosen = Strategies.extreme(in, false);
    return chosen < 0 ? Optional.empty() : Optional.of(Strategies.picked(in, chosen));
  }
}
