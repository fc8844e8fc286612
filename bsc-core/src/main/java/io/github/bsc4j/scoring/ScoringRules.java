package io.github.bsc4j.scoring;

import io.github.bsc4j.internal.Registry;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, thread-safe registry of scoring rules by name.
 *
 * <pre>{@code
 * ScoringRules registry = ScoringRules.builder()
 *     .addServiceLoaded()   // the built-ins and every scoring rule on the class or module path
 *     .add(new LogisticRule())   // one registered in code
 *     .build();
 * }</pre>
 */
public final class ScoringRules {
  private final Map<String, ScoringRule> byName;

  private ScoringRules(Map<String, ScoringRule> byName) {
    this.byName = byName;
  }

  /**
   * The scoring rules found through {@link java.util.ServiceLoader}: the eight built-ins and any
   * registered by libraries on the class or module path.
   *
   * @return the registry
   * @throws IllegalArgumentException if two providers share a name
   */
  public static ScoringRules load() {
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
   * Looks a scoring rule up by name.
   *
   * @param name the name
   * @return the scoring rule, if registered
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<ScoringRule> find(String name) {
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
    return "ScoringRules" + byName.keySet();
  }

  /** Builds {@link ScoringRules}; not thread-safe. */
  public static final class Builder {
    private final Registry<ScoringRule> registry =
        new Registry<>("scoring rule", ScoringRule.class, ScoringRule::name);

    private Builder() {}

    /**
     * Registers a scoring rule.
     *
     * @param extension the scoring rule
     * @return this builder
     * @throws NullPointerException if {@code extension} or its name is null
     * @throws IllegalArgumentException if the name is malformed or already registered
     */
    public Builder add(ScoringRule extension) {
      registry.add(extension);
      return this;
    }

    /**
     * Registers every scoring rule {@link java.util.ServiceLoader} finds.
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
    public ScoringRules build() {
      return new ScoringRules(registry.snapshot());
    }
  }
}
