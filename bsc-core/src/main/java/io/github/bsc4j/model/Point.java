package io.github.bsc4j.model;

import java.io.Serializable;

/**
 * One point {@code (x, score)} of the {@code piecewise} scoring rule. Validated with the
 * indicator it is built into.
 *
 * @param x the actual value
 * @param score the score at {@code x}; not negative
 */
public record Point(double x, double score) implements Serializable {
  private static final long serialVersionUID = 1L;

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

  /** Checks the point, the {@code position}-th (from 1) of its list, so messages can name it. */
  void check(String ownerId, int position, Problems p) {
    String name = "piecewise point " + position;
    p.finite(ownerId, name + " x", x);
    if (p.finite(ownerId, name + " score", score) && score < 0) {
      p.add(
          ownerId,
          ProblemCode.VALUE_OUT_OF_RANGE,
          name + " at x=" + x + " has a negative score " + score);
    }
  }
}
