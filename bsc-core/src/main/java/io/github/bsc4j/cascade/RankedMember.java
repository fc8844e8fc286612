package io.github.bsc4j.cascade;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One member's place in a {@link Ranking}.
 *
 * @param memberId the member
 * @param score the score ranked by; empty for a member without data
 * @param rank the competition rank, from 1 for the highest score, equal for equal scores, with a
 *     gap after a tie ("1, 2, 2, 4"); empty for a member without data, who is never ranked
 * @param percentile {@code (n − rank) / (n − 1)} for {@code n} ranked members, 1 when {@code n}
 *     is 1: the share of the other ranked members this one scored at or above, 1 for the top and 0
 *     for a lone bottom; empty for a member without data
 */
public record RankedMember(
    String memberId, OptionalDouble score, OptionalInt rank, OptionalDouble percentile) {

  /**
   * Creates a ranked member.
   *
   * @param memberId the member
   * @param score the score
   * @param rank the rank
   * @param percentile the percentile
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the score, rank and percentile are not all present or
   *     all absent, the rank is below 1 or the percentile outside {@code [0, 1]}
   */
  public RankedMember {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(percentile, "percentile");
    if (score.isPresent() != rank.isPresent() || rank.isPresent() != percentile.isPresent()) {
      throw new IllegalArgumentException(
          "score, rank and percentile are all present or all absent");
    }
    if (rank.isPresent() && rank.getAsInt() < 1) {
      throw new IllegalArgumentException("rank must be at least 1, was " + rank.getAsInt());
    }
    if (percentile.isPresent()
        && !(percentile.getAsDouble() >= 0 && percentile.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "percentile must lie in [0, 1], was " + percentile.getAsDouble());
    }
  }

  /**
   * Tells whether the member is ranked.
   *
   * @return true when the member has a score
   */
  public boolean ranked() {
    return rank.isPresent();
  }
}
