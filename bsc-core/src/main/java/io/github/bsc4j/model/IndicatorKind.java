package io.github.bsc4j.model;

/** Whether an indicator measures an outcome or a driver of one. */
public enum IndicatorKind {
  /** A driver: moves before the outcomes it drives (calls made, training hours). */
  LEADING,
  /** An outcome: shows results after the fact (revenue, churn). */
  LAGGING
}
