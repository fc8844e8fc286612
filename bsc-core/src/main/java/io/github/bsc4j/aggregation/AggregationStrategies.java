package io.github.bsc4j.aggregation;

import io.github.bsc4j.internal.Registry;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, thread-safe registry of aggregation strategys by name.
 *
 * <pre>{@code
 * AggregationStrategies registry = AggregationStrategies.builder()
 *     .addServiceLoaded()   // the built-ins and every aggregation strategy on the class or module path
 *     .add(new PenalisedMean())   // one registered in code
 *     .build();
 * }</pre>
 */
public final class AggregationStrategies {
  private final Map<String, AggregationStrategy> byName;

  private AggregationStrategies(Map<String, AggregationStrategy> byName) {
    this.byName = byName;
  }

  /**
   * The aggregation strategys found through {@link java.util.ServiceLoader}: the five built-ins and any
   * registered by libraries on the class or module path.
   *
   * @return the registry
   * @throws IllegalArgumentException if two providers share a name
   */
  public static AggregationStrategies load() {
    return builder().addServiceLoaded().build();
  }

  /**
   * Starts an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Looks a aggregation strategy up by name.
   *
   * @param name the name
   * @return the aggregation strategy, if registered
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<AggregationStrategy> find(String name) {
    return Registry.find(byName, name);
  }

  /**
   * The registered names, in registration order.
   *
   * @return an unmodifiable set
   */
  public Set<String> names() {
    return Registry.names(byName);
  }

  /**
   * Lists the registered names.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "AggregationStrategies" + byName.keySet();
  }

  /** Builds {@link AggregationStrategies}; not thread-safe. */
  public static final class Builder {
    private final Registry<AggregationStrategy> registry =
        new Registry<>("aggregation strategy", AggregationStrategy.class, AggregationStrategy::name);

    private Builder() {}

    /**
     * Registers a aggregation strategy.
     *
     * @param extension the aggregation strategy
     * @return this builder
     * @throws NullPointerException if {@code extension} or its name is null
     * @throws IllegalArgumentException if the name is malformed or already registered
     */
    public Builder add(AggregationStrategy extension) {
      registry.add(extension);
      return this;
    }

    /**
     * Registers every aggregation strategy {@link java.util.ServiceLoader} finds.
     *
     * @return this builder
     * @throws IllegalArgumentException if a name is registered twice
     */
    public Builder addServiceLoaded() {
      registry.addServiceLoaded();
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public AggregationStrategies build() {
      return new AggregationStrategies(registry.snapshot());
    }
  }
}
