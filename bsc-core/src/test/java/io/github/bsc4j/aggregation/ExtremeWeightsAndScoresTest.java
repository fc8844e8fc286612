package io.github.bsc4j.aggregation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.AggregationSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in strategies at the edges of the double range: weights near overflow and in the
 * subnormal range, scores whose powers overflow or underflow, exponents near 0. Expected numbers
 * are worked out by hand (or to 40 digits), not by the code under test.
 */
class ExtremeWeightsAndScoresTest {
  static final AggregationStrategies STRATEGIES = AggregationStrategies.load();
  static final double TINY = Double.MIN_VALUE;
  /** Two ulps of numbers in [0.5, 1): results within rounding of the exact value. */
  static final double ULP2 = 2.5e-16;

  static double aggregate(AggregationSpec spec, double[] scores, double[] weights) {
    return STRATEGIES.find(spec.name()).orElseThrow()
        .aggregate(AggregationInput.of(scores, weights, spec.parameters()));
  }

  static double[] of(double... values) {
    return values;
  }

  @Test
  void sharesOfWeightsNearOverflowAreExact() {
    AggregationInput in = AggregationInput.of(of(0.5, 1.0), of(1e308, 1e308));
    assertEquals(Double.POSITIVE_INFINITY, in.totalWeight(), "the plain sum overflows");
    assertEquals(0.5, in.share(0));
    assertEquals(0.5, in.share(1));
    AggregationInput max = AggregationInput.of(of(1, 1, 1), of(Double.MAX_VALUE, 0, TINY));
    assertEquals(1.0, max.share(0));
    assertEquals(0.0, max.share(1), "weight 0");
    assertEquals(0.0, max.share(2), "2^-1074 of a weight near 2^1024 is nothing");
  }

  @Test
  void sharesOfSubnormalWeightsAreExact() {
    AggregationInput in = AggregationInput.of(of(0.5, 1.0), of(TINY, 2 * TINY));
    assertEquals(1.0 / 3, in.share(0));
    assertEquals(2.0 / 3, in.share(1));
  }

  @Test
  void weightedMeanWithWeightsNearOverflow() {
    AggregationSpec mean = AggregationSpec.weightedMean();
    assertEquals(0.75, aggregate(mean, of(0.5, 1.0), of(1e308, 1e308)), "was 0.5");
    assertEquals(0.75, aggregate(mean, of(0.5, 1.0), of(Double.MAX_VALUE, Double.MAX_VALUE)));
    AggregationInput in = AggregationInput.of(of(0.5, 1.0), of(1e308, 1e308));
    assertArrayEquals(of(0.25, 0.5),
        STRATEGIES.find("weighted-mean").orElseThrow().contributions(in).orElseThrow(), 0.0);
  }

  @Test
  void weightedMeanWithSubnormalWeights() {
    // (1 · 0.5 + 2 · 1) / 3 = 2.5 / 3; the old code lost the first child (MIN_VALUE · 0.5 = 0).
    assertEquals(2.5 / 3, aggregate(AggregationSpec.weightedMean(), of(0.5, 1.0),
        of(TINY, 2 * TINY)), ULP2);
  }

  @Test
  void weightedMeanOfScoresNearOverflow() {
    double big = Double.MAX_VALUE;
    assertEquals(big, aggregate(AggregationSpec.weightedMean(), of(big, big, big), of(3, 5, 7)),
        "equal children give their score, without overflowing on the way");
    assertEquals(0.75 * big, aggregate(AggregationSpec.weightedMean(), of(0.5 * big, big),
        of(1, 1)));
  }

  @Test
  void geometricWithWeightsNearOverflow() {
    // √(0.25 · 1) = 0.5; with Σw = ∞ every exponent w/Σw became 0 and the result 1.
    assertEquals(0.5, aggregate(AggregationSpec.geometric(), of(0.25, 1.0), of(1e308, 1e308)),
        ULP2);
  }

  @Test
  void geometricOfScoresFarApart() {
    // √(1e-300 · 1e300) = 1: no product of powers underflows or overflows on the way.
    assertEquals(1.0, aggregate(AggregationSpec.geometric(), of(1e-300, 1e300), of(1, 1)), 1e-12);
    assertEquals(TINY, aggregate(AggregationSpec.geometric(), of(TINY, TINY), of(1, 2)));
  }

  @Test
  void powerMeanWithALargeExponentDoesNotUnderflow() {
    // (½ · 5e-4^100 + ½ · 2e-4^100)^(1/100) = 5e-4 · (½ + ½ · 0.4^100)^(1/100) = 5e-4 · ½^(1/100)
    // = 4.965462477185179507…e-4; 5e-4^100 underflowed to 0 and the result became 2e-4.
    assertEquals(4.965462477185179507e-4,
        aggregate(AggregationSpec.powerMean(100), of(5e-4, 2e-4), of(1, 1)), 2e-19);
  }

  @Test
  void powerMeanWithALargeNegativeExponentDoesNotOverflow() {
    // 2e-4 · (½ + ½ · 2.5^-100)^(-1/100) = 2e-4 · 2^(1/100) = 2.013911100113437617…e-4;
    // 2e-4^-100 overflowed and the result became 2e-4.
    assertEquals(2.013911100113437617e-4,
        aggregate(AggregationSpec.powerMean(-100), of(5e-4, 2e-4), of(1, 1)), 2e-19);
  }

  @Test
  void powerMeanWithWeightsNearOverflow() {
    // √((0.36 + 0.64) / 2) = √0.5; with Σw = ∞ the old code gave 0.6 (p = 2) and NaN (p = -100).
    assertEquals(0.7071067811865476,
        aggregate(AggregationSpec.powerMean(2), of(0.6, 0.8), of(1e308, 1e308)), ULP2);
    // (½ · 0.5^-1 + ½ · 1^-1)^-1 = 1 / 1.5
    assertEquals(2.0 / 3,
        aggregate(AggregationSpec.powerMean(-1), of(0.5, 1.0), of(1e308, 1e308)), ULP2);
    assertEquals(0.5, aggregate(AggregationSpec.powerMean(-100), of(0.5, 1.0), of(1e308, 1e308)),
        1e-2, "finite, close to the smaller child, never NaN");
  }

  @Test
  void powerMeanWithSubnormalWeights() {
    // √((0.25 + 2 · 1) / 3) = √0.75 with weights 1 and 2 in units of MIN_VALUE.
    assertEquals(Math.sqrt(0.75),
        aggregate(AggregationSpec.powerMean(2), of(0.5, 1.0), of(TINY, 2 * TINY)), ULP2);
  }

  @Test
  void powerMeanWithAnExponentNearZeroIsTheGeometricMean() {
    // p = 1e-10: ((0.25^p + 1) / 2)^(1/p) = 0.500000000012011325…; the old code lost six digits
    // (0.4999997…) because rounding in a sum near 1 was raised to the power 1e10.
    assertEquals(0.5000000000120113,
        aggregate(AggregationSpec.powerMean(1e-10), of(0.25, 1.0), of(1, 1)), 1e-15);
    // p = 1e-300: the geometric mean √0.25 = 0.5; the old code gave 1.
    assertEquals(0.5, aggregate(AggregationSpec.powerMean(1e-300), of(0.25, 1.0), of(1, 1)),
        1e-15);
    assertEquals(0.5, aggregate(AggregationSpec.powerMean(-1e-300), of(0.25, 1.0), of(1, 1)),
        1e-15);
  }

  @Test
  void powerMeanOfScoresFarApart() {
    // p = 1: (1e-300 + 1e300) / 2 = 5e299; p = -1: 2 / (1e300 + 1e-300) = 2e-300.
    assertEquals(5e299, aggregate(AggregationSpec.powerMean(1), of(1e-300, 1e300), of(1, 1)),
        5e299 * 1e-15);
    assertEquals(2e-300, aggregate(AggregationSpec.powerMean(-1), of(1e-300, 1e300), of(1, 1)),
        2e-300 * 1e-15);
  }

  @Test
  void parametersAreKeptWithExtremeWeights() {
    AggregationInput in = AggregationInput.of(of(1), of(Double.MAX_VALUE), Map.of("p", 3.0));
    assertEquals(3.0, in.parameter("p").orElseThrow());
    assertEquals(Double.MAX_VALUE, in.totalWeight());
    assertEquals(1.0, in.share(0));
  }
}
