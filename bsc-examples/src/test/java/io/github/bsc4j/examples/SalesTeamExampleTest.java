package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.IndicatorKind;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SalesTeamExampleTest {

  @Test
  void teamScorecardCoversTheFourPerspectivesWithLeadingAndLaggingIndicators() {
    Scorecard team = SalesScorecards.team();
    assertEquals(Perspective.standard(), team.perspectives());
    for (Perspective p : Perspective.standard()) {
      assertTrue(!team.objectivesIn(p.id()).isEmpty(), "objectives in " + p.id());
    }
    assertEquals(11, team.indicators().size());
    long leading =
        team.indicators().stream().filter(i -> i.kind() == IndicatorKind.LEADING).count();
    assertEquals(3, leading);
    assertEquals(5, team.links().size());
  }

  @Test
  void marchScoresAsComputedByHand() {
    ScorecardEngine engine = ScorecardEngine.create();
    ScorecardResult march =
        engine.evaluate(engine.compile(SalesScorecards.team()), SalesScorecards.team2025To2026(),
            SalesScorecards.MARCH_2026);
    // financial .75; customer (4/7 + .6) / 2; internal (.875 + 1) / 2; learning (.5 + .6) / 2
    double customer = (4.0 / 7 + 0.6) / 2;
    assertEquals((0.75 + customer + 0.9375 + 0.55) / 4, march.score().getAsDouble(), 1e-12);
    assertEquals(Status.AT_RISK, march.status());
    assertEquals(Status.NO_DATA, march.node("win-new-customers").orElseThrow().status());
    String lights = SalesTeamExample.trafficLights(march);
    assertTrue(lights.startsWith("Traffic lights, 2026-03\n  OFF_TRACK training-hours"), lights);
    assertTrue(lights.contains("AT_RISK   sales-revenue                0.750  -> Re-plan"), lights);
    assertTrue(lights.endsWith("NO_DATA   new-customer-revenue-share       -\n"), lights);
  }

  @Test
  void mainPrintsTheOutline() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      SalesTeamExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith(SalesScorecards.team().outline()), printed);
    assertTrue(printed.contains("`-- Perspective learning-and-growth"), printed);
    assertTrue(printed.contains("Scorecard sales-team \"Sales team\", period 2026-03: score 0.7058"
        + " AT_RISK, coverage 100%, weighted-mean"), printed);
    assertTrue(printed.contains("Traffic lights, 2026-03"), printed);
    assertTrue(printed.contains("  2026-Q1                 score 0.665 OFF_TRACK UP +0.119 since"
        + " 2025-Q4"), printed);
    assertTrue(printed.contains("  2026-01-01..2026-06-01  score 0.706 AT_RISK   UP +0.497 since"
        + " 2025-01-01..2025-06-01    revenue 5,750,000 of 6,000,000"), printed);
  }
}
