package io.github.bsc4j.scoring;

import io.github.bsc4j.internal.Registry;
import io.github.bsc4j.model.UserText;
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
 *
 * <p>Names are unique: registering an extension of another class under a taken name throws an
 * {@link ExtensionRegistrationException}; registering one of the same class again (the
 * example's {@code LogisticRule} is also a service of the examples, so {@code
 * addServiceLoaded()} has already found it) replaces the earlier registration and keeps its
 * place in the order.
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
   * @throws ExtensionRegistrationException if a provider cannot be loaded, or two providers of
   *     different classes share a name
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
        new Registry<>("scoring rule", ScoringRule.class, ScoringRule::name,
            ExtensionRegistrationException::new, UserText::quote);

    private Builder() {}

    /**
     * Registers a scoring rule.
     *
     * @param extension the scoring rule
     * @return this builder
     * @throws NullPointerException if {@code extension} is null
     * @throws ExtensionRegistrationException if its {@code name()} throws or returns null or a
     *     malformed name, or an extension of another class has that name
     */
    public Builder add(ScoringRule extension) {
      registry.add(extension);
      return this;
    }

    /**
     * Registers every scoring rule {@link java.util.ServiceLoader} finds through the thread's
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
     * Registers every scoring rule {@link java.util.ServiceLoader} finds through the given class
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
    public ScoringRules build() {
      return new ScoringRules(registry.snapshot());
    }
  }
}
