package io.github.bsc4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.scoring.ScoringRules;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The arbitraries produce what they promise, so applications can build on them. */
class BscArbitrariesTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  @Provide
  Arbitrary<ScorecardCase> cards() {
    return BscArbitraries.scorecards();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return BscArbitraries.indicators();
  }

  @Provide
  Arbitrary<WeightedScores> children() {
    return BscArbitraries.weightedScores();
  }

  @Property(tries = 200)
  void generatedScorecardsCompileAndEvaluateWithinTheLaws(@ForAll("cards") ScorecardCase c) {
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(c.scorecard()), "subject", c.measurements(),
        c.period());
    for (NodeResult n : r.nodes()) {
      assertTrue(n.coverage() >= 0 && n.coverage() <= 1, n.toString());
      assertEquals(n.score().isEmpty(), n.status() == Status.NO_DATA, n.id());
      n.score().ifPresent(s -> assertTrue(s >= 0 && s <= 1.5, n.id() + " scored " + s));
      if (n.hasData() && !n.children().isEmpty()) {
        double sum = 0;
        for (NodeResult child : n.children()) {
          sum += child.contribution().orElseThrow();
        }
        assertEquals(n.score().getAsDouble(), sum, 0.0, "contributions of " + n.id());
      }
    }
  }

  @Property
  void generatedIndicatorsSuitTheLinearRule(@ForAll("indicators") Indicator i) {
    assertEquals(java.util.List.of(), ScoringRules.load().find("linear").orElseThrow().validate(i));
  }

  @Property
  void weightedScoresHavePositiveWeightsAndBoundedScores(@ForAll("children") WeightedScores w) {
    assertTrue(w.size() >= 1 && w.size() <= 8);
    for (int i = 0; i < w.size(); i++) {
      assertTrue(w.weights()[i] > 0 && w.scores()[i] >= 0 && w.scores()[i] <= 1.5, w.toString());
    }
    assertEquals(w, WeightedScores.of(w.scores(), w.weights()));
  }
}
