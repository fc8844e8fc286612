package io.github.bsc4j.cascade;

import java.util.Objects;
import java.util.Optional;

/**
 * A bonus pool each team of an organisation gets, split among the members its evaluation names
 * by a {@link PoolBasis}, in whole minor units by {@link PoolSplit}.
 *
 * @param amount the pool of each team in whole minor units (cents); validated by {@link
 *     OrganisationPlan.Builder#build()}
 * @param basis what the pool is split by
 * @param indicatorId for {@link PoolBasis#SHARE}, the summed team indicator whose shares split
 *     it; empty for {@link PoolBasis#BLENDED_SCORE}
 */
public record TeamPool(long amount, PoolBasis basis, Optional<String> indicatorId) {

  /**
   * Creates a pool.
   *
   * @param amount the amount
   * @param basis the basis
   * @param indicatorId the share indicator, for {@link PoolBasis#SHARE} only
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the indicator is given for a basis other than {@link
   *     PoolBasis#SHARE}, or missing for it
   */
  public TeamPool {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(indicatorId, "indicatorId");
    if ((basis == PoolBasis.SHARE) != indicatorId.isPresent()) {
      throw new IllegalArgumentException(basis == PoolBasis.SHARE
          ? "a pool split by share names the summed team indicator of the shares"
          : "only a pool split by share names an indicator");
    }
  }

  /**
   * A pool split by the members' blended scores.
   *
   * @param amount each team's pool in whole minor units
   * @return the pool
   */
  public static TeamPool byBlendedScore(long amount) {
    return new TeamPool(amount, PoolBasis.BLENDED_SCORE, Optional.empty());
  }

  /**
   * A pool split by the members' contribution shares on a summed team indicator.
   *
   * @param amount each team's pool in whole minor units
   * @param teamIndicatorId the team indicator, a {@link MemberFunction#SUM} roll-up
   * @return the pool
   * @throws NullPointerException if {@code teamIndicatorId} is null
   */
  public static TeamPool byShare(long amount, String teamIndicatorId) {
    return new TeamPool(amount, PoolBasis.SHARE,
        Optional.of(Objects.requireNonNull(teamIndicatorId, "teamIndicatorId")));
  }
}
