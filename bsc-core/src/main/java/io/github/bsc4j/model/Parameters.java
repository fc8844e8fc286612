package io.github.bsc4j.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Copies and checks named numeric parameters of rules and aggregations. */
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

  static void check(String ownerId, String what, Map<String, Double> parameters, Problems p) {
    parameters.forEach(
        (name, value) -> {
          p.name(ownerId, what + " parameter name", name);
          p.finite(ownerId, what + " parameter " + Problems.q(name), value);
        });
  }
}
