package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.HardeningTest.Strategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Aggregation at its edges: weights of 0, the caps a strategy's result is checked against, a
 * result of exactly 0, contributions off by exactly the tolerance, weights at the exponent where
 * scaling starts, and coverage exactly at the minimum.
 */
class AggregationEdgesTest {
  private static final Period P = Period.month(2026, 3);

  /** Indicators d (cap 1) and e (cap 2), with the given weights, under objective p. */
  private static Scorecard twoChildren(String strategy, double wd, double we) {
    return Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .objective("p", o -> o.perspective("financial").aggregation(AggregationSpec.of(strategy))
            .indicator("d", i -> i.lagging().baseline(0).target(10).weight(wd))
            .indicator("e", i -> i.lagging().baseline(0).target(10).cap(2).weight(we)))
        .build();
  }

  private static ScorecardResult run(Strategy s, Scorecard card) {
    ScorecardEngine engine = HardeningTest.with(s);
    return engine.evaluate(engine.compile(card), "subject", Measurements.of(P, Map.of("d", 5.0, "e", 5.0)),
        P);
  }

  @Test
  void aPerspectiveWithoutObjectivesHasNothingToAggregate() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("p", o -> o.perspective("financial")
            .indicator("d", i -> i.lagging().baseline(0).target(10)))
        .build();
    ScorecardResult r = ScorecardEngine.create().evaluate(ScorecardEngine.create().compile(card), "subject",
        Measurements.of(P, Map.of("d", 5.0)), P);
    NodeResult customer = r.node("customer").orElseThrow();
    assertEquals(Status.NO_DATA, customer.status());
    assertEquals(OptionalDouble.empty(), customer.score());
    assertEquals(0.0, customer.coverage());
    assertEquals(Optional.of("nothing to aggregate"), customer.note());
  }

  @Test
  void theCapOfAChildOfWeightZeroDoesNotRaiseTheBoundOfTheResult() {
    ExtensionFailureException e = assertThrows(ExtensionFailureException.class,
        () -> run(new Strategy("high", in -> 1.5, in -> Optional.empty()),
            twoChildren("high", 1, 0)));
    assertEquals("aggregation strategy 'high' returned 1.5 for node 'p' for the subject in period"
        + " 2026-03; aggregates must be finite and lie in [0, largest cap of the counted children"
        + " 1]", e.getMessage());
    // Counted, e's cap of 2 allows it.
    assertEquals(OptionalDouble.of(1.5), run(new Strategy("high", in -> 1.5,
        in -> Optional.empty()), twoChildren("high", 1, 1)).node("p").orElseThrow().score());
  }

  @Test
  void aResultOfExactlyZeroIsAScore() {
    NodeResult p = run(new Strategy("zero", in -> 0.0, in -> Optional.empty()),
        twoChildren("zero", 1, 1)).node("p").orElseThrow();
    assertEquals(OptionalDouble.of(0.0), p.score());
    assertEquals(Status.OFF_TRACK, p.status());
  }

  @Test
  void aResultMayExceedTheLargestCapByTheSlackItself() {
    double edge = 2 + ScorecardEngine.ROUNDING_TOLERANCE;
    NodeResult p = run(new Strategy("slack", in -> edge, in -> Optional.empty()),
        twoChildren("slack", 1, 1)).node("p").orElseThrow();
    assertEquals(OptionalDouble.of(edge), p.score());
    assertThrows(ExtensionFailureException.class, () -> run(new Strategy("slack",
        in -> Math.nextUp(edge), in -> Optional.empty()), twoChildren("slack", 1, 1)));
  }

  @Test
  void contributionsMayMissTheScoreByTheToleranceItself() {
    // Score 0: the tolerance is 1e-9 * max(1, 0) = 1e-9, and the contributions add up to 1e-9.
    NodeResult p = run(new Strategy("edge", in -> 0.0,
        in -> Optional.of(new double[] {1e-9, 0.0})), twoChildren("edge", 1, 1))
        .node("p").orElseThrow();
    assertEquals(OptionalDouble.of(0.0), p.score());
    assertEquals(OptionalDouble.of(1e-9), r(p, "d").contribution());
  }

  @Test
  void theContributionToleranceGrowsWithScoresAboveOne() {
    // Score 1.5: the tolerance is 1.5e-9, so contributions 1.2e-9 over are accepted...
    NodeResult p = run(new Strategy("wide", in -> 1.5,
        in -> Optional.of(new double[] {0.75, 0.7500000012})), twoChildren("wide", 1, 1))
        .node("p").orElseThrow();
    assertEquals(OptionalDouble.of(1.5), p.score());
    // ... and 1.6e-9 over are not.
    assertThrows(ExtensionFailureException.class, () -> run(new Strategy("wide", in -> 1.5,
        in -> Optional.of(new double[] {0.75, 0.7500000016})), twoChildren("wide", 1, 1)));
  }

  private static NodeResult r(NodeResult parent, String id) {
    return parent.find(id).orElseThrow();
  }

  private static double[] weightsSeen(double largest) {
    List<double[]> seen = new ArrayList<>();
    Strategy echo = new Strategy("echo", in -> {
      seen.add(new double[] {in.weight(0), in.weight(1)});
      return 0.5;
    }, in -> Optional.empty());
    run(echo, twoChildren("echo", largest, largest / 2));
    return seen.get(0);
  }

  @Test
  void weightsReachStrategiesAsDefinedUpToTheExponentLimitAndScaledPastIt() {
    double atLimit = Math.scalb(1.0, Evaluation.WEIGHT_EXPONENT_LIMIT);
    assertArrayEquals(new double[] {atLimit, atLimit / 2}, weightsSeen(atLimit));
    assertArrayEquals(new double[] {1.0, 0.5}, weightsSeen(2 * atLimit));
    double smallAtLimit = Math.scalb(1.0, -Evaluation.WEIGHT_EXPONENT_LIMIT);
    assertArrayEquals(new double[] {smallAtLimit, smallAtLimit / 2}, weightsSeen(smallAtLimit));
    assertArrayEquals(new double[] {1.0, 0.5}, weightsSeen(smallAtLimit / 2));
  }

  @Test
  void coverageExactlyAtTheMinimumLessTheToleranceIsEnough() {
    // One of four equal weights has data: coverage 0.25, and 0.250000001 - 1e-9 is exactly 0.25.
    double minimum = 0.25 + ScorecardEngine.ROUNDING_TOLERANCE;
    assertEquals(0.25, minimum - ScorecardEngine.ROUNDING_TOLERANCE, "precondition");
    Scorecard card = Scorecard.builder("card")
        .defaults(ScorecardDefaults.DEFAULT.withMinimumCoverage(minimum))
        .perspective(Perspective.FINANCIAL)
        .objective("p", o -> o.perspective("financial")
            .indicator("d", i -> i.lagging().baseline(0).target(10))
            .indicator("e", i -> i.lagging().baseline(0).target(10))
            .indicator("f", i -> i.lagging().baseline(0).target(10))
            .indicator("g", i -> i.lagging().baseline(0).target(10)))
        .build();
    ScorecardResult r = ScorecardEngine.create().evaluate(ScorecardEngine.create().compile(card), "subject",
        Measurements.of(P, Map.of("d", 5.0)), P);
    NodeResult p = r.node("p").orElseThrow();
    assertEquals(0.25, p.coverage());
    assertEquals(OptionalDouble.of(0.5), p.score());
  }
}
