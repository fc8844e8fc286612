package io.github.bsc4j.aggregation.internal;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.ArrayList;
import java.util.List;

/** Shared pieces of the built-in strategies. */
final class Strategies {
  private Strategies() {}

  static List<ParameterProblem> noParameters(AggregationSpec spec) {
    List<ParameterProblem> problems = new ArrayList<>();
    for (String p : spec.parameters().keySet()) {
      problems.add(
          ParameterProblem.of(p, "is not a parameter of this strategy, which takes none"));
    }
    return List.copyOf(problems);
  }

  /**
   * {@code Π s^(w/Σw)}, computed as {@code exp(Σ share·ln s)} in definition order; 0 as soon as a
   * counted score is 0. Working with logarithms and {@link AggregationInput#share(int) shares}
   * keeps every intermediate value finite for any finite weights and scores: the sum of logarithms
   * lies between the smallest and the largest {@code ln s}.
   */
  static double geometric(Inputs in) {
    double logMean = 0.0;
    for (int i = 0; i < in.size(); i++) {
      if (in.weight(i) == 0) {
        continue;
      }
      double s = in.score(i);
      if (s == 0.0) {
        return 0.0;
      }
      logMean += in.share(i) * Math.log(s);
    }
    return withinChildren(in, Math.exp(logMean));
  }

  /**
   * Keeps a mean within the smallest and largest counted child, where rounding may have put it
   * an ulp outside (equal children must give exactly their score).
   */
  static double withinChildren(Inputs in, double mean) {
    return Math.max(extremeScore(in, true), Math.min(extremeScore(in, false), mean));
  }

  /**
   * The position of the extreme counted child (the first one, in definition order, on ties); an
   * input always has a counted child.
   */
  static int extreme(Inputs in, boolean lowest) {
    int best = -1;
    for (int i = 0; i < in.size(); i++) {
      if (in.weight(i) == 0) {
        continue;
      }
      if (best < 0 || (lowest ? in.score(i) < in.score(best) : in.score(i) > in.score(best))) {
        best = i;
      }
    }
    return best;
  }

  /** The score of the extreme counted child. */
  static double extremeScore(Inputs in, boolean lowest) {
    return in.score(extreme(in, lowest));
  }

  /** Contributions of a strategy that picks one child: that child's score, 0 for the others. */
  static double[] picked(Inputs in, int chosen) {
    double[] c = new double[in.size()];
    c[chosen] = in.score(chosen);
    return c;
  }
}
