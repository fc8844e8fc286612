package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.ScoringSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every built-in rule's formula and edge cases, with exact expected numbers. */
class BuiltInRulesTest {
  static final ScoringRules RULES = ScoringRules.load();

  static double score(Indicator indicator, double actual) {
    ScoringRule rule = RULES.find(indicator.scoring().name()).orElseThrow();
    assertEquals(List.of(), rule.validate(indicator), "indicator must be valid for the rule");
    return rule.score(ScoringInput.of(indicator, actual));
  }

  static List<ParameterProblem> problems(Indicator indicator) {
    return RULES.find(indicator.scoring().name()).orElseThrow().validate(indicator);
  }

  static Indicator.Builder higher(double baseline, double target) {
    return Indicator.builder("i").lagging().baseline(baseline).target(target);
  }

  static Indicator.Builder lower(double baseline, double target) {
    return Indicator.builder("i").lagging().lowerIsBetter().baseline(baseline).target(target);
  }

  @Test
  void serviceLoaderFindsTheEightBuiltInsByName() {
    assertEquals(
        Set.of("linear", "min-max", "ratio", "relative", "binary", "in-range", "bands", "piecewise"),
        RULES.names());
    for (String name : RULES.names()) {
      assertEquals(name, RULES.find(name).orElseThrow().name());
    }
  }

  @Test
  void linear() {
    Indicator up = higher(100, 200).build();
    assertEquals(0.0, score(up, 50));
    assertEquals(0.0, score(up, 100));
    assertEquals(0.25, score(up, 125));
    assertEquals(1.0, score(up, 200));
    assertEquals(1.0, score(up, 300), "clamped to the cap 1");
    Indicator capped = higher(100, 200).cap(1.2).build();
    assertEquals(1.2, score(capped, 300), "clamped to the cap 1.2");
    assertEquals(1.1, score(capped, 210), 1e-15);
    Indicator down = lower(24, 8).build();
    assertEquals(0.875, score(down, 10));
    assertEquals(1.0, score(down, 8));
    assertEquals(0.0, score(down, 30));
  }

  @Test
  void linearWithTargetEqualToBaselineIsAMetOrNotTest() {
    assertEquals(1.0, score(higher(5, 5).build(), 5));
    assertEquals(1.0, score(higher(5, 5).cap(1.5).build(), 9), "met, not over-achieved");
    assertEquals(0.0, score(higher(5, 5).build(), 4.999));
    assertEquals(1.0, score(lower(5, 5).build(), 4));
    assertEquals(0.0, score(lower(5, 5).build(), 5.001));
  }

  @Test
  void linearNeedsBaselineTargetAndADirection() {
    List<ParameterProblem> ps =
        problems(Indicator.builder("i").lagging().inRange().scoring("linear").build());
    assertEquals(
        List.of("polarity", "baseline", "target"), ps.stream().map(ParameterProblem::parameter).toList());
  }

  @Test
  void minMax() {
    Indicator up = Indicator.builder("i").lagging().bounds(0, 80).scoring(ScoringSpec.minMax()).build();
    assertEquals(0.25, score(up, 20));
    assertEquals(0.0, score(up, -5));
    assertEquals(1.0, score(up, 90));
    Indicator down =
        Indicator.builder("i").lagging().lowerIsBetter().bounds(0, 80).cap(1.5)
            .scoring(ScoringSpec.minMax()).build();
    assertEquals(0.75, score(down, 20));
    assertEquals(1.125, score(down, -10), "above 1 up to the cap");
    assertEquals(List.of("min", "max"),
        problems(Indicator.builder("i").lagging().scoring(ScoringSpec.minMax()).build()).stream()
            .map(ParameterProblem::parameter).toList());
  }

  @Test
  void ratio() {
    Indicator up = higher(0, 80).scoring(ScoringSpec.ratio()).build();
    assertEquals(0.5, score(up, 40));
    assertEquals(0.0, score(up, -3), "negative actual clamps to 0");
    Indicator down = lower(10, 4).cap(1.5).scoring(ScoringSpec.ratio()).build();
    assertEquals(0.8, score(down, 5));
    assertEquals(1.5, score(down, 2), "4/2 = 2 capped at 1.5");
    assertEquals(1.5, score(down, 0), "actual <= 0 with lower-is-better scores the cap");
    assertEquals(1.5, score(down, -1));
    ParameterProblem p =
        problems(higher(-10, 0).scoring(ScoringSpec.ratio()).build()).get(0);
    assertEquals("target", p.parameter());
    assertTrue(p.message().contains("relative"), p.message());
  }

  @Test
  void relativeForZeroAndNegativeTargets() {
    Indicator negative = higher(-20, -10).scoring(ScoringSpec.relative()).build();
    assertEquals(1.0, score(negative, -10));
    assertEquals(0.5, score(negative, -15), "(a - t + |t|) / |t| = (-15 + 10 + 10) / 10");
    assertEquals(0.0, score(negative, -25));
    Indicator zeroTarget = higher(-4, 0).scoring(ScoringSpec.relative().withParameter("scale", 4))
        .build();
    assertEquals(0.75, score(zeroTarget, -1), "|t| = 0 uses the scale 4");
    Indicator zeroDefaultScale = lower(3, 0).scoring(ScoringSpec.relative()).build();
    assertEquals(0.5, score(zeroDefaultScale, 0.5), "1 - (a - t) / 1");
    Indicator downNegative = lower(0, -8).cap(1.25).scoring(ScoringSpec.relative()).build();
    assertEquals(0.75, score(downNegative, -6), "1 - (-6 + 8) / 8");
    assertEquals(1.25, score(downNegative, -20), "capped");
    assertEquals("scale",
        problems(higher(-1, 0).scoring(ScoringSpec.relative().withParameter("scale", 0)).build())
            .get(0).parameter());
  }

  @Test
  void binary() {
    Indicator up = higher(0, 10).scoring(ScoringSpec.binary()).build();
    assertEquals(1.0, score(up, 10));
    assertEquals(0.0, score(up, 9.99));
    Indicator down = lower(10, 3).scoring(ScoringSpec.binary()).cap(2).build();
    assertEquals(1.0, score(down, 1), "binary never exceeds 1");
    assertEquals(0.0, score(down, 3.5));
  }

  @Test
  void inRange() {
    Indicator stock =
        Indicator.builder("i").lagging().inRange().scoring(ScoringSpec.inRange(40, 60, 10)).build();
    assertEquals(1.0, score(stock, 40));
    assertEquals(1.0, score(stock, 55));
    assertEquals(0.5, score(stock, 35));
    assertEquals(0.25, score(stock, 67.5));
    assertEquals(0.0, score(stock, 70));
    assertEquals(0.0, score(stock, 0));
    List<ParameterProblem> ps = problems(Indicator.builder("i").lagging()
        .scoring(ScoringSpec.of("in-range", Map.of("low", 5.0, "high", 1.0, "tolerance", 0.0,
            "tolerence", 1.0))).build());
    assertEquals(List.of("tolerence", "polarity", "high", "tolerance"),
        ps.stream().map(ParameterProblem::parameter).toList());
  }

  @Test
  void bandsWithoutDefaultMustBeContiguousAndAreFlatOutside() {
    Indicator nps =
        Indicator.builder("i").lagging().cap(1.2)
            .scoring(ScoringSpec.bands(List.of(
                Band.of(50, 80, 1.0), Band.of(0, 30, 0.0), Band.of(30, 50, 0.5),
                Band.of(80, 100, 1.2))))
            .build();
    assertEquals(0.0, score(nps, 0));
    assertEquals(0.5, score(nps, 30), "a band includes its start");
    assertEquals(0.5, score(nps, 49.999));
    assertEquals(1.0, score(nps, 50));
    assertEquals(1.2, score(nps, 100), "at or above the last band's end: the last band");
    assertEquals(0.0, score(nps, -7), "below the first band: the first band");
    List<ParameterProblem> gap = problems(Indicator.builder("i").lagging()
        .scoring(ScoringSpec.bands(List.of(Band.of(0, 10, 0), Band.of(20, 30, 1)))).build());
    assertEquals("bands", gap.get(0).parameter());
    assertTrue(gap.get(0).message().contains("[10.0, 20.0)"), gap.get(0).message());
  }

  @Test
  void bandsWithADefaultMayLeaveGaps() {
    Indicator i =
        Indicator.builder("i").lagging()
            .scoring(ScoringSpec.bands(List.of(Band.of(0, 10, 0.2), Band.of(20, 30, 1)), 0.6))
            .build();
    assertEquals(0.2, score(i, 5));
    assertEquals(0.6, score(i, 15));
    assertEquals(0.6, score(i, 45));
    assertEquals(List.of("bands", "default"),
        problems(Indicator.builder("i").lagging()
            .scoring(ScoringSpec.bands(List.of(Band.of(0, 10, 1.5)), 2)).build())
            .stream().map(ParameterProblem::parameter).toList());
  }

  @Test
  void piecewise() {
    Indicator i =
        Indicator.builder("i").lagging().cap(1.5)
            .scoring(ScoringSpec.piecewise(List.of(
                Point.of(0, 0), Point.of(50, 0.5), Point.of(100, 1), Point.of(150, 1.5))))
            .build();
    assertEquals(0.0, score(i, -10));
    assertEquals(0.25, score(i, 25));
    assertEquals(0.75, score(i, 75));
    assertEquals(1.25, score(i, 125));
    assertEquals(1.5, score(i, 1000));
    Indicator falling =
        Indicator.builder("i").lagging()
            .scoring(ScoringSpec.piecewise(List.of(Point.of(0, 1), Point.of(10, 0)))).build();
    assertEquals(0.3, score(falling, 7), 1e-15);
    assertEquals(0.0, score(falling, 10));
    assertEquals(List.of("points"),
        problems(Indicator.builder("i").lagging()
            .scoring(ScoringSpec.piecewise(List.of(Point.of(0, 1)))).build())
            .stream().map(ParameterProblem::parameter).toList());
  }

  @Test
  void rulesRejectParametersTheyDoNotTake() {
    List<ParameterProblem> ps =
        problems(higher(0, 1).scoring(ScoringSpec.linear().withParameter("slope", 2)).build());
    assertEquals(1, ps.size());
    assertEquals("slope", ps.get(0).parameter());
    assertTrue(ps.get(0).message().contains("takes none"), ps.get(0).message());
  }
}
