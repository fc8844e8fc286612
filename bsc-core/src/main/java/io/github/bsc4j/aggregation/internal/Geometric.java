package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;

/**
 * {@code geometric}: {@code Π s^(w/Σw)}; any child scoring 0 gives 0, so a weak child cannot be
 * compensated by a strong one.
 */
public final class Geometric implements AggregationStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public Geometric() {}

  @Override
  public String name() {
    return "geometric";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    return Strategies.noParameters(spec);
  }

  @Override
  public double aggregate(AggregationInput in) {
    return Strategies.geometric(Inputs.of(in));
  }
}
