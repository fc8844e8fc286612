package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.cascade.BlendedScore.Outcome;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Blend weights and blended scores, with values computed by hand. */
class BlendTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  @Test
  void weightsAreRelativeSoThreeToOneIsThreeQuarters() {
    BlendWeights w = BlendWeights.of(3, 1);
    assertEquals(0.75, w.teamShare());
    assertEquals(0.25, w.memberShare());
    BlendWeights same = BlendWeights.of(0.75, 0.25);
    assertEquals(0.75, same.teamShare());
    assertEquals(0.25, same.memberShare());
  }

  @Test
  void sharesAddUpToExactlyOneEvenWhenThirds() {
    // 2 / (1 + 2) = 0.6666666666666666; the team's share is 1 minus it, exactly.
    BlendWeights w = BlendWeights.of(1, 2);
    assertEquals(0.6666666666666666, w.memberShare());
    assertEquals(0.33333333333333337, w.teamShare());
    assertEquals(1.0, w.teamShare() + w.memberShare());
  }

  @Test
  void hugeWeightsDoNotOverflow() {
    BlendWeights w = BlendWeights.of(Double.MAX_VALUE, Double.MAX_VALUE);
    assertEquals(0.5, w.teamShare());
    assertEquals(0.5, w.memberShare());
    assertEquals(1.0, BlendWeights.of(Double.MIN_VALUE, 0).teamShare());
  }

  @Test
  void blendReportsPartsContributionsAndScore() {
    // 0.75 × 0.875 = 0.65625; 0.25 × 1.25 = 0.3125; 0.65625 + 0.3125 = 0.96875.
    BlendedScore b = BlendWeights.of(3, 1).blend(0.875, 1.25);
    assertEquals(OptionalDouble.of(0.65625), b.teamContribution());
    assertEquals(OptionalDouble.of(0.3125), b.memberContribution());
    assertEquals(OptionalDouble.of(0.96875), b.score());
    assertEquals(OptionalDouble.of(0.875), b.teamScore());
    assertEquals(OptionalDouble.of(1.25), b.memberScore());
    assertEquals(0.75, b.teamShare());
    assertEquals(0.25, b.memberShare());
    assertEquals(BlendWeights.of(3, 1), b.weights());
    assertEquals(Outcome.BOTH_PARTS, b.outcome());
    assertEquals(
        "BlendedScore[0.96875 = 0.65625 (team 0.75 × 0.875) + 0.3125 (member 0.25 × 1.25),"
            + " BOTH_PARTS]",
        b.toString());
    BlendedScore alike = BlendWeights.of(0.75, 0.25).blend(0.875, 1.25);
    assertEquals(b.score(), alike.score());
    assertEquals(b.teamContribution(), alike.teamContribution());
  }

  @Test
  void aMissingPartWithPositiveWeightMakesTheBlendNoData() {
    BlendWeights w = BlendWeights.of(1, 1);
    BlendedScore noTeam = w.blend(NONE, OptionalDouble.of(0.9));
    assertEquals(NONE, noTeam.score());
    assertEquals(NONE, noTeam.teamContribution());
    assertEquals(NONE, noTeam.memberContribution());
    assertEquals(OptionalDouble.of(0.9), noTeam.memberScore());
    assertEquals(Outcome.NO_TEAM_SCORE, noTeam.outcome());
    assertEquals(
        Outcome.NO_MEMBER_SCORE, w.blend(OptionalDouble.of(0.9), NONE).outcome());
    assertEquals(Outcome.NO_SCORES, w.blend(NONE, NONE).outcome());
    assertEquals(
        "BlendedScore[NO_DATA = NO_DATA (team 0.5 × NO_DATA) + NO_DATA (member 0.5 × 0.9),"
            + " NO_TEAM_SCORE]",
        noTeam.toString());
  }

  @Test
  void aMissingPartWithZeroWeightIsIgnoredNotRenormalised() {
    BlendedScore memberOnly = BlendWeights.of(0, 1).blend(NONE, OptionalDouble.of(0.9));
    assertEquals(OptionalDouble.of(0.9), memberOnly.score());
    assertEquals(OptionalDouble.of(0.0), memberOnly.teamContribution());
    assertEquals(OptionalDouble.of(0.9), memberOnly.memberContribution());
    assertEquals(Outcome.MEMBER_PART_ONLY, memberOnly.outcome());
    BlendedScore teamOnly = BlendWeights.of(2, 0).blend(OptionalDouble.of(0.7), NONE);
    assertEquals(OptionalDouble.of(0.7), teamOnly.score());
    assertEquals(Outcome.TEAM_PART_ONLY, teamOnly.outcome());
    // Both missing: the part that counts has no data.
    assertEquals(Outcome.NO_MEMBER_SCORE, BlendWeights.of(0, 1).blend(NONE, NONE).outcome());
    assertEquals(Outcome.NO_TEAM_SCORE, BlendWeights.of(1, 0).blend(NONE, NONE).outcome());
    // The weight decides, not the share: 1e-300 beside 1 rounds to a share of 0, yet counts.
    BlendWeights tiny = BlendWeights.of(1e-300, 1);
    assertEquals(0.0, tiny.teamShare());
    assertEquals(Outcome.NO_TEAM_SCORE, tiny.blend(NONE, OptionalDouble.of(0.9)).outcome());
    assertEquals(OptionalDouble.of(0.9), tiny.blend(0.5, 0.9).score());
    // A present part with zero weight contributes exactly 0, even when negative.
    BlendedScore zero = BlendWeights.of(0, 1).blend(-3, 0.5);
    assertEquals(OptionalDouble.of(0.0), zero.teamContribution());
    assertEquals(OptionalDouble.of(0.5), zero.score());
    assertEquals(Outcome.BOTH_PARTS, zero.outcome());
  }

  @Test
  void roundingNeverPutsTheScoreOutsideItsParts() {
    // 1:2 of 0.11 and 0.11: the shares times the parts, rounded, add up to 0.11000000000000001,
    // one ulp above both parts. The score stays 0.11 and the smaller (team) contribution gives
    // up that ulp: 0.036666666666666674 becomes 0.03666666666666667.
    BlendWeights w = BlendWeights.of(1, 2);
    assertEquals(0.036666666666666674, w.teamShare() * 0.11);
    assertEquals(0.11000000000000001, w.teamShare() * 0.11 + w.memberShare() * 0.11);
    BlendedScore above = w.blend(0.11, 0.11);
    assertEquals(OptionalDouble.of(0.11), above.score());
    assertEquals(OptionalDouble.of(0.03666666666666667), above.teamContribution());
    assertEquals(OptionalDouble.of(0.07333333333333333), above.memberContribution());
    // And below: 0.22999999999999998 would be one ulp under 0.23.
    BlendedScore below = w.blend(0.23, 0.23);
    assertEquals(OptionalDouble.of(0.23), below.score());
    assertEquals(OptionalDouble.of(0.07666666666666669), below.teamContribution());
    assertEquals(OptionalDouble.of(0.15333333333333332), below.memberContribution());
  }

  @Test
  void invalidWeightsReportEveryProblem() {
    CascadeValidationException e =
        assertThrows(CascadeValidationException.class, () -> BlendWeights.of(-1, Double.NaN));
    assertEquals(
        List.of(
            new Problem("blend", ProblemCode.NEGATIVE_WEIGHT,
                "the team blend weight -1.0 is negative; blend weights are zero or positive"),
            new Problem("blend", ProblemCode.NON_FINITE_NUMBER,
                "the member blend weight is NaN, not a finite number")),
        e.problems());
    assertEquals(ProblemCode.ALL_WEIGHTS_ZERO,
        assertThrows(CascadeValidationException.class, () -> new BlendWeights(0, 0)).code());
    assertEquals(ProblemCode.NON_FINITE_NUMBER, assertThrows(CascadeValidationException.class,
        () -> BlendWeights.of(Double.POSITIVE_INFINITY, 1)).code());
    assertEquals(List.of(), BlendWeights.problems("seller", 0, 1));
    assertEquals(
        List.of(new Problem("seller", ProblemCode.ALL_WEIGHTS_ZERO,
            "the team and member blend weights are both zero, so nothing would count;"
                + " give at least one a positive weight")),
        BlendWeights.problems("seller", 0, -0.0));
  }

  @Test
  void nonFiniteScoresAreRejected() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> BlendWeights.of(1, 1).blend(Double.NaN, Double.NEGATIVE_INFINITY));
    assertEquals(2, e.problems().size());
    assertEquals(ProblemCode.NON_FINITE_NUMBER, e.problems().get(1).code());
    assertEquals("the member score is -Infinity, not a finite number",
        e.problems().get(1).message());
  }
}
