package io.github.bsc4j.arch;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.scoring.ScoringRules;

/** Run by {@link ModulePathTest} in a JVM that has bsc-core on the module path. */
public final class ModulePathProbe {
  private ModulePathProbe() {}

  /**
   * Prints the core's module and the names ServiceLoader found.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(ScoringRules.class.getModule().getName());
    System.out.println(ScoringRules.load().names());
    System.out.println(AggregationStrategies.load().names());
  }
}
