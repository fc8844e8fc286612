package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * explain() of results an application built or edited itself (the result types are public
 * records that check no numbers): numbers that are not finite are written as Java writes them, and
 * a node with more or fewer trends than the result has comparisons says only the trends it has
 * for the comparisons made. Also the format's hash.
 */
class ExplainEdgesTest {
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();
  private static final Period MAR = Period.month(2026, 3);

  /** card 0.5 from indicator a (1000 of 2000), compared with February (a 500: 0.25). */
  private static ScorecardResult result() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("a", i -> i.lagging().baseline(0).target(2000)))
        .build();
    Measurements m = Measurements.builder().put("a", Period.month(2026, 2), 500)
        .put("a", MAR, 1000).build();
    return ENGINE.evaluate(ENGINE.compile(card), "s", m, MAR);
  }

  private static NodeResult withTrends(NodeResult n, List<Trend> trends, List<NodeResult> kids) {
    return new NodeResult(n.kind(), n.id(), n.name(), n.score(), n.status(), n.statusSource(),
        n.weight(), n.normalisedWeight(), n.contribution(), n.coverage(), n.completeness(),
        n.method(), n.indicator(), n.action(), n.note(), trends, kids);
  }

  private static ScorecardResult withRoot(ScorecardResult r, NodeResult root) {
    return new ScorecardResult(r.scorecardId(), r.subjectId(), r.period(), r.calendar(),
        r.periodCode(), r.periodLabel(), root, r.comparisons(), r.warnings());
  }

  private static final String ROOT = "Scorecard card for s, Mar 2026 vs Feb 2026: score 0.500"
      + " OFF TRACK (by score cut-offs), coverage 100%, completeness 100%, weighted-mean";
  private static final String TREND = ", trend improved +0.250 vs Feb 2026";
  private static final String PERSPECTIVE = "`-- Perspective financial \"Financial\": score 0.500"
      + " OFF TRACK (by score cut-offs), weight 1 (100%), contributes 0.500, coverage 100%,"
      + " completeness 100%, weighted-mean";
  private static final String OBJECTIVE = "    `-- Objective o: score 0.500 OFF TRACK (by score"
      + " cut-offs), weight 1 (100%), contributes 0.500, coverage 100%, completeness 100%,"
      + " weighted-mean";
  private static final String INDICATOR = "        `-- Indicator a: actual 1,000, target 2,000,"
      + " baseline 0 -> linear, score 0.500 OFF TRACK (by score cut-offs), weight 1 (100%),"
      + " contributes 0.500";

  @Test
  void theEngineResultHasOneTrendPerNode() {
    assertEquals(ROOT + TREND + "\n" + PERSPECTIVE + TREND + "\n" + OBJECTIVE + TREND + "\n"
        + INDICATOR + TREND + " (actual +500, +100%)\n", result().explain());
  }

  @Test
  void trendsBeyondTheComparisonsMadeAreNotSaid() {
    ScorecardResult r = result();
    NodeResult root = r.root();
    Trend t = root.trends().get(0);
    // the root with its trend twice (one comparison made), everything below with no trend
    NodeResult p = root.children().get(0);
    NodeResult o = p.children().get(0);
    NodeResult a = o.children().get(0);
    NodeResult trendless = withTrends(p, List.of(),
        List.of(withTrends(o, List.of(), List.of(withTrends(a, List.of(), List.of())))));
    ScorecardResult edited = withRoot(r, withTrends(root, List.of(t, t), List.of(trendless)));
    assertEquals(ROOT + TREND + "\n" + PERSPECTIVE + "\n" + OBJECTIVE + "\n" + INDICATOR + "\n",
        edited.explain());
  }

  @Test
  void numbersThatAreNotFiniteAreWrittenAsJavaWritesThem() {
    ScorecardResult r = result();
    NodeResult n = r.root();
    Trend t = n.trends().get(0);
    Trend odd = new Trend(t.comparison(), t.period(), t.periodCode(),
        OptionalDouble.of(Double.NaN), OptionalDouble.of(Double.POSITIVE_INFINITY),
        t.direction(), List.of(), OptionalDouble.of(1),
        OptionalDouble.of(Double.NEGATIVE_INFINITY), OptionalDouble.of(Double.NaN));
    NodeResult root = new NodeResult(n.kind(), n.id(), n.name(),
        OptionalDouble.of(Double.POSITIVE_INFINITY), n.status(), n.statusSource(), n.weight(),
        n.normalisedWeight(), n.contribution(), Double.NaN, Double.NEGATIVE_INFINITY, n.method(),
        Optional.empty(), n.action(), n.note(), List.of(odd), List.of());
    // score, coverage, completeness, change of score, change of actual, relative change
    assertEquals("Scorecard card for s, Mar 2026 vs Feb 2026: score Infinity OFF TRACK (by score"
        + " cut-offs), coverage NaN%, completeness -Infinity%, weighted-mean, trend improved"
        + " Infinity vs Feb 2026 (actual -Infinity, NaN%)\n",
        withRoot(r, root).explain());
  }

  @Test
  void formatsThatDifferHashDifferently() {
    ExplainFormat f = ExplainFormat.DEFAULT;
    assertNotEquals(f.hashCode(), f.withScoreDigits(2).hashCode());
    assertEquals(f.hashCode(), f.withScoreDigits(2).withScoreDigits(3).hashCode());
  }
}
