package io.github.bsc4j.model;

import java.io.Serializable;

/**
 * Score cut-offs that turn a score into a status where no raw thresholds apply: a score at or
 * above {@code onTrack} is ON_TRACK, at or above {@code atRisk} AT_RISK, else OFF_TRACK.
 * Validated with the scorecard it is built into: both finite, {@code 0 <= atRisk <= onTrack}.
 *
 * @param onTrack the lowest ON_TRACK score
 * @param atRisk the lowest AT_RISK score
 */
public record StatusCutoffs(double onTrack, double atRisk) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The defaults: 1.0 and 0.7. */
  public static final StatusCutoffs DEFAULT = new StatusCutoffs(1.0, 0.7);

  /**
   * Creates cut-offs.
   *
   * @param onTrack the lowest ON_TRACK score
   * @param atRisk the lowest AT_RISK score
   * @return the cut-offs
   */
  public static StatusCutoffs of(double onTrack, double atRisk) {
    return new StatusCutoffs(onTrack, atRisk);
  }

  void check(String ownerId, Problems p) {
    boolean ok = p.finite(ownerId, "on-track cut-off", onTrack);
    ok &= p.finite(ownerId, "at-risk cut-off", atRisk);
    if (ok && !(0 <= atRisk && atRisk <= onTrack)) {
      p.add(
          ownerId,
          ProblemCode.VALUE_OUT_OF_RANGE,
          "status cut-offs need 0 <= at-risk <= on-track, were at-risk "
              + atRisk
              + " and on-track "
              + onTrack);
    }
  }
}
