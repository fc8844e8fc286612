/**
 * bsc4j testkit: contract tests ({@link io.github.bsc4j.testkit.ScoringRuleContract}, {@link
 * io.github.bsc4j.testkit.AggregationStrategyContract}) that prove a custom scoring rule or
 * aggregation strategy obeys the engine's laws, and jqwik arbitraries ({@link
 * io.github.bsc4j.testkit.BscArbitraries}) for property-testing scorecards.
 */
module io.github.bsc4j.testkit {
  requires transitive io.github.bsc4j.core;
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;

  exports io.github.bsc4j.testkit;
}
