package io.github.bsc4j.cascade;

import io.github.bsc4j.engine.ScorecardResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One team's part of an {@link OrganisationEvaluation}. Immutable.
 *
 * @param teamId the team
 * @param result the team's scorecard result (team template on {@link TeamMeasurements})
 * @param members the rows of the people whose results name this team for the period, in the
 *     order the organisation lists the team's members (unmodifiable)
 * @param shares the contribution shares on each summed team indicator, by team indicator id in
 *     the template's order, over every member active in the team in the period (a person who
 *     moved away counts for their months here) (unmodifiable)
 * @param rollUpCoverage for each team indicator rolled up from members, in the template's order,
 *     the member-months with data of the active member-months in the period (how much of the
 *     team's figure its members reported); empty for a period that is not whole months
 *     (unmodifiable)
 * @param pool the split of the team pool among {@link #members()}; empty when the plan has no
 *     pool
 */
public record TeamEvaluation(
    String teamId,
    ScorecardResult result,
    List<MemberEvaluation> members,
    Map<String, ContributionShares> shares,
    Map<String, RollUpCoverage> rollUpCoverage,
    Optional<PoolSplit> pool) {

  /**
   * Creates a team's part.
   *
   * @param teamId the team
   * @param result the team's result
   * @param members the members' rows
   * @param shares the shares
   * @param rollUpCoverage the roll-ups' coverage
   * @param pool the pool split
   * @throws NullPointerException if an argument, a row, a key or a value is null
   */
  public TeamEvaluation {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(result, "result");
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    Map<String, ContributionShares> s = new LinkedHashMap<>();
    Objects.requireNonNull(shares, "shares").forEach((k, v) -> s.put(
        Objects.requireNonNull(k, "indicator id"), Objects.requireNonNull(v, "shares")));
    shares = Collections.unmodifiableMap(s);
    Map<String, RollUpCoverage> c = new LinkedHashMap<>();
    Objects.requireNonNull(rollUpCoverage, "rollUpCoverage").forEach((k, v) -> c.put(
        Objects.requireNonNull(k, "indicator id"), Objects.requireNonNull(v, "coverage")));
    rollUpCoverage = Collections.unmodifiableMap(c);
    Objects.requireNonNull(pool, "pool");
  }
}
