package io.github.bsc4j.model;

/** How often an indicator is measured. */
public enum UpdateFrequency {
  /** Every day. */
  DAILY,
  /** Every week. */
  WEEKLY,
  /** Every month. */
  MONTHLY,
  /** Every quarter. */
  QUARTERLY,
  /** Every half-year. */
  HALF_YEARLY,
  /** Every year. */
  YEARLY
}
