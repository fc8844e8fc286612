package io.github.bsc4j.testkit;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import net.jqwik.api.Group;

/** Every built-in aggregation strategy of bsc-core, proven by the kit. */
class BuiltInStrategiesContractTest {
  static final AggregationStrategies BUILT_INS = AggregationStrategies.load();

  static AggregationStrategy builtIn(String name) {
    return BUILT_INS.find(name).orElseThrow();
  }

  /** A built-in with a spec; every one is registered as a service. */
  abstract static class BuiltIn implements AggregationStrategyContract {
    private final AggregationSpec spec;

    BuiltIn(AggregationSpec spec) {
      this.spec = spec;
    }

    @Override
    public AggregationStrategy strategy() {
      return builtIn(spec.name());
    }

    @Override
    public AggregationSpec spec() {
      return spec;
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }
  }

  @Group
  class WeightedMean extends BuiltIn {
    WeightedMean() {
      super(AggregationSpec.weightedMean());
    }
  }

  @Group
  class Geometric extends BuiltIn {
    Geometric() {
      super(AggregationSpec.geometric());
    }
  }

  @Group
  class HarmonicPowerMean extends BuiltIn {
    HarmonicPowerMean() {
      super(AggregationSpec.powerMean(-1));
    }
  }

  @Group
  class SquareRootPowerMean extends BuiltIn {
    SquareRootPowerMean() {
      super(AggregationSpec.powerMean(0.5));
    }
  }

  @Group
  class CubicPowerMean extends BuiltIn {
    CubicPowerMean() {
      super(AggregationSpec.powerMean(3));
    }
  }

  @Group
  class Min extends BuiltIn {
    Min() {
      super(AggregationSpec.min());
    }
  }

  @Group
  class Max extends BuiltIn {
    Max() {
      super(AggregationSpec.max());
    }
  }
}
