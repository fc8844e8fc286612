package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Unit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every node of the worked example against the hand calculation in docs/scoring.md. */
class WorkedExampleTest {
  static final double EPS = 1e-12;
  static ScorecardResult result;

  @BeforeAll
  static void evaluate() {
    ScorecardEngine engine = ScorecardEngine.create();
    result = engine.evaluate(engine.compile(WorkedExample.scorecard()), "subject", WorkedExample.march(),
        WorkedExample.MARCH);
  }

  static NodeResult node(String id) {
    return result.node(id).orElseThrow(() -> new AssertionError("no node " + id));
  }

  static void score(String id, double expected, Status status) {
    NodeResult n = node(id);
    assertTrue(n.score().isPresent(), id + " has no score");
    assertEquals(expected, n.score().getAsDouble(), EPS, id);
    assertEquals(status, n.status(), id);
  }

  @Test
  void indicators() {
    score("sales-revenue", 0.75, Status.AT_RISK); // (1,150,000 - 1,000,000) / 200,000
    score("profit-margin", 0.9, Status.AT_RISK); // 18 / 20
    score("new-product-revenue", 0.75, Status.AT_RISK); // halfway from (100k, .5) to (200k, 1)
    score("marketing-cost-ratio", 0.8, Status.AT_RISK); // 10 / 12.5
    score("cost-per-transaction", 0.6, Status.OFF_TRACK); // (44 - 50) / (40 - 50)
    score("customer-satisfaction", 1.0, Status.ON_TRACK); // 84 lies in [80, 90)
    score("return-rate", 0.25, Status.OFF_TRACK); // (3.5 - 4) / (2 - 4); 3.5 worse than bad 3
    score("success-rate", 1.0, Status.ON_TRACK); // 27 >= 25
    score("response-time", 0.75, Status.AT_RISK); // (48 - 12) / 48
    score("stock-days", 0.6, Status.OFF_TRACK); // 1 - (34 - 30) / 10
    score("training-hours", 0.5, Status.OFF_TRACK); // (260 - 200) / 120
    score("staff-net-promoter", 0.5, Status.OFF_TRACK); // (-7.5 + 5 + 5) / 5
    assertEquals(Status.NO_DATA, node("new-customer-share").status());
    assertEquals(OptionalDouble.empty(), node("new-customer-share").score());
    assertEquals(Status.NO_DATA, node("staff-turnover").status());
  }

  @Test
  void objectives() {
    score("grow-revenue", 0.7875, Status.AT_RISK); // (2 * .75 + .9 + .75) / 4
    score("control-cost", Math.sqrt(0.48), Status.OFF_TRACK); // .8^.5 * .6^.5 = 0.6928...
    score("delight-customers", 0.625, Status.OFF_TRACK); // (1 + .25) / 2
    score("win-customers", 1.0, Status.ON_TRACK); // SKIP: success-rate alone
    score("respond-fast", 0.75, Status.AT_RISK);
    score("keep-stock", 0.6, Status.OFF_TRACK);
    score("develop-people", 0.25, Status.OFF_TRACK); // ZERO: (.5 + .5 + 2 * 0) / 4
  }

  @Test
  void perspectivesAndScorecard() {
    double financial = (3 * 0.7875 + Math.sqrt(0.48)) / 4; // 0.76383008075688...
    score("financial", financial, Status.AT_RISK);
    score("customer", 0.8125, Status.AT_RISK); // (.625 + 1) / 2
    score("internal-process", 0.7, Status.AT_RISK); // (2 * .75 + .6) / 3
    score("learning-and-growth", 0.25, Status.OFF_TRACK);
    double card = (2 * financial + 0.8125 + 0.7 + 0.25) / 5; // 0.65803203230275...
    score("sales-team", card, Status.OFF_TRACK);
    assertEquals(0.6580320323027551, card, EPS);
  }

  @Test
  void weightsCoverageAndContributions() {
    NodeResult win = node("win-customers");
    assertEquals(0.5, win.coverage());
    assertEquals(0.0, node("new-customer-share").normalisedWeight());
    assertEquals(1.0, node("success-rate").normalisedWeight());
    NodeResult develop = node("develop-people");
    assertEquals(0.5, develop.coverage(), "half its weight had data");
    assertEquals(0.5, node("staff-turnover").normalisedWeight(), "ZERO still counts its weight");
    assertEquals(Optional.of("missing data counted as 0 (policy ZERO)"), develop.note());
    assertEquals(0.4, node("financial").normalisedWeight(), EPS);
    assertEquals(0.5, node("sales-revenue").normalisedWeight());
    assertEquals(0.375, node("sales-revenue").contribution().getAsDouble(), EPS);
    assertFalse(node("marketing-cost-ratio").contribution().isPresent(),
        "geometric has no additive contributions");
    assertEquals(1.0, result.root().coverage(), "every perspective had data");
  }

  @Test
  void weightedMeanContributionsAddUpExactlyToTheParentScore() {
    for (NodeResult n : result.nodes()) {
      if (n.children().isEmpty() || !n.method().equals("weighted-mean") || !n.hasData()) {
        continue;
      }
      double sum = 0;
      for (NodeResult c : n.children()) {
        sum += c.contribution().orElseThrow();
      }
      assertEquals(n.score().getAsDouble(), sum, 0.0, n.id());
    }
  }

  @Test
  void indicatorsCarryWhatTheyWereScoredFrom() {
    IndicatorDetail d = node("sales-revenue").indicator().orElseThrow();
    assertEquals(new IndicatorDetail(OptionalDouble.of(1_150_000), OptionalDouble.of(1_200_000),
        OptionalDouble.of(1_000_000), "linear", Unit.of("EUR"), 1.0, Optional.empty()), d);
    assertEquals(Optional.of("Re-plan the top ten opportunities"), node("sales-revenue").action());
    assertEquals(Optional.of("Call every customer who returned goods"), node("return-rate").action());
    assertEquals(Optional.of("no measurement for Mar 2026"), node("new-customer-share").note());
    assertEquals("bands", node("customer-satisfaction").method());
    assertEquals("geometric", node("control-cost").method());
  }

  @Test
  void resultNodesFollowTheDefinition() {
    List<String> perspectives =
        result.root().children().stream().map(NodeResult::id).toList();
    assertEquals(
        List.of("financial", "customer", "internal-process", "learning-and-growth"), perspectives);
    assertEquals(1 + 4 + 7 + 14, result.nodes().size());
  }

  @Test
  void explainReadsLikeTheHandCalculation() {
    String text = result.explain();
    String[] lines = text.split("\n");
    assertEquals(
        "Scorecard sales-team \"Sales team\" for subject, Mar 2026 vs Feb 2026: score 0.658"
            + " OFF TRACK (by score cut-offs), coverage 100%, completeness 85%, weighted-mean,"
            + " no trend vs Feb 2026",
        lines[0]);
    assertTrue(text.contains(
        "|   |   |-- Indicator sales-revenue: actual 1,150,000 EUR, target 1,200,000 EUR,"
            + " baseline 1,000,000 EUR -> linear, score 0.750 AT RISK (by score cut-offs),"
            + " weight 2 (50%),"
            + " contributes 0.375\n"), text);
    assertTrue(text.contains("action: Re-plan the top ten opportunities"), text);
    assertTrue(text.contains("Indicator new-customer-share: actual missing, target 15 %, baseline 10 %"
        + " -> linear, NO DATA, weight 1 (0%), contributes 0.000 (no measurement for Mar 2026)"),
        text);
    assertTrue(text.contains("Objective control-cost: score 0.693 OFF TRACK (by score cut-offs),"
        + " weight 1 (25%), contributes 0.173, coverage 100%, completeness 100%, geometric\n"),
        text);
    assertTrue(text.contains("Indicator return-rate: actual 3.5 %, target 2 %, baseline 4 %"
        + " -> linear, score 0.250 OFF TRACK (by thresholds), weight 1 (50%)"), text);
    assertTrue(text.contains("Perspective learning-and-growth \"Learning & Growth\": score 0.250"
        + " OFF TRACK (by score cut-offs), weight 1 (20%), contributes 0.050, coverage 100%,"
        + " completeness 50%, weighted-mean\n"), text);
    assertEquals(1 + 4 + 7 + 14, lines.length - countActions(text), "one line per node");
    assertEquals(2, countActions(text));
  }

  private static int countActions(String text) {
    return (int) text.lines().filter(l -> l.contains(" action: ")).count();
  }
}
