package io.github.bsc4j.cascade;

import io.github.bsc4j.engine.ScorecardResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One person's row of an {@link OrganisationEvaluation}: their own scorecard, their team's
 * score, the blend, the payout, their part of the team pool, their ranks, flags, shares and
 * reasons. Immutable.
 *
 * @param personId the person
 * @param teamId the team the person's results name for the period ({@link
 *     Organisation#teamOf(String, io.github.bsc4j.data.Period)}), whose score is blended in
 * @param result the person's own scorecard result (member template; subject: the person)
 * @param blended the blend of the team's and the person's score
 * @param payout the payout as a fraction of the target incentive, after the gate; empty when the
 *     plan has no payout curve, the blended score has no data, or the gate indicator has none
 * @param poolPart the person's part of the team pool in minor units; empty when the plan has no
 *     pool (0 when the person takes no part)
 * @param teamRank the person's rank among the members whose results name the same team
 * @param organisationRank the person's rank among everyone evaluated
 * @param flags the flags raised: free-rider flags in the plan's rule order, then
 *     over-competition (unmodifiable)
 * @param shares the person's contribution share on each summed team indicator, by team indicator
 *     id in the template's order (unmodifiable)
 * @param reasons the indicators that lifted and lowered the person's score most
 */
public record MemberEvaluation(
    String personId,
    String teamId,
    ScorecardResult result,
    BlendedScore blended,
    OptionalDouble payout,
    OptionalLong poolPart,
    RankedMember teamRank,
    RankedMember organisationRank,
    List<Flag> flags,
    Map<String, MemberShare> shares,
    Reasons reasons) {

  /**
   * Creates a row.
   *
   * @param personId the person
   * @param teamId the team
   * @param result the person's result
   * @param blended the blend
   * @param payout the payout
   * @param poolPart the pool part
   * @param teamRank the rank in the team
   * @param organisationRank the rank in the organisation
   * @param flags the flags
   * @param shares the shares
   * @param reasons the reasons
   * @throws NullPointerException if an argument, a flag, a key or a share is null
   */
  public MemberEvaluation {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(blended, "blended");
    Objects.requireNonNull(payout, "payout");
    Objects.requireNonNull(poolPart, "poolPart");
    Objects.requireNonNull(teamRank, "teamRank");
    Objects.requireNonNull(organisationRank, "organisationRank");
    flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
    Map<String, MemberShare> s = new LinkedHashMap<>();
    Objects.requireNonNull(shares, "shares").forEach((k, v) -> s.put(
        Objects.requireNonNull(k, "indicator id"), Objects.requireNonNull(v, "share")));
    shares = Collections.unmodifiableMap(s);
    Objects.requireNonNull(reasons, "reasons");
  }

  /**
   * The person's own score.
   *
   * @return the score of {@link #result()}, empty when it has no data
   */
  public OptionalDouble individualScore() {
    return result.score();
  }

  /**
   * The score of the person's team.
   *
   * @return the team part of the blend, empty when the team has no data
   */
  public OptionalDouble teamScore() {
    return blended.teamScore();
  }
}
