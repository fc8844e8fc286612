package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Optional;

/**
 * {@code weighted-mean}: {@code Σ w·s / Σ w}, computed as the sum, in definition order, of the
 * contributions {@code w·s / Σ w}, so that the contributions add up exactly to the score.
 */
public final class WeightedMean implements AggregationStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public WeightedMean() {}

  @Override
  public String name() {
    return "weighted-mean";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    return Strategies.noParameters(spec);
  }

  @Override
  public double aggregate(AggregationInput in) {
    if (!in.hasData()) {
      return Double.NaN;
    }
    double total = in.totalWeight();
    double sum = 0;
    for (int i = 0; i < in.size(); i++) {
      sum += in.weight(i) * in.score(i) / total;
    }
    return sum;
  }

  @Override
  public Optional<double[]> contributions(AggregationInput in) {
    if (!in.hasData()) {
      return Optional.empty();
    }
    double total = in.totalWeight();
    double[] c = new double[in.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = in.weight(i) * in.score(i) / total;
    }
    return Optional.of(c);
  }
}
