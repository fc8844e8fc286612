package io.github.bsc4j.examples;

import com.google.common.base.Strings;
import io.github.bsc4j.cascade.BlendWeights;
import io.github.bsc4j.cascade.Flag;
import io.github.bsc4j.cascade.FreeRiderRule;
import io.github.bsc4j.cascade.MemberEvaluation;
import io.github.bsc4j.cascade.MemberShare;
import io.github.bsc4j.cascade.Organisation;
import io.github.bsc4j.cascade.OrganisationEvaluation;
import io.github.bsc4j.cascade.OrganisationPlan;
import io.github.bsc4j.cascade.PayoutCurve;
import io.github.bsc4j.cascade.Reason;
import io.github.bsc4j.cascade.Subject;
import io.github.bsc4j.cascade.SubjectMeasurements;
import io.github.bsc4j.cascade.TeamEvaluation;
import io.github.bsc4j.cascade.TeamTemplate;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Perspective;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The README's main job: evaluates the sales region of {@link SalesOrganisation} for the year to
 * date through September 2026, compared with the year to date through August, and prints each
 * team's scorecard summary and a member table with the individual, team and blended scores,
 * the revenue share, the payout, the ranks and the flags, then the reasons for each flag. Every
 * line fits in 100 columns. The walkthrough in {@code docs/cascades.md} shows the output.
 *
 * <p>The pay rules are the example's plan: blended score {@code 0.4 · team + 0.6 · own}
 * ({@link #BLEND}); payout 50 % at a blended score of 0.6, rising in a straight line to 100 % at
 * 0.9, then 2 percentage points per 0.01 of score above it, capped at 120 % ({@link #PAYOUT}); a
 * free rider has less than half the fair share {@code 1/n} of the team's revenue, n the members
 * with revenue in the period ({@link #FREE_RIDER}); an over-competitor is on track on their own
 * scorecard while their team is off track on a collaborative indicator (the rule the plan makes
 * from the team template's collaborative indicators); ranks are competition ranks ("1, 2, 2, 4")
 * by blended score, in the region and in the team. One call, {@link OrganisationPlan#evaluate},
 * evaluates the whole region for a period.
 */
public final class SalesOrganisationExample {
  /** Team and own score count 0.4 and 0.6 in the blended score. */
  static final BlendWeights BLEND = BlendWeights.of(0.4, 0.6);

  /**
   * The payout curve: 50 % at a blended score of 0.6 (nothing below), rising in a straight line
   * to 100 % at 0.9, then 2 per unit of score above it, capped at 120 %.
   */
  static final PayoutCurve PAYOUT = PayoutCurve.builder("sales-plan")
      .threshold(0.6, 0.5).target(0.9).tier(0.9, 2).cap(1.2).build();

  /** The summed team indicator whose shares the free-rider flag reads. */
  static final String SHARED_BY_TEAM = "team-revenue";
  /** A share of the team's revenue below half the fair share 1/n is a free rider's. */
  static final FreeRiderRule FREE_RIDER = FreeRiderRule.of(List.of(SHARED_BY_TEAM));
  /** Widest line printed. */
  static final int WIDTH = 100;

  private SalesOrganisationExample() {}

  /**
   * One team's result and the one it is compared with.
   *
   * @param team the team
   * @param members the number of members active in the period
   * @param result the period's result
   * @param previous the comparison period's result
   */
  record TeamRow(Subject team, int members, ScorecardResult result, ScorecardResult previous) {}

  /**
   * One member's line.
   *
   * @param person the person
   * @param teamId the team their results name
   * @param own their own scorecard's result
   * @param team their team's score
   * @param blended the blended score
   * @param previousBlended the blended score of the comparison period
   * @param revenue their revenue in the team over the period
   * @param share their share of the team's revenue
   * @param payout the payout as a fraction of the target incentive
   * @param rank the competition rank in the region
   * @param teamRank the competition rank in the team
   * @param flags the flags' kinds
   * @param reasons the flags' reasons, one each
   * @param lowered the indicators that lowered the own score most against target
   */
  record MemberRow(
      Subject person,
      String teamId,
      ScorecardResult own,
      OptionalDouble team,
      OptionalDouble blended,
      OptionalDouble previousBlended,
      OptionalDouble revenue,
      OptionalDouble share,
      OptionalDouble payout,
      OptionalInt rank,
      OptionalInt teamRank,
      List<String> flags,
      List<String> reasons,
      List<Reason> lowered) {}

  /**
   * The region's evaluation.
   *
   * @param period the period
   * @param previous the period it is compared with
   * @param teams the teams, in the organisation's order
   * @param members the members, team by team, in the organisation's order
   */
  record Report(Period period, Period previous, List<TeamRow> teams, List<MemberRow> members) {}

  /**
   * Prints the region's evaluation for the year to date through September 2026.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(render(evaluate(SalesOrganisation.YTD_SEPTEMBER,
        SalesOrganisation.YTD_AUGUST)));
  }

  /**
   * The example's plan: the team template, the blend, the payout curve and the free-rider rule
   * (the over-competition rule comes from the template's collaborative indicators).
   *
   * @param template the team template
   * @return the plan
   */
  static OrganisationPlan plan(TeamTemplate template) {
    return OrganisationPlan.builder(template)
        .blend(BLEND.team(), BLEND.member())
        .payout(PAYOUT)
        .freeRider(FREE_RIDER)
        .build();
  }

  /**
   * Evaluates every team and member of the region for a period and its comparison period, one
   * call per period.
   *
   * @param period the period
   * @param previous the comparison period
   * @return the report
   */
  static Report evaluate(Period period, Period previous) {
    ScorecardEngine engine = ScorecardEngine.create();
    OrganisationPlan plan = plan(SalesOrganisation.template(engine));
    Organisation org = SalesOrganisation.organisation();
    Map<String, Measurements> sources = new LinkedHashMap<>(SalesOrganisation.people());
    sources.putAll(SalesOrganisation.teams());
    SubjectMeasurements measurements = SubjectMeasurements.of(sources);
    OrganisationEvaluation now = plan.evaluate(org, measurements, period);
    OrganisationEvaluation before = plan.evaluate(org, measurements, previous);

    List<TeamRow> teams = new ArrayList<>();
    List<MemberRow> rows = new ArrayList<>();
    for (TeamEvaluation t : now.teams()) {
      teams.add(new TeamRow(org.subject(t.teamId()).orElseThrow(),
          org.members(t.teamId(), period).size(), t.result(),
          before.team(t.teamId()).orElseThrow().result()));
      for (MemberEvaluation m : t.members()) {
        MemberShare share = m.shares().get(SHARED_BY_TEAM);
        rows.add(new MemberRow(org.subject(m.personId()).orElseThrow(), m.teamId(), m.result(),
            m.teamScore(), m.blended().score(),
            before.member(m.personId()).map(b -> b.blended().score())
                .orElse(OptionalDouble.empty()),
            share.value(), share.share(), m.payout(), m.organisationRank().rank(),
            m.teamRank().rank(), m.flags().stream().map(f -> f.kind().name()).toList(),
            m.flags().stream().map(Flag::reason).toList(), m.reasons().lowered()));
      }
    }
    return new Report(period, previous, List.copyOf(teams), List.copyOf(rows));
  }

  /**
   * The report as text: a heading, one block per team, the member table and the flags' reasons.
   *
   * @param report the report
   * @return the text, no line wider than {@value #WIDTH} columns
   */
  static String render(Report report) {
    String period = report.period().label();
    String previous = report.previous().label();
    StringBuilder out = new StringBuilder();
    out.append("Acme Sales, West region, ").append(period).append(" compared with ")
        .append(previous).append('\n');
    out.append(String.format(Locale.ROOT, "Blend %.0f%% team + %.0f%% own; payout %.0f%%"
            + " at %.2f, 100%% at %.2f, +%.0f points per 0.01 above, cap %.0f%%%n",
        100 * BLEND.teamShare(), 100 * BLEND.memberShare(), 100 * PAYOUT.payoutAtThreshold(),
        PAYOUT.threshold(), PAYOUT.target(), PAYOUT.tiers().get(0).rate(),
        100 * PAYOUT.cap().orElseThrow()));
    for (TeamRow t : report.teams()) {
      out.append('\n');
      ScorecardResult r = t.result();
      out.append(String.format(Locale.ROOT, "Team %s \"%s\", %d members: score %s %s, %s"
              + " since %s%n",
          t.team().id(), t.team().name(), t.members(), score(r.score()), r.status(),
          change(r.score(), t.previous().score()), previous));
      List<String> perspectives = new ArrayList<>();
      for (Perspective p : Perspective.standard()) {
        perspectives.add(p.name().toLowerCase(Locale.ROOT) + " "
            + score(r.node(p.id()).orElseThrow().score()));
      }
      out.append("  ").append(String.join(", ", perspectives)).append('\n');
      NodeResult revenue = r.node("team-revenue").orElseThrow();
      out.append(String.format(Locale.ROOT, "  revenue %,.0f EUR of target %,.0f %s;"
              + " per head and month %,.0f EUR%n",
          actual(revenue), revenue.indicator().orElseThrow().target().orElse(Double.NaN),
          revenue.status(), actual(r.node("revenue-per-head").orElseThrow())));
      String label = "  collaborative  ";
      for (String id : SalesOrganisation.COLLABORATIVE) {
        NodeResult n = r.node(id).orElseThrow();
        out.append(label).append(Strings.padEnd(id, 22, ' '))
            .append(score(n.score())).append("  ").append(n.status()).append('\n');
        label = Strings.repeat(" ", label.length());
      }
    }
    out.append('\n').append("Members, ").append(period).append('\n');
    out.append(String.format(Locale.ROOT, "%-7s%-13s%6s %-10s%6s%7s%8s%7s%7s%5s%5s  %s%n",
        "Person", "Team", "Own", "status", "Team", "Blend", "change", "Share", "Payout", "Rank",
        "Team", "Flags"));
    for (MemberRow m : report.members()) {
      out.append(String.format(Locale.ROOT, "%-7s%-13s%6s %-10s%6s%7s%8s%7s%7s%5s%5s  %s",
          m.person().id(), m.teamId(), score(m.own().score()), m.own().status(),
          score(m.team()), score(m.blended()), change(m.blended(), m.previousBlended()),
          percent(m.share()), percent(m.payout()), rank(m.rank()), rank(m.teamRank()),
          String.join(" ", m.flags())).stripTrailing()).append('\n');
    }
    wrap(out, "", "Own: the person's own scorecard and its status; Team: their team's score;"
        + " Blend: " + String.format(Locale.ROOT, "%.1f", BLEND.teamShare()) + " team + "
        + String.format(Locale.ROOT, "%.1f", BLEND.memberShare()) + " own, and its change since "
        + previous + "; Share: of the team's revenue; Rank: in the region, then in the team. Flagged members: what lowered their own score most, in"
        + " points below target.");
    List<MemberRow> flagged = report.members().stream().filter(m -> !m.flags().isEmpty())
        .sorted(Comparator.comparing(m -> m.person().id())).toList();
    if (!flagged.isEmpty()) {
      out.append('\n').append("Flags\n");
      for (MemberRow m : flagged) {
        for (int i = 0; i < m.flags().size(); i++) {
          wrap(out, "  " + Strings.padEnd(m.person().id(), 6, ' '),
              m.flags().get(i) + ": " + m.reasons().get(i));
        }
        wrap(out, Strings.repeat(" ", 8), m.lowered().isEmpty()
            ? "nothing of their own below target"
            : "lowered most: " + m.lowered().stream()
                .map(r -> String.format(Locale.ROOT, "%s %+.3f", r.indicatorId(), r.points()))
                .collect(java.util.stream.Collectors.joining(", ")));
      }
    }
    return out.toString();
  }

  private static void wrap(StringBuilder out, String first, String text) {
    String indent = Strings.repeat(" ", first.length());
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }

  private static double actual(NodeResult indicator) {
    return indicator.indicator().orElseThrow().actual().orElse(Double.NaN);
  }

  private static String score(OptionalDouble s) {
    return s.isPresent() ? String.format(Locale.ROOT, "%.3f", s.getAsDouble()) : "-";
  }

  private static String change(OptionalDouble now, OptionalDouble before) {
    if (now.isEmpty() || before.isEmpty()) {
      return "-";
    }
    // rounded first, so that a change smaller than 0.0005 either way reads +0.000
    double rounded = Math.round(1000 * (now.getAsDouble() - before.getAsDouble())) / 1000.0;
    return String.format(Locale.ROOT, "%+.3f", rounded == 0 ? 0.0 : rounded);
  }

  private static String percent(OptionalDouble p) {
    return p.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * p.getAsDouble()) : "-";
  }

  private static String rank(OptionalInt r) {
    return r.isPresent() ? Integer.toString(r.getAsInt()) : "-";
  }

  /**
   * The member row of a person.
   *
   * @param report the report
   * @param personId the person's id
   * @return the row, if the person is in the report
   */
  static Optional<MemberRow> member(Report report, String personId) {
    return report.members().stream().filter(m -> m.person().id().equals(personId)).findFirst();
  }
}
