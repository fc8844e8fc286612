package io.github.bsc4j.model;

import java.io.Serializable;

/**
 * One band of the {@code bands} scoring rule: an actual value in {@code [from, to)} scores {@code
 * score}. Validated with the indicator it is built into.
 *
 * @param from the lowest value in the band (inclusive)
 * @param to the end of the band (exclusive); must be greater than {@code from}
 * @param score the score of a value in the band; not negative
 */
public record Band(double from, double to, double score) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a band {@code [from, to)} scoring {@code score}.
   *
   * @param from inclusive lower end
   * @param to exclusive upper end
   * @param score the band's score
   * @return the band
   */
  public static Band of(double from, double to, double score) {
    return new Band(from, to, score);
  }

  /**
   * Tells whether {@code value} lies in this band.
   *
   * @param value the value
   * @return true if {@code from <= value < to}
   */
  public boolean contains(double value) {
    return value >= from && value < to;
  }

  /** Checks the band, the {@code position}-th (from 1) of its list, so messages can name it. */
  void check(String ownerId, int position, Problems p) {
    String name = "band " + position;
    boolean ok = p.finite(ownerId, name + " start", from);
    ok &= p.finite(ownerId, name + " end", to);
    if (ok && !(from < to)) {
      p.add(
          ownerId,
          ProblemCode.EMPTY_INTERVAL,
          name + " [" + from + ", " + to + ") is empty");
    }
    if (p.finite(ownerId, name + " score", score) && score < 0) {
      p.add(
          ownerId,
          ProblemCode.VALUE_OUT_OF_RANGE,
          name + " [" + from + ", " + to + ") has a negative score " + score);
    }
  }
}
