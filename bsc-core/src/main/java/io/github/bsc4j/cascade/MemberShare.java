package io.github.bsc4j.cascade;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One member's part of a team total: their value and their share of the total.
 *
 * @param memberId the member
 * @param value the member's value; empty when the member has no data
 * @param share the value over the team total, in {@code [0, 1]}; empty when the member has no
 *     data or the team's values give no shares (see {@link ContributionShares.Outcome})
 */
public record MemberShare(String memberId, OptionalDouble value, OptionalDouble share) {

  /**
   * Creates a member's share.
   *
   * @param memberId the member
   * @param value the value
   * @param share the share
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is a share but no value
   */
  public MemberShare {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(share, "share");
    if (share.isPresent() && value.isEmpty()) {
      throw new IllegalArgumentException("member " + memberId + " has a share but no value");
    }
  }
}
