package io.github.bsc4j.cascade;

/**
 * How the accelerator tiers of a {@link PayoutCurve} pay above the target; plans differ, so a
 * curve with two or more tiers must name its mode.
 *
 * <p>Take tiers "rate 1.5 from the target 1.0, rate 2 from 1.25" and a score of 1.375. {@link
 * #MARGINAL}: {@code 1 + 1.5 × 0.25 + 2 × 0.125 = 1.625} (162.5 %). {@link #RETROACTIVE}: {@code
 * 1 + 2 × 0.375 = 1.75} (175 %).
 */
public enum TierMode {
  /**
   * Each tier's rate pays only its own band of the score, from its start to the next tier's: the
   * payout grows continuously above the threshold, its slope changing at each tier.
   */
  MARGINAL,
  /**
   * The rate of the highest tier reached pays all of the score above the target (retroactive
   * tiers start paying at the target, where the payout is 100 %, never below it): the payout
   * jumps up when a tier with a higher rate is reached. Rates must not fall from tier to tier,
   * or reaching a tier would lower the payout.
   */
  RETROACTIVE
}
