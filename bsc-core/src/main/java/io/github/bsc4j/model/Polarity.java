package io.github.bsc4j.model;

/** Which direction of an indicator's value is good. */
public enum Polarity {
  /** More is better (revenue, satisfaction). */
  HIGHER_IS_BETTER,
  /** Less is better (churn, response time, cost). */
  LOWER_IS_BETTER,
  /** A value inside a range is best; both too low and too high are worse (stock level). */
  IN_RANGE
}
