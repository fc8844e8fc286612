package io.github.bsc4j.aggregation.internal;

/** {@code min}: the worst counted child (the first on ties). */
public final class MinStrategy extends ExtremeStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public MinStrategy() {
    super("min", true);
  }
}
