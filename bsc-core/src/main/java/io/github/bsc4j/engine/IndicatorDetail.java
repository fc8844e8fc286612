package io.github.bsc4j.engine;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Unit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an indicator was scored from.
 *
 * @param actual the actual value used, if there was one
 * @param target the target that applied to the period, if any
 * @param baseline the baseline that applied, if any
 * @param rule the scoring rule's name
 * @param unit the indicator's unit: its symbol (empty for none) and whether it adds up
 * @param cap the indicator's cap
 * @param carriedFrom the month a carried-forward value came from (the latest, for a roll-up)
 */
public record IndicatorDetail(
    OptionalDouble actual,
    OptionalDouble target,
    OptionalDouble baseline,
    String rule,
    Unit unit,
    double cap,
    Optional<Period> carriedFrom) {

  /**
   * Creates a detail.
   *
   * @param actual the actual value
   * @param target the target
   * @param baseline the baseline
   * @param rule the rule name
   * @param unit the unit
   * @param cap the cap
   * @param carriedFrom the month a carried value came from
   * @throws NullPointerException if an object argument is null
   */
  public IndicatorDetail {
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(carriedFrom, "carriedFrom");
  }
}
