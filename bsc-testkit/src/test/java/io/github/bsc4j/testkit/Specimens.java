package io.github.bsc4j.testkit;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

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

  /** A weighted mean that would turn "no data" into 0, if an input could hold none. */
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

  /**
   * Progress to target computed in fields used as scratch space. Right on its own and in any
   * order on one thread; under threads sharing the instance one call reads another's target, but
   * only when the scheduler interleaves them just so.
   */
  static final class ScratchFields implements ScoringRule {
    private double actual;
    private double baseline;
    private double target;

    @Override
    public String name() {
      return "scratch-linear";
    }

    @Override
    public double score(ScoringInput in) {
      actual = in.actual();
      baseline = in.baseline().orElseThrow();
      target = in.target().orElseThrow();
      return in.clamp(target == baseline ? 1 : (actual - baseline) / (target - baseline));
    }
  }

  /**
   * A "trend-aware" linear rule that rewards improvement since the previous call, keeping the
   * last actual value in an atomic reference: thread-safe as a field, still state between calls.
   * On an instance of its own every input scores as linear does; on the engine's one shared
   * instance a score depends on which indicator, of which subject, was scored before it.
   */
  static final class RemembersTheLastActual implements ScoringRule {
    private final AtomicReference<Double> previous = new AtomicReference<>();

    @Override
    public String name() {
      return "trend-bonus";
    }

    @Override
    public double score(ScoringInput in) {
      double b = in.baseline().orElseThrow();
      double t = in.target().orElseThrow();
      double progress = t == b ? 1 : (in.actual() - b) / (t - b);
      Double last = previous.getAndSet(in.actual());
      double bonus = last == null ? 0 : 0.05 * Math.signum(in.actual() - last);
      return in.clamp(progress + bonus);
    }
  }

  /**
   * The worst counted child, collected into a scratch buffer kept between calls to save
   * allocations; the scan runs over the whole buffer, so after a call with more children the
   * stale scores of that call take part. Right on an instance of its own, wrong when shared.
   */
  static final class ReusesAScratchBuffer implements AggregationStrategy {
    private double[] buffer = new double[0];

    @Override
    public String name() {
      return "scratch-min";
    }

    @Override
    public double aggregate(AggregationInput in) {
      int counted = 0;
      for (int i = 0; i < in.size(); i++) {
        counted += in.weight(i) > 0 ? 1 : 0;
      }
      if (counted == 0) {
        return Double.NaN;
      }
      if (buffer.length < counted) {
        buffer = new double[counted];
      }
      for (int i = 0, k = 0; i < in.size(); i++) {
        if (in.weight(i) > 0) {
          buffer[k++] = in.score(i);
        }
      }
      double worst = buffer[0];
      for (double s : buffer) {
        worst = Math.min(worst, s);
      }
      return worst;
    }
  }

  /**
   * A weighted mean that normalises each node's weights once and caches them, keyed by the number
   * of children, in a concurrent map: as if every node had its own instance. The engine shares
   * one instance between all nodes, so a node with as many children as an earlier one is
   * averaged with the earlier node's weights.
   */
  static final class CachesWeightsByChildCount implements AggregationStrategy {
    private final Map<Integer, double[]> shares = new ConcurrentHashMap<>();

    @Override
    public String name() {
      return "cached-weights";
    }

    @Override
    public double aggregate(AggregationInput in) {
      double[] share = shares.computeIfAbsent(in.size(), n -> {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
          w[i] = in.weight(i) / in.totalWeight();
        }
        return w;
      });
      double sum = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < in.size(); i++) {
        sum += share[i] * in.score(i);
        if (in.weight(i) > 0) {
          lo = Math.min(lo, in.score(i));
          hi = Math.max(hi, in.score(i));
        }
      }
      return Math.max(lo, Math.min(hi, sum));
    }
  }

  /** The contract run on {@link ScratchFields}. */
  static class KeepsScratchValuesInFields implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return new ScratchFields();
    }
  }

  /** The contract run on {@link RemembersTheLastActual}. */
  static class KeepsStateBetweenScores implements ScoringRuleContract {
    @Override
    public ScoringRule rule() {
      return new RemembersTheLastActual();
    }
  }

  /** The contract run on {@link ReusesAScratchBuffer}. */
  static class KeepsAScratchBufferInAField implements AggregationStrategyContract {
    @Override
    public AggregationStrategy strategy() {
      return new ReusesAScratchBuffer();
    }
  }

  /** The contract run on {@link CachesWeightsByChildCount}. */
  static class KeepsStateBetweenAggregations implements AggregationStrategyContract {
    @Override
    public AggregationStrategy strategy() {
      return new CachesWeightsByChildCount();
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
