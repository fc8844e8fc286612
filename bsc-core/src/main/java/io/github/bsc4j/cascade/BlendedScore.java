package io.github.bsc4j.cascade;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A member's blended score, {@code teamShare · teamScore + memberShare · memberScore}, with
 * everything a pay statement needs to show how it came about: both parts, both shares, both
 * contributions and what happened when a part had no data. Made by {@link
 * BlendWeights#blend(OptionalDouble, OptionalDouble)}; immutable, compared by value.
 *
 * <p>The score is computed as the sum of the two contributions, team first, so {@code
 * teamContribution + memberContribution == score} holds exactly in Java arithmetic. Each
 * contribution is its share times its part, rounded to the nearest double (a zero share
 * contributes exactly 0), and the score always lies between the parts that count: in the rare
 * case where rounding would put the sum an ulp outside them, the score is the nearer part and the
 * smaller contribution absorbs that ulp, so both promises hold.
 */
public final class BlendedScore {

  /** What the blend did with the parts it was given. */
  public enum Outcome {
    /** Both parts had data; the score blends them. */
    BOTH_PARTS,
    /** The team part had no data, but its weight is zero: the score is the member part. */
    MEMBER_PART_ONLY,
    /** The member part had no data, but its weight is zero: the score is the team part. */
    TEAM_PART_ONLY,
    /** The team part, whose weight is positive, had no data (the member part had): NO_DATA. */
    NO_TEAM_SCORE,
    /** The member part, whose weight is positive, had no data (the team part had): NO_DATA. */
    NO_MEMBER_SCORE,
    /** Neither part had data: NO_DATA. */
    NO_SCORES
  }

  private final BlendWeights weights;
  private final OptionalDouble teamScore;
  private final OptionalDouble memberScore;
  private final OptionalDouble teamContribution;
  private final OptionalDouble memberContribution;
  private final OptionalDouble score;
  private final Outcome outcome;

  private BlendedScore(
      BlendWeights weights,
      OptionalDouble teamScore,
      OptionalDouble memberScore,
      OptionalDouble teamContribution,
      OptionalDouble memberContribution,
      OptionalDouble score,
      Outcome outcome) {
    this.weights = weights;
    this.teamScore = teamScore;
    this.memberScore = memberScore;
    this.teamContribution = teamContribution;
    this.memberContribution = memberContribution;
    this.score = score;
    this.outcome = outcome;
  }

  /** Blends validated, finite parts (see {@link BlendWeights#blend}). */
  static BlendedScore of(BlendWeights w, OptionalDouble team, OptionalDouble member) {
    double a = w.teamShare();
    double b = w.memberShare();
    // A missing part matters unless its weight is zero (not merely a share that rounds to 0).
    boolean teamCounts = team.isPresent() || w.team() == 0;
    boolean memberCounts = member.isPresent() || w.member() == 0;
    if (!teamCounts || !memberCounts) {
      Outcome why = !teamCounts && !memberCounts ? Outcome.NO_SCORES
          : !teamCounts ? Outcome.NO_TEAM_SCORE : Outcome.NO_MEMBER_SCORE;
      OptionalDouble none = OptionalDouble.empty();
      return new BlendedScore(w, team, member, none, none, none, why);
    }
    double tc = contribution(a, team);
    double mc = contribution(b, member);
    double s = tc + mc;
    // The parts that count bound the score; a part with zero share does not count.
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    if (a > 0) {
      lo = Math.min(lo, team.getAsDouble());
      hi = Math.max(hi, team.getAsDouble());
    }
    if (b > 0) {
      lo = Math.min(lo, member.getAsDouble());
      hi = Math.max(hi, member.getAsDouble());
    }
    if (s > hi || s < lo) {
      double bound = s > hi ? hi : lo;
      // The larger contribution is at least about half the bound, so bound − larger is exact
      // (Sterbenz) and the two add up to the bound exactly; checked, never assumed.
      double t2 = tc;
      double m2 = mc;
      if (Math.abs(tc) >= Math.abs(mc)) {
        m2 = bound - tc;
      } else {
        t2 = bound - mc;
      }
      if (t2 + m2 == bound) {
        tc = t2;
        mc = m2;
        s = bound;
      }
    }
    Outcome outcome = team.isPresent() && member.isPresent() ? Outcome.BOTH_PARTS
        : team.isPresent() ? Outcome.TEAM_PART_ONLY : Outcome.MEMBER_PART_ONLY;
    return new BlendedScore(w, team, member, OptionalDouble.of(tc), OptionalDouble.of(mc),
        OptionalDouble.of(s), outcome);
  }

  private static double contribution(double share, OptionalDouble part) {
    return share == 0 ? 0.0 : share * part.getAsDouble();
  }

  /**
   * The weights the blend used.
   *
   * @return the weights
   */
  public BlendWeights weights() {
    return weights;
  }

  /**
   * The team's share of the blend, {@code weights().teamShare()}.
   *
   * @return the team's share, between 0 and 1
   */
  public double teamShare() {
    return weights.teamShare();
  }

  /**
   * The member's share of the blend, {@code weights().memberShare()}.
   *
   * @return the member's share, between 0 and 1
   */
  public double memberShare() {
    return weights.memberShare();
  }

  /**
   * The team part, as given.
   *
   * @return the team's score, or empty when the team had no data
   */
  public OptionalDouble teamScore() {
    return teamScore;
  }

  /**
   * The member part, as given.
   *
   * @return the member's own score, or empty when the member had no data
   */
  public OptionalDouble memberScore() {
    return memberScore;
  }

  /**
   * What the team part adds to the score: {@code teamShare · teamScore} (0 when the team's share
   * is 0, with or without data).
   *
   * @return the team's contribution; present exactly when {@link #score()} is
   */
  public OptionalDouble teamContribution() {
    return teamContribution;
  }

  /**
   * What the member part adds to the score: {@code memberShare · memberScore} (0 when the
   * member's share is 0, with or without data).
   *
   * @return the member's contribution; present exactly when {@link #score()} is
   */
  public OptionalDouble memberContribution() {
    return memberContribution;
  }

  /**
   * The blended score: {@code teamContribution + memberContribution}, exactly.
   *
   * @return the score, or empty (NO_DATA) when a part with a positive weight had no data
   */
  public OptionalDouble score() {
    return score;
  }

  /**
   * What the blend did with its parts, in particular why the score is NO_DATA when it is.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Equal when weights, parts, contributions, score and outcome are equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal blended score
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof BlendedScore other
        && weights.equals(other.weights)
        && teamScore.equals(other.teamScore)
        && memberScore.equals(other.memberScore)
        && teamContribution.equals(other.teamContribution)
        && memberContribution.equals(other.memberContribution)
        && score.equals(other.score)
        && outcome == other.outcome;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(weights, teamScore, memberScore, score, outcome);
  }

  /**
   * A readable form, e.g. {@code "BlendedScore[0.9 = 0.675 (team 0.75 × 0.9) + 0.225 (member
   * 0.25 × 0.9), BOTH_PARTS]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "BlendedScore["
        + (score.isPresent() ? String.valueOf(score.getAsDouble()) : "NO_DATA")
        + " = "
        + text(teamContribution) + " (team " + teamShare() + " × " + text(teamScore) + ") + "
        + text(memberContribution) + " (member " + memberShare() + " × " + text(memberScore)
        + "), " + outcome + "]";
  }

  private static String text(OptionalDouble v) {
    return v.isPresent() ? String.valueOf(v.getAsDouble()) : "NO_DATA";
  }
}
