package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.List;

/**
 * The raw values that separate ON_TRACK, AT_RISK and OFF_TRACK for one indicator: "what is a good
 * and a bad range?". Directional thresholds suit higher- and lower-is-better indicators; range
 * thresholds suit in-range ones. Validated with the indicator they are built into.
 */
public sealed interface Thresholds extends Serializable
    permits Thresholds.Directional, Thresholds.Range {

  /**
   * Thresholds for a higher- or lower-is-better indicator: a value meeting {@code good} is
   * ON_TRACK, one worse than {@code bad} is OFF_TRACK, anything between is AT_RISK.
   *
   * @param good the value that counts as on track
   * @param bad the value beyond which the indicator is off track
   * @return the thresholds
   */
  static Thresholds of(double good, double bad) {
    return new Directional(good, bad);
  }

  /**
   * Thresholds for an in-range indicator: inside {@code [goodLow, goodHigh]} is ON_TRACK, outside
   * {@code [badLow, badHigh]} is OFF_TRACK, anything between is AT_RISK.
   *
   * @param goodLow lower end of the good range
   * @param goodHigh upper end of the good range
   * @param badLow lower end of the tolerable range
   * @param badHigh upper end of the tolerable range
   * @return the thresholds
   */
  static Thresholds range(double goodLow, double goodHigh, double badLow, double badHigh) {
    return new Range(goodLow, goodHigh, badLow, badHigh);
  }

  /**
   * Every number these thresholds hold, in declaration order.
   *
   * @return the values
   */
  List<Double> values();

  /**
   * Directional thresholds. For higher-is-better {@code good >= bad}; for lower-is-better {@code
   * good <= bad}.
   *
   * @param good the on-track value
   * @param bad the off-track value
   */
  record Directional(double good, double bad) implements Thresholds {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Double> values() {
      return List.of(good, bad);
    }
  }

  /**
   * Range thresholds, with {@code badLow <= goodLow <= goodHigh <= badHigh}.
   *
   * @param goodLow lower end of the good range
   * @param goodHigh upper end of the good range
   * @param badLow lower end of the tolerable range
   * @param badHigh upper end of the tolerable range
   */
  record Range(double goodLow, double goodHigh, double badLow, double badHigh)
      implements Thresholds {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Double> values() {
      return List.of(goodLow, goodHigh, badLow, badHigh);
    }
  }
}
