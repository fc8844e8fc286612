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
    return in.score(Strategies.extreme(in, true));
  }

  @Override
  public Optional<double[]> contributions(AggregationInput in) {
    return Optional.of(Strategies.picked(in, Strategies.extreme(in, true)));
  }
}
