package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Status;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Payout curves and gates, with payouts computed by hand. */
class PayoutCurveTest {
  /** Hand values with decimal tier starts (1.2) hold to 12 decimals, not to the last bit. */
  private static final double DECIMALS = 1e-12;

  /**
   * The typical sales plan: nothing below 50 % of target, 50 % paid at it, 100 % at target,
   * 2 % per 1 % of score up to 1.2, 1.5 % per 1 % above, capped at 200 %.
   */
  static PayoutCurve.Builder typical() {
    return PayoutCurve.builder("sales-2026")
        .threshold(0.5, 0.5)
        .target(1.0)
        .tier(1.0, 2.0)
        .tier(1.2, 1.5)
        .cap(2.0);
  }

  /** A plan whose rates rise, 1.5 from target and 2 from 1.25: valid in both modes. */
  static PayoutCurve.Builder rising() {
    return PayoutCurve.builder("rising").threshold(0.5, 0.5).tier(1.0, 1.5).tier(1.25, 2.0)
        .cap(2.0);
  }

  @Test
  void typicalPlanMarginal() {
    PayoutCurve c = typical().mode(TierMode.MARGINAL).build();
    assertEquals(0.0, c.payout(0.0));
    assertEquals(0.0, c.payout(0.4999));
    assertEquals(0.5, c.payout(0.5)); // the threshold pays 50 %
    assertEquals(0.625, c.payout(0.625)); // 0.5 + 0.5 × 0.125 / 0.5
    assertEquals(0.875, c.payout(0.875)); // 0.5 + 0.5 × 0.375 / 0.5
    assertEquals(1.0, c.payout(1.0));
    assertEquals(1.25, c.payout(1.125)); // 1 + 2 × 0.125
    assertEquals(1.4, c.payout(1.2), DECIMALS); // 1 + 2 × 0.2
    assertEquals(1.7, c.payout(1.4), DECIMALS); // 1.4 + 1.5 × 0.2
    assertEquals(2.0, c.payout(1.6), DECIMALS); // 1.4 + 1.5 × 0.4, the cap
    assertEquals(2.0, c.payout(1.8)); // 2.3, capped
    assertEquals(2.0, c.payout(1e300));
  }

  @Test
  void typicalPlanCannotBeRetroactiveSinceItsRatesFall() {
    // Retroactive, reaching 1.2 would drop the payout from 1 + 2 × 0.2 = 1.4 to 1 + 1.5 × 0.2.
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> typical().mode(TierMode.RETROACTIVE).build());
    assertEquals(
        List.of(new Problem("sales-2026", ProblemCode.DECREASING_PAYOUT,
            "the rate 1.5 of tier 2 is below the rate 2.0 of tier 1; in a retroactive plan"
                + " reaching tier 2 would lower the payout")),
        e.problems());
    assertEquals("payout curve 'sales-2026' is invalid: 1 problem\n  - [sales-2026]"
        + " DECREASING_PAYOUT: the rate 1.5 of tier 2 is below the rate 2.0 of tier 1; in a"
        + " retroactive plan reaching tier 2 would lower the payout", e.getMessage());
  }

  @Test
  void risingPlanInBothModes() {
    PayoutCurve marginal = rising().mode(TierMode.MARGINAL).build();
    PayoutCurve retro = rising().mode(TierMode.RETROACTIVE).build();
    // Below the second tier both pay 1 + 1.5 × (score − 1).
    assertEquals(1.1875, marginal.payout(1.125));
    assertEquals(1.1875, retro.payout(1.125));
    assertEquals(1.375, marginal.payout(1.25)); // 1 + 1.5 × 0.25
    assertEquals(1.5, retro.payout(1.25)); // 1 + 2 × 0.25: the jump, +0.125
    assertEquals(1.625, marginal.payout(1.375)); // 1.375 + 2 × 0.125
    assertEquals(1.75, retro.payout(1.375)); // 1 + 2 × 0.375
    assertEquals(1.875, marginal.payout(1.5)); // 1.375 + 2 × 0.25
    assertEquals(2.0, retro.payout(1.5)); // 1 + 2 × 0.5, at the cap
    assertEquals(2.0, marginal.payout(1.5625)); // 1.375 + 2 × 0.3125
    assertEquals(2.0, retro.payout(1.5625)); // 2.125, capped
    // Just below the second tier, retroactive still pays the first tier's rate on everything.
    assertEquals(1.375, retro.payout(Math.nextDown(1.25)), 1e-15);
    assertEquals(1.375, marginal.payout(Math.nextDown(1.25)), 1e-15);
  }

  @Test
  void withoutTiersThePayoutStaysAtOneAboveTarget() {
    PayoutCurve flat = PayoutCurve.builder("flat").threshold(0.75).build();
    assertEquals(0.0, flat.payout(0.5));
    assertEquals(0.0, flat.payout(0.75)); // threshold pays 0 unless the plan says otherwise
    assertEquals(0.5, flat.payout(0.875)); // 0.125 / 0.25
    assertEquals(1.0, flat.payout(1.0));
    assertEquals(1.0, flat.payout(3.0));
    assertEquals(Optional.empty(), flat.mode());
    assertEquals(OptionalDouble.empty(), flat.cap());
  }

  @Test
  void thresholdAtTargetStepsFromNothingToAll() {
    PayoutCurve cliff = PayoutCurve.builder("cliff").threshold(1.0).tier(1.0, 1).build();
    assertEquals(0.0, cliff.payout(Math.nextDown(1.0)));
    assertEquals(1.0, cliff.payout(1.0));
    assertEquals(1.5, cliff.payout(1.5));
  }

  @Test
  void uncappedCurvesNeverPayInfinity() {
    PayoutCurve open = PayoutCurve.builder("open").tier(1.0, 2.0).build();
    assertEquals(5.0, open.payout(3.0));
    assertEquals(Double.MAX_VALUE, open.payout(Double.MAX_VALUE));
    PayoutCurve retro = open.toBuilder().tier(2, 3).mode(TierMode.RETROACTIVE).build();
    assertEquals(7.0, retro.payout(3.0)); // 1 + 3 × 2
    assertEquals(Double.MAX_VALUE, retro.payout(Double.MAX_VALUE));
    assertEquals(1.5, retro.toBuilder().cap(1.5).build().payout(Double.MAX_VALUE));
  }

  @Test
  void noScoreMeansNoPayoutNotZero() {
    PayoutCurve c = typical().mode(TierMode.MARGINAL).build();
    assertEquals(OptionalDouble.empty(), c.payout(OptionalDouble.empty()));
    assertEquals(OptionalDouble.of(1.25), c.payout(OptionalDouble.of(1.125)));
    CascadeValidationException e =
        assertThrows(CascadeValidationException.class, () -> c.payout(Double.NaN));
    assertEquals(List.of(new Problem("sales-2026", ProblemCode.NON_FINITE_NUMBER,
        "the score to pay is NaN, not a finite number")), e.problems());
  }

  @Test
  void everyProblemAtOnce() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> PayoutCurve.builder("plan")
            .threshold(1.2, 1.5)
            .target(1.0)
            .tier(0.9, -1)
            .tier(0.9, 2)
            .cap(0.5)
            .build());
    assertEquals(
        List.of(
            new Problem("plan", ProblemCode.DECREASING_PAYOUT, "the payout at threshold 1.5 is"
                + " above 1 (100 %), the payout at target, so the curve would fall towards the"
                + " target"),
            new Problem("plan", ProblemCode.THRESHOLD_ORDER,
                "the threshold 1.2 is above the target 1.0; it is at or below it"),
            new Problem("plan", ProblemCode.DECREASING_PAYOUT,
                "the rate -1.0 of tier 1 is negative; rates are zero or positive"),
            new Problem("plan", ProblemCode.VALUE_OUT_OF_RANGE, "tier 1 starts at 0.9, not at"
                + " the target 1.0; the first tier starts at the target (a rate of 0 there"
                + " makes a plateau)"),
            new Problem("plan", ProblemCode.NOT_STRICTLY_INCREASING, "tier 2 starts at 0.9, not"
                + " after tier 1 at 0.9; tiers are given in increasing order of start"),
            new Problem("plan", ProblemCode.VALUE_OUT_OF_RANGE,
                "the cap 0.5 is below 1, the payout at target (100 %)"),
            new Problem("plan", ProblemCode.MISSING_ATTRIBUTE, "the curve has 2 tiers but no"
                + " tier mode; name MARGINAL or RETROACTIVE, since plans differ")),
        e.problems());
  }

  @Test
  void nonFiniteAndMalformedSettings() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> PayoutCurve.builder("bad id")
            .threshold(Double.NaN, Double.POSITIVE_INFINITY)
            .target(Double.NEGATIVE_INFINITY)
            .tier(Double.NaN, Double.NaN)
            .cap(Double.NaN)
            .build());
    assertEquals(
        List.of(ProblemCode.MALFORMED_ID, ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.NON_FINITE_NUMBER, ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.NON_FINITE_NUMBER, ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.NON_FINITE_NUMBER),
        e.problems().stream().map(Problem::code).toList());
    assertEquals("the payout curve 'bad id' must match [A-Za-z][A-Za-z0-9_.-]* and have at"
        + " most 64 characters", e.problems().get(0).message());
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, assertThrows(CascadeValidationException.class,
        () -> PayoutCurve.builder("p").threshold(0, -0.5).build()).code());
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, assertThrows(CascadeValidationException.class,
        () -> PayoutCurve.builder("p").threshold(-Double.MAX_VALUE).target(Double.MAX_VALUE)
            .build()).code());
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, assertThrows(CascadeValidationException.class,
        () -> PayoutCurve.builder("p").target(-Double.MAX_VALUE).threshold(-Double.MAX_VALUE)
            .tier(-Double.MAX_VALUE, 1).tier(Double.MAX_VALUE, 1).mode(TierMode.MARGINAL)
            .build()).code());
  }

  @Test
  void modeIsOptionalWithOneTierWhereBothModesAgree() {
    PayoutCurve one = PayoutCurve.builder("one").tier(1.0, 3).build();
    assertEquals(1.375, one.payout(1.125));
    assertEquals(1.375, one.toBuilder().mode(TierMode.RETROACTIVE).build().payout(1.125));
    assertEquals(1.375, one.toBuilder().mode(TierMode.MARGINAL).build().payout(1.125));
  }

  @Test
  void accessorsAndText() {
    PayoutCurve c = typical().mode(TierMode.MARGINAL).build();
    assertEquals("sales-2026", c.id());
    assertEquals(0.5, c.threshold());
    assertEquals(0.5, c.payoutAtThreshold());
    assertEquals(1.0, c.target());
    assertEquals(List.of(new PayoutCurve.Tier(1.0, 2.0), new PayoutCurve.Tier(1.2, 1.5)),
        c.tiers());
    assertEquals(OptionalDouble.of(2.0), c.cap());
    assertEquals(Optional.of(TierMode.MARGINAL), c.mode());
    assertEquals(c, c.toBuilder().build());
    assertEquals(OptionalDouble.empty(), c.toBuilder().uncapped().build().cap());
    assertEquals("PayoutCurve[sales-2026, threshold 0.5 pays 0.5, target 1.0, tiers"
        + " [Tier[from=1.0, rate=2.0], Tier[from=1.2, rate=1.5]], cap 2.0, MARGINAL]",
        c.toString());
    assertEquals("PayoutCurve[f, threshold 0.0 pays 0.0, target 1.0, tiers [], cap none,"
        + " no mode]", PayoutCurve.builder("f").build().toString());
  }

  @Test
  void gateClosesOnOffTrackAndHoldsOnNoData() {
    PayoutGate gate = PayoutGate.on("ethics-violations");
    OptionalDouble pay = OptionalDouble.of(1.25);
    assertEquals(pay, gate.apply(Status.ON_TRACK, pay));
    assertEquals(pay, gate.apply(Status.AT_RISK, pay));
    assertEquals(OptionalDouble.of(0.0), gate.apply(Status.OFF_TRACK, pay));
    assertEquals(OptionalDouble.of(0.0), gate.apply(Status.OFF_TRACK, OptionalDouble.empty()));
    assertEquals(OptionalDouble.empty(), gate.apply(Status.NO_DATA, pay));
    assertEquals(OptionalDouble.empty(), gate.apply(Status.ON_TRACK, OptionalDouble.empty()));
    assertEquals("ethics-violations", gate.indicatorId());
    CascadeValidationException e =
        assertThrows(CascadeValidationException.class, () -> new PayoutGate("9 lives"));
    assertEquals(List.of(new Problem("9 lives", ProblemCode.MALFORMED_ID, "the gate indicator"
        + " '9 lives' must match [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters")),
        e.problems());
  }
}
