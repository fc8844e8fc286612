package io.github.bsc4j.cascade;

import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How much the team's score and the member's own score count in a member's blended score, the
 * basis of their pay: {@code teamShare · teamScore + memberShare · memberScore}.
 *
 * <p>The weights are <em>relative</em>: each part counts by its weight over the sum of both, so
 * {@code of(3, 1)} and {@code of(0.75, 0.25)} blend alike (both give the team three quarters).
 * The shares are computed from the ratio of the weights alone and always add up to exactly 1:
 * the larger share is {@code w / (team + member)} (after scaling both weights by the same power
 * of two, so no sum overflows), the smaller is {@code 1 − larger}, which is exact. Weights with
 * the same ratio (3:1, 6:2, 0.75:0.25) give bit-for-bit the same shares. Two records are equal
 * when their weights are equal, so {@code of(3, 1)} is not equal to {@code of(0.75, 0.25)}
 * though they blend alike.
 *
 * @param team the weight of the team's score: finite, not negative
 * @param member the weight of the member's own score: finite, not negative; not both zero
 */
public record BlendWeights(double team, double member) {

  /** The element id that problems of weights built on their own name. */
  static final String ELEMENT_ID = "blend";

  /**
   * Creates and validates the weights.
   *
   * @param team the weight of the team's score
   * @param member the weight of the member's own score
   * @throws CascadeValidationException with every problem at once: a weight NaN or infinite
   *     ({@code NON_FINITE_NUMBER}), negative ({@code NEGATIVE_WEIGHT}), or both zero ({@code
   *     ALL_WEIGHTS_ZERO}); the problems name the element {@code "blend"}
   */
  public BlendWeights {
    List<Problem> problems = problems(ELEMENT_ID, team, member);
    if (!problems.isEmpty()) {
      throw new CascadeValidationException("blend weights", problems);
    }
  }

  /**
   * Creates and validates the weights; the same as the constructor.
   *
   * @param team the weight of the team's score
   * @param member the weight of the member's own score
   * @return the weights
   * @throws CascadeValidationException as the constructor describes
   */
  public static BlendWeights of(double team, double member) {
    return new BlendWeights(team, member);
  }

  /**
   * The problems of a pair of weights, naming {@code ownerId} (a template or role that declares
   * them), without throwing: for validators that report every problem of a larger definition at
   * once. Empty when {@code of(team, member)} would succeed.
   *
   * @param ownerId the id of the element that declares the weights, named by each problem
   * @param team the weight of the team's score
   * @param member the weight of the member's own score
   * @return the problems, in the order team, member, both; empty when the weights are valid
   * @throws NullPointerException if {@code ownerId} is null
   */
  public static List<Problem> problems(String ownerId, double team, double member) {
    Objects.requireNonNull(ownerId, "ownerId");
    PayChecks p = new PayChecks();
    weight(p, ownerId, "team", team);
    weight(p, ownerId, "member", member);
    // A weight that is not finite, or negative, is never zero: no more guard is needed.
    if (team == 0 && member == 0) {
      p.add(
          ownerId,
          ProblemCode.ALL_WEIGHTS_ZERO,
          "the team and member blend weights are both zero, so nothing would count;"
              + " give at least one a positive weight");
    }
    return p.list();
  }

  private static void weight(PayChecks p, String ownerId, String which, double w) {
    if (!p.finite(ownerId, "the " + which + " blend weight", w)) {
      return;
    }
    if (w < 0) {
      p.add(ownerId, ProblemCode.NEGATIVE_WEIGHT, "the " + which + " blend weight " + w
          + " is negative; blend weights are zero or positive");
    }
  }

  /**
   * The team's share of the blend: {@code team / (team + member)}, between 0 and 1.
   *
   * @return the team's share; {@code teamShare() + memberShare() == 1} exactly
   */
  public double teamShare() {
    if (team >= member) {
      return larger(team, member);
    }
    return 1.0 - larger(member, team);
  }

  /**
   * The member's share of the blend: {@code member / (team + member)}, between 0 and 1.
   *
   * @return the member's share; {@code teamShare() + memberShare() == 1} exactly
   */
  public double memberShare() {
    if (member > team) {
      return larger(member, team);
    }
    return 1.0 - larger(team, member);
  }

  /** {@code big / (big + small)} for {@code big >= small >= 0, big > 0}, scaled to not overflow. */
  private static double larger(double big, double small) {
    int scale = -Math.getExponent(big);
    double b = Math.scalb(big, scale);
    double s = Math.scalb(small, scale);
    return b / (b + s);
  }

  /**
   * Blends a team score and a member score that both have data.
   *
   * @param teamScore the team's score, finite
   * @param memberScore the member's own score, finite
   * @return the blended score, with its parts and contributions
   * @throws CascadeValidationException if a score is NaN or infinite ({@code NON_FINITE_NUMBER})
   */
  public BlendedScore blend(double teamScore, double memberScore) {
    return blend(OptionalDouble.of(teamScore), OptionalDouble.of(memberScore));
  }

  /**
   * Blends a team score and a member score, either of which may have no data.
   *
   * <p>When a part has no data, the blend is NO_DATA (an empty score) unless that part's weight
   * is zero: a part that counts for nothing cannot change the score, so its absence does not
   * matter. The blend never renormalises onto the part that has data (that would pay a member on
   * one level alone, the very thing blending exists to prevent) and never counts a missing part
   * as 0 (no data is not a score of 0). {@link BlendedScore#outcome()} says which case applied.
   *
   * @param teamScore the team's score, or empty when the team has no data
   * @param memberScore the member's own score, or empty when the member has no data
   * @return the blended score, with its parts and contributions
   * @throws NullPointerException if an argument is null
   * @throws CascadeValidationException if a present score is NaN or infinite ({@code
   *     NON_FINITE_NUMBER})
   */
  public BlendedScore blend(OptionalDouble teamScore, OptionalDouble memberScore) {
    Objects.requireNonNull(teamScore, "teamScore");
    Objects.requireNonNull(memberScore, "memberScore");
    PayChecks p = new PayChecks();
    if (teamScore.isPresent()) {
      p.finite(ELEMENT_ID, "the team score", teamScore.getAsDouble());
    }
    if (memberScore.isPresent()) {
      p.finite(ELEMENT_ID, "the member score", memberScore.getAsDouble());
    }
    p.throwIfAny("blended score");
    return BlendedScore.of(this, teamScore, memberScore);
  }
}
