package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's quickstart is this module's code, word for word, and it builds and prints. */
class QuickstartTest {

  @Test
  void quickstartBuildsAndPrintsItsOutline() {
    Scorecard card = Quickstart.scorecard();
    assertEquals(
        String.join(
            "\n",
            "Scorecard sales-team \"Sales team\" (team)",
            "  Vision: The sales team customers recommend",
            "  Theme growth \"Profitable growth\"",
            "|-- Perspective financial \"Financial\" (weight 1)",
            "|   `-- Objective grow-revenue \"Grow revenue\" (weight 1, theme growth)",
            "|       `-- revenue \"Sales revenue\" [lagging, higher is better] baseline 1000000 EUR"
                + " target 1200000 EUR good 1200000 bad 1050000 (weight 1, linear, sum)",
            "`-- Perspective customer \"Customer\" (weight 1)",
            "    `-- Objective keep-customers \"Keep customers\" (weight 1)",
            "        `-- return-rate \"Return rate\" [lagging, lower is better] baseline 4 %"
                + " target 2.5 % good 2.5 bad 4 (weight 1, linear, average)",
            "Cause-effect links",
            "  keep-customers -> grow-revenue",
            ""),
        card.outline());
  }

  @Test
  void readmeShowsTheCompiledQuickstart() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("README.md"))) {
      root = root.getParent();
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String source =
        Files.readString(
            root.resolve("bsc-examples/src/main/java/io/github/bsc4j/examples/Quickstart.java"),
            StandardCharsets.UTF_8);
    for (String tag : new String[] {"quickstart", "scoring"}) {
      String snippet =
          source.substring(
              source.indexOf("// tag::" + tag + "[]") + ("// tag::" + tag + "[]").length(),
              source.indexOf("    // end::" + tag + "[]"));
      String unindented = snippet.strip().replaceAll("(?m)^    ", "");
      assertTrue(
          readme.contains("```java\n" + unindented + "\n```"),
          "README.md must show Quickstart.java's " + tag + " block verbatim (unindented by 4):\n"
              + unindented);
    }
  }

  @Test
  void scoringSectionEvaluatesTheQuickstart() {
    ScorecardResult result = Quickstart.evaluate(Quickstart.scorecard());
    // revenue (1.15 M - 1 M) / 0.2 M = 0.75; return rate (3.1 - 4) / (2.5 - 4) = 0.6
    assertEquals((0.75 + 0.6) / 2, result.score().getAsDouble(), 1e-12);
    assertEquals(Status.OFF_TRACK, result.status(), "0.675 is below the 0.7 cut-off");
    assertEquals(Status.AT_RISK, result.node("return-rate").orElseThrow().status(),
        "3.1 lies between good 2.5 and bad 4");
  }
}
