package io.github.bsc4j.data;

/** Which earlier period a result is compared with. */
public enum Comparison {
  /** The previous period of the same kind: March to February, Q1 to the last Q4. */
  PREVIOUS_PERIOD,
  /** The same period one year earlier: March 2026 to March 2025. */
  SAME_PERIOD_LAST_YEAR
}
