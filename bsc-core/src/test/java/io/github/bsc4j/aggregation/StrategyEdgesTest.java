package io.github.bsc4j.aggregation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in strategies at the edges: no data, stray parameters, ties and rounding. */
class StrategyEdgesTest {
  static final AggregationStrategies STRATEGIES = AggregationStrategies.load();

  static AggregationStrategy strategy(String name) {
    return STRATEGIES.find(name).orElseThrow();
  }

  static double[] contributions(String name, double[] scores, double[] weights) {
    return strategy(name).contributions(AggregationInput.of(scores, weights)).orElseThrow();
  }

  @Test
  void weightZeroChildrenBesideACountedOneAreIgnoredByEveryBuiltIn() {
    AggregationInput one = AggregationInput.of(new double[] {0.5, 0.2, 1}, new double[] {0, 3, 0});
    AggregationInput oneWithP = AggregationInput.of(
        new double[] {0.5, 0.2, 1}, new double[] {0, 3, 0}, Map.of("p", 2.0));
    for (String name : List.of("weighted-mean", "geometric", "min", "max")) {
      assertEquals(0.2, strategy(name).aggregate(one), name);
    }
    assertEquals(0.2, strategy("power-mean").aggregate(oneWithP));
    assertEquals(Optional.of(List.of(0.0, 0.2, 0.0)),
        strategy("min").contributions(one).map(c -> List.of(c[0], c[1], c[2])));
  }

  @Test
  void strategiesWithoutParametersRejectEachOneGiven() {
    for (String name : List.of("weighted-mean", "geometric", "min", "max")) {
      List<ParameterProblem> problems =
          strategy(name).validate(new AggregationSpec(name, Map.of("p", 2.0)));
      assertEquals(List.of("p"), problems.stream().map(ParameterProblem::parameter).toList(), name);
      assertTrue(problems.get(0).message().contains("takes none"), problems.get(0).message());
    }
  }

  @Test
  void minAndMaxPickTheFirstExtremeChildOnTies() {
    assertArrayEquals(new double[] {0.25, 0, 0}, contributions("min", new double[] {0.25, 1, 0.5},
        new double[] {1, 1, 1}), "the first child is the lowest");
    assertArrayEquals(new double[] {0, 0.5, 0}, contributions("min", new double[] {1, 0.5, 0.5},
        new double[] {1, 1, 1}));
    assertArrayEquals(new double[] {0, 1, 0}, contributions("max", new double[] {0.5, 1, 1},
        new double[] {1, 1, 1}));
    assertArrayEquals(new double[] {1, 0}, contributions("max", new double[] {1, 0.5},
        new double[] {1, 1}), "the first child is the highest");
  }

  @Test
  void theLargestContributionAbsorbsTheRoundingOfAWeightedMean() {
    // Three children scoring 1.5, weights 5, 4, 2: the plain contributions 1.5 * 5/11,
    // 1.5 * 4/11, 1.5 * 2/11 add up to 1.5000000000000002, above every child. The others stay as
    // they are and the largest, the first, takes the difference.
    double[] c =
        contributions("weighted-mean", new double[] {1.5, 1.5, 1.5}, new double[] {5, 4, 2});
    assertArrayEquals(
        new double[] {0.6818181818181821, 0.5454545454545454, 0.2727272727272725}, c);
    assertEquals(1.5, c[0] + c[1] + c[2]);
  }

  @Test
  void onTiesTheFirstLargestContributionAbsorbsTheRounding() {
    // Three children scoring 0.9, equal weights: 0.9 * (1/3) = 0.30000000000000004 three times
    // adds up to 0.9000000000000001; the first takes the difference.
    double[] c =
        contributions("weighted-mean", new double[] {0.9, 0.9, 0.9}, new double[] {1, 1, 1});
    assertArrayEquals(
        new double[] {0.29999999999999993, 0.30000000000000004, 0.30000000000000004}, c);
    assertEquals(0.9, c[0] + c[1] + c[2]);
  }

  @Test
  void aWeightOfTwoToTheMinus1075TimesTheLargestHasShareZero() {
    // 2^-52 is 2^-1075 times the largest weight 2^1023: scaled, it is exactly half the smallest
    // double and rounds to even, 0; so its share is 0, not the smallest double.
    AggregationInput in =
        AggregationInput.of(new double[] {1, 1, 1}, new double[] {0x1p1023, 0x1p1022, 0x1p-52});
    assertEquals(2.0 / 3, in.share(0));
    assertEquals(1.0 / 3, in.share(1));
    assertEquals(0.0, in.share(2));
  }

  @Test
  void sharesOfWeightsScaledByAPowerOfTwoAreTheSameBitsEvenWhenSubnormal() {
    // The third share is subnormal: 1.5 * 2^-52 is 0.75 * 2^-1074 times the largest weight, and
    // its share rounds to 2^-1074. Scaling every weight by 2^-100 must change no bit of it, however
    // close the largest weight lies to the top of the double range.
    double[] scores = {1, 1, 1};
    AggregationInput top =
        AggregationInput.of(scores, new double[] {0x1p1023, 0x1p1022, 0x1.8p-52});
    AggregationInput lower =
        AggregationInput.of(scores, new double[] {0x1p923, 0x1p922, 0x1.8p-152});
    for (int i = 0; i < 3; i++) {
      assertEquals(lower.share(i), top.share(i), "share " + i);
    }
    assertEquals(Double.MIN_VALUE, top.share(2));
  }
}
