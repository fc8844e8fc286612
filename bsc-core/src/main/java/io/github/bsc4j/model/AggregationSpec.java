package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * Which aggregation strategy combines a node's children, and with what parameters. Strategies are
 * looked up by name when a scorecard is compiled; the built-in names are {@code weighted-mean}
 * (the default), {@code geometric}, {@code power-mean} (parameter {@code p}), {@code min} and
 * {@code max}. Validated with the element it is built into.
 *
 * @param name the strategy's name
 * @param parameters named numeric parameters, sorted by name (unmodifiable)
 */
public record AggregationSpec(String name, Map<String, Double> parameters)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default strategy's name. */
  public static final String DEFAULT_STRATEGY = "weighted-mean";

  /**
   * Creates a spec; prefer the static factories.
   *
   * @param name the strategy name
   * @param parameters named parameters
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public AggregationSpec {
    Objects.requireNonNull(name, "name");
    parameters = Parameters.copy(parameters);
  }

  /**
   * A strategy with no parameters.
   *
   * @param name the strategy name
   * @return the spec
   * @throws NullPointerException if {@code name} is null
   */
  public static AggregationSpec of(String name) {
    return new AggregationSpec(name, Map.of());
  }

  /**
   * A strategy with named numeric parameters, like {@link ScoringSpec#of(String, Map)}; names
   * and values are checked with the element the spec is built into.
   *
   * @param name the strategy name
   * @param parameters the parameters
   * @return the spec
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public static AggregationSpec of(String name, Map<String, Double> parameters) {
    return new AggregationSpec(name, parameters);
  }

  /**
   * Returns a copy with one parameter set, like {@link ScoringSpec#withParameter(String,
   * double)}.
   *
   * @param name the parameter name
   * @param value its value
   * @return the new spec
   * @throws NullPointerException if {@code name} is null
   */
  public AggregationSpec withParameter(String name, double value) {
    return new AggregationSpec(this.name, Parameters.with(parameters, name, value));
  }

  /**
   * {@code weighted-mean}: {@code Σ w·s / Σ w}.
   *
   * @return the spec
   */
  public static AggregationSpec weightedMean() {
    return of(DEFAULT_STRATEGY);
  }

  /**
   * {@code geometric}: {@code Π s^(w/Σw)}.
   *
   * @return the spec
   */
  public static AggregationSpec geometric() {
    return of("geometric");
  }

  /**
   * {@code power-mean} with exponent {@code p}.
   *
   * @param p the exponent; 0 means geometric
   * @return the spec
   */
  public static AggregationSpec powerMean(double p) {
    return of("power-mean", Map.of("p", p));
  }

  /**
   * {@code min}: the worst child with weight above 0.
   *
   * @return the spec
   */
  public static AggregationSpec min() {
    return of("min");
  }

  /**
   * {@code max}: the best child with weight above 0.
   *
   * @return the spec
   */
  public static AggregationSpec max() {
    return of("max");
  }

  /**
   * The record's usual form, on one line: control characters in user text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape(
        "AggregationSpec[name=" + name + ", parameters=" + parameters + "]");
  }

  void check(String ownerId, Problems p) {
    Parameters.check(ownerId, "aggregation", name, parameters, p);
  }
}
