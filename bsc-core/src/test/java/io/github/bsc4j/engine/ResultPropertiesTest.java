package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusPolicy;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of status policies, completeness and trends, for any weights (informational ones
 * included) and any pattern of gaps.
 */
class ResultPropertiesTest {
  static final Period FEB = Period.month(2026, 2);
  static final Period MAR = Period.month(2026, 3);
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  /** Per child: weight (0 = informational), actual now and before in [0, 10] or missing. */
  record Child(double weight, double now, double before) {}

  @Provide
  Arbitrary<List<Child>> children() {
    Arbitrary<Double> weight = Arbitraries.frequencyOf(List.of(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
        net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0.1, 5).ofScale(2))));
    Arbitrary<Double> actual = Arbitraries.frequencyOf(List.of(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
        net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 10).ofScale(3))));
    return Combinators.combine(weight, actual, actual).as(Child::new).list().ofMinSize(1)
        .ofMaxSize(7).filter(l -> l.stream().anyMatch(c -> c.weight() > 0));
  }

  static ScorecardResult evaluate(StatusPolicy policy, List<Child> children, boolean swap) {
    Objective.Builder o = Objective.builder("o").perspective("financial").statusPolicy(policy);
    Measurements.Builder m = Measurements.builder();
    for (int k = 0; k < children.size(); k++) {
      Child c = children.get(k);
      o.indicator("i" + k, i -> i.lagging().baseline(0).target(10).weight(c.weight()));
      double now = swap ? c.before() : c.now();
      double before = swap ? c.now() : c.before();
      if (!Double.isNaN(now)) {
        m.put("i" + k, MAR, now);
      }
      if (!Double.isNaN(before)) {
        m.put("i" + k, FEB, before);
      }
    }
    Scorecard card = Scorecard.builder("card").perspective(Perspective.FINANCIAL)
        .objective(o.build()).build();
    return ENGINE.evaluate(ENGINE.compile(card), "subject", m.build(), MAR);
  }

  @Property
  void worstChildIsTheWorstCountedChildWithData(@ForAll("children") List<Child> children) {
    NodeResult o = evaluate(StatusPolicy.WORST_CHILD, children, false).node("o").orElseThrow();
    Status worst = null;
    for (NodeResult c : o.children()) {
      if (!c.informational() && c.hasData()
          && (worst == null || c.status().compareTo(worst) > 0)) {
        worst = c.status();
      }
    }
    assertEquals(worst == null ? Status.NO_DATA : worst, o.status());
    assertEquals(worst == null ? StatusSource.NO_DATA : StatusSource.CHILDREN, o.statusSource());
  }

  @Property
  void mostFrequentChildIsAsFrequentAsAnyAndNoBetterThanATie(
      @ForAll("children") List<Child> children) {
    NodeResult o =
        evaluate(StatusPolicy.MOST_FREQUENT_CHILD, children, false).node("o").orElseThrow();
    int[] count = new int[3];
    for (NodeResult c : o.children()) {
      if (!c.informational() && c.hasData()) {
        count[c.status().ordinal()]++;
      }
    }
    if (count[0] + count[1] + count[2] == 0) {
      assertEquals(Status.NO_DATA, o.status());
      return;
    }
    int chosen = o.status().ordinal();
    for (int s = 0; s < 3; s++) {
      assertTrue(count[chosen] > count[s] || (count[chosen] == count[s] && chosen >= s),
          "status " + o.status() + " against counts " + java.util.Arrays.toString(count));
    }
  }

  @Property
  void aSingleLevelsCompletenessIsItsCoverageAndInformationalChildrenChangeNothing(
      @ForAll("children") List<Child> children) {
    ScorecardResult r = evaluate(StatusPolicy.SCORE_CUTOFFS, children, false);
    NodeResult o = r.node("o").orElseThrow();
    assertEquals(o.coverage(), o.completeness());
    assertEquals(o.completeness(), r.root().completeness());
    for (NodeResult c : o.children()) {
      assertEquals(c.hasData() ? 1.0 : 0.0, c.completeness());
      if (c.informational()) {
        assertTrue(c.contribution().isEmpty(), c.id() + " is informational");
      }
    }
  }

  @Property
  void swappingThePeriodsSwapsImprovedAndWorsened(@ForAll("children") List<Child> children) {
    List<NodeResult> forward = evaluate(StatusPolicy.SCORE_CUTOFFS, children, false).nodes();
    List<NodeResult> backward = evaluate(StatusPolicy.SCORE_CUTOFFS, children, true).nodes();
    for (int k = 0; k < forward.size(); k++) {
      Trend f = forward.get(k).trend().orElseThrow();
      Trend b = backward.get(k).trend().orElseThrow();
      assertEquals(f.differences(), b.differences(), forward.get(k).id());
      assertEquals(f.direction().map(ResultPropertiesTest::opposite), b.direction(),
          forward.get(k).id());
    }
  }

  private static Trend.Direction opposite(Trend.Direction d) {
    switch (d) {
      case IMPROVED:
        return Trend.Direction.WORSENED;
      case WORSENED:
        return Trend.Direction.IMPROVED;
      default:
        return Trend.Direction.UNCHANGED;
    }
  }
}
