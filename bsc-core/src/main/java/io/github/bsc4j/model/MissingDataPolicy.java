package io.github.bsc4j.model;

/** What aggregation does with a child that has no data. */
public enum MissingDataPolicy {
  /** Leave the child out and renormalise the other children's weights (the default). */
  SKIP,
  /** Count the child as a score of 0. */
  ZERO,
  /** The parent has no data as soon as one counted child has none. */
  STRICT
}
