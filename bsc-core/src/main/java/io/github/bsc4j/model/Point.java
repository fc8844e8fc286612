package io.github.bsc4j.model;

/**
 * One point {@code (x, score)} of the {@code piecewise} scoring rule. Validated with the
 * indicator it is built into.
 *
 * @param x the actual value
 * @param score the score at {@code x}; not negative
 */
public record Point(double x, double score) {

  /**
   * Creates a point.
   *
   * @param x the actual value
   * @param score the score at {@code x}
   * @return the point
   */
  public static Point of(double x, double score) {
    return new Point(x, score);
  }

  void check(String ownerId, Problems p) {
    p.finite(ownerId, "piecewise point x", x);
    if (p.finite(ownerId, "piecewise point score", score) && score < 0) {
      p.add(
          ownerId,
          ProblemCode.VALUE_OUT_OF_RANGE,
          "piecewise point at x=" + x + " has a negative score " + score);
    }
  }
}
