package io.github.bsc4j.scoring;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Polarity;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a scoring rule scores: one indicator's actual value for one period, with the target and
 * baseline that apply to that period.
 *
 * @param indicator the indicator's definition (polarity, min/max, cap, rule parameters)
 * @param actual the actual value; always finite
 * @param target the target for the period, if the indicator has one
 * @param baseline the baseline for the period, if the indicator has one
 */
public record ScoringInput(
    Indicator indicator, double actual, OptionalDouble target, OptionalDouble baseline) {

  /**
   * Creates an input.
   *
   * @param indicator the indicator
   * @param actual the actual value
   * @param target the target
   * @param baseline the baseline
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code actual} is NaN or infinite
   */
  public ScoringInput {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(baseline, "baseline");
    if (!Double.isFinite(actual)) {
      throw new IllegalArgumentException(
          "actual value of indicator '" + indicator.id() + "' must be finite, was " + actual);
    }
  }

  /**
   * Creates an input with the indicator's own target (a constant one) and baseline.
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
