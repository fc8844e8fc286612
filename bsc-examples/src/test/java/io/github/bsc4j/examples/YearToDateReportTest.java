package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.engine.Trend;
import io.github.bsc4j.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The year-to-date report of docs/time-and-formulas.md: its numbers by hand, its text verbatim. */
class YearToDateReportTest {
  static final double EPS = 1e-12;

  static ScorecardResult result() {
    ScorecardEngine engine = ScorecardEngine.create();
    return engine.evaluate(engine.compile(YearToDateReport.scorecard()), "team-north",
        YearToDateReport.measurements(), Period.yearToDate(2026, 3),
        EvaluationOptions.DEFAULT.withComparisons(Comparison.SAME_PERIOD_LAST_YEAR));
  }

  static NodeResult node(ScorecardResult r, String id) {
    return r.node(id).orElseThrow(() -> new AssertionError("no node " + id));
  }

  @Test
  void theKeyNodesAsComputedByHand() {
    ScorecardResult r = result();
    assertEquals("YTD Mar 2026", r.periodLabel());
    assertEquals("2026-YTD-03", r.periodCode());
    assertEquals("YTD Mar 2025", r.comparisons().get(0).label());
    assertEquals(Period.yearToDate(2025, 3), r.comparisons().get(0).period());

    // revenue: 1.10 + 1.15 + 1.20 = 3.45 M against target 3 x 1.2 M, baseline 3 x 1 M:
    // (3.45 - 3.0) / (3.6 - 3.0) = 0.75; in 2025 1.00 + 1.05 + 1.08 = 3.13 M: 0.13 / 0.6
    NodeResult revenue = node(r, "revenue");
    assertEquals(3_450_000, revenue.indicator().orElseThrow().actual().getAsDouble(), 1e-6);
    assertEquals(3_600_000, revenue.indicator().orElseThrow().target().getAsDouble(), 1e-6);
    assertEquals(0.75, revenue.score().getAsDouble(), EPS);
    Trend t = revenue.trend().orElseThrow();
    assertEquals(0.75 - 0.13 / 0.6, t.scoreChange().getAsDouble(), EPS);
    assertEquals(320_000, t.actualChange().getAsDouble(), 1e-6);
    assertEquals(Optional.of(Trend.Direction.IMPROVED), t.direction());

    // margin: (20 + 21 + 22) / 3 = 21, (21 - 18) / (22 - 18) = 0.75; 2025: 58 / 3 = 19.333
    assertEquals(0.75, node(r, "margin").score().getAsDouble(), EPS);
    assertEquals(21 - 58.0 / 3,
        node(r, "margin").trend().orElseThrow().actualChange().getAsDouble(), 1e-9);
    // grow-revenue: (2 x 0.75 + 0.75) / 3; headcount (weight 0) is informational
    assertEquals(0.75, node(r, "grow-revenue").score().getAsDouble(), EPS);
    assertTrue(node(r, "headcount").informational());
    assertEquals(0.5, node(r, "headcount").score().getAsDouble(), EPS, "LAST 11: (11 - 10) / 2");

    // satisfaction (82 + 83 + 84) / 3 = 83: 5 / 7; return rate (3.25 + 3 + 2.75) / 3 = 3:
    // (3 - 4) / (2.5 - 4) = 2 / 3; keep-customers (5/7 + 2/3) / 2
    double keep = (5.0 / 7 + 2.0 / 3) / 2;
    assertEquals(5.0 / 7, node(r, "satisfaction").score().getAsDouble(), EPS);
    assertEquals(2.0 / 3, node(r, "return-rate").score().getAsDouble(), 1e-9);
    assertEquals(keep, node(r, "keep-customers").score().getAsDouble(), 1e-9);
    assertEquals(Status.OFF_TRACK, node(r, "keep-customers").status(), "0.690 < 0.7");

    // the scorecard: (0.75 + keep) / 2 = 0.720; 2025: grow (2 x 0.13 / 0.6 + 1/3) / 3,
    // keep ((80.333 - 78) / 7 + (4 - 3.5) / 1.5) / 2 = (1/3 + 1/3) / 2
    double grow2025 = (2 * (0.13 / 0.6) + (58.0 / 3 - 18) / 4) / 3;
    double keep2025 = ((241.0 / 3 - 78) / 7 + (4 - 3.5) / 1.5) / 2;
    assertEquals((0.75 + keep) / 2, r.score().getAsDouble(), 1e-9);
    assertEquals(Status.AT_RISK, r.status());
    assertEquals((0.75 + keep) / 2 - (grow2025 + keep2025) / 2,
        r.root().trend().orElseThrow().scoreChange().getAsDouble(), 1e-9);
  }

  @Test
  void theReportNamesThePeriodsAsAManagerReadsThem() {
    String text = YearToDateReport.report();
    assertTrue(text.startsWith("Scorecard sales-north \"Sales North\" for team-north,"
        + " YTD Mar 2026 vs YTD Mar 2025: score 0.720 AT RISK (by score cut-offs), coverage 100%,"
        + " completeness 100%, weighted-mean, trend improved +0.426 vs YTD Mar 2025\n"), text);
    assertTrue(text.contains("Indicator revenue \"Sales revenue\": actual 3,450,000 EUR,"
        + " target 3,600,000 EUR, baseline 3,000,000 EUR -> linear, score 0.750 AT RISK"
        + " (by score cut-offs), weight 2 (66.7%), contributes 0.500, trend improved +0.533"
        + " vs YTD Mar 2025 (actual +320,000 EUR, +10.2%)\n"), text);
    assertTrue(text.contains("|       `-- informational, not counted:\n"
        + "|           `-- Indicator headcount \"Headcount\": actual 11,"), text);
  }

  @Test
  void theDocShowsTheProgramAndItsOutputVerbatim() throws IOException {
    String doc = Files.readString(
        SalesTeamExampleTest.repositoryRoot().resolve("docs/time-and-formulas.md"),
        StandardCharsets.UTF_8);
    String source = Files.readString(SalesTeamExampleTest.repositoryRoot()
        .resolve("bsc-examples/src/main/java/io/github/bsc4j/examples/YearToDateReport.java"),
        StandardCharsets.UTF_8);
    String begin = "// tag::report[]";
    String snippet = source.substring(source.indexOf(begin) + begin.length(),
        source.indexOf("    // end::report[]")).strip().replaceAll("(?m)^    ", "");
    assertTrue(doc.contains("```java\n" + snippet + "\n```"),
        "docs/time-and-formulas.md shows YearToDateReport's report block (unindented by 4):\n"
            + snippet);
    assertTrue(doc.contains("```\n" + printed() + "```"),
        "docs/time-and-formulas.md shows what YearToDateReport prints:\n" + printed());
  }

  /** What the program prints. */
  static String printed() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      YearToDateReport.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
