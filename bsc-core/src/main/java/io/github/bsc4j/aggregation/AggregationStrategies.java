package io.github.bsc4j.aggregation;

import io.github.bsc4j.internal.Registry;
import io.github.bsc4j.model.UserText;
import io.github.bsc4j.scoring.ExtensionRegistrationException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, thread-safe registry of aggregation strategies by name.
 *
 * <pre>{@code
 * AggregationStrategies registry = AggregationStrategies.builder()
 *     .addServiceLoaded()   // the built-ins and every strategy on the class or module path
 *     .add(new PenalisedMean())   // one registered in code
 *     .build();
 * }</pre>
 *
 * <p>Names are unique: registering an extension of another class under a taken name throws an
 * {@link ExtensionRegistrationException}; registering one of the same class again (the
 * example's {@code PenalisedMean} is also a service of the examples, so {@code
 * addServiceLoaded()} has already found it) replaces the earlier registration and keeps its
 * place in the order.
 */
public final class AggregationStrategies {
  private final Map<String, AggregationStrategy> byName;

  private AggregationStrategies(Map<String, AggregationStrategy> byName) {
    this.byName = byName;
  }

  /**
   * The aggregation strategies found through {@link java.util.ServiceLoader}: the five built-ins
   * and any registered by libraries on the class or module path.
   *
   * @return the registry
   * @throws ExtensionRegistrationException if a provider cannot be loaded, or two providers of
   *     different classes share a name
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
   * Looks an aggregation strategy up by name.
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
        new Registry<>("aggregation strategy", AggregationStrategy.class, AggregationStrategy::name,
            ExtensionRegistrationException::new, UserText::quote);

    private Builder() {}

    /**
     * Registers an aggregation strategy.
     *
     * @param extension the aggregation strategy
     * @return this builder
     * @throws NullPointerException if {@code extension} is null
     * @throws ExtensionRegistrationException if its {@code name()} throws or returns null or a
     *     malformed name, or an extension of another class has that name
     */
    public Builder add(AggregationStrategy extension) {
      registry.add(extension);
      return this;
    }

    /**
     * Registers every aggregation strategy {@link java.util.ServiceLoader} finds through the thread's
     * context class loader (or this library's, when there is none): the built-ins and every one
     * on the class or module path.
     *
     * @return this builder
     * @throws ExtensionRegistrationException if a provider cannot be loaded (its class is
     *     missing or its constructor throws) or registered
     */
    public Builder addServiceLoaded() {
      registry.addServiceLoaded();
      return this;
    }

    /**
     * Registers every aggregation strategy {@link java.util.ServiceLoader} finds through the given class
     * loader (and, for the module path, the modules of its layer).
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws NullPointerException if {@code loader} is null
     * @throws ExtensionRegistrationException if a provider cannot be loaded (its class is
     *     missing or its constructor throws) or registered
     */
    public Builder addServiceLoaded(ClassLoader loader) {
      registry.addServiceLoaded(loader);
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
