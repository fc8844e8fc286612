package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.IndicatorKind;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Indicator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SalesTeamExampleTest {

  /** The repository's root: the first directory upwards that holds the Maven wrapper. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
      assertTrue(dir != null, "no mvnw above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  @Test
  void everyFileTheExamplesCiteIsInTheRepository() throws IOException {
    Path root = repositoryRoot();
    Pattern cited = Pattern.compile("\\{@code ([\\w./-]+\\.(?:md|txt|java|properties))}");
    List<String> missing = new ArrayList<>();
    int citations = 0;
    try (Stream<Path> sources = Files.walk(root.resolve("bsc-examples/src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = cited.matcher(Files.readString(source));
        while (m.find()) {
          citations++;
          if (!Files.isRegularFile(root.resolve(m.group(1)))) {
            missing.add(root.relativize(source) + " cites " + m.group(1));
          }
        }
      }
    }
    assertTrue(citations > 0, "the pattern finds SalesScorecards' citation");
    assertEquals(List.of(), missing, "the project cites only files it contains");
  }

  @Test
  void everyIndicatorOfTheTeamScorecardIsDocumentedWithItsPolarityAndKind() throws IOException {
    String doc = Files.readString(repositoryRoot().resolve("docs/sales-team-kpis.md"));
    for (Indicator i : SalesScorecards.team().indicators()) {
      if (i.id().equals("headcount")) {
        assertTrue(doc.contains("`headcount`"), "headcount is explained");
        continue;
      }
      String row = doc.lines().filter(l -> l.startsWith("| `" + i.id() + "` |")).findFirst()
          .orElse("");
      String polarity = switch (i.polarity()) {
        case HIGHER_IS_BETTER -> "| ↑ |";
        case LOWER_IS_BETTER -> "| ↓ |";
        default -> "| ? |";
      };
      assertTrue(row.contains(polarity), i.id() + " documented as " + polarity + ": " + row);
      assertTrue(row.endsWith("| " + i.kind().name().toLowerCase(java.util.Locale.ROOT) + " |"),
          i.id() + " documented as " + i.kind() + ": " + row);
    }
  }

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
        engine.evaluate(engine.compile(SalesScorecards.team()), "subject", SalesScorecards.team2025To2026(),
            SalesScorecards.MARCH_2026);
    // financial .75; customer (4/7 + .6) / 2; internal (.875 + 1) / 2; learning (.5 + .6) / 2
    double customer = (4.0 / 7 + 0.6) / 2;
    assertEquals((0.75 + customer + 0.9375 + 0.55) / 4, march.score().getAsDouble(), 1e-12);
    assertEquals(Status.AT_RISK, march.status());
    assertEquals(Status.NO_DATA, march.node("win-new-customers").orElseThrow().status());
    String lights = SalesTeamExample.trafficLights(march);
    assertTrue(lights.startsWith("Traffic lights, Mar 2026\n  OFF_TRACK training-hours"), lights);
    assertTrue(lights.contains("AT_RISK   sales-revenue                0.750  -> Re-plan"), lights);
    assertTrue(lights.endsWith("NO_DATA   new-customer-revenue-share       -\n"
        + "Informational, not counted\n"
        + "  ON_TRACK  headcount                    1.000\n"), lights);
    assertEquals(1, lights.split("headcount", -1).length - 1, "the weight-0 headcount once, apart");
  }

  @Test
  void mainPrintsTheOutline() {
    String printed = mainOutput();
    assertTrue(printed.startsWith(SalesScorecards.team().outline()), printed);
    assertTrue(printed.contains("`-- Perspective learning-and-growth"), printed);
    assertTrue(printed.contains("Scorecard sales-team \"Sales team\" for sales-team, Mar 2026 vs"
        + " Feb 2026: score 0.706 AT RISK (by score cut-offs), coverage 100%, completeness 87.5%,"
        + " weighted-mean, trend improved +0.040 vs Feb 2026\n"), printed);
    assertTrue(printed.contains("Traffic lights, Mar 2026"), printed);
    assertTrue(printed.contains("  Q1 2026       score 0.665 OFF_TRACK IMPROVED +0.119 since"
        + " Q4 2025 "), printed);
    assertTrue(printed.contains("  YTD May 2026  score 0.706 AT_RISK   IMPROVED +0.497 since"
        + " YTD May 2025        revenue 5,750,000 of 6,000,000"), printed);
  }

  @Test
  void theMainJobShowsPeriodLabelsNeverDates() {
    String printed = mainOutput();
    Matcher date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(printed);
    assertFalse(date.find(), () -> "a raw date " + date.group() + " in:\n" + printed);
  }

  /** What the main job prints. */
  static String mainOutput() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      SalesTeamExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
