package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's batch is this module's code, and it scores what evaluate scores. */
class NightlyBatchTest {

  @Test
  void everyPersonScoresWhatEvaluateGivesAndTheBadFileFailsAlone() {
    Period period = SalesOrganisation.YTD_SEPTEMBER;
    NightlyBatch.Run run = NightlyBatch.run(130, period, 3);
    assertArrayEquals(new int[] {20}, run.report().failedSubjects());
    InvalidMeasurementException bad = assertInstanceOf(InvalidMeasurementException.class,
        run.report().failure(20).orElseThrow());
    assertEquals("measurement of indicator 'revenue' for period " + Period.month(2026, 1)
        + " of subject 'hana-1' must be a finite number, was NaN", bad.getMessage());
    ScorecardEngine engine = ScorecardEngine.create();
    CompiledScorecard plan = engine.compile(SalesOrganisation.individual());
    MeasurementLayout layout = run.block().layout();
    for (int s = 0; s < 130; s++) {
      if (s == 20) {
        assertTrue(Double.isNaN(run.scores()[s]));
        continue;
      }
      Measurements.Builder m = Measurements.builder();
      for (int i = 0; i < layout.indicatorCount(); i++) {
        for (int p = 0; p < layout.periodCount(); p++) {
          int indicator = i;
          int column = p;
          run.block().value(s, i, p).ifPresent(v -> m.put(layout.indicatorIds().get(indicator),
              layout.periods().get(column), v));
        }
      }
      double expected = engine.evaluate(plan, run.ids().get(s), m.build(), period).root()
          .score().orElse(Double.NaN);
      assertEquals(Double.doubleToRawLongBits(expected),
          Double.doubleToRawLongBits(run.scores()[s]), run.ids().get(s));
    }
  }

  @Test
  void theSummaryCountsTheScoresAndNamesTheFailure() {
    String summary = NightlyBatch.summary(NightlyBatch.run(26, SalesOrganisation.YTD_SEPTEMBER, 1));
    assertTrue(summary.startsWith("Scored 25 of 26 salespeople for 2026-YTD-09"), summary);
    assertTrue(summary.contains("not scored: hana-1: measurement of indicator 'revenue'"),
        summary);
  }

  @Test
  void readmeShowsTheCompiledBatch() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("README.md"))) {
      root = root.getParent();
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        root.resolve("bsc-examples/src/main/java/io/github/bsc4j/examples/NightlyBatch.java"),
        StandardCharsets.UTF_8);
    String snippet = source.substring(
        source.indexOf("// tag::batch[]") + "// tag::batch[]".length(),
        source.indexOf("      // end::batch[]"));
    String unindented = snippet.strip().replaceAll("(?m)^      ", "");
    assertTrue(readme.contains("```java\n" + unindented + "\n```"),
        "README.md must show NightlyBatch.java's batch block verbatim (unindented by 6):\n"
            + unindented);
  }
}
