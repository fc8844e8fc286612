package io.github.bsc4j.examples.extensions;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code penalised-mean}: the weighted mean, pulled towards the worst child by the OFF_TRACK
 * children, so a team cannot average a failing objective away. With {@code m} the weighted mean,
 * {@code w} the worst counted child, and {@code f} the share of weight scoring below {@code
 * off-track-below} (default 0.7): {@code m - penalty · f · (m - w)}, {@code penalty} in {@code [0,
 * 1]} (default 0.5).
 *
 * <p>The literal "subtract a penalty per OFF_TRACK child" would push equal children below their
 * own score and let splitting a child change the result; the testkit's contract rejects both.
 * Pulling towards the worst child keeps every law: the result stays between the worst child and
 * the mean, and depends on shares of weight, not on counts of children.
 */
public final class PenalisedMean implements AggregationStrategy {
  /** Creates the strategy (for ServiceLoader). */
  public PenalisedMean() {}

  @Override
  public String name() {
    return "penalised-mean";
  }

  @Override
  public List<ParameterProblem> validate(AggregationSpec spec) {
    List<ParameterProblem> problems = new ArrayList<>();
    spec.parameters().forEach((name, value) -> {
      if (name.equals("penalty") && !(value >= 0 && value <= 1)) {
        problems.add(ParameterProblem.of(name, "must lie in [0, 1], was " + value));
      } else if (name.equals("off-track-below") && !(value >= 0)) {
        problems.add(ParameterProblem.of(name, "must not be negative, was " + value));
      } else if (!name.equals("penalty") && !name.equals("off-track-below")) {
        problems.add(ParameterProblem.of(name, "is not a parameter; use penalty, off-track-below"));
      }
    });
    return problems;
  }

  @Override
  public double aggregate(AggregationInput in) {
    double penalty = in.parameter("penalty").orElse(0.5);
    double offTrackBelow = in.parameter("off-track-below").orElse(0.7);
    double mean = 0;
    double offTrackShare = 0;
    double worst = Double.POSITIVE_INFINITY;
    for (int i = 0; i < in.size(); i++) {
      double w = in.weight(i);
      if (w == 0) {
        continue;
      }
      double s = in.score(i);
      double share = in.share(i); // w / Σw without overflowing for huge weights
      mean += share * s;
      worst = Math.min(worst, s);
      if (s < offTrackBelow) {
        offTrackShare += share;
      }
    }
    double pulled = mean - penalty * offTrackShare * (mean - worst);
    // The mean of equal scores can round a hair away from them; stay within the children.
    return Math.max(worst, pulled);
  }
}
