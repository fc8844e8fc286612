package io.github.bsc4j.cascade;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.UserText;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Evaluates an organisation with a plan: one pass over the teams, each team and each person
 * evaluated once with the plans compiled already, every lookup by id. Holds no state between
 * calls.
 */
final class OrganisationEvaluator {
  private OrganisationEvaluator() {}

  /** What a person's row needs before the ranks are known. */
  private record Pending(
      String personId,
      String teamId,
      ScorecardResult result,
      BlendedScore blended,
      OptionalDouble payout,
      List<Flag> flags,
      Map<String, MemberShare> shares,
      Reasons reasons) {}

  /** What a team's part needs before the ranks are known. */
  private record PendingTeam(
      String teamId,
      ScorecardResult result,
      List<Pending> members,
      Map<String, ContributionShares> shares,
      Map<String, RollUpCoverage> coverage,
      Optional<PoolSplit> pool) {}

  static OrganisationEvaluation evaluate(
      OrganisationPlan plan,
      Organisation organisation,
      SubjectMeasurements measurements,
      Period period,
      EvaluationOptions options) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(options, "options");
    List<Problem> warnings = MeasuredSubjects.unknown(
        organisation, Objects.requireNonNull(measurements.subjectIds(), "subjectIds"));
    if (!warnings.isEmpty()
        && options.unknownMeasurements() == EvaluationOptions.UnknownMeasurements.REJECT) {
      throw new CascadeValidationException(
          "measurements of organisation '" + UserText.quote(organisation.id()) + "'", warnings);
    }
    TeamTemplate template = plan.template();
    ScorecardEngine teamEngine = template.team().engine();
    ScorecardEngine memberEngine = template.member().engine();
    List<MemberRollUp> summed = new ArrayList<>();
    for (MemberRollUp r : template.rollUps()) {
      if (r.function() == MemberFunction.SUM) {
        summed.add(r);
      }
    }
    List<PendingTeam> teams = new ArrayList<>();
    for (Subject team : organisation.teams()) {
      String teamId = team.id();
      List<Member> members = organisation.members(teamId, period);
      TeamMeasurements source = TeamMeasurements.of(template, organisation, teamId,
          id -> source(measurements, id).orElse(null),
          source(measurements, teamId).orElse(MeasurementSource.EMPTY));
      ScorecardResult teamResult =
          teamEngine.evaluate(template.team().plan(), teamId, source, period, options);
      Map<String, ContributionShares> shares = shares(measurements, summed, members);
      Map<String, RollUpCoverage> coverage = new LinkedHashMap<>();
      if (period.isWholeMonths()) { // roll-ups give values for whole months only
        for (MemberRollUp r : template.rollUps()) {
          coverage.put(r.teamIndicatorId(), source.coverage(r.teamIndicatorId(), period));
        }
      }
      Map<String, List<Flag>> freeRiders = new HashMap<>();
      for (FreeRiderRule rule : plan.freeRiders()) {
        List<Flag> flags = plan.words().isPresent()
            ? rule.evaluate(shares, plan.words().get())
            : rule.evaluate(shares);
        for (Flag f : flags) {
          freeRiders.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f);
        }
      }
      List<Pending> rows = new ArrayList<>();
      for (Member m : members) {
        String personId = m.personId();
        if (!organisation.teamOf(personId, period).map(teamId::equals).orElse(false)) {
          continue; // moved away: their row is with the team they ended the period in
        }
        rows.add(person(plan, memberEngine, measurements, period, options, personId, teamId,
            teamResult, shares, freeRiders.getOrDefault(personId, List.of())));
      }
      Optional<PoolSplit> pool = plan.pool().map(p -> split(p, rows, shares));
      teams.add(new PendingTeam(teamId, teamResult, rows, shares, coverage, pool));
    }
    return rank(organisation.id(), period, teams, warnings);
  }

  private static Optional<MeasurementSource> source(SubjectMeasurements m, String id) {
    return Objects.requireNonNull(m.source(id), "the source of a subject");
  }

  private static Pending person(
      OrganisationPlan plan,
      ScorecardEngine engine,
      SubjectMeasurements measurements,
      Period period,
      EvaluationOptions options,
      String personId,
      String teamId,
      ScorecardResult teamResult,
      Map<String, ContributionShares> shares,
      List<Flag> freeRiderFlags) {
    TeamTemplate template = plan.template();
    ScorecardResult result = engine.evaluate(template.member().plan(), personId,
        source(measurements, personId).orElse(MeasurementSource.EMPTY), period, options);
    BlendedScore blended = plan.blend().blend(teamResult.score(), result.score());
    OptionalDouble payout = OptionalDouble.empty();
    if (plan.payout().isPresent()) {
      payout = plan.payout().get().payout(blended.score());
      if (plan.gate().isPresent()) {
        PayoutGate gate = plan.gate().get();
        Status status = result.node(gate.indicatorId()).map(NodeResult::status)
            .orElse(Status.NO_DATA);
        payout = gate.apply(status, payout);
      }
    }
    List<Flag> flags = new ArrayList<>(freeRiderFlags);
    plan.overCompetition().ifPresent(rule -> (plan.words().isPresent()
        ? rule.evaluate(result, teamResult, plan.words().get())
        : rule.evaluate(result, teamResult)).ifPresent(flags::add));
    Map<String, MemberShare> mine = new LinkedHashMap<>();
    shares.forEach((id, s) -> s.member(personId).ifPresent(share -> mine.put(id, share)));
    return new Pending(personId, teamId, result, blended, payout, flags, mine,
        Reasons.of(result, plan.reasons()));
  }

  /** Each member's total of each summed indicator over their months in the team. */
  private static Map<String, ContributionShares> shares(
      SubjectMeasurements measurements, List<MemberRollUp> summed, List<Member> members) {
    Map<String, ContributionShares> shares = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(members.size());
    List<MeasurementSource> sources = new ArrayList<>(members.size());
    for (Member m : members) {
      ids.add(m.personId());
      sources.add(source(measurements, m.personId()).orElse(null));
    }
    Map<YearMonth, Period> months = new HashMap<>(); // one Period per month, not per reading
    for (MemberRollUp r : summed) {
      String indicator = r.memberIndicatorId().orElseThrow();
      double[] values = new double[members.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = total(sources.get(i), ids.get(i), indicator, members.get(i).activeMonths(),
            months);
      }
      shares.put(r.teamIndicatorId(), ContributionShares.of(ids, values));
    }
    return shares;
  }

  /** The sum over the months, NaN when no month has a value (or the sum is beyond doubles). */
  private static double total(
      MeasurementSource source,
      String personId,
      String indicator,
      List<YearMonth> months,
      Map<YearMonth, Period> periods) {
    if (source == null) {
      return Double.NaN;
    }
    double sum = 0;
    boolean any = false;
    for (YearMonth month : months) {
      Period p = periods.computeIfAbsent(month, Period::month);
      OptionalDouble v = source.value(indicator, p);
      if (v == null) {
        throw new NullPointerException("the measurement source of '" + UserText.quote(personId)
            + "' returned null for indicator '" + UserText.quote(indicator) + "'; return empty");
      }
      if (v.isPresent()) {
        if (!Double.isFinite(v.getAsDouble())) {
          throw new InvalidMeasurementException(indicator, p, v.getAsDouble());
        }
        sum += v.getAsDouble();
        any = true;
      }
    }
    return any && Double.isFinite(sum) ? sum : Double.NaN;
  }

  private static PoolSplit split(
      TeamPool pool, List<Pending> rows, Map<String, ContributionShares> shares) {
    Map<String, OptionalDouble> basis = new HashMap<>();
    for (Pending row : rows) {
      OptionalDouble b;
      if (pool.basis() == PoolBasis.BLENDED_SCORE) {
        b = row.blended().score(); // scores are never negative (the engine checks)
      } else {
        b = shares.get(pool.indicatorId().orElseThrow()).share(row.personId());
      }
      basis.put(row.personId(), b);
    }
    return PoolSplit.of(pool.amount(), basis);
  }

  private static OrganisationEvaluation rank(
      String organisationId, Period period, List<PendingTeam> teams, List<Problem> warnings) {
    List<String> allIds = new ArrayList<>();
    List<Double> allScores = new ArrayList<>();
    Map<String, RankedMember> inTeam = new HashMap<>();
    for (PendingTeam t : teams) {
      List<String> ids = new ArrayList<>(t.members().size());
      double[] scores = new double[t.members().size()];
      for (int i = 0; i < scores.length; i++) {
        Pending p = t.members().get(i);
        ids.add(p.personId());
        scores[i] = p.blended().score().orElse(Double.NaN);
        allIds.add(p.personId());
        allScores.add(scores[i]);
      }
      for (RankedMember r : Ranking.rank(ids, scores)) {
        inTeam.put(r.memberId(), r);
      }
    }
    double[] all = new double[allScores.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = allScores.get(i);
    }
    Map<String, RankedMember> inOrganisation = new HashMap<>();
    for (RankedMember r : Ranking.rank(allIds, all)) {
      inOrganisation.put(r.memberId(), r);
    }
    List<TeamEvaluation> out = new ArrayList<>(teams.size());
    for (PendingTeam t : teams) {
      List<MemberEvaluation> rows = new ArrayList<>(t.members().size());
      for (Pending p : t.members()) {
        OptionalLong part = t.pool().isPresent()
            ? OptionalLong.of(t.pool().get().parts().get(p.personId()))
            : OptionalLong.empty();
        rows.add(new MemberEvaluation(p.personId(), p.teamId(), p.result(), p.blended(),
            p.payout(), part, inTeam.get(p.personId()), inOrganisation.get(p.personId()),
            p.flags(), p.shares(), p.reasons()));
      }
      out.add(new TeamEvaluation(t.teamId(), t.result(), rows, t.shares(), t.coverage(), t.pool()));
    }
    return new OrganisationEvaluation(organisationId, period, out, warnings);
  }
}
