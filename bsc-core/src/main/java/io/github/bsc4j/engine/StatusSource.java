package io.github.bsc4j.engine;

/** Where a node's status (traffic light) came from; see {@link NodeResult#statusSource()}. */
public enum StatusSource {
  /** An indicator's raw actual value judged against its thresholds (good and bad values). */
  THRESHOLDS,
  /**
   * The node's score judged against the scorecard's status cut-offs: every indicator without
   * thresholds, and every parent whose status policy is {@code SCORE_CUTOFFS} (the default).
   */
  SCORE_CUTOFFS,
  /**
   * A parent's children's statuses, by its status policy {@code WORST_CHILD} or {@code
   * MOST_FREQUENT_CHILD}; only counted children (weight above 0) with data take part.
   */
  CHILDREN,
  /** The node has no score, so its status is {@code NO_DATA}. */
  NO_DATA
}
