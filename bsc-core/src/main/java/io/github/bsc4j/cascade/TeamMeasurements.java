package io.github.bsc4j.cascade;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.SubjectKind;
import io.github.bsc4j.model.UserText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The measurements of one team: its rolled-up indicators computed from its members' own
 * measurements, and every other indicator read from the team's own source. Evaluate the team
 * with it like any other source:
 *
 * <pre>{@code
 * engine.evaluate(teamTemplate.team().plan(), "team-north", teamMeasurements,
 *     Period.quarter(2026, 1));
 * }</pre>
 *
 * <p><b>Month by month, then over time.</b> For a rolled-up indicator and a calendar month, the
 * value is the roll-up's {@link MemberFunction} over the members active in the team that month,
 * each member's value read from their own source for that month; members without a value follow
 * the roll-up's {@link MemberRollUp#missingData()} policy. For a longer period this source has no
 * value of its own, so the engine rolls the team's monthly values up by the team indicator's own
 * {@link io.github.bsc4j.model.RollUp} (and its partial-period policy), as it does for any
 * monthly measurement. A month with no active member, or (except for {@link MemberFunction#COUNT})
 * no active member with a value (under {@link MissingDataPolicy#ZERO} too: zeros fill the gaps
 * among members who reported, they never make up a whole month), has no value: the engine
 * reports the indicator as NO_DATA, and a derived indicator over it (revenue per head) too, never
 * a division by zero. A period that is
 * not made of whole months has no rolled-up value.
 *
 * <p>Immutable and thread-safe if the member and team sources are. The same arguments always
 * give the same value, whatever order members are listed in (see {@link MemberFunction}).
 */
public final class TeamMeasurements implements MeasurementSource {
  private final TeamTemplate template;
  private final Function<YearMonth, List<String>> activeMembers;
  private final Function<String, MeasurementSource> memberSources;
  private final MeasurementSource teamSource;
  private final Map<String, MemberRollUp> rollUps;
  private final Set<String> indicatorIds;

  private TeamMeasurements(
      TeamTemplate template,
      Function<YearMonth, List<String>> activeMembers,
      Function<String, MeasurementSource> memberSources,
      MeasurementSource teamSource) {
    this.template = template;
    this.activeMembers = activeMembers;
    this.memberSources = memberSources;
    this.teamSource = teamSource;
    Map<String, MemberRollUp> byId = new LinkedHashMap<>();
    for (MemberRollUp r : template.rollUps()) {
      byId.put(r.teamIndicatorId(), r);
    }
    this.rollUps = Collections.unmodifiableMap(byId);
    List<Problem> problems = new ArrayList<>();
    for (String id : new TreeMap<>(asMap(teamSource.indicatorIds())).keySet()) {
      if (byId.containsKey(id)) {
        problems.add(new Problem(id, ProblemCode.DUPLICATE_ID, "the team's own measurements"
            + " hold '" + UserText.quote(id) + "', which the team template '"
            + UserText.quote(template.team().id()) + "' rolls up from the members; the roll-up"
            + " gives its value, so the team's own values of it would be ignored"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CascadeValidationException(
          "measurements of a team of template '" + UserText.quote(template.team().id()) + "'",
          problems);
    }
    Set<String> ids = new LinkedHashSet<>(byId.keySet());
    ids.addAll(teamSource.indicatorIds());
    this.indicatorIds = Collections.unmodifiableSet(ids);
  }

  private static Map<String, Boolean> asMap(Set<String> ids) {
    Map<String, Boolean> m = new HashMap<>();
    for (String id : ids) {
      m.put(Objects.requireNonNull(id, "indicator id of the team's own measurements"), true);
    }
    return m;
  }

  /**
   * The measurements of a team whose active members are listed month by month.
   *
   * @param template the team template, with its member roll-ups
   * @param activeMembers the ids of the members active in the team, by month, each month's in
   *     definition order; a month not in the map has no active member
   * @param memberSources each member's own measurements, by member id; an active member without
   *     an entry has no data
   * @param teamSource the team's own measurements of the indicators not rolled up from members
   *     ({@link MeasurementSource#EMPTY} when there are none)
   * @return the team's measurements
   * @throws NullPointerException if an argument, a key, a value or a member id in a list is null
   * @throws IllegalArgumentException if a month lists a member twice
   * @throws CascadeValidationException if the team's own source lists an indicator the template
   *     rolls up from the members ({@link ProblemCode#DUPLICATE_ID}), whose values would be
   *     ignored
   */
  public static TeamMeasurements of(
      TeamTemplate template,
      Map<YearMonth, List<String>> activeMembers,
      Map<String, ? extends MeasurementSource> memberSources,
      MeasurementSource teamSource) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(activeMembers, "activeMembers");
    Objects.requireNonNull(memberSources, "memberSources");
    Objects.requireNonNull(teamSource, "teamSource");
    Map<YearMonth, List<String>> copy = new HashMap<>();
    activeMembers.forEach((month, ids) -> {
      Objects.requireNonNull(month, "month");
      List<String> list = List.copyOf(Objects.requireNonNull(ids, () -> "members of " + month));
      if (new HashSet<>(list).size() != list.size()) {
        throw new IllegalArgumentException("the members active in " + month
            + " list someone twice: " + UserText.quote(list.toString()));
      }
      copy.put(month, list);
    });
    return new TeamMeasurements(
        template, m -> copy.getOrDefault(m, List.of()), copyOf(memberSources), teamSource);
  }

  /**
   * The measurements of a team of an organisation: the members active in each month are those
   * the organisation lists for the team that month ({@link Organisation#membersIn(String,
   * YearMonth)}, in definition order), so a joiner counts from the month they joined and a
   * person who moved counts in each team for their months there.
   *
   * @param template the team template, with its member roll-ups
   * @param organisation the organisation
   * @param teamId the team's id
   * @param memberSources each person's own measurements, by person id; an active member without
   *     an entry has no data
   * @param teamSource the team's own measurements of the indicators not rolled up from members
   *     ({@link MeasurementSource#EMPTY} when there are none)
   * @return the team's measurements
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws UnknownSubjectException if {@code teamId} is not a team of the organisation
   * @throws CascadeValidationException if the team's own source lists an indicator the template
   *     rolls up from the members ({@link ProblemCode#DUPLICATE_ID})
   */
  public static TeamMeasurements of(
      TeamTemplate template,
      Organisation organisation,
      String teamId,
      Map<String, ? extends MeasurementSource> memberSources,
      MeasurementSource teamSource) {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(memberSources, "memberSources");
    Objects.requireNonNull(teamSource, "teamSource");
    if (organisation.subject(teamId).filter(t -> t.kind() == SubjectKind.TEAM).isEmpty()) {
      throw new UnknownSubjectException(teamId, "'" + UserText.quote(teamId)
          + "' is not a team of organisation '" + UserText.quote(organisation.id()) + "'");
    }
    return new TeamMeasurements(
        template, m -> organisation.membersIn(teamId, m), copyOf(memberSources), teamSource);
  }

  /**
   * The measurements of a team of an organisation whose members' sources are looked up by id,
   * never copied: an organisation's evaluation makes one per team, and copying every person's
   * source into each would cost people × teams. {@code memberSources} returns null for a member
   * without data.
   */
  static TeamMeasurements of(
      TeamTemplate template,
      Organisation organisation,
      String teamId,
      Function<String, MeasurementSource> memberSources,
      MeasurementSource teamSource) {
    return new TeamMeasurements(
        template, m -> organisation.membersIn(teamId, m), memberSources, teamSource);
  }

  private static Function<String, MeasurementSource> copyOf(
      Map<String, ? extends MeasurementSource> memberSources) {
    Map<String, MeasurementSource> sources = new HashMap<>();
    memberSources.forEach((id, s) -> sources.put(
        Objects.requireNonNull(id, "member id"),
        Objects.requireNonNull(s, () -> "source of member '" + UserText.quote(id) + "'")));
    return sources::get;
  }

  /**
   * The team template these measurements follow.
   *
   * @return the template
   */
  public TeamTemplate template() {
    return template;
  }

  /**
   * A rolled-up indicator's value for a calendar month, or any other indicator's value from the
   * team's own source (see the type's description).
   *
   * @param indicatorId the team indicator's id
   * @param period the period
   * @return the value, or empty when there is none
   * @throws NullPointerException if an argument is null, or a member's source returns null
   * @throws InvalidMeasurementException if a member's source returns NaN or an infinity
   */
  @Override
  public OptionalDouble value(String indicatorId, Period period) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    MemberRollUp r = rollUps.get(indicatorId);
    if (r == null) {
      return teamSource.value(indicatorId, period);
    }
    if (!isOneMonth(period)) {
      return OptionalDouble.empty(); // the engine rolls the months up
    }
    YearMonth month = YearMonth.from(period.start());
    List<String> members = activeMembers.apply(month);
    if (r.function() == MemberFunction.COUNT) {
      return r.function().combine(new double[0], members.size());
    }
    double[] values = new double[members.size()];
    int present = 0;
    boolean anyData = false;
    for (String member : members) {
      OptionalDouble v = memberValue(member, r.memberIndicatorId().orElseThrow(), period);
      if (v.isPresent()) {
        values[present++] = v.getAsDouble();
        anyData = true;
      } else if (r.missingData() == MissingDataPolicy.ZERO) {
        values[present++] = 0.0;
      } else if (r.missingData() == MissingDataPolicy.STRICT) {
        return OptionalDouble.empty();
      }
    }
    if (!anyData) {
      return OptionalDouble.empty(); // ZERO fills gaps among reporters, never a whole month
    }
    return r.function().combine(java.util.Arrays.copyOf(values, present), members.size());
  }

  /**
   * The coverage of a rolled-up team indicator over a period: the member-months with data of
   * the active member-months (see {@link RollUpCoverage}).
   *
   * @param teamIndicatorId a rolled-up team indicator
   * @param period a period of whole months
   * @return the coverage
   * @throws NullPointerException if an argument is null, or a member's source returns null
   * @throws IllegalArgumentException if the indicator is not rolled up from members
   * @throws io.github.bsc4j.data.InvalidPeriodException if the period is not made of whole months
   * @throws InvalidMeasurementException if a member's source returns NaN or an infinity
   */
  public RollUpCoverage coverage(String teamIndicatorId, Period period) {
    Objects.requireNonNull(teamIndicatorId, "teamIndicatorId");
    Objects.requireNonNull(period, "period");
    MemberRollUp r = rollUps.get(teamIndicatorId);
    if (r == null) {
      throw new IllegalArgumentException("team template '" + UserText.quote(template.team().id())
          + "' does not roll '" + UserText.quote(teamIndicatorId) + "' up from members");
    }
    int active = 0;
    int withData = 0;
    for (YearMonth month : period.months()) {
      List<String> members = activeMembers.apply(month);
      active += members.size();
      if (r.function() == MemberFunction.COUNT) {
        withData += members.size();
        continue;
      }
      for (String member : members) {
        if (memberValue(member, r.memberIndicatorId().orElseThrow(), Period.month(month))
            .isPresent()) {
          withData++;
        }
      }
    }
    return new RollUpCoverage(teamIndicatorId, period, withData, active);
  }

  private OptionalDouble memberValue(String member, String indicatorId, Period month) {
    MeasurementSource s = memberSources.apply(member);
    if (s == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble v = s.value(indicatorId, month);
    if (v == null) {
      throw new NullPointerException("the measurement source of member '" + UserText.quote(member)
          + "' returned null for indicator '" + UserText.quote(indicatorId) + "'; return empty");
    }
    if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
      throw new InvalidMeasurementException(indicatorId, month, v.getAsDouble());
    }
    return v;
  }

  private static boolean isOneMonth(Period period) {
    return period.isWholeMonths() && period.start().plusMonths(1).equals(period.end());
  }

  /**
   * The rolled-up team indicators, in the template's order, then the ids of the team's own
   * source.
   *
   * @return an unmodifiable set
   */
  @Override
  public Set<String> indicatorIds() {
    return indicatorIds;
  }

  /**
   * Names the template.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "TeamMeasurements[" + UserText.escape(template.team().id()) + ", rollUps="
        + rollUps.keySet() + "]";
  }
}
