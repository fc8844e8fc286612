package io.github.bsc4j.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.AggregationSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws of every built-in aggregation strategy (power-mean at several exponents). */
class AggregationPropertiesTest {
  static final AggregationStrategies STRATEGIES = AggregationStrategies.load();
  static final double TOLERANCE = 1e-12;

  /** A strategy with its parameters, the way a definition names it. */
  record Named(AggregationSpec spec) {
    AggregationStrategy strategy() {
      return STRATEGIES.find(spec.name()).orElseThrow();
    }

    double apply(double[] s, double[] w) {
      return strategy().aggregate(AggregationInput.of(s, w, spec.parameters()));
    }

    @Override
    public String toString() {
      return spec.name() + spec.parameters();
    }
  }

  /** Children: scores in [0, 1.5], weights in (0, 10]. */
  record Children(double[] scores, double[] weights) {
    @Override
    public String toString() {
      return java.util.Arrays.toString(scores) + " w " + java.util.Arrays.toString(weights);
    }
  }

  @Provide
  Arbitrary<Named> strategies() {
    return Arbitraries.of(
        new Named(AggregationSpec.weightedMean()),
        new Named(AggregationSpec.geometric()),
        new Named(AggregationSpec.powerMean(-2)),
        new Named(AggregationSpec.powerMean(0)),
        new Named(AggregationSpec.powerMean(0.5)),
        new Named(AggregationSpec.powerMean(1)),
        new Named(AggregationSpec.powerMean(3)),
        new Named(AggregationSpec.min()),
        new Named(AggregationSpec.max()));
  }

  @Provide
  Arbitrary<Children> children() {
    Arbitrary<Double> score =
        Arbitraries.frequencyOf(List.of(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(1.0)),
            net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0, 1.5).ofScale(6))));
    Arbitrary<Double> weight = Arbitraries.doubles().between(0.001, 10).ofScale(3);
    return Combinators.combine(score.list().ofMinSize(1).ofMaxSize(8), weight.list().ofSize(8))
        .as((s, w) -> {
          double[] scores = s.stream().mapToDouble(Double::doubleValue).toArray();
          double[] weights = new double[scores.length];
          for (int k = 0; k < scores.length; k++) {
            weights[k] = w.get(k);
          }
          return new Children(scores, weights);
        });
  }

  static void close(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
        what + ": expected " + expected + " but was " + actual);
  }

  @Property
  void equalChildrenGiveTheirScore(
      @ForAll("strategies") Named s, @ForAll("children") Children c,
      @ForAll @DoubleRange(min = 0, max = 1.5) double value) {
    double[] same = new double[c.scores().length];
    java.util.Arrays.fill(same, value);
    assertEquals(value, s.apply(same, c.weights()), 0.0, s + " of " + value + ": exactly");
  }

  @Property
  void theResultLiesBetweenTheSmallestAndLargestChild(
      @ForAll("strategies") Named s, @ForAll("children") Children c) {
    double r = s.apply(c.scores(), c.weights());
    double min = java.util.Arrays.stream(c.scores()).min().orElseThrow();
    double max = java.util.Arrays.stream(c.scores()).max().orElseThrow();
    assertTrue(Double.isFinite(r) && r >= 0, s + " gave " + r);
    assertTrue(r >= min && r <= max, s + " " + c + " gave " + r + ": within, to the last bit");
  }

  @Property
  void permutingChildrenDoesNotChangeTheResult(
      @ForAll("strategies") Named s, @ForAll("children") Children c, @ForAll long seed) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < c.scores().length; k++) {
      order.add(k);
    }
    Collections.shuffle(order, new Random(seed));
    double[] ps = new double[order.size()];
    double[] pw = new double[order.size()];
    for (int k = 0; k < order.size(); k++) {
      ps[k] = c.scores()[order.get(k)];
      pw[k] = c.weights()[order.get(k)];
    }
    close(s.apply(c.scores(), c.weights()), s.apply(ps, pw), s + " permuted");
  }

  @Property
  void scalingAllWeightsDoesNotChangeTheResult(
      @ForAll("strategies") Named s, @ForAll("children") Children c,
      @ForAll @IntRange(min = 1, max = 1_000_000) int thousandths) {
    double k = thousandths / 1000.0;
    double[] scaled = c.weights().clone();
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] *= k;
    }
    close(s.apply(c.scores(), c.weights()), s.apply(c.scores(), scaled), s + " scaled by " + k);
  }

  /** Factors from 1e-300 to 1e300, any mantissa. */
  @Provide
  Arbitrary<Double> extremeFactors() {
    return Combinators.combine(Arbitraries.doubles().between(1, 10), Arbitraries.integers()
            .between(-300, 299))
        .as((mantissa, exponent) -> mantissa * Math.pow(10, exponent));
  }

  @Property
  void scalingAllWeightsByAnExtremeFactorDoesNotChangeTheResult(
      @ForAll("strategies") Named s, @ForAll("children") Children c,
      @ForAll("extremeFactors") double k) {
    double[] scaled = c.weights().clone();
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] *= k;
    }
    close(s.apply(c.scores(), c.weights()), s.apply(c.scores(), scaled), s + " scaled by " + k);
  }

  @Property
  void weightsNearTheLargestDoubleGiveTheSameResult(
      @ForAll("strategies") Named s, @ForAll("children") Children c) {
    double largest = java.util.Arrays.stream(c.weights()).max().orElseThrow();
    double[] scaled = c.weights().clone();
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] = scaled[j] / largest * (Double.MAX_VALUE * (1 - 1e-15));
    }
    close(s.apply(c.scores(), c.weights()), s.apply(c.scores(), scaled),
        s + " with weights " + java.util.Arrays.toString(scaled));
  }

  @Property
  void scalingAllWeightsByAPowerOfTwoChangesNoBit(
      @ForAll("strategies") Named s, @ForAll("children") Children c,
      @ForAll @IntRange(min = -1012, max = 1019) int exponent) {
    double[] scaled = c.weights().clone();
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] = Math.scalb(scaled[j], exponent);
    }
    assertEquals(Double.doubleToLongBits(s.apply(c.scores(), c.weights())),
        Double.doubleToLongBits(s.apply(c.scores(), scaled)), s + " scaled by 2^" + exponent);
  }

  @Property
  void subnormalWeightsWeighAsTheirMultiplesOfTheSmallestDouble(
      @ForAll("strategies") Named s, @ForAll("children") Children c,
      @ForAll @IntRange(min = 1, max = 1000) int unit) {
    double[] whole = new double[c.weights().length];
    double[] subnormal = new double[whole.length];
    for (int j = 0; j < whole.length; j++) {
      whole[j] = Math.ceil(c.weights()[j] * unit);
      subnormal[j] = whole[j] * Double.MIN_VALUE;
    }
    assertEquals(Double.doubleToLongBits(s.apply(c.scores(), whole)),
        Double.doubleToLongBits(s.apply(c.scores(), subnormal)),
        s + " with weights " + java.util.Arrays.toString(whole) + " times MIN_VALUE");
  }

  /** Any finite non-negative double, spread evenly over the exponents, and the edges. */
  static Arbitrary<Double> anyNonNegative() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE,
            Double.MIN_NORMAL, 1e-300, 1.0, 1e300, 1e308, Double.MAX_VALUE)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0x7fefffffffffffffL)
            .map(Double::longBitsToDouble)),
        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 1.5)));
  }

  @Provide
  Arbitrary<Children> extremeChildren() {
    Arbitrary<Double> weight = anyNonNegative().filter(w -> w > 0);
    return Combinators.combine(anyNonNegative().list().ofMinSize(1).ofMaxSize(8),
            weight.list().ofSize(8))
        .as((s, w) -> {
          double[] scores = s.stream().mapToDouble(Double::doubleValue).toArray();
          double[] weights = new double[scores.length];
          for (int k = 0; k < scores.length; k++) {
            weights[k] = w.get(k);
          }
          return new Children(scores, weights);
        });
  }

  @Property
  void anyFiniteScoresAndWeightsGiveAFiniteResultWithinTheChildren(
      @ForAll("strategies") Named s, @ForAll("extremeChildren") Children c) {
    double r = s.apply(c.scores(), c.weights());
    double min = java.util.Arrays.stream(c.scores()).min().orElseThrow();
    double max = java.util.Arrays.stream(c.scores()).max().orElseThrow();
    assertTrue(Double.isFinite(r) && r >= min && r <= max,
        s + " " + c + " gave " + r + ": finite and within the children, to the last bit");
    assertEquals(Double.doubleToLongBits(r), Double.doubleToLongBits(s.apply(c.scores(),
        c.weights())), "deterministic");
  }

  @Property
  void anyFiniteEqualChildrenGiveTheirScoreExactly(
      @ForAll("strategies") Named s, @ForAll("extremeChildren") Children c) {
    double value = c.scores()[0];
    double[] same = new double[c.scores().length];
    java.util.Arrays.fill(same, value);
    assertEquals(value, s.apply(same, c.weights()), 0.0, s + " of " + value + " w "
        + java.util.Arrays.toString(c.weights()));
  }

  @Property
  void anyFiniteContributionsAddUpExactly(@ForAll("extremeChildren") Children c) {
    AggregationInput in = AggregationInput.of(c.scores(), c.weights());
    AggregationStrategy mean = STRATEGIES.find("weighted-mean").orElseThrow();
    double[] parts = mean.contributions(in).orElseThrow();
    double sum = 0;
    for (double p : parts) {
      assertTrue(Double.isFinite(p) && p >= 0, c + ": contribution " + p);
      sum += p;
    }
    assertEquals(mean.aggregate(in), sum, 0.0, c.toString());
  }

  @Property
  void sharesAreWithinZeroAndOneAndAddUpToOne(@ForAll("extremeChildren") Children c) {
    AggregationInput in = AggregationInput.of(c.scores(), c.weights());
    double sum = 0;
    for (int j = 0; j < in.size(); j++) {
      assertTrue(in.share(j) >= 0 && in.share(j) <= 1, c + ": share " + in.share(j));
      sum += in.share(j);
    }
    assertEquals(1.0, sum, 1e-15 * in.size(), c.toString());
  }

  /** Every built-in, power-mean also at its extreme exponents. */
  @Provide
  Arbitrary<Named> allExponents() {
    return Arbitraries.oneOf(strategies(), Arbitraries.of(
        new Named(AggregationSpec.powerMean(-100)),
        new Named(AggregationSpec.powerMean(-30)),
        new Named(AggregationSpec.powerMean(30)),
        new Named(AggregationSpec.powerMean(100))));
  }

  @Property
  void scalingAllScoresScalesTheResult(
      @ForAll("allExponents") Named s, @ForAll("children") Children c,
      @ForAll("extremeFactors") double k) {
    double[] scaled = c.scores().clone();
    for (int j = 0; j < scaled.length; j++) {
      scaled[j] *= k;
    }
    close(s.apply(c.scores(), c.weights()), s.apply(scaled, c.weights()) / k,
        s + " " + c + " with every score times " + k);
  }

  @Property
  void powerMeanTendsToTheGeometricMeanAsTheExponentTendsToZero(
      @ForAll("children") Children c, @ForAll("tinyExponents") double p) {
    double geometric = new Named(AggregationSpec.geometric()).apply(c.scores(), c.weights());
    double power = new Named(AggregationSpec.powerMean(p)).apply(c.scores(), c.weights());
    assertTrue(Math.abs(power - geometric) <= 1e-9 * geometric,
        "p = " + p + ", " + c + ": power mean " + power + ", geometric " + geometric);
  }

  @Provide
  Arbitrary<Double> tinyExponents() {
    return Arbitraries.of(1e-12, -1e-12, 1e-20, -1e-21, 1e-300, -1e-300, Double.MIN_VALUE);
  }

  @Property
  void raisingAChildNeverLowersTheResult(
      @ForAll("strategies") Named s, @ForAll("children") Children c,
      @ForAll @DoubleRange(min = 0, max = 0.5) double raise, @ForAll long seed) {
    int j = new Random(seed).nextInt(c.scores().length);
    double[] raised = c.scores().clone();
    raised[j] += raise;
    double before = s.apply(c.scores(), c.weights());
    double after = s.apply(raised, c.weights());
    assertTrue(after >= before - TOLERANCE, s + ": " + before + " -> " + after);
  }

  @Property
  void aggregationIsDeterministic(@ForAll("strategies") Named s, @ForAll("children") Children c) {
    assertEquals(Double.doubleToLongBits(s.apply(c.scores(), c.weights())),
        Double.doubleToLongBits(s.apply(c.scores(), c.weights())));
  }

  @Property
  void contributionsAddUpToTheResultInDefinitionOrder(
      @ForAll("strategies") Named s, @ForAll("children") Children c) {
    AggregationInput in = AggregationInput.of(c.scores(), c.weights(), s.spec().parameters());
    s.strategy().contributions(in).ifPresent(parts -> {
      double sum = 0;
      for (double p : parts) {
        sum += p;
      }
      assertEquals(s.strategy().aggregate(in), sum, 0.0, s + " " + c);
    });
  }

  @Property
  void weightedMeanIsTheTextbookFormula(@ForAll("children") Children c) {
    double num = 0;
    double den = 0;
    for (int k = 0; k < c.scores().length; k++) {
      num += c.weights()[k] * c.scores()[k];
      den += c.weights()[k];
    }
    close(num / den, new Named(AggregationSpec.weightedMean()).apply(c.scores(), c.weights()),
        "weighted mean");
    assertEquals(Map.of(), AggregationSpec.weightedMean().parameters());
  }
}
