package io.github.bsc4j.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What an aggregation input accepts, holds and says about itself. */
class AggregationInputTest {

  @Test
  void anInputWithoutAPositiveWeightCannotBeMadeSoNoDataIsNeverAStrategysToScore() {
    String message = "an aggregation input needs a child of positive weight; without one there"
        + " is no data, which is NO_DATA and never a strategy's to score";
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> AggregationInput.of(new double[] {0.5, 1.0}, new double[] {0, 0})).getMessage());
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> AggregationInput.of(new double[0], new double[0])).getMessage());
  }

  @Test
  void anyPositiveWeightGivesData() {
    AggregationInput in = AggregationInput.of(new double[] {0.5, 1.0},
        new double[] {0, Double.MIN_VALUE}, Map.of("k", 2.0));
    assertEquals(2, in.size());
    assertEquals(0.0, in.weight(0));
    assertEquals(0.0, in.share(0));
    assertEquals(1.0, in.share(1));
    assertEquals(Double.MIN_VALUE, in.totalWeight());
    assertEquals(OptionalDouble.of(2.0), in.parameter("k"));
    assertEquals(OptionalDouble.empty(), in.parameter("x"));
  }

  @Test
  void everyScoreAndWeightIsChecked() {
    assertEquals("score 1 must be finite and not negative, was -0.5",
        assertThrows(IllegalArgumentException.class, () -> AggregationInput.of(
            new double[] {0.5, -0.5}, new double[] {1, 1})).getMessage());
    assertEquals("weight 1 must be finite and not negative, was NaN",
        assertThrows(IllegalArgumentException.class, () -> AggregationInput.of(
            new double[] {0.5, 0.5}, new double[] {1, Double.NaN})).getMessage());
    assertEquals("need as many weights as scores: 2 scores, 1 weights",
        assertThrows(IllegalArgumentException.class, () -> AggregationInput.of(
            new double[] {0.5, 0.5}, new double[] {1})).getMessage());
  }

  @Test
  void theInputIsACopy() {
    double[] scores = {0.5};
    double[] weights = {2};
    AggregationInput in = AggregationInput.of(scores, weights);
    scores[0] = 0.9;
    weights[0] = 3;
    assertEquals(0.5, in.score(0));
    assertEquals(2.0, in.weight(0));
  }

  @Test
  void theTextListsScoresWeightsAndParameters() {
    assertEquals("AggregationInput[scores=[0.5, 1.0], weights=[2.0, 0.0], parameters={k=3.0}]",
        AggregationInput.of(new double[] {0.5, 1.0}, new double[] {2, 0}, Map.of("k", 3.0))
            .toString());
  }
}
