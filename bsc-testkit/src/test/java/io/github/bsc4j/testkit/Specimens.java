package io.github.bsc4j.testkit;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;

/**
 * Deliberately broken rules and strategies, each with the contract it must fail. Not tests
 * themselves (surefire skips nested classes); {@link ContractsCatchBugsTest} runs them.
 */
final class Specimens {
  private Specimens() {}

  /** A "weighted" mean that forgets the weights. */
  static final class UnweightedMean implements AggregationStrategy {
    @Override
    public String name() {
      return "unweighted-mean";
    }

    @Override
    public double aggregate(AggregationInput in) {
      double sum = 0;
      int counted = 0;
      for (int i = 0; i < in.size(); i++) {
        if (in.weight(i) > 0) {
          sum += in.score(i);
          counted++;
        }
      }
      return counted == 0 ? Double.NaN : sum / counted;
    }
  }

  /** Takes the first counted child's score: depends on the order of children. */
  static final class FirstChild implements AggregationStrategy {
    @Override
    public String name() {
      return "first-child";
    }

    @Override
    public double aggregate(AggregationInput in) {
      for (int i = 0; i < in.size(); i++) {
        if (in.weight(i) > 0) {
          return in.score(i);
        }
      }
      return Double.NaN;
    }
  }

  /** A weighted mean that turns "no data" into 0. */
  static final class ZeroForNoData implements AggregationStrategy {
    @Override
    public String name() {
      return "zero-for-no-data";
    }

    @Override
    public double aggregate(AggregationInput in) {
      double sum = 0;
      for (int i = 0; i < in.size(); i++) {
        sum += in.weight(i) * in.score(i);
      }
      return in.totalWeight() == 0 ? 0.0 : sum / in.totalWeight();
    }
  }

  /** The literal reading of "subtract a penalty per OFF_TRACK child, floored at 0". */
  static final class SubtractingPenalty implements AggregationStrategy {
    @Override
    public String name() {
      return "subtracting-penalty";
    }

    @Override
    public double aggregate(AggregationInput in) {
      if (!in.hasData()) {
        return Double.NaN;
      }
      double sum = 0;
      int offTrack = 0;
      for (int i = 0; i < in.size(); i++) {
        sum += in.weight(i) * in.score(i) / in.totalWeight();
        offTrack += in.weight(i) > 0 && in.score(i) < 0.7 ? 1 : 0;
      }
      return Math.max(0, sum - 0.1 * offTrack);
    }
  }

  /** Progress to target without the clamp: exceeds the cap when the target is beaten. */
  static final class UnclampedLinear implements ScoringRule {
    @Override
    public String name() {
      return "unclamped-linear";
    }

    @Override
    public double score(ScoringInput in) {
      double b = in.baseline().orElseThrow();
      double t = in.target().orElseThrow();
      return t == b ? 1 : Math.max(0, (in.actual() - b) / (t - b));
    }
  }

  /** Rewards moving away from the target: falls where it should rise. */
  static final class Backwards implements ScoringRule {
    @Override
    public String name() {
      return "backwards";
    }

    @Override
    public double score(ScoringInput in) {
      double b = in.baseline().orElseThrow();
      double t = in.target().orElseThrow();
      double progress = t == b ? 1 : (in.actual() - b) / (t - b);
      boolean up = in.polarity() == Polarity.HIGHER_IS_BETTER;
      return in.clamp(up ? 1 - progress : progress);
    }
  }

  /** The contract run on {@link UnweightedMean}. */
  static class IgnoresWeights implements AggregationStrategyContract {
    @Override
    public AggregationStrategy strategy() {
      return new UnweightedMean();
    }
  }

  /** The contract run on {@link FirstChild}. */
  static class DependsOnOrder implements AggregationStrategyContract {
    @Override
    public AggregationStrategy strategy() {
      return new FirstChild();
    }
  }

  /** The contract run on {@link ZeroForNoData}. */
  static class ScoresMissingDataAsZero implements AggregationStrategyContract {
    @Override
    public AggregationStrategy strategy() {
      return new ZeroForNoData();
    }
  }

  /** The contract run on {@link SubtractingPenalty}. */
  static class PenaltyBelowTheWorstChild implements AggregationStrategyContract {
    @Override
    public AggregationStrategy strategy() {
      return new SubtractingPenalty();
    }
  }

  /** The contract run on {@link UnclampedLinear}. */
  static class ExceedsItsCap implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return new UnclampedLinear();
    }
  }

  /** The contract run on {@link Backwards}. */
  static class DecreasesWhereItShouldIncrease implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return new Backwards();
    }
  }
}
