package io.github.bsc4j.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * The mutable half of the extension registries: names checked, duplicates rejected, ServiceLoader
 * lookups. The public registries copy it into an unmodifiable map when built.
 *
 * @param <T> the extension type
 */
public final class Registry<T> {
  private final String what;
  private final Class<T> type;
  private final Function<T, String> nameOf;
  private final Map<String, T> byName = new LinkedHashMap<>();

  /**
   * Creates an empty registry.
   *
   * @param what "scoring rule" or "aggregation strategy", for messages
   * @param type the service type
   * @param nameOf reads an extension's name
   */
  public Registry(String what, Class<T> type, Function<T, String> nameOf) {
    this.what = what;
    this.type = type;
    this.nameOf = nameOf;
  }

  /**
   * Registers an extension.
   *
   * @param extension the extension
   * @throws NullPointerException if it or its name is null
   * @throws IllegalArgumentException if the name is malformed or taken
   */
  public void add(T extension) {
    Objects.requireNonNull(extension, what.replace(' ', '-'));
    String name = Objects.requireNonNull(nameOf.apply(extension), what + " name");
    Names.checkName(what, name, extension.getClass());
    T previous = byName.putIfAbsent(name, extension);
    if (previous != null) {
      throw new IllegalArgumentException(
          what
              + " name '"
              + name
              + "' of "
              + extension.getClass().getName()
              + " is already registered by "
              + previous.getClass().getName());
    }
  }

  /**
   * Registers every provider {@link ServiceLoader} finds through the thread's context class
   * loader (or this library's, when there is none).
   *
   * @throws IllegalArgumentException if a name is taken
   */
  public void addServiceLoaded() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader loader = context != null ? context : Registry.class.getClassLoader();
    for (T extension : ServiceLoader.load(type, loader)) {
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
