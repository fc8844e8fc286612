package io.github.bsc4j.engine;

/** The level of a node in a result tree. */
public enum NodeKind {
  /** The whole scorecard (the root). */
  SCORECARD,
  /** A perspective. */
  PERSPECTIVE,
  /** An objective. */
  OBJECTIVE,
  /** An indicator (a leaf). */
  INDICATOR
}
