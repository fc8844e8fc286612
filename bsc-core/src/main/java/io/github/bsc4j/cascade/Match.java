package io.github.bsc4j.cascade;

/**
 * How a flag rule over several indicators combines them: the flag is raised when the condition
 * holds on {@link #ANY} of the indicators, or only when it holds on {@link #ALL} of them. With one
 * indicator both mean the same.
 */
public enum Match {
  /** The condition holds on at least one of the rule's indicators. */
  ANY,
  /** The condition holds on every one of the rule's indicators. */
  ALL
}
