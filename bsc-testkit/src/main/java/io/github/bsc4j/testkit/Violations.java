package io.github.bsc4j.testkit;

/** Builds the assertion errors of the contracts: the law, the extension, the evidence. */
final class Violations {
  private Violations() {}

  static AssertionError of(String kind, String name, String law, String evidence) {
    return new AssertionError(kind + " '" + name + "' breaks the law \"" + law + "\": " + evidence);
  }

  static boolean close(double expected, double actual, double tolerance) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    return Math.abs(expected - actual) <= tolerance * Math.max(1.0, Math.abs(expected));
  }
}
