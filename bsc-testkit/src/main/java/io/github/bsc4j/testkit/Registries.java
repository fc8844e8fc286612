package io.github.bsc4j.testkit;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;

/** Registries of the built-ins plus the extension under test, which wins a name clash. */
final class Registries {
  private Registries() {}

  static ScoringRules with(ScoringRule rule) {
    ScoringRules builtIns = ScoringRules.load();
    ScoringRules.Builder b = ScoringRules.builder();
    builtIns.names().stream()
        .filter(name -> !name.equals(rule.name()))
        .forEach(name -> b.add(builtIns.find(name).orElseThrow()));
    return b.add(rule).build();
  }

  static AggregationStrategies with(AggregationStrategy strategy) {
    AggregationStrategies builtIns = AggregationStrategies.load();
    AggregationStrategies.Builder b = AggregationStrategies.builder();
    builtIns.names().stream()
        .filter(name -> !name.equals(strategy.name()))
        .forEach(name -> b.add(builtIns.find(name).orElseThrow()));
    return b.add(strategy).build();
  }
}
