package io.github.bsc4j.cascade;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Unit;
import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The templates of a team and of its members, and how team indicators are made from member
 * indicators: a team's revenue is the {@link MemberFunction#SUM} of its members' revenue, its
 * headcount their {@link MemberFunction#COUNT}. It also names the team indicators that are
 * collaborative (that the team only reaches together), for the over-competition flag.
 * Immutable and thread-safe; both templates are compiled once, whatever the number of teams and
 * people evaluated with them.
 *
 * <pre>{@code
 * TeamTemplate sales = TeamTemplate.of(teamTemplate, personTemplate,
 *     List.of(MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM),
 *             MemberRollUp.count("headcount")),
 *     List.of("team-revenue"));
 * }</pre>
 *
 * <p>Validated when made, every problem at once, each naming the team template and the
 * indicator: a roll-up onto an indicator the team template lacks ({@link
 * ProblemCode#DANGLING_REFERENCE}) or onto a derived one (one with a formula, {@link
 * ProblemCode#INVALID_MEMBER_ROLL_UP}); over an indicator the member template lacks ({@link
 * ProblemCode#DANGLING_REFERENCE}) or over a derived one, whose values come from a formula and
 * are in no member's measurements ({@link ProblemCode#INVALID_MEMBER_ROLL_UP}: roll the
 * formula's inputs up and derive the team value from them); two roll-ups onto one team indicator
 * ({@link ProblemCode#DUPLICATE_ID}); a {@link MemberFunction#SUM} of a member indicator whose
 * {@link Unit} is a percentage or a ratio ({@link ProblemCode#NON_ADDITIVE_ROLL_UP}: two members'
 * 50 % do not make 100 %; their {@link MemberFunction#AVERAGE}, {@link MemberFunction#MEDIAN},
 * minimum and maximum are fine, and levels such as a pipeline or a headcount add up across
 * members); a collaborative id the team template lacks ({@link ProblemCode#DANGLING_REFERENCE})
 * or given twice ({@link ProblemCode#DUPLICATE_ID}).
 *
 * @param team the team's template
 * @param member the template every member of the team is evaluated with
 * @param rollUps the team indicators made from member indicators, in definition order
 * @param collaborative the team indicators the team reaches only together, in definition order
 */
public record TeamTemplate(
    ScorecardTemplate team,
    ScorecardTemplate member,
    List<MemberRollUp> rollUps,
    List<String> collaborative) {

  /**
   * Creates and validates a team template.
   *
   * @param team the team's template
   * @param member the members' template
   * @param rollUps the team indicators made from member indicators
   * @param collaborative the collaborative team indicators
   * @throws NullPointerException if an argument, a roll-up or a collaborative id is null
   * @throws CascadeValidationException listing every problem described above
   */
  public TeamTemplate {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(member, "member");
    rollUps = List.copyOf(Objects.requireNonNull(rollUps, "rollUps"));
    collaborative = List.copyOf(Objects.requireNonNull(collaborative, "collaborative"));
    List<Problem> problems = validate(team, member, rollUps, collaborative);
    if (!problems.isEmpty()) {
      throw new CascadeValidationException(
          "team template '" + UserText.quote(team.id()) + "'", problems);
    }
  }

  /**
   * Creates and validates a team template (the canonical constructor, by name).
   *
   * @param team the team's template
   * @param member the members' template
   * @param rollUps the team indicators made from member indicators
   * @param collaborative the collaborative team indicators
   * @return the template
   * @throws NullPointerException if an argument, a roll-up or a collaborative id is null
   * @throws CascadeValidationException listing every problem (see the type's description)
   */
  public static TeamTemplate of(
      ScorecardTemplate team,
      ScorecardTemplate member,
      List<MemberRollUp> rollUps,
      List<String> collaborative) {
    return new TeamTemplate(team, member, rollUps, collaborative);
  }

  /**
   * The roll-up onto a team indicator.
   *
   * @param teamIndicatorId the team indicator's id
   * @return the roll-up, or empty when the indicator is not rolled up from members
   * @throws NullPointerException if {@code teamIndicatorId} is null
   */
  public Optional<MemberRollUp> rollUp(String teamIndicatorId) {
    Objects.requireNonNull(teamIndicatorId, "teamIndicatorId");
    for (MemberRollUp r : rollUps) {
      if (r.teamIndicatorId().equals(teamIndicatorId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a team indicator is collaborative.
   *
   * @param teamIndicatorId the team indicator's id
   * @return true if it is one of {@link #collaborative()}
   * @throws NullPointerException if {@code teamIndicatorId} is null
   */
  public boolean isCollaborative(String teamIndicatorId) {
    Objects.requireNonNull(teamIndicatorId, "teamIndicatorId");
    return collaborative.contains(teamIndicatorId);
  }

  private static List<Problem> validate(
      ScorecardTemplate team,
      ScorecardTemplate member,
      List<MemberRollUp> rollUps,
      List<String> collaborative) {
    List<Problem> problems = new ArrayList<>();
    String where = "team template '" + UserText.quote(team.id()) + "'";
    String memberWhere = "member template '" + UserText.quote(member.id()) + "'";
    Map<String, Integer> seen = new HashMap<>();
    for (MemberRollUp r : rollUps) {
      String t = r.teamIndicatorId();
      String tq = "'" + UserText.quote(t) + "'";
      if (seen.merge(t, 1, Integer::sum) == 2) {
        problems.add(new Problem(t, ProblemCode.DUPLICATE_ID,
            where + ": team indicator " + tq + " has more than one member roll-up"));
      }
      Optional<Indicator> ti = team.scorecard().indicator(t);
      if (ti.isEmpty()) {
        problems.add(new Problem(t, ProblemCode.DANGLING_REFERENCE,
            where + " has no indicator " + tq + " to roll members up onto"));
      } else if (ti.get().isDerived()) {
        problems.add(new Problem(t, ProblemCode.INVALID_MEMBER_ROLL_UP,
            where + ": team indicator " + tq + " is derived (it has a formula), so it cannot"
                + " also be rolled up from members"));
      }
      if (r.memberIndicatorId().isEmpty()) {
        continue; // COUNT reads no member indicator
      }
      String m = r.memberIndicatorId().get();
      String mq = "'" + UserText.quote(m) + "'";
      Optional<Indicator> mi = member.scorecard().indicator(m);
      if (mi.isEmpty()) {
        problems.add(new Problem(t, ProblemCode.DANGLING_REFERENCE,
            where + ": the roll-up onto " + tq + " is over " + mq + ", which " + memberWhere
                + " lacks"));
        continue;
      }
      if (mi.get().isDerived()) {
        problems.add(new Problem(t, ProblemCode.INVALID_MEMBER_ROLL_UP,
            where + ": the roll-up onto " + tq + " is over " + mq + ", a derived indicator of "
                + memberWhere + " that no member's measurements hold; roll its formula's"
                + " inputs up and derive the team value from them"));
      }
      Unit.Kind kind = mi.get().unit().kind();
      if (r.function() == MemberFunction.SUM
          && (kind == Unit.Kind.PERCENTAGE || kind == Unit.Kind.RATIO)) {
        problems.add(new Problem(t, ProblemCode.NON_ADDITIVE_ROLL_UP,
            where + ": the roll-up onto " + tq + " is the SUM of " + mq + ", a "
                + kind.name().toLowerCase(java.util.Locale.ROOT)
                + ", and members' " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "s do not add up; use AVERAGE or MEDIAN, or sum the numerator and the"
                + " denominator and derive the team's rate from them"));
      }
    }
    Set<String> collaborativeSeen = new HashSet<>();
    for (String c : collaborative) {
      Objects.requireNonNull(c, "collaborative indicator id");
      String cq = "'" + UserText.quote(c) + "'";
      if (!collaborativeSeen.add(c)) {
        problems.add(new Problem(c, ProblemCode.DUPLICATE_ID,
            where + ": " + cq + " is named collaborative more than once"));
      } else if (team.scorecard().indicator(c).isEmpty()) {
        problems.add(new Problem(c, ProblemCode.DANGLING_REFERENCE,
            where + " has no indicator " + cq + " to mark collaborative"));
      }
    }
    return problems;
  }
}
