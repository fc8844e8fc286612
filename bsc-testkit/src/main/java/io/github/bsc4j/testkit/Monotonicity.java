package io.github.bsc4j.testkit;

/** How a scoring rule's score moves with the actual value; decides which law the kit checks. */
public enum Monotonicity {
  /** Never falls as the value improves in the polarity's direction (most rules). */
  IN_POLARITY_DIRECTION,
  /**
   * Highest inside a range, rising towards it from below and falling away above it ({@code
   * in-range}); the range is read with {@link ScoringRuleContract#peakRange}.
   */
  PEAK_IN_RANGE,
  /** No monotonicity promised; the kit checks none. */
  NONE
}
