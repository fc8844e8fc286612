package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ScoringRule;
import java.util.List;

/**
 * A built-in rule prepared for one indicator: its polarity, cap, parameters, bands and points
 * read once into fields, so that scoring a value allocates nothing and dispatches with a switch
 * instead of a call through {@link io.github.bsc4j.scoring.ScoringInput}. It computes exactly
 * what the rule's {@code score(ScoringInput)} computes, bit for bit: both call the same static
 * methods of the rule classes. Immutable and thread-safe.
 */
public final class RuleKernel {
  static final int LINEAR = 0;
  static final int RATIO = 1;
  static final int MIN_MAX = 2;
  static final int RELATIVE = 3;
  static final int BINARY = 4;
  static final int IN_RANGE = 5;
  static final int BANDS = 6;
  static final int PIECEWISE = 7;

  private final int code;
  private final boolean lower;
  private final double cap;
  /** min (min-max), low (in-range), the zero-target scale (relative) or the bands' default. */
  private final double p1;
  /** max (min-max) or high (in-range). */
  private final double p2;
  /** tolerance (in-range). */
  private final double p3;
  private final double[] from;
  private final double[] to;
  private final double[] score;
  private final double lowestFrom;
  private final double lowestScore;
  private final double highestScore;
  private final boolean hasDefault;

  private RuleKernel(int code, Indicator ind) {
    this.code = code;
    this.lower = ind.polarity() == Polarity.LOWER_IS_BETTER;
    this.cap = ind.cap();
    var params = ind.scoring().parameters();
    double a = 0;
    double b = 0;
    double c = 0;
    boolean fallback = false;
    switch (code) {
      case MIN_MAX -> {
        a = ind.min().orElse(Double.NaN);
        b = ind.max().orElse(Double.NaN);
      }
      case RELATIVE -> a = params.getOrDefault("scale", 1.0);
      case IN_RANGE -> {
        a = params.getOrDefault("low", Double.NaN);
        b = params.getOrDefault("high", Double.NaN);
        c = params.getOrDefault("tolerance", Double.NaN);
      }
      case BANDS -> {
        Double d = params.get("default");
        fallback = d != null;
        a = fallback ? d : 0.0;
      }
      default -> {
        // no parameters
      }
    }
    this.p1 = a;
    this.p2 = b;
    this.p3 = c;
    this.hasDefault = fallback;
    if (code == BANDS) {
      List<Band> bands = ind.scoring().bands();
      int n = bands.size();
      from = new double[n];
      to = new double[n];
      score = new double[n];
      for (int i = 0; i < n; i++) {
        from[i] = bands.get(i).from();
        to[i] = bands.get(i).to();
        score[i] = bands.get(i).score();
      }
      Band lowest = bands.isEmpty() ? null : BandsRule.lowest(bands);
      Band highest = bands.isEmpty() ? null : BandsRule.highest(bands);
      lowestFrom = lowest == null ? Double.NaN : lowest.from();
      lowestScore = lowest == null ? Double.NaN : lowest.score();
      highestScore = highest == null ? Double.NaN : highest.score();
    } else if (code == PIECEWISE) {
      List<Point> points = ind.scoring().points();
      int n = points.size();
      from = new double[n];
      score = new double[n];
      to = null;
      for (int i = 0; i < n; i++) {
        from[i] = points.get(i).x();
        score[i] = points.get(i).score();
      }
      lowestFrom = Double.NaN;
      lowestScore = Double.NaN;
      highestScore = Double.NaN;
    } else {
      from = null;
      to = null;
      score = null;
      lowestFrom = Double.NaN;
      lowestScore = Double.NaN;
      highestScore = Double.NaN;
    }
  }

  /**
   * The kernel of a built-in rule for one indicator, or null when the rule is not one of the
   * library's built-ins (an application's rule is called through its {@code score} method).
   * The indicator must have passed the rule's validation.
   *
   * @param rule the rule resolved for the indicator
   * @param indicator the indicator
   * @return the kernel, or null for a rule that is not built in
   */
  public static RuleKernel of(ScoringRule rule, Indicator indicator) {
    return rule instanceof BuiltInRule b ? new RuleKernel(b.code(), indicator) : null;
  }

  /**
   * Scores a value per month, as the rule's {@code score(ScoringInput)} would.
   *
   * @param actual the actual value per month, finite
   * @param target the target per month; ignored by rules that use none
   * @param baseline the baseline per month; ignored by rules that use none
   * @return the score
   */
  public double score(double actual, double target, double baseline) {
    switch (code) {
      case LINEAR:
        return LinearRule.linear(lower, cap, actual, target, baseline);
      case RATIO:
        return RatioRule.ratio(lower, cap, actual, target);
      case MIN_MAX:
        return MinMaxRule.minMax(lower, cap, actual, p1, p2);
      case RELATIVE:
        return RelativeRule.relative(lower, cap, actual, target, p1);
      case BINARY:
        return BinaryRule.binary(lower, actual, target);
      case IN_RANGE:
        return InRangeRule.inRange(actual, p1, p2, p3);
      case BANDS:
        return BandsRule.bands(actual, from, to, score, hasDefault, p1, lowestFrom, lowestScore,
            highestScore);
      default:
        return PiecewiseRule.piecewise(actual, from, score);
    }
  }
}
