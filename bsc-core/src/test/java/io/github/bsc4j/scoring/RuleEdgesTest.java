package io.github.bsc4j.scoring;

import static io.github.bsc4j.scoring.BuiltInRulesTest.problems;
import static io.github.bsc4j.scoring.BuiltInRulesTest.score;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.ScoringSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in rules exactly at the edges of what they accept and of their pieces. */
class RuleEdgesTest {
  static List<String> problemParameters(ScoringSpec spec) {
    Indicator inRangeWithoutTarget =
        Indicator.builder("i").lagging().inRange().scoring(spec).build();
    return problems(inRangeWithoutTarget).stream().map(ParameterProblem::parameter).toList();
  }

  @Test
  void directionalRulesRejectAnInRangeIndicatorAndThoseNeedingATargetSayWhenItIsMissing() {
    assertEquals(List.of("polarity", "min", "max"), problemParameters(ScoringSpec.minMax()));
    assertEquals(List.of("polarity", "target"), problemParameters(ScoringSpec.ratio()));
    assertEquals(List.of("polarity", "target"), problemParameters(ScoringSpec.relative()));
    assertEquals(List.of("polarity", "target"), problemParameters(ScoringSpec.binary()));
  }

  @Test
  void aBandsDefaultOfExactlyZeroOrTheCapIsAccepted() {
    List<Band> bands = List.of(Band.of(0, 10, 1));
    Indicator zero =
        Indicator.builder("i").lagging().cap(1.25).scoring(ScoringSpec.bands(bands, 0)).build();
    assertEquals(0.0, score(zero, 20), "outside every band: the default 0");
    Indicator cap =
        Indicator.builder("i").lagging().cap(1.25).scoring(ScoringSpec.bands(bands, 1.25)).build();
    assertEquals(1.25, score(cap, -1), "outside every band: the default, the cap 1.25");
    Indicator above =
        Indicator.builder("i").lagging().cap(1.25)
            .scoring(ScoringSpec.bands(bands, Math.nextUp(1.25))).build();
    assertEquals(List.of("default"),
        problems(above).stream().map(ParameterProblem::parameter).toList());
  }

  @Test
  void piecewiseAtOrBelowItsFirstPointScoresThatPointExactly() {
    Indicator rising =
        Indicator.builder("i").lagging()
            .scoring(ScoringSpec.piecewise(List.of(Point.of(0, 0.2), Point.of(10, 0.9)))).build();
    assertEquals(0.2, score(rising, -5));
    assertEquals(0.2, score(rising, 0));
  }

  @Test
  void piecewiseAtAPointScoresThatPointExactlyNotTheSegmentBeforeItsEnd() {
    // Interpolating the segment [0, 10] at its right end gives 0.2 + 1 * (0.9 - 0.2) =
    // 0.8999999999999999; a value at a point must score the point's own 0.9.
    Indicator rising =
        Indicator.builder("i").lagging()
            .scoring(ScoringSpec.piecewise(
                List.of(Point.of(0, 0.2), Point.of(10, 0.9), Point.of(20, 0.5))))
            .build();
    assertEquals(0.9, score(rising, 10));
    Indicator twoPoints =
        Indicator.builder("i").lagging()
            .scoring(ScoringSpec.piecewise(List.of(Point.of(0, 0.2), Point.of(10, 0.9)))).build();
    assertEquals(0.9, score(twoPoints, 10));
  }

  @Test
  void ratioLowerIsBetterScoresTheCapForAnActualOfMinusZero() {
    // -0.0 is "at most 0" like 0.0; dividing the target by it would give -Infinity, clamped to 0.
    Indicator down =
        BuiltInRulesTest.lower(10, 4).cap(1.5).scoring(ScoringSpec.ratio()).build();
    assertEquals(1.5, score(down, -0.0));
    assertEquals(1.5, score(down, 0.0));
  }
}
