package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Optional;

/** {@code min} and {@code max}: the chosen child contributes its whole score, the others 0. */
abstract class ExtremeStrategy implements AggregationStrategy {
  private final String name;
  private final boolean lowest;

  ExtremeStrategy(String name, boolean lowest) {
    this.name = name;
    this.lowest = lowest;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<ParameterProblem> validate(AggregationSpec spec) {
    return Strategies.noParameters(spec);
  }

  @Override
  public final double aggregate(AggregationInput in) {
    return Strategies.extremeScore(Inputs.of(in), lowest);
  }

  @Override
  public final Optional<double[]> contributions(AggregationInput in) {
    Inputs inputs = Inputs.of(in);
    return Optional.of(Strategies.picked(inputs, Strategies.extreme(inputs, lowest)));
  }
}
