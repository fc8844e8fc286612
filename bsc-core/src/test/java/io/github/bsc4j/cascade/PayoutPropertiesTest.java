package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of payout curves: monotone, capped, never negative, continuous where declared. */
class PayoutPropertiesTest {

  /** Valid curves of either mode: 0 to 4 tiers, rates sorted for retroactive ones. */
  @Provide
  Arbitrary<PayoutCurve> curves() {
    Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
    Arbitrary<List<Double>> gaps = Arbitraries.doubles().between(0.001, 0.5).ofScale(4).list().ofMaxSize(3);
    Arbitrary<List<Double>> rates = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 5), Arbitraries.of(0.0, 1.0, 2.0)).list().ofSize(4);
    Arbitrary<Double> cap = Arbitraries.oneOf(
        Arbitraries.doubles().between(1, 5), Arbitraries.just(Double.NaN));
    return Combinators.combine(unit, unit, unit, gaps, rates, cap,
            Arbitraries.of(TierMode.class), Arbitraries.integers().between(0, 1))
        .as((threshold, gap, atThreshold, tierGaps, r, maxPayout, mode, withTiers) -> {
          double target = threshold + gap;
          PayoutCurve.Builder b = PayoutCurve.builder("curve")
              .threshold(threshold, atThreshold).target(target).mode(mode);
          if (!Double.isNaN(maxPayout)) {
            b.cap(maxPayout);
          }
          if (withTiers == 1) {
            List<Double> sorted = mode == TierMode.RETROACTIVE
                ? r.stream().sorted().toList() : r;
            double from = target;
            b.tier(from, sorted.get(0));
            for (int k = 0; k < tierGaps.size(); k++) {
              from += tierGaps.get(k);
              b.tier(from, sorted.get(k + 1));
            }
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<Double> scores() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1, 4),
        Arbitraries.doubles().between(-1e300, 1e300),
        Arbitraries.of(0.0, 0.5, 1.0, 1.2, Double.MAX_VALUE, -Double.MAX_VALUE));
  }

  @Property(tries = 2000)
  void monotoneCappedAndNeverNegative(
      @ForAll("curves") PayoutCurve c, @ForAll("scores") double x, @ForAll("scores") double y) {
    double lo = Math.min(x, y);
    double hi = Math.max(x, y);
    double pLo = c.payout(lo);
    double pHi = c.payout(hi);
    assertTrue(pLo <= pHi, () -> c + ": " + lo + " pays " + pLo + " > " + hi + " pays " + pHi);
    double cap = c.cap().orElse(Double.MAX_VALUE);
    assertTrue(pHi <= cap && pLo >= 0 && Double.isFinite(pHi), () -> c + " pays " + pHi);
    assertEquals(1.0, c.payout(c.target()));
  }

  @Property(tries = 2000)
  void marginalCurvesAreContinuousAboveTheThreshold(
      @ForAll("curves") PayoutCurve curve,
      @ForAll("scores") double offset,
      @ForAll("epsilons") double epsilon) {
    PayoutCurve c = curve.toBuilder().mode(TierMode.MARGINAL).build();
    double x = c.threshold() + Math.abs(offset % 3);
    double slope = c.threshold() < c.target()
        ? (1 - c.payoutAtThreshold()) / (c.target() - c.threshold()) : 0;
    for (PayoutCurve.Tier t : c.tiers()) {
      slope = Math.max(slope, t.rate());
    }
    double bound = slope * epsilon + 1e-9;
    double step = c.payout(x + epsilon) - c.payout(x);
    assertTrue(step >= 0 && step <= bound, () -> c + " at " + x + " steps " + step);
  }

  @Provide
  Arbitrary<Double> epsilons() {
    return Arbitraries.of(1e-12, 1e-9, 1e-6, 1e-4);
  }

  @Property(tries = 1000)
  void retroactiveEqualsMarginalWithOneTierAndPaysAtLeastAsMuchWithMore(
      @ForAll("curves") PayoutCurve curve, @ForAll("scores") double x) {
    PayoutCurve marginal = curve.toBuilder().mode(TierMode.MARGINAL).build();
    List<PayoutCurve.Tier> tiers = curve.tiers();
    if (curve.mode().orElseThrow() == TierMode.RETROACTIVE) {
      assertTrue(curve.payout(x) >= marginal.payout(x) - 1e-12);
    }
    if (!tiers.isEmpty()) {
      PayoutCurve single = PayoutCurve.builder("one").threshold(curve.threshold(),
              curve.payoutAtThreshold()).target(curve.target()).tier(tiers.get(0).from(),
              tiers.get(0).rate()).mode(TierMode.RETROACTIVE).build();
      assertEquals(single.payout(x),
          single.toBuilder().mode(TierMode.MARGINAL).build().payout(x));
    }
  }
}
