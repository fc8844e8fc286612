package io.github.bsc4j.scoring;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a scoring rule scores: one indicator's actual value for one period, with the target and
 * baseline that apply to that period, all three <em>per month</em>.
 *
 * <p>An indicator's raw-value parameters &mdash; its thresholds, its {@code min} and {@code max},
 * band limits, piecewise x-points, in-range {@code low}, {@code high} and {@code tolerance}, the
 * {@code relative} rule's {@code scale}, and any raw-value parameter of a custom rule &mdash; are
 * stated per month, as its constant target and baseline are. So that they mean the same over any
 * period, the engine hands a rule the period's actual value, target and baseline divided by the
 * {@link #periodScale() period scale}: what a constant monthly 1 rolls up to over the period
 * ({@link io.github.bsc4j.data.RollUps#periodScale}). For a {@code SUM} indicator that is the
 * number of months (3 for a quarter, 12 for a year, 0.5 for 1 to 15 April), so a quarter's
 * revenue of 3.0 M reaches the rule as 1.0 M a month, against its monthly target of 1.2 M and its
 * monthly bounds; for every other roll-up (AVERAGE, LAST, MIN, MAX) the period's value is already
 * a monthly figure and the scale is 1. Dividing the three values is the same as multiplying every
 * raw-value parameter by the scale, for built-in and custom rules alike; a rule that wants the
 * period's totals multiplies by {@link #periodScale()}. The thresholds classify the same per-month
 * actual value ({@link Statuses#ofIndicator}), while the result's {@code IndicatorDetail} shows
 * the period's totals.
 *
 * <p>The division is one rounding: where a period's months add up exactly (whole numbers do), a
 * monthly pattern scores over a quarter or a year exactly as it does over one month.
 *
 * @param indicator the indicator's definition (polarity, min/max, cap, rule parameters)
 * @param actual the actual value per month (the period's value divided by {@code periodScale});
 *     always finite
 * @param target the target per month for the period, if the indicator has one
 * @param baseline the baseline per month for the period, if the indicator has one
 * @param periodScale what a constant monthly 1 rolls up to over the period: for a {@code SUM}
 *     indicator the months in it (fractional for part months), else 1; positive and finite
 */
public record ScoringInput(
    Indicator indicator,
    double actual,
    OptionalDouble target,
    OptionalDouble baseline,
    double periodScale) {

  /**
   * Creates an input.
   *
   * @param indicator the indicator
   * @param actual the actual value per month
   * @param target the target per month
   * @param baseline the baseline per month
   * @param periodScale the period scale
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code actual} is NaN or infinite, or {@code periodScale}
   *     is not positive and finite
   */
  public ScoringInput {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(baseline, "baseline");
    if (!Double.isFinite(actual)) {
      throw new IllegalArgumentException(
          "actual value of indicator '" + indicator.id() + "' must be finite, was " + actual);
    }
    if (!(periodScale > 0 && periodScale < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("period scale of indicator '" + indicator.id()
          + "' must be positive and finite, was " + periodScale);
    }
  }

  /**
   * Creates an input for one month (a period scale of 1), or for an indicator whose roll-up is
   * not {@code SUM}.
   *
   * @param indicator the indicator
   * @param actual the actual value
   * @param target the target
   * @param baseline the baseline
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code actual} is NaN or infinite
   */
  public ScoringInput(
      Indicator indicator, double actual, OptionalDouble target, OptionalDouble baseline) {
    this(indicator, actual, target, baseline, 1.0);
  }

  /**
   * Creates an input with the indicator's own target (a constant one) and baseline, for one
   * month (a period scale of 1).
   *
   * @param indicator the indicator
   * @param actual the actual value
   * @return the input
   * @throws IllegalArgumentException if the indicator's target is a schedule, or {@code actual}
   *     is not finite
   */
  public static ScoringInput of(Indicator indicator, double actual) {
    Objects.requireNonNull(indicator, "indicator");
    OptionalDouble target = OptionalDouble.empty();
    if (indicator.target().isPresent()) {
      if (!(indicator.target().get() instanceof io.github.bsc4j.model.Target.Constant c)) {
        throw new IllegalArgumentException(
            "indicator '" + indicator.id() + "' has a target schedule; pass the period's target");
      }
      target = OptionalDouble.of(c.value());
    }
    return new ScoringInput(indicator, actual, target, indicator.baseline());
  }

  /**
   * The indicator's polarity.
   *
   * @return the polarity
   */
  public Polarity polarity() {
    return indicator.polarity();
  }

  /**
   * The indicator's cap: the highest score allowed.
   *
   * @return the cap, at least 1
   */
  public double cap() {
    return indicator.cap();
  }

  /**
   * A named numeric parameter of the indicator's scoring spec.
   *
   * @param name the parameter's name
   * @return its value, if set
   * @throws NullPointerException if {@code name} is null
   */
  public OptionalDouble parameter(String name) {
    Double v = indicator.scoring().parameters().get(Objects.requireNonNull(name, "name"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Clamps a raw score into {@code [0, cap]}.
   *
   * @param raw the raw score
   * @return the clamped score
   */
  public double clamp(double raw) {
    return Math.max(0.0, Math.min(cap(), raw));
  }
}
