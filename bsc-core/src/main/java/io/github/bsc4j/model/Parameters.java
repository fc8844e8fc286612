package io.github.bsc4j.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The one home of what {@link ScoringSpec} and {@link AggregationSpec} share: copying their named
 * numeric parameters and checking the extension's name, each parameter's name and each value.
 */
final class Parameters {
  private Parameters() {}

  /** An unmodifiable copy sorted by name, so printing and iteration are deterministic. */
  static Map<String, Double> copy(Map<String, Double> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    TreeMap<String, Double> copy = new TreeMap<>();
    parameters.forEach(
        (k, v) ->
            copy.put(
                Objects.requireNonNull(k, "parameter name"),
                Objects.requireNonNull(v, "parameter value")));
    return Collections.unmodifiableMap(copy);
  }

  static Map<String, Double> with(Map<String, Double> parameters, String name, double value) {
    TreeMap<String, Double> copy = new TreeMap<>(parameters);
    copy.put(Objects.requireNonNull(name, "name"), value);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Checks an extension's name and its parameters: names well-formed, values finite.
   *
   * @param what "scoring rule" or "aggregation", for the messages
   */
  static void check(
      String ownerId, String what, String name, Map<String, Double> parameters, Problems p) {
    p.name(ownerId, what + " name", name);
    parameters.forEach(
        (key, value) -> {
          p.name(ownerId, what + " parameter name", key);
          p.finite(ownerId, what + " parameter " + Problems.q(key), value);
        });
  }
}
