package io.github.bsc4j.model;

/**
 * What rolling monthly values up into a longer period does when some months of the period have no
 * value (after carry-forward).
 */
public enum PartialPeriodPolicy {
  /** The indicator has no data for the period unless every month has a value (the default). */
  COMPLETE_ONLY,
  /** Roll up the months that have a value; no data only when none has. */
  AVAILABLE_MONTHS
}
