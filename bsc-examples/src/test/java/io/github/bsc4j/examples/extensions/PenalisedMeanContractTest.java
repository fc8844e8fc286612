package io.github.bsc4j.examples.extensions;

import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.testkit.AggregationStrategyContract;

class PenalisedMeanContractTest implements AggregationStrategyContract {
  @Override public AggregationStrategy strategy() {
    return new PenalisedMean();
  }

  @Override public boolean registeredAsService() {
    return true;
  }
}
