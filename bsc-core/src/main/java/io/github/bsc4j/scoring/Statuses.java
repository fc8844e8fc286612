package io.github.bsc4j.scoring;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.Thresholds;
import java.util.Objects;

/**
 * Turns values and scores into statuses (traffic lights).
 *
 * <p>An indicator with thresholds takes its status from its raw value: meeting the good threshold
 * is ON_TRACK, worse than the bad one OFF_TRACK, anything between AT_RISK. Thresholds are stated
 * per month, so the engine passes the value per month, as a scoring rule receives it ({@link
 * ScoringInput}): a {@code SUM} indicator's period value divided by the period scale.
 *
 * <p>Everything else takes its status from its score and the cut-offs: at least {@code onTrack}
 * is ON_TRACK, at least {@code atRisk} AT_RISK, else OFF_TRACK. A score within {@value
 * #TOLERANCE} below a cut-off counts as reaching it, so floating-point rounding never turns a met
 * target amber.
 */
public final class Statuses {
  /** How far below a cut-off a score may lie and still reach it. */
  public static final double TOLERANCE = 1e-9;

  private Statuses() {}

  /**
   * The status of a score.
   *
   * @param score the score
   * @param cutoffs the cut-offs
   * @return ON_TRACK, AT_RISK or OFF_TRACK
   * @throws NullPointerException if {@code cutoffs} is null
   */
  public static Status ofScore(double score, StatusCutoffs cutoffs) {
    Objects.requireNonNull(cutoffs, "cutoffs");
    if (score >= cutoffs.onTrack() - TOLERANCE) {
      return Status.ON_TRACK;
    }
    if (score >= cutoffs.atRisk() - TOLERANCE) {
      return Status.AT_RISK;
    }
    return Status.OFF_TRACK;
  }

  /**
   * The status of an indicator's actual value: from its thresholds when it has them, else from
   * its score.
   *
   * @param indicator the indicator
   * @param actual the actual value, per month as in {@link ScoringInput#actual()}
   * @param score the score the rule gave {@code actual}
   * @param cutoffs the cut-offs for indicators without thresholds
   * @return ON_TRACK, AT_RISK or OFF_TRACK
   * @throws NullPointerException if an object argument is null
   */
  public static Status ofIndicator(
      Indicator indicator, double actual, double score, StatusCutoffs cutoffs) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(cutoffs, "cutoffs");
    if (indicator.thresholds().isEmpty()) {
      return ofScore(score, cutoffs);
    }
    Thresholds t = indicator.thresholds().get();
    if (t instanceof Thresholds.Range r) {
      if (actual >= r.goodLow() && actual <= r.goodHigh()) {
        return Status.ON_TRACK;
      }
      return actual < r.badLow() || actual > r.badHigh() ? Status.OFF_TRACK : Status.AT_RISK;
    }
    Thresholds.Directional d = (Thresholds.Directional) t;
    if (indicator.polarity() == Polarity.LOWER_IS_BETTER) {
      if (actual <= d.good()) {
        return Status.ON_TRACK;
      }
      return actual > d.bad() ? Status.OFF_TRACK : Status.AT_RISK;
    }
    if (actual >= d.good()) {
      return Status.ON_TRACK;
    }
    return actual < d.bad() ? Status.OFF_TRACK : Status.AT_RISK;
  }
}
