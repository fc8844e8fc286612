package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.IndicatorKind;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
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
  }
}
