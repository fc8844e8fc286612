package io.github.bsc4j.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The mutable half of the extension registries: names checked, clashes rejected, ServiceLoader
 * lookups. The public registries copy it into an unmodifiable map when built.
 *
 * <p>Registering an extension of the same class as the one already registered under its name
 * replaces it (so a rule both found through ServiceLoader and added in code is registered once);
 * an extension of another class under a taken name is an error.
 *
 * @param <T> the extension type
 */
public final class Registry<T> {
  /** Makes the public registry's typed exception, which this package may not depend on. */
  @FunctionalInterface
  public interface Failure {
    /**
     * Makes the exception for a registration that failed.
     *
     * @param elementId the extension's name, or its class name when the name is unknown
     * @param provider the provider's class name
     * @param message the message
     * @param cause the cause, or null
     * @return the exception to throw
     */
    RuntimeException make(String elementId, String provider, String message, Throwable cause);
  }

  private final String what;
  private final Class<T> type;
  private final Function<T, String> nameOf;
  private final Failure failure;
  private final UnaryOperator<String> quote;
  private final Map<String, T> byName = new LinkedHashMap<>();

  /**
   * Creates an empty registry.
   *
   * @param what "scoring rule" or "aggregation strategy", for messages
   * @param type the service type
   * @param nameOf reads an extension's name
   * @param failure makes the registry's exceptions
   * @param quote quotes user text for a message (escaped, bounded)
   */
  public Registry(String what, Class<T> type, Function<T, String> nameOf, Failure failure,
      UnaryOperator<String> quote) {
    this.what = what;
    this.type = type;
    this.nameOf = nameOf;
    this.failure = failure;
    this.quote = quote;
  }

  /**
   * Registers an extension; one of the same class as the one registered under its name replaces
   * it.
   *
   * @param extension the extension
   * @throws NullPointerException if it is null
   * @throws RuntimeException the registry's typed exception if {@code name()} throws or returns
   *     null or a malformed name, or an extension of another class has the name
   */
  public void add(T extension) {
    Objects.requireNonNull(extension, what.replace(' ', '-'));
    String provider = extension.getClass().getName();
    String name;
    try {
      name = nameOf.apply(extension);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw failure.make(provider, provider,
          what + " " + provider + " threw from name(): " + quote.apply(e.toString()), e);
    }
    if (name == null) {
      throw failure.make(provider, provider, what + " " + provider + " returned null from name()",
          null);
    }
    if (!Names.isValid(name)) {
      throw failure.make(quote.apply(name), provider, what + " name '" + quote.apply(name)
          + "' of " + provider + " is malformed: names match " + Names.RULE, null);
    }
    T previous = byName.get(name);
    if (previous != null && previous.getClass() != extension.getClass()) {
      throw failure.make(name, provider,
          what + " name '" + name + "' of " + provider + " is already registered by "
              + previous.getClass().getName(), null);
    }
    byName.put(name, extension);
  }

  /**
   * Registers every provider {@link ServiceLoader} finds through the thread's context class
   * loader (or this library's, when there is none).
   *
   * @throws RuntimeException the registry's typed exception if a provider cannot be loaded or
   *     registered
   */
  public void addServiceLoaded() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    addServiceLoaded(context != null ? context : Registry.class.getClassLoader());
  }

  /**
   * Registers every provider {@link ServiceLoader} finds through a class loader.
   *
   * @param loader the class loader
   * @throws NullPointerException if {@code loader} is null
   * @throws RuntimeException the registry's typed exception if a provider cannot be loaded (its
   *     class is missing, or its constructor throws) or registered
   */
  public void addServiceLoaded(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    Iterator<ServiceLoader.Provider<T>> providers = ServiceLoader.load(type, loader).stream()
        .iterator();
    while (true) {
      ServiceLoader.Provider<T> provider;
      try {
        if (!providers.hasNext()) {
          return;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        throw failure.make(type.getName(), type.getName(),
            "cannot load a " + what + " provider: " + quote.apply(String.valueOf(e.getMessage())),
            e);
      }
      String className = provider.type().getName();
      T extension;
      try {
        extension = provider.get();
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        Throwable why = e instanceof ServiceConfigurationError && e.getCause() != null
            ? e.getCause() : e;
        throw failure.make(className, className,
            "cannot load " + what + " provider " + className + ": "
                + quote.apply(why.toString()), e);
      }
      add(extension);
    }
  }

  /**
   * An unmodifiable copy of the registrations, in registration order.
   *
   * @return the map
   */
  public Map<String, T> snapshot() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  /**
   * Looks an extension up in a snapshot.
   *
   * @param snapshot a map from {@link #snapshot()}
   * @param name the name
   * @param <T> the extension type
   * @return the extension, if registered
   */
  public static <T> Optional<T> find(Map<String, T> snapshot, String name) {
    return Optional.ofNullable(snapshot.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * The names of a snapshot.
   *
   * @param snapshot a map from {@link #snapshot()}
   * @param <T> the extension type
   * @return the names in registration order
   */
  public static <T> Set<String> names(Map<String, T> snapshot) {
    return snapshot.keySet();
  }
}
