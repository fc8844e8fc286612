package io.github.bsc4j.cascade;

import io.github.bsc4j.model.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A payout curve, as sales compensation plans define it: from a (blended) score to a payout, a
 * fraction of the target incentive ({@code 1.0} is 100 %, {@code 2.0} is 200 %). Immutable,
 * compared by value, built and validated by {@link #builder(String)}.
 *
 * <ul>
 *   <li>Below the <b>threshold</b> score nothing is paid (0).
 *   <li>At the threshold the curve pays its payout at threshold (0 unless the plan says
 *       otherwise, e.g. 50 %), rising in a straight line to 100 % at the <b>target</b> score
 *       (1.0 unless set). When the threshold is the target, the curve steps from 0 to 100 % there
 *       and the payout at threshold is not used.
 *   <li>Above the target, <b>accelerator tiers</b> pay: each tier starts at a score and has a
 *       rate, the payout gained per unit of score (rate 2: a score 0.1 higher pays 20 % more).
 *       The first tier starts at the target; a curve without tiers pays 100 % at and above it.
 *       How the tiers pay is the {@link TierMode}: marginal (each rate pays its band) or
 *       retroactive (the highest tier reached pays all of the score above the target).
 *   <li>The <b>cap</b> is the most the curve pays; without one, the payout is never infinite
 *       (it stops at {@link Double#MAX_VALUE}).
 * </ul>
 *
 * <p>The payout never decreases as the score grows, never exceeds the cap and is never negative.
 * Marginal curves are continuous above the threshold (they may jump only at the threshold, from
 * 0 to the payout at threshold); retroactive curves jump up at every tier whose rate is higher
 * than the one before.
 *
 * <p>A score without data pays nothing computable: {@link #payout(OptionalDouble)} returns
 * NO_DATA (empty), never 0 %, since no data is not a score of 0; the application decides what a
 * held payout means (hold it, pay a draw).
 */
public final class PayoutCurve {

  /**
   * One accelerator tier: from the score {@code from} on, the payout grows by {@code rate} per
   * unit of score. Validated by the curve that holds it.
   *
   * @param from the score at which the tier starts
   * @param rate the payout gained per unit of score in the tier
   */
  public record Tier(double from, double rate) {}

  private final String id;
  private final double threshold;
  private final double payoutAtThreshold;
  private final double target;
  private final List<Tier> tiers;
  private final OptionalDouble cap;
  private final Optional<TierMode> mode;
  /** The payout at the start of each tier, marginal mode (the first is 1). */
  private final double[] base;

  private PayoutCurve(Builder b) {
    this.id = b.id;
    this.threshold = b.threshold;
    this.payoutAtThreshold = b.payoutAtThreshold;
    this.target = b.target;
    this.tiers = List.copyOf(b.tiers);
    this.cap = b.cap;
    this.mode = b.mode;
    this.base = new double[tiers.size()];
    for (int k = 0; k < base.length; k++) {
      base[k] = k == 0 ? 1.0 : along(base[k - 1], tiers.get(k - 1), tiers.get(k).from());
    }
  }

  /** {@code start + rate · (x − from)}, with a zero rate adding exactly nothing. */
  private static double along(double start, Tier tier, double x) {
    return tier.rate() == 0 ? start : start + tier.rate() * (x - tier.from());
  }

  /**
   * Starts a curve.
   *
   * @param id the curve's id (a plan's name, e.g. {@code "sales-2026"}), named by its problems
   * @return a builder with threshold 0 paying 0, target 1, no tiers, no cap and no mode
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * A builder holding this curve's settings, to derive another curve.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.threshold = threshold;
    b.payoutAtThreshold = payoutAtThreshold;
    b.target = target;
    b.tiers.addAll(tiers);
    b.cap = cap;
    b.mode = mode;
    return b;
  }

  /**
   * The payout for a score.
   *
   * @param score the score, finite
   * @return the payout as a fraction of the target incentive: 0 below the threshold, never
   *     negative, never above the cap, never infinite
   * @throws CascadeValidationException if {@code score} is NaN or infinite ({@code
   *     NON_FINITE_NUMBER})
   */
  public double payout(double score) {
    if (!Double.isFinite(score)) {
      PayChecks p = new PayChecks();
      p.finite(id, "the score to pay", score);
      p.throwIfAny("payout of curve " + PayChecks.q(id));
    }
    double max = cap.orElse(Double.MAX_VALUE);
    if (score < threshold) {
      return 0.0;
    }
    if (score < target) {
      double t = (score - threshold) / (target - threshold);
      return Math.min(1.0, payoutAtThreshold + (1.0 - payoutAtThreshold) * t);
    }
    int k = tiers.size() - 1;
    while (k >= 0 && tiers.get(k).from() > score) {
      k--;
    }
    if (k < 0) {
      return Math.min(max, 1.0);
    }
    Tier tier = tiers.get(k);
    double p;
    if (mode.orElse(TierMode.MARGINAL) == TierMode.MARGINAL) {
      p = along(base[k], tier, score);
    } else {
      p = tier.rate() == 0 ? 1.0 : 1.0 + tier.rate() * (score - target);
    }
    return Math.min(max, p);
  }

  /**
   * The payout for a score that may have no data.
   *
   * @param score the score, or empty (NO_DATA)
   * @return the payout as {@link #payout(double)} gives it, or empty when the score is: a score
   *     without data pays nothing computable, and that is not the same as paying 0
   * @throws NullPointerException if {@code score} is null
   * @throws CascadeValidationException if the score is NaN or infinite ({@code
   *     NON_FINITE_NUMBER})
   */
  public OptionalDouble payout(OptionalDouble score) {
    Objects.requireNonNull(score, "score");
    return score.isPresent() ? OptionalDouble.of(payout(score.getAsDouble())) : score;
  }

  /**
   * The curve's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The threshold: scores below it pay nothing.
   *
   * @return the threshold score
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The payout at the threshold score, from which the curve rises to 100 % at the target.
   *
   * @return the payout at threshold, between 0 and 1
   */
  public double payoutAtThreshold() {
    return payoutAtThreshold;
  }

  /**
   * The target score, where the curve pays 100 %.
   *
   * @return the target score
   */
  public double target() {
    return target;
  }

  /**
   * The accelerator tiers, the first starting at the target, in increasing order of start.
   *
   * @return an unmodifiable list, empty when the curve pays 100 % at and above the target
   */
  public List<Tier> tiers() {
    return tiers;
  }

  /**
   * The most the curve pays.
   *
   * @return the cap, or empty when the curve is uncapped
   */
  public OptionalDouble cap() {
    return cap;
  }

  /**
   * How the tiers pay.
   *
   * @return the mode as set; empty when none was set, allowed with fewer than two tiers (where
   *     both modes pay alike)
   */
  public Optional<TierMode> mode() {
    return mode;
  }

  /**
   * Equal when every setting is equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal curve
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PayoutCurve c
        && id.equals(c.id)
        && Double.compare(threshold, c.threshold) == 0
        && Double.compare(payoutAtThreshold, c.payoutAtThreshold) == 0
        && Double.compare(target, c.target) == 0
        && tiers.equals(c.tiers)
        && cap.equals(c.cap)
        && mode.equals(c.mode);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, threshold, payoutAtThreshold, target, tiers, cap, mode);
  }

  /**
   * A readable form, e.g. {@code "PayoutCurve[sales, threshold 0.5 pays 0.5, target 1.0, tiers
   * [Tier[from=1.0, rate=2.0]], cap 2.0, MARGINAL]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PayoutCurve[" + id + ", threshold " + threshold + " pays " + payoutAtThreshold
        + ", target " + target + ", tiers " + tiers + ", cap "
        + (cap.isPresent() ? String.valueOf(cap.getAsDouble()) : "none") + ", "
        + mode.map(String::valueOf).orElse("no mode") + "]";
  }

  /** Builds a {@link PayoutCurve}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private double threshold = 0;
    private double payoutAtThreshold = 0;
    private double target = 1;
    private final List<Tier> tiers = new ArrayList<>();
    private OptionalDouble cap = OptionalDouble.empty();
    private Optional<TierMode> mode = Optional.empty();

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Sets the threshold, paying 0 at it: the curve rises from 0 there to 100 % at the target.
     *
     * @param score the threshold score; below it nothing is paid
     * @return this builder
     */
    public Builder threshold(double score) {
      return threshold(score, 0);
    }

    /**
     * Sets the threshold and what it pays: the curve rises from there to 100 % at the target.
     *
     * @param score the threshold score; below it nothing is paid
     * @param payout the payout at the threshold, between 0 and 1 (0.5 pays 50 %)
     * @return this builder
     */
    public Builder threshold(double score, double payout) {
      this.threshold = score;
      this.payoutAtThreshold = payout;
      return this;
    }

    /**
     * Sets the target score, where the curve pays 100 % (1.0 unless set).
     *
     * @param score the target score
     * @return this builder
     */
    public Builder target(double score) {
      this.target = score;
      return this;
    }

    /**
     * Adds an accelerator tier. Tiers are given in increasing order of start, the first at the
     * target.
     *
     * @param from the score at which the tier starts
     * @param rate the payout gained per unit of score in the tier (2: twice as fast as the score)
     * @return this builder
     */
    public Builder tier(double from, double rate) {
      tiers.add(new Tier(from, rate));
      return this;
    }

    /**
     * Sets the cap, the most the curve pays (2.0: 200 %).
     *
     * @param maxPayout the cap, at least 1 (the payout at target)
     * @return this builder
     */
    public Builder cap(double maxPayout) {
      this.cap = OptionalDouble.of(maxPayout);
      return this;
    }

    /**
     * Removes the cap.
     *
     * @return this builder
     */
    public Builder uncapped() {
      this.cap = OptionalDouble.empty();
      return this;
    }

    /**
     * Sets how the tiers pay; required with two or more tiers.
     *
     * @param tierMode the mode
     * @return this builder
     * @throws NullPointerException if {@code tierMode} is null
     */
    public Builder mode(TierMode tierMode) {
      this.mode = Optional.of(Objects.requireNonNull(tierMode, "tierMode"));
      return this;
    }

    /**
     * Validates and builds the curve.
     *
     * @return the curve
     * @throws CascadeValidationException with every problem at once, each naming the curve's id:
     *     a malformed id ({@code MALFORMED_ID}); a number NaN or infinite ({@code
     *     NON_FINITE_NUMBER}); the threshold above the target ({@code THRESHOLD_ORDER}); a payout
     *     at threshold below 0, a first tier not starting at the target, threshold and target too
     *     far apart to subtract, or a cap below 1 ({@code VALUE_OUT_OF_RANGE}); a payout at
     *     threshold above 1, a negative rate, or retroactive rates that fall ({@code
     *     DECREASING_PAYOUT}); tier starts not strictly increasing ({@code
     *     NOT_STRICTLY_INCREASING}); two or more tiers without a mode ({@code MISSING_ATTRIBUTE})
     */
    public PayoutCurve build() {
      PayChecks p = new PayChecks();
      p.id(id, "the payout curve");
      boolean thresholdOk = p.finite(id, "the threshold", threshold);
      boolean targetOk = p.finite(id, "the target", target);
      if (p.finite(id, "the payout at threshold", payoutAtThreshold)) {
        if (payoutAtThreshold < 0) {
          p.add(id, ProblemCode.VALUE_OUT_OF_RANGE, "the payout at threshold "
              + payoutAtThreshold + " is negative; it lies between 0 and 1 (100 %)");
        } else if (payoutAtThreshold > 1) {
          p.add(id, ProblemCode.DECREASING_PAYOUT, "the payout at threshold "
              + payoutAtThreshold + " is above 1 (100 %), the payout at target, so the curve"
              + " would fall towards the target");
        }
      }
      if (thresholdOk && targetOk) {
        if (threshold > target) {
          p.add(id, ProblemCode.THRESHOLD_ORDER, "the threshold " + threshold
              + " is above the target " + target + "; it is at or below it");
        } else if (!Double.isFinite(target - threshold)) {
          p.add(id, ProblemCode.VALUE_OUT_OF_RANGE, "the threshold " + threshold
              + " and the target " + target + " are too far apart to subtract");
        }
      }
      checkTiers(p, targetOk);
      if (cap.isPresent() && p.finite(id, "the cap", cap.getAsDouble())
          && !(cap.getAsDouble() >= 1)) {
        p.add(id, ProblemCode.VALUE_OUT_OF_RANGE, "the cap " + cap.getAsDouble()
            + " is below 1, the payout at target (100 %)");
      }
      if (tiers.size() >= 2 && mode.isEmpty()) {
        p.add(id, ProblemCode.MISSING_ATTRIBUTE, "the curve has " + tiers.size()
            + " tiers but no tier mode; name MARGINAL or RETROACTIVE, since plans differ");
      }
      p.throwIfAny("payout curve " + PayChecks.q(id));
      return new PayoutCurve(this);
    }

    private void checkTiers(PayChecks p, boolean targetOk) {
      Tier previous = null;
      for (int k = 0; k < tiers.size(); k++) {
        Tier t = tiers.get(k);
        String which = "tier " + (k + 1);
        boolean fromOk = p.finite(id, "the start of " + which, t.from());
        boolean rateOk = p.finite(id, "the rate of " + which, t.rate());
        if (rateOk && t.rate() < 0) {
          p.add(id, ProblemCode.DECREASING_PAYOUT, "the rate " + t.rate() + " of " + which
              + " is negative; rates are zero or positive");
        }
        if (k == 0 && fromOk && targetOk && t.from() != target) {
          p.add(id, ProblemCode.VALUE_OUT_OF_RANGE, "tier 1 starts at " + t.from()
              + ", not at the target " + target + "; the first tier starts at the target"
              + " (a rate of 0 there makes a plateau)");
        }
        if (previous != null && fromOk && Double.isFinite(previous.from())) {
          if (!(t.from() > previous.from())) {
            p.add(id, ProblemCode.NOT_STRICTLY_INCREASING, which + " starts at " + t.from()
                + ", not after tier " + k + " at " + previous.from()
                + "; tiers are given in increasing order of start");
          } else if (!Double.isFinite(t.from() - previous.from())) {
            p.add(id, ProblemCode.VALUE_OUT_OF_RANGE, which + " at " + t.from() + " and tier "
                + k + " at " + previous.from() + " are too far apart to subtract");
          }
        }
        if (previous != null && rateOk && Double.isFinite(previous.rate())
            && mode.orElse(null) == TierMode.RETROACTIVE && t.rate() < previous.rate()) {
          p.add(id, ProblemCode.DECREASING_PAYOUT, "the rate " + t.rate() + " of " + which
              + " is below the rate " + previous.rate() + " of tier " + k + "; in a"
              + " retroactive plan reaching " + which + " would lower the payout");
        }
        previous = t;
      }
    }
  }
}
