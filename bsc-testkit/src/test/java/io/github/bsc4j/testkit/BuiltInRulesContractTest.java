package io.github.bsc4j.testkit;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Group;

/** Every built-in scoring rule of bsc-core, proven by the kit. */
class BuiltInRulesContractTest {
  static final ScoringRules BUILT_INS = ScoringRules.load();

  static ScoringRule builtIn(String name) {
    return BUILT_INS.find(name).orElseThrow();
  }

  static Indicator.Builder kpi() {
    return Indicator.builder("kpi").lagging();
  }

  @Group
  class Linear implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("linear");
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().target(5).build(), kpi().baseline(5).build(),
          kpi().inRange().baseline(1).target(2).build());
    }
  }

  @Group
  class MinMax implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("min-max");
    }

    @Override
    public boolean scoresOneAtTarget() {
      return false; // scores the position between min and max, not progress to the target
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().scoring(ScoringSpec.minMax()).min(0).build());
    }
  }

  @Group
  class Ratio implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("ratio");
    }

    @Override
    public TargetKind targets() {
      return TargetKind.POSITIVE;
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().scoring(ScoringSpec.ratio()).baseline(-5).target(0).build());
    }
  }

  @Group
  class Relative implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("relative");
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().target(0).scoring(ScoringSpec.relative().withParameter("scale", -1))
          .build());
    }
  }

  @Group
  class Binary implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("binary");
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().scoring(ScoringSpec.binary()).build());
    }
  }

  @Group
  class InRange implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("in-range");
    }

    @Override
    public ScoringSpec spec() {
      return ScoringSpec.inRange(20, 30, 10);
    }

    @Override
    public Set<Polarity> polarities() {
      return Set.of(Polarity.IN_RANGE);
    }

    @Override
    public TargetKind targets() {
      return TargetKind.NONE;
    }

    @Override
    public Monotonicity monotonicity() {
      return Monotonicity.PEAK_IN_RANGE;
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(
          kpi().inRange().scoring(ScoringSpec.of("in-range", Map.of("low", 1.0))).build(),
          kpi().scoring(ScoringSpec.inRange(1, 2, 3)).build());
    }
  }

  @Group
  class Bands implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("bands");
    }

    @Override
    public ScoringSpec spec() {
      return ScoringSpec.bands(List.of(
          Band.of(0, 70, 0), Band.of(70, 80, 0.5), Band.of(80, 90, 1), Band.of(90, 100, 1.2)));
    }

    @Override
    public Set<Polarity> polarities() {
      return Set.of(Polarity.HIGHER_IS_BETTER);
    }

    @Override
    public TargetKind targets() {
      return TargetKind.NONE;
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().scoring(ScoringSpec.bands(List.of(Band.of(0, 1, 0), Band.of(2, 3, 1))))
          .build());
    }
  }

  @Group
  class Piecewise implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return builtIn("piecewise");
    }

    @Override
    public ScoringSpec spec() {
      return ScoringSpec.piecewise(List.of(
          Point.of(0, 0), Point.of(100_000, 0.5), Point.of(200_000, 1)));
    }

    @Override
    public Set<Polarity> polarities() {
      return Set.of(Polarity.HIGHER_IS_BETTER);
    }

    @Override
    public TargetKind targets() {
      return TargetKind.NONE;
    }

    @Override
    public boolean registeredAsService() {
      return true;
    }

    @Override
    public List<Indicator> badDefinitions() {
      return List.of(kpi().scoring(ScoringSpec.piecewise(List.of(Point.of(0, 1)))).build());
    }
  }
}
