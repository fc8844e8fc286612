package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule over the whole range of finite doubles: bounds, targets and actual values
 * near {@code ±Double.MAX_VALUE}, subnormals, caps up to the largest double. Scores are finite,
 * within {@code [0, cap]} and monotone as the rule promises; the worked numbers below are exact.
 */
class ExtremeValuesScoringTest {
  static final ScoringRules RULES = ScoringRules.load();
  static final double MAX = Double.MAX_VALUE;
  static final double TINY = Double.MIN_VALUE;

  static double score(Indicator indicator, double actual) {
    ScoringRule rule = RULES.find(indicator.scoring().name()).orElseThrow();
    assertEquals(List.of(), rule.validate(indicator), "indicator must be valid for the rule");
    return rule.score(ScoringInput.of(indicator, actual));
  }

  static Indicator.Builder indicator(Polarity polarity, double cap) {
    return Indicator.builder("i").lagging().polarity(polarity).cap(cap);
  }

  // ----- worked examples near overflow -----

  @Test
  void linearWithBaselineAndTargetAFullRangeApart() {
    // (0 - (-1e308)) / (1e308 - (-1e308)) = 1e308 / 2e308 = 0.5; t - b overflowed and gave 0.
    Indicator up = indicator(Polarity.HIGHER_IS_BETTER, 1).baseline(-1e308).target(1e308).build();
    assertEquals(0.5, score(up, 0));
    assertEquals(0.75, score(up, 5e307));
    assertEquals(1.0, score(up, 1e308));
    Indicator down = indicator(Polarity.LOWER_IS_BETTER, 1).baseline(1e308).target(-1e308).build();
    assertEquals(0.5, score(down, 0));
    assertEquals(0.25, score(down, 5e307));
  }

  @Test
  void linearWithAnActualAFullRangeFromTheBaseline() {
    // (1e308 - (-1e308)) / (0 - (-1e308)) = 2: a - b overflowed and the score became the cap 5.
    Indicator up = indicator(Polarity.HIGHER_IS_BETTER, 5).baseline(-1e308).target(0).build();
    assertEquals(2.0, score(up, 1e308));
    assertEquals(0.0, score(up, -MAX));
  }

  @Test
  void minMaxWithBoundsNearOverflow() {
    // (0 - (-1e308)) / (1e308 - (-1e308)) = 0.5; max - min overflowed and gave 0.
    Indicator up = indicator(Polarity.HIGHER_IS_BETTER, 1).bounds(-1e308, 1e308)
        .scoring(ScoringSpec.minMax()).build();
    assertEquals(0.5, score(up, 0));
    assertEquals(0.25, score(up, -5e307));
    Indicator down = indicator(Polarity.LOWER_IS_BETTER, 1).bounds(-1e308, 1e308)
        .scoring(ScoringSpec.minMax()).build();
    assertEquals(0.5, score(down, 0), "(1e308 - 0) / 2e308");
    assertEquals(0.25, score(down, 5e307));
    Indicator full = indicator(Polarity.HIGHER_IS_BETTER, 1).bounds(-MAX, MAX)
        .scoring(ScoringSpec.minMax()).build();
    assertEquals(0.5, score(full, 0));
  }

  @Test
  void minMaxWithAnActualFarBeyondTheBounds() {
    // lower is better on [0, MAX]: (MAX - (-MAX)) / (MAX - 0) = 2; max - a overflowed and the
    // score became the cap 5.
    Indicator down = indicator(Polarity.LOWER_IS_BETTER, 5).bounds(0, MAX)
        .scoring(ScoringSpec.minMax()).build();
    assertEquals(2.0, score(down, -MAX));
  }

  @Test
  void relativeWithAHugeTarget() {
    // higher, t = -1e308 (d = 1e308), a = 1e308: 1 + (1e308 + 1e308) / 1e308 = 3; a - t + d
    // overflowed and the score became the cap 5.
    Indicator up = indicator(Polarity.HIGHER_IS_BETTER, 5).target(-1e308)
        .scoring(ScoringSpec.relative()).build();
    assertEquals(3.0, score(up, 1e308));
    assertEquals(1.0, score(up, -1e308));
    // 1 + (-MAX + 1e308) / 1e308 = 1 - 0.7976931348623157 (MAX - 1e308 is exact)
    assertEquals(0.2023068651376843, score(up, -MAX), 1e-16);
    // lower, t = 1e308, a = -1e308: 1 - (-2e308) / 1e308 = 3.
    Indicator down = indicator(Polarity.LOWER_IS_BETTER, 5).target(1e308)
        .scoring(ScoringSpec.relative()).build();
    assertEquals(3.0, score(down, -1e308));
    assertEquals(0.2023068651376843, score(down, MAX), 1e-16, "1 - (MAX - 1e308) / 1e308");
  }

  @Test
  void piecewiseWithPointsAFullRangeApart() {
    // 0 + (0 - (-1e308)) / (1e308 - (-1e308)) · (1 - 0) = 0.5; the x-difference overflowed and
    // gave 0.
    Indicator i = indicator(Polarity.HIGHER_IS_BETTER, 1)
        .scoring(ScoringSpec.piecewise(List.of(Point.of(-1e308, 0), Point.of(1e308, 1)))).build();
    assertEquals(0.5, score(i, 0));
    assertEquals(0.75, score(i, 5e307));
    assertEquals(0.25, score(i, -5e307));
    Indicator full = indicator(Polarity.HIGHER_IS_BETTER, 1)
        .scoring(ScoringSpec.piecewise(List.of(Point.of(-MAX, 1), Point.of(MAX, 0)))).build();
    assertEquals(0.5, score(full, 0), "falling, over the whole range");
  }

  @Test
  void ratioAndInRangeAtTheEdgesNeedNoHelp() {
    Indicator tiny = indicator(Polarity.HIGHER_IS_BETTER, 1.5).target(2 * TINY)
        .scoring(ScoringSpec.ratio()).build();
    assertEquals(1.5, score(tiny, 1), "1 / 2^-1073 overflows; the cap");
    assertEquals(1.0, score(tiny, 2 * TINY));
    assertEquals(0.5, score(tiny, TINY), "subnormals divide exactly");
    Indicator down = indicator(Polarity.LOWER_IS_BETTER, 1.5).target(MAX)
        .scoring(ScoringSpec.ratio()).build();
    assertEquals(1.5, score(down, TINY), "MAX / MIN_VALUE overflows; the cap");
    assertEquals(1.0, score(down, MAX));
    assertEquals(0.5, score(down, MAX) * score(indicator(Polarity.LOWER_IS_BETTER, 1)
        .target(MAX / 2).scoring(ScoringSpec.ratio()).build(), MAX), "(MAX / 2) / MAX");
    Indicator range = indicator(Polarity.IN_RANGE, 1)
        .scoring(ScoringSpec.inRange(-1e308, 0, MAX)).build();
    assertEquals(1.0, score(range, -1e308));
    // MAX - 0 = MAX from the range with tolerance MAX: 1 - 1 = 0
    assertEquals(0.0, score(range, MAX));
    // the distance 1e308 + MAX overflows, and is more than the tolerance anyway
    assertEquals(0.0, score(indicator(Polarity.IN_RANGE, 1)
        .scoring(ScoringSpec.inRange(1e308, 1e308, MAX)).build(), -MAX));
  }

  // ----- laws over the whole range -----

  /**
   * Any finite double: the edges (±MAX_VALUE, ±1e308, subnormals), every exponent evenly (random
   * bit patterns), and everyday values. Not jqwik's full-range {@code Arbitraries.doubles()}: it
   * works on 309-digit decimals and takes many minutes to shrink a failure.
   */
  static Arbitrary<Double> anyFinite() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(0.0, -0.0, 1.0, -1.0, TINY, -TINY, 2 * TINY, -2 * TINY,
            Double.MIN_NORMAL, -Double.MIN_NORMAL, 1e-300, -1e-300, 1e300, -1e300, 1e308, -1e308,
            MAX / 2, -MAX / 2, MAX, -MAX)),
        Tuple.of(5, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)),
        Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6)));
  }

  static Arbitrary<Double> anyPositive() {
    return anyFinite().map(Math::abs).filter(x -> x > 0);
  }

  static Arbitrary<Double> caps() {
    return Arbitraries.of(1.0, 1.5, 5.0, 1e308, MAX);
  }

  static Arbitrary<Polarity> directions() {
    return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
  }

  @Provide
  Arbitrary<Double> actuals() {
    return anyFinite();
  }

  Arbitrary<Indicator> linear() {
    return Combinators.combine(directions(), anyFinite(), anyFinite(), caps())
        .as((p, x, y, cap) -> {
          double lo = Math.min(x, y);
          double hi = Math.max(x, y);
          boolean up = p == Polarity.HIGHER_IS_BETTER;
          return indicator(p, cap).baseline(up ? lo : hi).target(up ? hi : lo).build();
        });
  }

  Arbitrary<Indicator> minMax() {
    return Combinators.combine(directions(), anyFinite(), anyFinite(), caps())
        .filter((p, x, y, cap) -> x.doubleValue() != y.doubleValue())
        .as((p, x, y, cap) -> indicator(p, cap).bounds(Math.min(x, y), Math.max(x, y))
            .scoring(ScoringSpec.minMax()).build());
  }

  Arbitrary<Indicator> ratio() {
    return Combinators.combine(directions(), anyPositive(), caps())
        .as((p, t, cap) -> indicator(p, cap).target(t).scoring(ScoringSpec.ratio()).build());
  }

  Arbitrary<Indicator> relative() {
    Arbitrary<Double> target = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0.0)), Tuple.of(4, anyFinite()));
    return Combinators.combine(directions(), target, anyPositive(), caps())
        .as((p, t, scale, cap) -> indicator(p, cap).target(t)
            .scoring(ScoringSpec.relative().withParameter("scale", scale)).build());
  }

  Arbitrary<Indicator> binary() {
    return Combinators.combine(directions(), anyFinite(), caps())
        .as((p, t, cap) -> indicator(p, cap).target(t).scoring(ScoringSpec.binary()).build());
  }

  Arbitrary<Indicator> inRange() {
    return Combinators.combine(anyFinite(), anyFinite(), anyPositive(), caps())
        .as((x, y, tolerance, cap) -> indicator(Polarity.IN_RANGE, cap)
            .scoring(ScoringSpec.inRange(Math.min(x, y), Math.max(x, y), tolerance)).build());
  }

  /** Bands and piecewise points whose scores rise with x, from 0 to the cap. */
  Arbitrary<Indicator> stepped() {
    Arbitrary<List<Double>> xs = anyFinite().map(x -> x == 0 ? 0.0 : x).list().ofMinSize(2)
        .ofMaxSize(6).uniqueElements().map(l -> l.stream().sorted().toList());
    return Combinators.combine(xs, caps(), Arbitraries.of(true, false))
        .as((x, cap, bands) -> {
          List<Band> bandList = new ArrayList<>();
          List<Point> points = new ArrayList<>();
          for (int k = 0; k < x.size(); k++) {
            points.add(Point.of(x.get(k), Math.min(cap, cap / (x.size() - 1) * k)));
            if (k > 0) {
              bandList.add(Band.of(x.get(k - 1), x.get(k),
                  Math.min(cap, cap / (x.size() - 1) * (k - 1))));
            }
          }
          return indicator(Polarity.HIGHER_IS_BETTER, cap)
              .scoring(bands ? ScoringSpec.bands(bandList) : ScoringSpec.piecewise(points))
              .build();
        });
  }

  @Provide
  Arbitrary<Indicator> extremeIndicators() {
    return Arbitraries.oneOf(
        linear(), minMax(), ratio(), relative(), binary(), inRange(), stepped());
  }

  @Property
  void everyRuleScoresFinitelyWithinTheCapAndMonotonically(
      @ForAll("extremeIndicators") Indicator i, @ForAll("actuals") double a,
      @ForAll("actuals") double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    double sLo = score(i, lo);
    double sHi = score(i, hi);
    for (double s : new double[] {sLo, sHi}) {
      assertTrue(Double.isFinite(s) && s >= 0 && s <= i.cap(),
          i + " scored " + s + " for " + lo + " or " + hi);
    }
    String what = i + ": " + lo + " scored " + sLo + ", " + hi + " scored " + sHi;
    switch (i.polarity()) {
      case LOWER_IS_BETTER -> assertTrue(sLo >= sHi, what);
      case HIGHER_IS_BETTER -> assertTrue(sLo <= sHi, what);
      case IN_RANGE -> {
        Map<String, Double> params = i.scoring().parameters();
        if (hi <= params.get("low")) {
          assertTrue(sLo <= sHi, "rising towards the range: " + what);
        } else if (lo >= params.get("high")) {
          assertTrue(sLo >= sHi, "falling away from the range: " + what);
        } else if (lo >= params.get("low") && hi <= params.get("high")) {
          assertTrue(sLo == 1 && sHi == 1, "1 inside the range: " + what);
        }
      }
      default -> throw new AssertionError(i.polarity());
    }
  }

  @Property
  void meetingTheTargetScoresOneAtAnyMagnitude(@ForAll("extremeIndicators") Indicator i) {
    String rule = i.scoring().name();
    if (!List.of("linear", "ratio", "relative", "binary").contains(rule)) {
      return; // these rules promise nothing at the target
    }
    double t = ((Target.Constant) i.target().orElseThrow()).value();
    assertEquals(1.0, score(i, t), i.toString());
  }

  /**
   * A rule's raw score in exact decimal arithmetic (34 digits) and the size of the terms that
   * make it up, or null where the rule only compares (binary, bands) or takes a special branch.
   */
  static BigDecimal[] exactRaw(Indicator i, double actual) {
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal a = new BigDecimal(actual);
    boolean lower = i.polarity() == Polarity.LOWER_IS_BETTER;
    Map<String, Double> params = i.scoring().parameters();
    switch (i.scoring().name()) {
      case "linear" -> {
        BigDecimal t = new BigDecimal(((Target.Constant) i.target().orElseThrow()).value());
        BigDecimal b = new BigDecimal(i.baseline().orElseThrow());
        if (t.compareTo(b) == 0) {
          return null;
        }
        BigDecimal q = a.subtract(b).divide(t.subtract(b), mc);
        return new BigDecimal[] {q, q.abs()};
      }
      case "min-max" -> {
        BigDecimal min = new BigDecimal(i.min().orElseThrow());
        BigDecimal max = new BigDecimal(i.max().orElseThrow());
        BigDecimal q = (lower ? max.subtract(a) : a.subtract(min)).divide(max.subtract(min), mc);
        return new BigDecimal[] {q, q.abs()};
      }
      case "ratio" -> {
        BigDecimal t = new BigDecimal(((Target.Constant) i.target().orElseThrow()).value());
        if (lower && actual <= 0) {
          return null;
        }
        BigDecimal q = lower ? t.divide(a, mc) : a.divide(t, mc);
        return new BigDecimal[] {q, q.abs()};
      }
      case "relative" -> {
        double target = ((Target.Constant) i.target().orElseThrow()).value();
        BigDecimal t = new BigDecimal(target);
        BigDecimal d = target != 0 ? t.abs() : new BigDecimal(params.getOrDefault("scale", 1.0));
        BigDecimal q = a.subtract(t).divide(d, mc);
        return new BigDecimal[] {lower ? BigDecimal.ONE.subtract(q) : BigDecimal.ONE.add(q),
            q.abs().add(BigDecimal.ONE)};
      }
      case "in-range" -> {
        double low = params.get("low");
        double high = params.get("high");
        if (actual >= low && actual <= high) {
          return null;
        }
        BigDecimal distance = actual < low ? new BigDecimal(low).subtract(a)
            : a.subtract(new BigDecimal(high));
        BigDecimal q = distance.divide(new BigDecimal(params.get("tolerance")), mc);
        return new BigDecimal[] {BigDecimal.ONE.subtract(q), q.add(BigDecimal.ONE)};
      }
      case "piecewise" -> {
        List<Point> points = i.scoring().points();
        for (int k = 1; k < points.size(); k++) {
          Point l = points.get(k - 1);
          Point r = points.get(k);
          if (actual > l.x() && actual < r.x()) {
            BigDecimal f = a.subtract(new BigDecimal(l.x()))
                .divide(new BigDecimal(r.x()).subtract(new BigDecimal(l.x())), mc);
            BigDecimal sl = new BigDecimal(l.score());
            BigDecimal sr = new BigDecimal(r.score());
            return new BigDecimal[] {sl.add(f.multiply(sr.subtract(sl), mc), mc), sl.add(sr)};
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  @Property
  void everyArithmeticRuleIsItsFormulaInExactArithmeticWithinRounding(
      @ForAll("extremeIndicators") Indicator i, @ForAll("actuals") double a) {
    BigDecimal[] exact = exactRaw(i, a);
    if (exact == null) {
      return;
    }
    BigDecimal cap = new BigDecimal(i.cap());
    BigDecimal clamped = exact[0].max(BigDecimal.ZERO).min(cap);
    double expected = clamped.doubleValue();
    double slack = 1e-15 * exact[1].min(new BigDecimal(MAX)).doubleValue() + Double.MIN_VALUE;
    double got = score(i, a);
    assertTrue(Math.abs(got - expected) <= slack,
        i + " scored " + got + " for " + a + "; in exact arithmetic " + expected);
  }
}
