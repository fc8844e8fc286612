package io.github.bsc4j.examples;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.NodeKind;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The main job: defines the sales team's scorecard over the four perspectives, prints it as a
 * readable tree, evaluates it for March 2026 and prints the explained result and a traffic-light
 * summary, then compares March, the first quarter and the year to date with the periods they are
 * compared with. Every period shows as its label ({@code Mar 2026}, {@code YTD May 2026}). Run it
 * with the README's main-job command.
 */
public final class SalesTeamExample {
  private SalesTeamExample() {}

  /**
   * Prints the sales team's scorecard, its March 2026 result and the traffic lights.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scorecard team = SalesScorecards.team();
    System.out.print(team.outline());
    System.out.println();

    ScorecardEngine engine = ScorecardEngine.create();
    CompiledScorecard plan = engine.compile(team);
    Measurements data = SalesScorecards.team2025To2026();
    ScorecardResult march = engine.evaluate(plan, "sales-team", data, SalesScorecards.MARCH_2026);
    System.out.print(march.explain());
    System.out.println();
    System.out.print(trafficLights(march));
    System.out.println();

    FiscalCalendar calendar = plan.calendar();
    List<Period> periods = List.of(
        SalesScorecards.MARCH_2026,
        Period.quarter(2026, 1),
        calendar.yearToDate(YearMonth.of(2026, 5)));
    System.out.print(periodsTable(engine, plan, data, periods));
  }

  /**
   * One line per period, by its label: the scorecard's score, status and trend against the period
   * it is compared with (the previous one, or for a to-date period the same period last year),
   * then the sales revenue that drives it.
   *
   * @param engine the engine
   * @param plan the compiled scorecard
   * @param data the measurements
   * @param periods the periods to show
   * @return the table
   */
  static String periodsTable(
      ScorecardEngine engine, CompiledScorecard plan, Measurements data, List<Period> periods) {
    StringBuilder out = new StringBuilder("Periods\n");
    for (Period period : periods) {
      ScorecardResult r = engine.evaluate(plan, "sales-team", data, period);
      NodeResult revenue = r.node("sales-revenue").orElseThrow();
      String trend = r.root().trend()
          .filter(t -> t.scoreChange().isPresent())
          .map(t -> String.format(Locale.ROOT, "%s %+.3f since %s", t.direction().orElseThrow(),
              t.scoreChange().getAsDouble(), plan.calendar().label(t.period())))
          .orElse("no trend (no data for the previous period)");
      out.append("  ")
          .append(Strings.padEnd(plan.calendar().label(period), 14, ' '))
          .append(String.format(Locale.ROOT, "score %.3f %-9s ", r.score().orElse(Double.NaN),
              r.status()))
          .append(Strings.padEnd(trend, 42, ' '))
          .append(String.format(Locale.ROOT, "revenue %,.0f of %,.0f",
              revenue.indicator().orElseThrow().actual().orElse(Double.NaN),
              revenue.indicator().orElseThrow().target().orElse(Double.NaN)))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Groups the counted indicators by status, worst first, with their scores; informational
   * (weight-0) indicators follow apart, since their lights count for nothing.
   *
   * @param result an evaluated scorecard
   * @return one block per status that occurs, then the informational indicators
   */
  static String trafficLights(ScorecardResult result) {
    List<NodeResult> indicators =
        result.nodes().stream().filter(n -> n.kind() == NodeKind.INDICATOR).toList();
    ImmutableListMultimap<Status, NodeResult> byStatus = Multimaps.index(
        indicators.stream().filter(n -> !n.informational()).toList(), NodeResult::status);
    StringBuilder out = new StringBuilder("Traffic lights, " + result.period().label() + "\n");
    for (Status status :
        List.of(Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.NO_DATA)) {
      for (NodeResult n : byStatus.get(status)) {
        light(out, n);
      }
    }
    List<NodeResult> informational = indicators.stream().filter(NodeResult::informational).toList();
    if (!informational.isEmpty()) {
      out.append("Informational, not counted\n");
      informational.forEach(n -> light(out, n));
    }
    return out.toString();
  }

  private static void light(StringBuilder out, NodeResult n) {
    String score = n.score().isPresent()
        ? String.format(Locale.ROOT, "%.3f", n.score().getAsDouble())
        : "-";
    out.append("  ")
        .append(Strings.padEnd(n.status().name(), 10, ' '))
        .append(Strings.padEnd(n.id(), 28, ' '))
        .append(Strings.padStart(score, 6, ' '))
        .append(n.action().map(a -> "  -> " + a).orElse(""))
        .append('\n');
  }
}
