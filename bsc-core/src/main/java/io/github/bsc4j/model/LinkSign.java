package io.github.bsc4j.model;

/** Whether improving the cause improves or worsens the effect of a cause-effect link. */
public enum LinkSign {
  /** Improving the cause improves the effect. */
  POSITIVE,
  /** Improving the cause worsens the effect (a trade-off). */
  NEGATIVE
}
