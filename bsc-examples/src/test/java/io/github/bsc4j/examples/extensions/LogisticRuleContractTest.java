package io.github.bsc4j.examples.extensions;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.testkit.ScoringRuleContract;
import java.util.List;

class LogisticRuleContractTest implements ScoringRuleContract {
  @Override public ScoringRule rule() { return new LogisticRule(); }
  @Override public boolean scoresOneAtTarget() { return false; } // an S-curve never reaches 1
  @Override public boolean registeredAsService() { return true; }
  @Override public List<Indicator> badDefinitions() {
    return List.of(Indicator.builder("health").leading().scoring("logistic").inRange().build());
  }
}
