package io.github.bsc4j.scoring.internal;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code bands}: a step function. A value in a band {@code [from, to)} scores the band's score.
 * With the parameter {@code default}, a value in no band scores it; without it, the bands must be
 * contiguous and a value below the first band or at or above the last scores that band's score
 * (flat outside, as {@code piecewise} is). Band scores lie in {@code [0, cap]}.
 */
public final class BandsRule extends BuiltInRule {
  /** Creates the rule (for ServiceLoader). */
  public BandsRule() {
    super("bands", RuleKernel.BANDS, Set.of("default"), true, false);
  }

  @Override
  void check(Indicator indicator, List<ParameterProblem> problems) {
    List<Band> bands = indicator.scoring().bands();
    if (bands.isEmpty()) {
      problems.add(ParameterProblem.of("bands", "needs at least one band"));
      return;
    }
    for (Band b : bands) {
      if (b.score() > indicator.cap()) {
        problems.add(
            ParameterProblem.of(
                "bands",
                "band ["
                    + b.from()
                    + ", "
                    + b.to()
                    + ") scores "
                    + b.score()
                    + ", above the cap "
                    + indicator.cap()));
      }
    }
    Double fallback = indicator.scoring().parameters().get("default");
    if (fallback != null) {
      if (!(fallback >= 0 && fallback <= indicator.cap())) {
        problems.add(
            ParameterProblem.of(
                "default", "must lie in [0, cap " + indicator.cap() + "], was " + fallback));
      }
      return;
    }
    List<Band> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparingDouble(Band::from));
    for (int i = 1; i < sorted.size(); i++) {
      double gapFrom = sorted.get(i - 1).to();
      double gapTo = sorted.get(i).from();
      if (gapFrom < gapTo) {
        problems.add(
            ParameterProblem.of(
                "bands",
                "bands leave the gap ["
                    + gapFrom
                    + ", "
                    + gapTo
                    + ") uncovered and no 'default' score is given"));
      }
    }
  }

  @Override
  public double score(ScoringInput in) {
    return RuleKernel.of(this, in.indicator()).score(in.actual(), Double.NaN, Double.NaN);
  }

  /** The first band with the lowest start. */
  static Band lowest(List<Band> bands) {
    Band lowest = bands.get(0);
    for (Band b : bands) {
      if (b.from() < lowest.from()) {
        lowest = b;
      }
    }
    return lowest;
  }

  /** The first band with the highest end. */
  static Band highest(List<Band> bands) {
    Band highest = bands.get(0);
    for (Band b : bands) {
      if (b.to() > highest.to()) {
        highest = b;
      }
    }
    return highest;
  }

  /**
   * The score of the band holding {@code a} (the first that does), else the default, else the
   * lowest band's score below every band and the highest band's above.
   */
  static double bands(double a, double[] from, double[] to, double[] score, boolean hasDefault,
      double fallback, double lowestFrom, double lowestScore, double highestScore) {
    for (int i = 0; i < from.length; i++) {
      if (a >= from[i] && a < to[i]) {
        return score[i];
      }
    }
    if (hasDefault) {
      return fallback;
    }
    return a < lowestFrom ? lowestScore : highestScore;
  }
}
