/**
 * Aggregation: the {@link io.github.bsc4j.aggregation.AggregationStrategy} SPI that combines the
 * scores of a node's children, and the {@link io.github.bsc4j.aggregation.AggregationStrategies}
 * registry (built-ins and custom strategies found through {@link java.util.ServiceLoader} or
 * registered in code).
 */
package io.github.bsc4j.aggregation;
