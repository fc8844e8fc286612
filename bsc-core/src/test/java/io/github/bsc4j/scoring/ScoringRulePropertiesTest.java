package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.ScoringSpec;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of every built-in scoring rule over random valid indicators and actual values. */
class ScoringRulePropertiesTest {
  static final ScoringRules RULES = ScoringRules.load();

  static double score(Indicator i, double actual) {
    return RULES.find(i.scoring().name()).orElseThrow().score(ScoringInput.of(i, actual));
  }

  static Arbitrary<Double> numbers() {
    return Arbitraries.doubles().between(-1e6, 1e6).ofScale(4);
  }

  @Provide
  Arbitrary<Double> values() {
    return numbers();
  }

  static Arbitrary<Double> caps() {
    return Arbitraries.of(1.0, 1.2, 1.5, 2.0);
  }

  static Arbitrary<Polarity> directions() {
    return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
  }

  /** Indicators for the directional rules with a baseline and a target. */
  @Provide
  Arbitrary<Indicator> directional() {
    Arbitrary<String> rule = Arbitraries.of("linear", "ratio", "relative", "binary", "min-max");
    return Combinators.combine(rule, directions(), numbers(),
            Arbitraries.doubles().between(0.001, 1e5).ofScale(4), caps())
        .as((r, p, base, gap, cap) -> {
          double b = r.equals("ratio") ? Math.abs(base) + gap + 1 : base;
          double t = p == Polarity.HIGHER_IS_BETTER ? b + gap : b - gap;
          if (r.equals("ratio") && t <= 0) {
            t = gap;
            b = t + gap;
            if (p == Polarity.HIGHER_IS_BETTER) {
              double swap = b;
              b = t;
              t = swap;
            }
          }
          Indicator.Builder i = Indicator.builder("i").lagging().polarity(p).cap(cap)
              .scoring(ScoringSpec.of(r)).baseline(b).target(t);
          if (r.equals("min-max")) {
            i.bounds(Math.min(b, t) - gap, Math.max(b, t) + gap);
          }
          return i.build();
        })
        .filter(i -> RULES.find(i.scoring().name()).orElseThrow().validate(i).isEmpty());
  }

  /** Bands and piecewise indicators with scores rising with the value (so monotone). */
  @Provide
  Arbitrary<Indicator> stepped() {
    Arbitrary<List<Double>> xs =
        numbers().list().ofMinSize(2).ofMaxSize(6).uniqueElements()
            .map(l -> l.stream().sorted().toList());
    return Combinators.combine(xs, caps(), Arbitraries.of(true, false))
        .as((x, cap, bands) -> {
          List<Band> bandList = new ArrayList<>();
          List<Point> points = new ArrayList<>();
          for (int k = 0; k < x.size(); k++) {
            double s = cap * k / (x.size() - 1);
            points.add(Point.of(x.get(k), s));
            if (k > 0) {
              bandList.add(Band.of(x.get(k - 1), x.get(k), cap * (k - 1) / (x.size() - 1)));
            }
          }
          return Indicator.builder("i").lagging().cap(cap)
              .scoring(bands ? ScoringSpec.bands(bandList) : ScoringSpec.piecewise(points))
              .build();
        });
  }

  @Provide
  Arbitrary<Indicator> inRange() {
    return Combinators.combine(numbers(), Arbitraries.doubles().between(0, 1e4).ofScale(3),
            Arbitraries.doubles().between(0.001, 1e4).ofScale(3))
        .as((low, width, tolerance) -> Indicator.builder("i").lagging().inRange()
            .scoring(ScoringSpec.inRange(low, low + width, tolerance)).build());
  }

  @Property
  void directionalScoresAreFiniteAndWithinZeroAndCap(
      @ForAll("directional") Indicator i, @ForAll("values") double actual) {
    double s = score(i, actual);
    assertTrue(Double.isFinite(s) && s >= 0 && s <= i.cap(), i + " scored " + s);
  }

  @Property
  void directionalScoresAreMonotoneInThePolaritysDirection(
      @ForAll("directional") Indicator i, @ForAll("values") double a, @ForAll("values") double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    if (i.polarity() == Polarity.HIGHER_IS_BETTER) {
      assertTrue(score(i, lo) <= score(i, hi), i + ": " + lo + " vs " + hi);
    } else {
      assertTrue(score(i, lo) >= score(i, hi), i + ": " + lo + " vs " + hi);
    }
  }

  @Property
  void meetingTheTargetScoresOne(@ForAll("directional") Indicator i) {
    if (i.scoring().name().equals("min-max")) {
      return; // min-max measures position between min and max; it promises nothing at the target
    }
    double t = ((io.github.bsc4j.model.Target.Constant) i.target().orElseThrow()).value();
    assertEquals(1.0, score(i, t), i.toString());
  }

  @Property
  void scoringIsDeterministic(@ForAll("directional") Indicator i, @ForAll("values") double a) {
    assertEquals(Double.doubleToLongBits(score(i, a)), Double.doubleToLongBits(score(i, a)));
  }

  @Property
  void steppedRulesStayInBoundsAndRiseWithTheirScores(
      @ForAll("stepped") Indicator i, @ForAll("values") double a, @ForAll("values") double b) {
    double lo = score(i, Math.min(a, b));
    double hi = score(i, Math.max(a, b));
    assertTrue(lo >= 0 && hi <= i.cap(), i + " gave " + lo + ", " + hi);
    assertTrue(lo <= hi, i + ": " + lo + " > " + hi);
  }

  @Property
  void inRangePeaksInsideAndFallsOutside(
      @ForAll("inRange") Indicator i, @ForAll("values") double a, @ForAll("values") double b) {
    double low = i.scoring().parameters().get("low");
    double high = i.scoring().parameters().get("high");
    double x = Math.min(a, b);
    double y = Math.max(a, b);
    double sx = score(i, x);
    double sy = score(i, y);
    assertTrue(sx >= 0 && sx <= 1 && sy >= 0 && sy <= 1);
    if (y <= low) {
      assertTrue(sx <= sy, "rising towards the range");
    } else if (x >= high) {
      assertTrue(sx >= sy, "falling away from the range");
    }
    if (x >= low && x <= high) {
      assertEquals(1.0, sx);
    }
  }
}
