package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Optional;

/** {@code min}: the worst counted child; it contributes its whole score, the others nothing. */
public final class MinStrategy implements AggregationStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public MinStrategy() {}

  @Override
  public String name() {
    return "min";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    return Strategies.noParameters(spec);
  }

  @Override
  public double aggregate(AggregationInput in) {
    return Strategies.extremeScore(in, true);
  }

  @Override
  public Optional<double[]> contributions(AggregationInput in) {
    int chosen = Strategies.extreme(in, true);
    return chosen < 0 ? Optional.empty() : Optional.of(Strategies.picked(in, chosen));
  }
}
