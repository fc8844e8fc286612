package io.github.bsc4j.cascade;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation evaluated for one period by {@link OrganisationPlan#evaluate}: each team's
 * result and pool, each person's row (own result, team score, blend, payout, pool part, ranks,
 * flags, shares, reasons), each naming its subject, and warnings about the input. Immutable.
 *
 * <p>Teams come in the organisation's order ({@link Organisation#teams()}), each team's members
 * in the order the organisation lists them ({@link Organisation#members}); nothing depends on
 * the order in which measurements or memberships were given.
 */
public final class OrganisationEvaluation {
  private final String organisationId;
  private final Period period;
  private final List<TeamEvaluation> teams;
  private final List<MemberEvaluation> members;
  private final Map<String, TeamEvaluation> teamsById;
  private final Map<String, MemberEvaluation> membersById;
  private final List<Problem> warnings;

  OrganisationEvaluation(
      String organisationId, Period period, List<TeamEvaluation> teams, List<Problem> warnings) {
    this.organisationId = organisationId;
    this.period = period;
    this.teams = List.copyOf(teams);
    this.warnings = List.copyOf(warnings);
    List<MemberEvaluation> all = new ArrayList<>();
    Map<String, TeamEvaluation> t = new HashMap<>();
    Map<String, MemberEvaluation> m = new HashMap<>();
    for (TeamEvaluation team : this.teams) {
      t.put(team.teamId(), team);
      for (MemberEvaluation row : team.members()) {
        all.add(row);
        m.put(row.personId(), row);
      }
    }
    this.members = List.copyOf(all);
    this.teamsById = t;
    this.membersById = m;
  }

  /**
   * The organisation's id.
   *
   * @return the id
   */
  public String organisationId() {
    return organisationId;
  }

  /**
   * The period evaluated.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Every team of the organisation, in its order.
   *
   * @return the teams (unmodifiable)
   */
  public List<TeamEvaluation> teams() {
    return teams;
  }

  /**
   * Every person active in the period, team by team in the order of {@link #teams()}.
   *
   * @return the rows (unmodifiable)
   */
  public List<MemberEvaluation> members() {
    return members;
  }

  /**
   * One team's part.
   *
   * @param teamId the team's id
   * @return the team's part, or empty when it is no team of the organisation
   * @throws NullPointerException if {@code teamId} is null
   */
  public Optional<TeamEvaluation> team(String teamId) {
    return Optional.ofNullable(teamsById.get(Objects.requireNonNull(teamId, "teamId")));
  }

  /**
   * One person's row.
   *
   * @param personId the person's id
   * @return the row, or empty when the person belonged to no team in the period
   * @throws NullPointerException if {@code personId} is null
   */
  public Optional<MemberEvaluation> member(String personId) {
    return Optional.ofNullable(membersById.get(Objects.requireNonNull(personId, "personId")));
  }

  /**
   * What was wrong with the input without stopping the evaluation: measurements of subjects the
   * organisation does not know ({@link io.github.bsc4j.model.ProblemCode#UNKNOWN_SUBJECT}),
   * sorted by id. Each scorecard result carries its own warnings too.
   *
   * @return the warnings (unmodifiable)
   */
  public List<Problem> warnings() {
    return warnings;
  }

  /**
   * Names the organisation and period.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "OrganisationEvaluation[" + io.github.bsc4j.model.UserText.escape(organisationId)
        + ", " + period + ", " + teams.size() + " teams, " + members.size() + " members]";
  }
}
