package io.github.bsc4j.engine;

import io.github.bsc4j.data.Period;
import java.util.Objects;

/**
 * How a node's score moved since the previous comparable period.
 *
 * @param previousPeriod the period compared with
 * @param previousScore the node's score then
 * @param delta the score now minus the score then
 * @param direction UP, DOWN, or FLAT when the change is within the scorecard's trend tolerance
 */
public record Trend(Period previousPeriod, double previousScore, double delta, Direction direction) {

  /**
   * Creates a trend.
   *
   * @param previousPeriod the previous period
   * @param previousScore the previous score
   * @param delta the change
   * @param direction the direction
   * @throws NullPointerException if an object argument is null
   */
  public Trend {
    Objects.requireNonNull(previousPeriod, "previousPeriod");
    Objects.requireNonNull(direction, "direction");
  }

  /** The direction of a change of score. */
  public enum Direction {
    /** Better by more than the tolerance. */
    UP,
    /** Worse by more than the tolerance. */
    DOWN,
    /** Within the tolerance. */
    FLAT
  }
}
