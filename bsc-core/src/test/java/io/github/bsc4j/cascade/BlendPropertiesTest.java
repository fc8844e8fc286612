package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the blend: between its parts, contributions add up exactly, weights are relative. */
class BlendPropertiesTest {

  /** Weights: small, everyday and extreme, zero included. */
  @Provide
  Arbitrary<Double> weights() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 10),
        Arbitraries.of(0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e300, Double.MAX_VALUE),
        Arbitraries.integers().between(0, 9).map(i -> (double) i));
  }

  /** Scores: everyday ones with two decimals, wide ones, and extremes of both signs. */
  @Provide
  Arbitrary<Double> scores() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 200).map(i -> i / 100.0),
        Arbitraries.doubles().between(-1e6, 1e6),
        Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, 1e308));
  }

  @Property(tries = 3000)
  void blendLiesBetweenItsPartsAndContributionsAddUpExactly(
      @ForAll("weights") double wt, @ForAll("weights") double wm,
      @ForAll("scores") double team, @ForAll("scores") double member, @ForAll boolean same) {
    Assume.that(wt > 0 || wm > 0);
    double m = same ? team : member;
    BlendWeights w = BlendWeights.of(wt, wm);
    BlendedScore b = w.blend(team, m);
    double s = b.score().getAsDouble();
    assertEquals(s, b.teamContribution().getAsDouble() + b.memberContribution().getAsDouble());
    double lo = w.memberShare() == 0 ? team : w.teamShare() == 0 ? m : Math.min(team, m);
    double hi = w.memberShare() == 0 ? team : w.teamShare() == 0 ? m : Math.max(team, m);
    assertTrue(lo <= s && s <= hi, () -> lo + " <= " + s + " <= " + hi + " for " + b);
    assertEquals(1.0, w.teamShare() + w.memberShare());
  }

  @Property(tries = 1000)
  void weightsWithTheSameRatioBlendAlike(
      @ForAll("weights") double wt, @ForAll("weights") double wm,
      @ForAll @IntRange(min = -60, max = 60) int exponent,
      @ForAll("scores") double team, @ForAll("scores") double member) {
    Assume.that(wt > 0 || wm > 0);
    double st = Math.scalb(wt, exponent);
    double sm = Math.scalb(wm, exponent);
    Assume.that(Double.isFinite(st) && Double.isFinite(sm) && (st > 0 || sm > 0)
        && Math.scalb(st, -exponent) == wt && Math.scalb(sm, -exponent) == wm);
    BlendedScore a = BlendWeights.of(wt, wm).blend(team, member);
    BlendedScore b = BlendWeights.of(st, sm).blend(team, member);
    assertEquals(a.score(), b.score());
    assertEquals(a.teamContribution(), b.teamContribution());
    assertEquals(a.memberContribution(), b.memberContribution());
  }

  @Property(tries = 500)
  void aMissingPartMattersExactlyWhenItsWeightIsPositive(
      @ForAll("weights") double wt, @ForAll("weights") double wm,
      @ForAll("scores") double present, @ForAll boolean teamMissing) {
    Assume.that(wt > 0 || wm > 0);
    BlendWeights w = BlendWeights.of(wt, wm);
    BlendedScore b = teamMissing
        ? w.blend(OptionalDouble.empty(), OptionalDouble.of(present))
        : w.blend(OptionalDouble.of(present), OptionalDouble.empty());
    double missingWeight = teamMissing ? wt : wm;
    assertEquals(missingWeight == 0, b.score().isPresent());
    if (b.score().isPresent()) {
      // The same number: a present part of -0.0 blends to 0.0 (0.0 + -0.0), equal as a score.
      assertEquals(present, b.score().getAsDouble(), 0.0);
    }
  }
}
