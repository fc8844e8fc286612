package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.aggregation.internal.StrategyKernel;
import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.StatusPolicy;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.internal.RuleKernel;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scorecard compiled for evaluation: validated once, flattened into arrays (nodes in
 * scorecard, perspective, objective, indicator order, each node's children contiguous), with every
 * scoring rule and aggregation strategy resolved. Immutable and safe to share between threads;
 * obtain one from {@link ScorecardEngine#compile(Scorecard)}. Not serialisable: a distributed job
 * ships the {@link Scorecard} (which is) and compiles it once on each worker.
 */
public final class CompiledScorecard {
  final Scorecard scorecard;
  final int size;
  final int firstIndicator;
  final NodeKind[] kind;
  final String[] id;
  final String[] name;
  final double[] weight;
  final int[] childFrom;
  final int[] childTo;
  final AggregationStrategy[] strategy;
  final AggregationSpec[] spec;
  final MissingDataPolicy[] policy;

  /** How each parent gets its status (null for indicators). */
  final StatusPolicy[] statusPolicy;

  final ScoringRule[] rule;
  final Indicator[] indicator;
  final Formula[] formula;

  /** The derived indicators in an order where each comes after every derived one it uses. */
  final int[] derivedOrder;

  /** The registered name of each node's rule (indicators) or strategy (other nodes). */
  final String[] method;

  /** Whether each node's rule or strategy is one of the library's built-ins. */
  final boolean[] builtIn;

  /** Each node's largest possible score: an indicator's cap, else its counted children's. */
  final double[] cap;

  final Map<String, Integer> index;
  final FiscalCalendar calendar;

  /** Each indicator's built-in rule prepared for it; null for other nodes and other rules. */
  final RuleKernel[] ruleKernel;

  /** Each parent's built-in strategy prepared for it; null for indicators and other strategies. */
  final StrategyKernel[] strategyKernel;

  /** Each indicator's carry-forward months (0 when it does not carry values forward). */
  final int[] carry;

  /** The largest carry-forward over the indicators. */
  final int maxCarry;

  /** The most children a node has. */
  final int maxChildren;

  /** Each indicator's action per status ordinal, as {@link Indicator#action} gives it. */
  final java.util.Optional<String>[][] action;

  /** Each parent's largest child weight (0 for indicators). */
  final double[] largestChild;

  /**
   * Each child's weight scaled by the {@link Math#getExponent} of its parent's largest child
   * weight, exactly, for coverage and completeness sums that neither overflow nor underflow.
   */
  final double[] coverageWeight;

  /** Each parent's sum, in order, of its children's {@link #coverageWeight}s. */
  final double[] counted;

  /**
   * Each child's weight scaled as a built-in strategy scales it when its parent's largest child
   * is counted ({@link StrategyKernel#exponent}), so that no weight is scaled per subject.
   */
  final double[] shareWeight;

  /** The exponent of each parent's {@link #shareWeight}s. */
  final int[] shareExponent;

  /** How many children of positive weight each parent has. */
  final int[] positiveChildren;

  /**
   * Each child's share of its parent when every child of positive weight counts: its {@link
   * #shareWeight} over their sum in order, exactly as a built-in strategy's input computes it.
   */
  final double[] fullShare;

  /** The periods prepared so far, a few at most (see {@link #prepared(Period)}). */
  private final Map<Period, PreparedPeriod> prepared = new ConcurrentHashMap<>();

  /**
   * The largest plan whose evaluations each thread keeps for its next evaluation: a few dozen
   * kilobytes of working memory each; larger plans make their own, which their work dwarfs.
   */
  static final int KEPT_EVALUATIONS_UP_TO = 4_096;

  /** Each thread's evaluations of this plan, kept for its next {@code evaluate}. */
  private final ThreadLocal<Evaluations> evaluations =
      ThreadLocal.withInitial(() -> new Evaluations(this));

  /**
   * Evaluations for one {@code evaluate}, marked busy: this thread's kept ones, or new ones when
   * those are in use further up the stack or the plan is too large to keep them. Give them back
   * with {@link Evaluations#release()}.
   */
  Evaluations evaluations() {
    Evaluations kept = size <= KEPT_EVALUATIONS_UP_TO ? evaluations.get() : null;
    Evaluations e = kept == null || kept.busy ? new Evaluations(this) : kept;
    e.busy = true;
    return e;
  }

  /** A detailed evaluation and scores-only ones for comparisons, reused by one thread. */
  static final class Evaluations {
    private final CompiledScorecard plan;
    private Evaluation detailed;
    private final java.util.List<Evaluation> compared = new java.util.ArrayList<>(2);
    private boolean busy;

    Evaluations(CompiledScorecard plan) {
      this.plan = plan;
    }

    /** The detailed evaluation. */
    Evaluation detailed() {
      if (detailed == null) {
        detailed = new Evaluation(plan, true);
      }
      return detailed;
    }

    /** The {@code i}th scores-only evaluation. */
    Evaluation compared(int i) {
      while (compared.size() <= i) {
        compared.add(new Evaluation(plan, false));
      }
      return compared.get(i);
    }

    /** Gives these back for the thread's next evaluation. */
    void release() {
      busy = false;
    }
  }

  /** How many prepared periods a plan keeps before it starts again. */
  static final int PREPARED_KEPT = 32;

  CompiledScorecard(
      Scorecard scorecard,
      int firstIndicator,
      NodeKind[] kind,
      String[] id,
      String[] name,
      double[] weight,
      int[] childFrom,
      int[] childTo,
      AggregationStrategy[] strategy,
      AggregationSpec[] spec,
      MissingDataPolicy[] policy,
      StatusPolicy[] statusPolicy,
      ScoringRule[] rule,
      Indicator[] indicator,
      Formula[] formula,
      int[] derivedOrder,
      String[] method,
      boolean[] builtIn,
      double[] cap,
      Map<String, Integer> index) {
    this.scorecard = scorecard;
    this.size = kind.length;
    this.firstIndicator = firstIndicator;
    this.kind = kind;
    this.id = id;
    this.name = name;
    this.weight = weight;
    this.childFrom = childFrom;
    this.childTo = childTo;
    this.strategy = strategy;
    this.spec = spec;
    this.policy = policy;
    this.statusPolicy = statusPolicy;
    this.rule = rule;
    this.indicator = indicator;
    this.formula = formula;
    this.derivedOrder = derivedOrder;
    this.method = method;
    this.builtIn = builtIn;
    this.cap = cap;
    this.index = Map.copyOf(index);
    this.calendar = FiscalCalendar.startingIn(scorecard.defaults().fiscalYearStart());
    this.ruleKernel = new RuleKernel[size];
    this.strategyKernel = new StrategyKernel[size];
    this.carry = new int[size];
    int most = 0;
    int children = 0;
    for (int k = 0; k < size; k++) {
      if (kind[k] == NodeKind.INDICATOR) {
        ruleKernel[k] = RuleKernel.of(rule[k], indicator[k]);
        carry[k] = indicator[k].carryForwardMonths().orElse(0);
        most = Math.max(most, carry[k]);
      } else {
        strategyKernel[k] = StrategyKernel.of(strategy[k], spec[k]);
        children = Math.max(children, childTo[k] - childFrom[k]);
      }
    }
    this.maxCarry = most;
    this.maxChildren = children;
    this.action = actions(firstIndicator, indicator);
    this.largestChild = new double[size];
    this.coverageWeight = new double[size];
    this.counted = new double[size];
    this.shareWeight = new double[size];
    this.shareExponent = new int[size];
    this.positiveChildren = new int[size];
    this.fullShare = new double[size];
    for (int k = 0; k < firstIndicator; k++) {
      double largest = 0;
      for (int c = childFrom[k]; c < childTo[k]; c++) {
        largest = Math.max(largest, weight[c]);
      }
      largestChild[k] = largest;
      if (largest == 0) {
        continue;
      }
      int shift = -Math.getExponent(largest);
      int e = StrategyKernel.exponent(largest);
      shareExponent[k] = e;
      double sum = 0;
      double shareTotal = 0;
      for (int c = childFrom[k]; c < childTo[k]; c++) {
        if (weight[c] > 0) {
          coverageWeight[c] = Math.scalb(weight[c], shift);
          sum += coverageWeight[c];
          shareWeight[c] = Math.scalb(weight[c], -e);
          shareTotal += shareWeight[c];
          positiveChildren[k]++;
        }
      }
      counted[k] = sum;
      for (int c = childFrom[k]; c < childTo[k]; c++) {
        if (weight[c] > 0) {
          fullShare[c] = shareWeight[c] / shareTotal;
        }
      }
    }
  }

  /** Each indicator's action per status ordinal. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static java.util.Optional<String>[][] actions(int firstIndicator, Indicator[] indicator) {
    java.util.Optional<String>[][] actions = new java.util.Optional[indicator.length][];
    io.github.bsc4j.model.Status[] statuses = io.github.bsc4j.model.Status.values();
    for (int k = firstIndicator; k < indicator.length; k++) {
      actions[k] = new java.util.Optional[statuses.length];
      for (io.github.bsc4j.model.Status s : statuses) {
        actions[k][s.ordinal()] = indicator[k].action(s);
      }
    }
    return actions;
  }

  /**
   * The plan prepared for a period: made once and kept, so that evaluating many subjects, or
   * the same period again, resolves targets, baselines and months once. A plan keeps at most
   * {@value #PREPARED_KEPT} periods and forgets them all when it would keep more; results never
   * depend on what is kept.
   */
  PreparedPeriod prepared(Period period) {
    Objects.requireNonNull(period, "period");
    PreparedPeriod p = prepared.get(period);
    if (p == null) {
      if (prepared.size() >= PREPARED_KEPT) {
        prepared.clear();
      }
      p = new PreparedPeriod(this, period);
      PreparedPeriod raced = prepared.putIfAbsent(period, p);
      p = raced != null ? raced : p;
    }
    return p;
  }

  /**
   * The scorecard this plan was compiled from.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * How many nodes the plan has: the scorecard, its perspectives, objectives and indicators.
   *
   * @return the node count
   */
  public int nodeCount() {
    return size;
  }

  /**
   * How many indicators the plan scores.
   *
   * @return the indicator count
   */
  public int indicatorCount() {
    return size - firstIndicator;
  }

  /**
   * The fiscal calendar of the scorecard, which year-to-date and previous periods follow.
   *
   * @return the calendar
   */
  public FiscalCalendar calendar() {
    return calendar;
  }

  /**
   * Summarises the plan.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CompiledScorecard["
        + scorecard.id()
        + ", nodes="
        + size
        + ", indicators="
        + indicatorCount()
        + "]";
  }
}
