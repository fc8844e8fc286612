/**
 * Contract tests and arbitraries for extenders of bsc4j.
 *
 * <p>To prove a custom aggregation strategy, implement {@link
 * io.github.bsc4j.testkit.AggregationStrategyContract} in a test class and return the strategy;
 * to prove a custom scoring rule, implement {@link io.github.bsc4j.testkit.ScoringRuleContract}.
 * jqwik runs the inherited properties; a broken law fails with a message naming the law, the
 * extension and the input that broke it.
 */
package io.github.bsc4j.testkit;
