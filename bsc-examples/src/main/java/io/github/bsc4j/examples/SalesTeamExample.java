package io.github.bsc4j.examples;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.NodeKind;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import java.util.List;
import java.util.Locale;

/**
 * The main job: defines the sales team's scorecard over the four perspectives, prints it as a
 * readable tree, evaluates it for March 2026 and prints the explained result and a traffic-light
 * summary. Run it with the README's main-job command.
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
    ScorecardResult march =
        engine.evaluate(plan, SalesScorecards.teamMarch2026(), SalesScorecards.MARCH_2026);
    System.out.print(march.explain());
    System.out.println();
    System.out.print(trafficLights(march));
  }

  /**
   * Groups the indicators by status, worst first, with their scores.
   *
   * @param result an evaluated scorecard
   * @return one block per status that occurs
   */
  static String trafficLights(ScorecardResult result) {
    List<NodeResult> indicators =
        result.nodes().stream().filter(n -> n.kind() == NodeKind.INDICATOR).toList();
    ImmutableListMultimap<Status, NodeResult> byStatus =
        Multimaps.index(indicators, NodeResult::status);
    StringBuilder out = new StringBuilder("Traffic lights, " + result.period() + "\n");
    for (Status status :
        List.of(Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.NO_DATA)) {
      for (NodeResult n : byStatus.get(status)) {
        String score =
            n.score().isPresent()
                ? String.format(Locale.ROOT, "%.3f", n.score().getAsDouble())
                : "-";
        out.append("  ")
            .append(Strings.padEnd(status.name(), 10, ' '))
            .append(Strings.padEnd(n.id(), 28, ' '))
            .append(Strings.padStart(score, 6, ' '))
            .append(n.action().map(a -> "  -> " + a).orElse(""))
            .append('\n');
      }
    }
    return out.toString();
  }
}
