package io.github.bsc4j.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.aggregation.internal.PowerMean;
import io.github.bsc4j.model.AggregationSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code power-mean} exactly at its documented edges. */
class PowerMeanEdgesTest {
  static final AggregationStrategy POWER_MEAN =
      AggregationStrategies.load().find("power-mean").orElseThrow();

  static double powerMean(double p, double[] scores, double[] weights) {
    return POWER_MEAN.aggregate(AggregationInput.of(scores, weights, Map.of("p", p)));
  }

  @Test
  void exponentsOfExactlyPlusAndMinusOneHundredAreAccepted() {
    assertEquals(List.of(), POWER_MEAN.validate(AggregationSpec.powerMean(100)));
    assertEquals(List.of(), POWER_MEAN.validate(AggregationSpec.powerMean(-100)));
    assertEquals("p", POWER_MEAN.validate(AggregationSpec.powerMean(Math.nextUp(100.0))).get(0)
        .parameter());
  }

  @Test
  void anExponentOfExactlyGeometricBelowIsStillAPowerMean() {
    // Below |p| = 1e-20 the geometric mean is used, and a child scoring 0 makes it 0. At exactly
    // 1e-20 it is the power mean: (1e-300 * 0^p + (1 - 1e-300) * 1^p)^(1/p) = (1 - 1e-300)^(1e20)
    // = 1 - 1e-280, which is 1.0 in doubles.
    double[] scores = {0, 1};
    double[] weights = {1e-300, 1};
    assertEquals(1.0, powerMean(PowerMean.GEOMETRIC_BELOW, scores, weights));
    assertEquals(0.0, powerMean(Math.nextDown(PowerMean.GEOMETRIC_BELOW), scores, weights));
  }

  @Test
  void aScoreRatioBeyondTheLargestDoubleStillCountsWithASmallNegativeExponent() {
    // p = -0.01 over 1e300 and 1e-100: their ratio 1e400 overflows, but (1e400)^-0.01 = 1e-4.
    // Weights 3 : 1: M^p = 0.75 * (1e300)^p + 0.25 * (1e-100)^p = 0.75e-3 + 2.5 = 2.50075,
    // M = 2.50075^-100 = 1.5594528638592244447e-40 (the sum of the terms is below 0.5).
    double heavyOnLarge = powerMean(-0.01, new double[] {1e300, 1e-100}, new double[] {3, 1});
    assertEquals(1.5594528638592244e-40, heavyOnLarge, 1e-12 * 1.5594528638592244e-40);
    // Weights 1 : 3: M^p = 0.25e-3 + 7.5 = 7.50025, M = 7.50025^-100 = 3.1076066110419438e-88
    // (the sum is above 0.5, so it goes through expm1 and log1p).
    double heavyOnSmall = powerMean(-0.01, new double[] {1e300, 1e-100}, new double[] {1, 3});
    assertEquals(3.1076066110419438e-88, heavyOnSmall, 1e-12 * 3.1076066110419438e-88);
  }

  @Test
  void aScoreRatioBelowTheNormalRangeIsTakenThroughLogarithms() {
    // p = 0.01 over 1e-300 and m = 1e20: the ratio 1e-320 is subnormal and has lost about four
    // digits, which (1e-320)^0.01 and then ^(1/p) would bring back; the logarithms keep them.
    // Weights 1 : 1e-10 (the sum of the terms is below 0.5): M = ((1e-3 + 1e-10 * 10^0.2)
    // / (1 + 1e-10))^100 = 1.0000158390561052e-300 (worked out to 40 digits from the doubles
    // given; the last digits depend on 0.01 and 1e-300 not being exact in binary).
    double belowHalf = powerMean(0.01, new double[] {1e-300, 1e20}, new double[] {1, 1e-10});
    assertEquals(1.0000158390561052e-300, belowHalf, 1e-12 * 1.0000158390561052e-300);
    // Weights 1 : 1 (the sum is above 0.5, so it goes through expm1 and log1p):
    // M = ((1e-3 + 10^0.2) / 2)^100 = 8.402217543469653e-11.
    double aboveHalf = powerMean(0.01, new double[] {1e-300, 1e20}, new double[] {1, 1});
    assertEquals(8.402217543469653e-11, aboveHalf, 1e-12 * 8.402217543469653e-11);
  }
}
