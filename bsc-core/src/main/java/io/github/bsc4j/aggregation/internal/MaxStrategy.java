package io.github.bsc4j.aggregation.internal;

/** {@code max}: the best counted child (the first on ties). */
public final class MaxStrategy extends ExtremeStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public MaxStrategy() {
    super("max", false);
  }
}
