package io.github.bsc4j.cascade;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One indicator's part in lifting or lowering a score against target; see {@link Reasons}.
 *
 * @param indicatorId the indicator
 * @param name the indicator's display name
 * @param score the indicator's score; empty when it has no data
 * @param effectiveWeight its weight in the scorecard's score: the product of the normalised
 *     weights along its path from the scorecard, in {@code [0, 1]}; 0 when its score was not
 *     counted
 * @param points {@code effectiveWeight × (score − 1)}: positive above target, negative below;
 *     for an indicator without data {@code −effectiveWeight}, what counting it as 0 cost (0 when
 *     it was left out)
 */
public record Reason(
    String indicatorId, String name, OptionalDouble score, double effectiveWeight, double points) {

  /**
   * Creates a reason.
   *
   * @param indicatorId the indicator
   * @param name the name
   * @param score the score
   * @param effectiveWeight the effective weight
   * @param points the points above or below target
   * @throws NullPointerException if an object argument is null
   */
  public Reason {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(score, "score");
  }
}
