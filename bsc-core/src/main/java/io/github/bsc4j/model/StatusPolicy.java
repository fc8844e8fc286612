package io.github.bsc4j.model;

/**
 * How a parent (objective, perspective, scorecard) gets its status. Set for the whole scorecard
 * in {@link ScorecardDefaults#statusPolicy()} and overridable per perspective and per objective.
 * Only counted children (weight above 0) with data take part in a status from children;
 * informational children (weight 0) never do.
 */
public enum StatusPolicy {
  /**
   * From the parent's own score and the scorecard's status cut-offs (the default): the score says
   * how far the weighted whole is from target.
   */
  SCORE_CUTOFFS,
  /** The worst status among the counted children with data (OFF_TRACK before AT_RISK). */
  WORST_CHILD,
  /**
   * The most frequent status among the counted children with data; a tie goes to the worse
   * status.
   */
  MOST_FREQUENT_CHILD
}
