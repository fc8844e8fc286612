package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.aggregation.internal.StrategyKernel;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.data.RollUps;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.StatusPolicy;
import io.github.bsc4j.model.Unit;
import io.github.bsc4j.model.UserText;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.internal.RuleKernel;
import io.github.bsc4j.scoring.Statuses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One evaluation's working memory over a plan. Not thread-safe: each call of the engine makes its
 * own, so the plan stays shared and untouched. Reusable across subjects (the scores-only path).
 */
final class Evaluation {
  /** The subject index of a single evaluation, which is not part of a batch. */
  static final int SINGLE = -1;

  /**
   * Weights are handed to strategies as defined unless the largest one handed has a binary
   * exponent beyond this (above about 3e150 or below about 3e-151); then all are scaled by one
   * power of two, exactly, so that their sum cannot overflow nor their products underflow.
   */
  static final int WEIGHT_EXPONENT_LIMIT = 500;

  private final CompiledScorecard plan;
  private final boolean detailed;
  private final StatusCutoffs cutoffs;
  private final double minimumCoverage;

  /** Score per node; NaN when the node has no data. */
  private final double[] score;

  private final double[] coverage;
  private final double[] normalised;
  private final double[] contribution;
  private final double[] actual;
  private final double[] target;
  private final double[] baseline;
  private final Status[] status;
  private final StatusSource[] statusSource;

  /** The weighted share of the indicators below each node that had data. */
  private final double[] completeness;

  private final String[] note;

  /** Indicator values for the period; NaN when missing. */
  private final double[] value;

  /** For a value carried forward, the (latest) month it came from. */
  private final Period[] carried;

  /** A roll-up's monthly values, oldest first. */
  private double[] monthly;

  /** A parent's counted children: their scores, weights and node indexes. */
  private final double[] childScore;
  private final double[] childWeight;
  private final double[] childShare;
  private final double[] childScaled;
  private final int[] childNode;

  private final StrategyKernel.Scratch scratch = new StrategyKernel.Scratch();
  private final PartialPeriodPolicy partialPeriods;
  private PreparedPeriod prepared;
  private Period period;
  private MeasurementSource source;
  private int subject;
  private String subjectName;

  Evaluation(CompiledScorecard plan, boolean detailed) {
    this.plan = plan;
    this.detailed = detailed;
    this.cutoffs = plan.scorecard.defaults().cutoffs();
    this.minimumCoverage = plan.scorecard.defaults().minimumCoverage();
    int n = plan.size;
    this.score = new double[n];
    this.coverage = new double[n];
    this.normalised = new double[n];
    this.contribution = new double[n];
    this.actual = new double[n];
    this.target = new double[n];
    this.baseline = new double[n];
    this.status = new Status[n];
    this.statusSource = new StatusSource[n];
    this.completeness = new double[n];
    this.note = new String[n];
    this.value = new double[n];
    this.carried = new Period[n];
    this.monthly = new double[0];
    this.childScore = new double[plan.maxChildren];
    this.childWeight = new double[plan.maxChildren];
    this.childShare = new double[plan.maxChildren];
    this.childScaled = new double[plan.maxChildren];
    this.childNode = new int[plan.maxChildren];
    this.partialPeriods = plan.scorecard.defaults().partialPeriods();
  }

  double score(int node) {
    return score[node];
  }

  /**
   * Evaluates the plan for one subject and period: every measured indicator's value, then the
   * derived ones in dependency order (no recursion, however long a chain), then every score.
   *
   * @param subject the subject's index in a batch, or {@link #SINGLE}
   */
  void run(MeasurementSource source, PreparedPeriod prepared, int subject) {
    this.source = source;
    this.subjectName = null;
    run(prepared, subject);
  }

  private void run(PreparedPeriod prepared, int subject) {
    this.prepared = prepared;
    this.period = prepared.period;
    this.subject = subject;
    if (detailed) {
      Arrays.fill(normalised, 0.0);
      Arrays.fill(contribution, Double.NaN);
      Arrays.fill(note, null);
      Arrays.fill(carried, null);
    }
    // Without derived indicators nothing depends on another indicator: each is scored as soon
    // as it is read, in every mode, so that a subject with two problems fails on the same one
    // whatever the path (the batch paths read and score in this order too).
    boolean derivedOnes = plan.derivedOrder.length > 0;
    for (int k = plan.firstIndicator; k < plan.size; k++) {
      if (plan.formula[k] == null) {
        value[k] = measured(k);
        if (!derivedOnes) {
          scored(k);
        }
      }
    }
    if (derivedOnes) {
      for (int k : plan.derivedOrder) {
        value[k] = derived(k);
      }
      for (int k = plan.firstIndicator; k < plan.size; k++) {
        scored(k);
      }
    }
    for (int k = plan.firstIndicator - 1; k >= 0; k--) {
      aggregate(k);
    }
    normalised[0] = 1.0;
    contribution[0] = score[0];
  }

  /** Scores indicator {@code k}, with its completeness and, when detailed, its status source. */
  private void scored(int k) {
    scoreIndicator(k);
    boolean hasData = !Double.isNaN(score[k]);
    completeness[k] = hasData ? 1.0 : 0.0;
    if (detailed) {
      statusSource[k] = !hasData ? StatusSource.NO_DATA
          : plan.indicator[k].thresholds().isPresent() ? StatusSource.THRESHOLDS
              : StatusSource.SCORE_CUTOFFS;
    }
  }

  /**
   * "for the subject in period 2026-03", or "for subject 3 in period 2026-03" in a batch, or
   * "for subject 'E-1001' (3) in period 2026-03" in a block that names its subjects.
   */
  private String forSubject() {
    String who = subject == SINGLE ? "the subject"
        : subjectName != null ? "subject '" + UserText.quote(subjectName) + "' (" + subject + ")"
            : "subject " + subject;
    return "for " + who + " in period " + prepared.code;
  }

  /** The period's human label for notes ("Mar 2026", "YTD Mar 2026"). */
  private String label() {
    return prepared.label;
  }

  private ExtensionFailureException failure(int k, String message, Throwable cause) {
    return new ExtensionFailureException(plan.method[k], plan.id[k], subject,
        prepared.code, message + Extensions.bug(plan.builtIn[k]), cause);
  }

  /**
   * A number for a message: plain ({@code 1200000}, {@code 0.15}) unless that takes more than
   * 24 characters ({@code 1e308} has 309 digits), then Java's exponent form ({@code 1.0E308}).
   */
  static String number(double v) {
    String plain = Numbers.plain(v);
    return plain.length() <= 24 ? plain : Double.toString(v);
  }

  private String describe(int k) {
    return Extensions.describe(plan.builtIn[k],
        plan.kind[k] == NodeKind.INDICATOR ? "scoring rule" : "aggregation strategy",
        plan.method[k]);
  }

  private void scoreIndicator(int k) {
    PreparedPeriod p = prepared;
    target[k] = p.target[k];
    baseline[k] = p.baseline[k];
    coverage[k] = 0.0;
    double a = value[k];
    actual[k] = a;
    if (Double.isNaN(a)) {
      noData(k, null); // the reason, if any, is in note[k] already
      return;
    }
    byte problem = p.problem[k];
    if (problem != PreparedPeriod.FINE && problem < PreparedPeriod.TARGET_PER_MONTH_OVERFLOW) {
      noData(k, detailed ? p.problemText(k) : null);
      return;
    }
    double scale = p.scale[k];
    double perMonth = scale == 1.0 ? a : a / scale; // a / 1 is a: no division for a month
    if (!Double.isFinite(perMonth) || problem != PreparedPeriod.FINE) {
      perMonthOverflows(k, perMonth, problem);
      return;
    }
    RuleKernel kernel = plan.ruleKernel[k];
    double s = kernel != null
        ? kernel.score(perMonth, p.targetPerMonth[k], p.baselinePerMonth[k])
        : applicationRule(k, a, perMonth, scale);
    if (!(s >= 0 && s <= plan.cap[k])) { // false for NaN; the cap is finite, so s is too
      throw badScore(k, s, a, perMonth, scale);
    }
    score[k] = s;
    coverage[k] = 1.0;
    if (detailed) {
      status[k] = Statuses.ofIndicator(plan.indicator[k], perMonth, s, cutoffs);
    }
  }

  /**
   * Positions this evaluation on a subject without evaluating it, so that its failure messages
   * name the subject and period ({@link ChunkScorer} evaluates, and asks this for messages).
   */
  void position(PreparedPeriod prepared, int subject, String subjectName) {
    this.prepared = prepared;
    this.period = prepared.period;
    this.subject = subject;
    this.subjectName = subjectName;
  }

  /**
   * Aggregates node {@code k} with an application's strategy; whatever it throws becomes an
   * {@link ExtensionFailureException}.
   */
  double applicationStrategy(int k, AggregationInput input) {
    try {
      return plan.strategy[k].aggregate(input);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw failure(k, describe(k) + " threw on node '" + plan.id[k] + "' " + forSubject()
          + ": " + UserText.quote(e.toString()), e);
    }
  }

  /** An overflow of the actual, target or baseline per month: no data. */
  private void perMonthOverflows(int k, double perMonth, byte problem) {
    String which = !Double.isFinite(perMonth) ? "actual"
        : problem == PreparedPeriod.TARGET_PER_MONTH_OVERFLOW ? "target" : "baseline";
    noData(k, detailed ? "the " + which + " per month over " + label() + " overflows" : null);
  }

  /**
   * Scores indicator {@code k} with an application's rule, through a {@link ScoringInput};
   * whatever it throws becomes an {@link ExtensionFailureException}. (Built-in kernels cannot
   * throw: their arguments are finite and their parameters validated.)
   */
  double applicationRule(int k, double a, double perMonth, double scale) {
    PreparedPeriod p = prepared;
    try {
      return plan.rule[k].score(new ScoringInput(plan.indicator[k], perMonth,
          p.targetPerMonthOrEmpty[k], p.baselinePerMonthOrEmpty[k], scale));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw failure(k, describe(k) + " threw on indicator '" + plan.id[k] + "' " + forSubject()
          + " (" + actualText(a, perMonth, scale) + "): " + UserText.quote(e.toString()), e);
    }
  }

  ExtensionFailureException badScore(int k, double s, double a, double perMonth,
      double scale) {
    return failure(k, describe(k) + " returned " + number(s) + " for indicator '"
        + plan.id[k] + "' " + forSubject() + " (" + actualText(a, perMonth, scale)
        + "); scores must be finite and lie in [0, cap " + number(plan.cap[k]) + "]", null);
  }

  /** The actual value for a failure message, made only when a rule fails. */
  private static String actualText(double a, double perMonth, double scale) {
    return "actual " + number(a) + (scale == 1.0 ? "" : ", " + number(perMonth) + " per month");
  }

  /**
   * The value of derived indicator {@code k} for the period, NaN when it has none (the reason
   * then in {@code note[k]}): its formula over its inputs' values, all computed before it.
   */
  private double derived(int k) {
    Formula.Value v = plan.formula[k].evaluate(ref -> {
      double x = value[plan.index.get(ref)];
      return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
    });
    if (!v.isPresent()) {
      if (detailed) {
        note[k] = v.missingReason().orElseThrow();
      }
      return Double.NaN;
    }
    return v.value().getAsDouble(); // finite: Formula.Value holds no other present value
  }

  /**
   * The value of measured indicator {@code k} for the period, NaN when it has none (the reason
   * then in {@code note[k]} when detailed): its measurement for exactly the period, else its
   * monthly measurements rolled up, with carry-forward where the indicator opted in. A roll-up
   * that overflows is missing too.
   */
  private double measured(int k) {
    double direct = read(k, PreparedPeriod.DIRECT);
    if (!Double.isNaN(direct)) {
      return direct;
    }
    PreparedPeriod p = prepared;
    if (!p.wholeMonths) {
      if (detailed) {
        note[k] = "no measurement for " + label();
      }
      return Double.NaN;
    }
    int months = p.months;
    double[] values = monthly.length >= months ? monthly : grow(months);
    int present = 0;
    int carry = plan.carry[k];
    List<String> carriedFrom = null;
    for (int m = 0; m < months; m++) {
      double v = months == 1 ? Double.NaN : read(k, p.monthSlot(m));
      for (int age = 1; age <= carry && Double.isNaN(v); age++) {
        Period earlier = p.slot[p.monthSlot(m - age)];
        if (earlier == null) {
          break; // no month before the earliest a period may have (year 1)
        }
        v = read(k, p.monthSlot(m - age));
        if (!Double.isNaN(v) && detailed) {
          carried[k] = earlier;
          if (carriedFrom == null) {
            carriedFrom = new ArrayList<>();
          }
          carriedFrom.add(months == 1 ? earlier.label()
              : p.slot[p.monthSlot(m)].label() + " from " + earlier.label());
        }
      }
      if (!Double.isNaN(v)) {
        values[present++] = v;
      }
    }
    if (present == 0) {
      if (detailed) {
        note[k] = "no measurement for " + label();
      }
      return Double.NaN;
    }
    if (present < months && partialPeriods == PartialPeriodPolicy.COMPLETE_ONLY) {
      if (detailed) {
        note[k] = present + " of " + months + " months of " + label()
            + " have data (partial periods: COMPLETE_ONLY)";
      }
      return Double.NaN;
    }
    if (detailed) {
      if (carriedFrom != null) {
        note[k] = "carried forward " + (months == 1 ? "from " : "")
            + String.join(", ", carriedFrom);
      } else if (present < months) {
        note[k] = present + " of " + months + " months have data";
      }
    }
    double rolled = RollUps.combine(plan.indicator[k].rollUp(), values, present);
    if (!Double.isFinite(rolled)) {
      if (detailed) {
        note[k] = "the " + plan.indicator[k].rollUp() + " of " + present + " months of "
            + label() + " overflows";
      }
      return Double.NaN;
    }
    return rolled;
  }

  /** A larger array for monthly values; once per evaluation for the longest period. */
  private double[] grow(int months) {
    monthly = new double[months];
    return monthly;
  }

  /**
   * The measurement of indicator {@code k} for the period of a slot, NaN when there is none.
   * Sources never give NaN (it is rejected), so NaN here means missing only.
   */
  private double read(int k, int slot) {
    Period p = prepared.slot[slot];
    OptionalDouble v = source.value(plan.id[k], p);
    if (v == null) {
      throw new NullPointerException(
          "measurement source returned null for indicator '" + plan.id[k] + "'; return empty");
    }
    if (v.isEmpty()) {
      return Double.NaN;
    }
    double x = v.getAsDouble();
    if (!Double.isFinite(x)) {
      throw subject == SINGLE ? new InvalidMeasurementException(plan.id[k], p, x)
          : new InvalidMeasurementException(subject, plan.id[k], p, x);
    }
    return x;
  }

  /**
   * Where a block's layout holds what a prepared period reads: for each node, the offset of its
   * values within a subject's (its position in the layout times the periods), -1 when the layout
   * lacks it; for each slot, the layout's column of its period, -1 when it has none. Immutable
   * once made, and shared by the chunks of a batch.
   */
  static final class Binding {
    final int[] row;
    final int[] column;
    final int valuesPerSubject;
    final boolean named;

    Binding(CompiledScorecard plan, PreparedPeriod prepared, MeasurementBlock block) {
      MeasurementLayout layout = block.layout();
      this.valuesPerSubject = layout.valuesPerSubject();
      this.named = block.subjectIds().isPresent();
      this.row = new int[plan.size];
      Arrays.fill(row, -1);
      for (int k = plan.firstIndicator; k < plan.size; k++) {
        if (plan.formula[k] == null) {
          OptionalInt i = layout.indicatorIndex(plan.id[k]);
          row[k] = i.isPresent() ? i.getAsInt() * layout.periodCount() : -1;
        }
      }
      this.column = new int[prepared.slot.length];
      for (int j = 0; j < column.length; j++) {
        Period p = prepared.slot[j];
        column[j] = p == null ? -1 : layout.periodIndex(p).orElse(-1);
      }
    }
  }

  /** Node {@code k} has no data; {@code why}, when given, becomes its note. */
  private void noData(int k, String why) {
    score[k] = Double.NaN;
    if (detailed) {
      status[k] = Status.NO_DATA;
      statusSource[k] = StatusSource.NO_DATA;
      if (why != null) {
        note[k] = why;
      }
    }
  }

  private void aggregate(int k) {
    int from = plan.childFrom[k];
    int to = plan.childTo[k];
    if (plan.largestChild[k] == 0) {
      coverage[k] = 0.0;
      completeness[k] = 0.0;
      // Validation (ALL_WEIGHTS_ZERO) leaves only a level without children here.
      noData(k, "nothing to aggregate");
      return;
    }
    // Sums of weights scaled by one power of two (made once per plan): exact for ordinary
    // weights, and neither overflowing (weights of 1e308) nor losing the quotient to subnormal
    // sums. One pass gathers the counted children the strategy is given.
    MissingDataPolicy policy = plan.policy[k];
    boolean zero = policy == MissingDataPolicy.ZERO;
    double[] s = childScore;
    double[] w = childWeight;
    double[] scaled = childScaled;
    double[] shares = childShare;
    int[] child = childNode;
    double withData = 0;
    double complete = 0;
    boolean anyData = false;
    int included = 0;
    int firstMissing = -1;
    for (int c = from; c < to; c++) {
      double weight = plan.weight[c];
      if (weight > 0) {
        double sc = score[c];
        boolean missing = Double.isNaN(sc);
        if (detailed) {
          complete += plan.coverageWeight[c] * completeness[c];
        }
        if (missing && firstMissing < 0) {
          firstMissing = c;
        }
        if (!missing) {
          withData += plan.coverageWeight[c];
          anyData = true;
        }
        if (!missing || zero) {
          s[included] = missing ? 0.0 : sc;
          w[included] = weight;
          scaled[included] = plan.shareWeight[c];
          shares[included] = plan.fullShare[c];
          child[included] = c;
          included++;
        }
      }
    }
    double counted = plan.counted[k];
    coverage[k] = withData / counted;
    completeness[k] = complete / counted; // at most 1: each term is at most its weight
    if (policy == MissingDataPolicy.STRICT && firstMissing >= 0) {
      noData(k, detailed
          ? "missing data is STRICT and '" + plan.id[firstMissing] + "' has no data" : null);
      return;
    }
    if (!anyData) {
      noData(k, "no child has data");
      return;
    }
    if (coverage[k] < minimumCoverage - ScorecardEngine.ROUNDING_TOLERANCE) {
      noData(k, detailed
          ? "coverage " + Numbers.percent(coverage[k]) + " is below the minimum "
              + Numbers.percent(minimumCoverage)
          : null);
      return;
    }
    boolean all = included == plan.positiveChildren[k];
    double largestIncluded = largestCounted(plan, k, w, included, all);
    boolean scaleForStrategy = scaleForStrategy(largestIncluded, w, included);
    StrategyKernel kernel = plan.strategyKernel[k];
    double result;
    if (kernel != null && !detailed) {
      // A built-in's scores only: no input object, and no guard (kernels cannot throw).
      result = builtIn(plan, k, kernel, scratch, s, w, scaled, shares, included, all,
          scaleForStrategy, largestIncluded);
      if (!(result >= 0 && result <= plan.cap[k] + ScorecardEngine.ROUNDING_TOLERANCE)) {
        throw badAggregate(k, result);
      }
      score[k] = result;
      return;
    }
    // The strategy's own input: an application's strategy, or the shares and contributions of
    // a detailed result.
    AggregationStrategy strategy = plan.strategy[k];
    AggregationInput input = AggregationInput.of(Arrays.copyOf(s, included),
        Arrays.copyOf(w, included), plan.spec[k].parameters());
    Optional<double[]> parts;
    double[] c = null;
    try {
      result = kernel != null ? kernel.aggregate(scratch, s, w, included)
          : strategy.aggregate(input);
      parts = detailed ? strategy.contributions(input) : Optional.empty();
      if (parts != null && parts.isPresent()) {
        c = parts.get();
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw failure(k, describe(k) + " threw on node '" + plan.id[k] + "' " + forSubject()
          + ": " + UserText.quote(e.toString()), e);
    }
    if (!(result >= 0 && result <= plan.cap[k] + ScorecardEngine.ROUNDING_TOLERANCE)) {
      throw badAggregate(k, result);
    }
    if (parts == null) {
      throw failure(k, describe(k) + " returned null from contributions() for node '"
          + plan.id[k] + "' " + forSubject() + "; return Optional.empty() instead", null);
    }
    score[k] = result;
    if (!detailed) {
      return; // scores only: no statuses, shares, contributions or notes
    }
    StatusPolicy statusPolicy = plan.statusPolicy[k];
    if (statusPolicy == StatusPolicy.SCORE_CUTOFFS) {
      status[k] = Statuses.ofScore(result, cutoffs);
      statusSource[k] = StatusSource.SCORE_CUTOFFS;
    } else {
      status[k] = fromChildren(from, to, statusPolicy);
      statusSource[k] = StatusSource.CHILDREN;
    }
    if (policy == MissingDataPolicy.ZERO && firstMissing >= 0) {
      note[k] = "missing data counted as 0 (policy ZERO)";
    }
    for (int i = 0; i < included; i++) {
      normalised[child[i]] = input.share(i); // safe where the sum of the weights would overflow
    }
    if (c != null) {
      checkContributions(k, c, child, included, result);
      for (int cc = from; cc < to; cc++) {
        if (plan.weight[cc] > 0) {
          contribution[cc] = 0.0; // informational children have none
        }
      }
      for (int i = 0; i < included; i++) {
        contribution[child[i]] = c[i];
      }
    }
  }

  /**
   * The largest of the {@code n} counted weights gathered in {@code w}: the largest child's when
   * every child of positive weight counts ({@code all}).
   */
  static double largestCounted(CompiledScorecard plan, int k, double[] w, int n, boolean all) {
    if (all) {
      return plan.largestChild[k];
    }
    double largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, w[i]);
    }
    return largest;
  }

  /**
   * Scales the {@code n} gathered weights by one power of two, exactly, when the largest has a
   * binary exponent beyond {@link #WEIGHT_EXPONENT_LIMIT}; tells whether it did.
   */
  static boolean scaleForStrategy(double largest, double[] w, int n) {
    int shift = -Math.getExponent(largest);
    if (Math.abs(shift) <= WEIGHT_EXPONENT_LIMIT) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      w[i] = Math.scalb(w[i], shift);
    }
    return true;
  }

  /**
   * A built-in strategy's aggregate of the {@code n} counted children gathered in {@code s} and
   * {@code w}, handed what the plan made once where it serves: every child's share when all
   * count, the scaled weights when the largest counted child is as large as the largest child (in
   * binary exponent); otherwise the kernel scales the weights itself.
   */
  static double builtIn(CompiledScorecard plan, int k, StrategyKernel kernel,
      StrategyKernel.Scratch scratch, double[] s, double[] w, double[] scaled, double[] shares,
      int n, boolean all, boolean scaledForStrategy, double largest) {
    return scaledForStrategy ? kernel.aggregate(scratch, s, w, n)
        : all ? kernel.aggregateWithShares(scratch, s, w, shares, n)
        : StrategyKernel.exponent(largest) == plan.shareExponent[k]
            ? kernel.aggregate(scratch, s, w, scaled, n)
            : kernel.aggregate(scratch, s, w, n);
  }

  /** A strategy's aggregate out of range: not finite, negative, or above the children's cap. */
  ExtensionFailureException badAggregate(int k, double result) {
    return failure(k, describe(k) + " returned " + number(result) + " for node '"
        + plan.id[k] + "' " + forSubject()
        + "; aggregates must be finite and lie in [0, largest cap of the counted children "
        + number(plan.cap[k]) + "]", null);
  }

  /**
   * A parent's status from its counted children with data (at least one has data when called):
   * the worst of their statuses, or the most frequent with ties to the worse.
   */
  private Status fromChildren(int from, int to, StatusPolicy statusPolicy) {
    int[] count = new int[Status.NO_DATA.ordinal()];
    for (int c = from; c < to; c++) {
      if (plan.weight[c] > 0 && !Double.isNaN(score[c])) {
        count[status[c].ordinal()]++; // ON_TRACK, AT_RISK or OFF_TRACK: the child has data
      }
    }
    int chosen = -1;
    for (int o = 0; o < count.length; o++) {
      if (count[o] > 0 && (statusPolicy == StatusPolicy.WORST_CHILD
          || chosen < 0 || count[o] >= count[chosen])) {
        chosen = o; // later ordinals are worse: ties and the worst go to the later one
      }
    }
    return Status.values()[chosen];
  }

  /** The contributions' net: one per counted child, finite, adding up to the score. */
  private void checkContributions(int k, double[] c, int[] child, int included, double result) {
    if (c.length != included) {
      throw failure(k, describe(k) + " gave " + c.length + " contributions for node '"
          + plan.id[k] + "' " + forSubject() + ", which has " + included
          + " counted children", null);
    }
    double sum = 0;
    for (int i = 0; i < included; i++) {
      if (!Double.isFinite(c[i])) {
        throw failure(k, describe(k) + " gave the contribution " + number(c[i])
            + " for child '" + plan.id[child[i]] + "' of node '" + plan.id[k] + "' "
            + forSubject(), null);
      }
      sum += c[i];
    }
    if (!(Math.abs(sum - result)
        <= ScorecardEngine.ROUNDING_TOLERANCE * Math.max(1.0, Math.abs(result)))) {
      throw failure(k, describe(k) + " gave contributions adding up to " + number(sum)
          + " for node '" + plan.id[k] + "' " + forSubject() + ", which scored "
          + number(result) + "; they must add up to the score (within 1e-9)", null);
    }
  }

  /** Each direction as an Optional, made once. */
  @SuppressWarnings("unchecked")
  private static final Optional<Trend.Direction>[] DIRECTION =
      java.util.Arrays.stream(Trend.Direction.values()).map(Optional::of)
          .toArray(Optional[]::new);

  private static final List<Trend.Difference> COVERAGE_ONLY = List.of(Trend.Difference.COVERAGE);
  private static final List<Trend.Difference> TARGET_ONLY = List.of(Trend.Difference.TARGET);
  private static final List<Trend.Difference> COVERAGE_AND_TARGET =
      List.of(Trend.Difference.COVERAGE, Trend.Difference.TARGET);

  /** One comparison made: the period compared with, and its scores-only evaluation. */
  record Compared(ComparedPeriod period, Evaluation evaluation) {}

  /**
   * Builds the result tree with one trend per comparison. The comparison flags are computed
   * once for the whole tree; the tree is four levels deep, so the recursion is bounded.
   */
  NodeResult tree(List<Compared> compared, double tolerance) {
    boolean[][] coverageDiffers = new boolean[compared.size()][];
    boolean[][] targetDiffers = new boolean[compared.size()][];
    for (int i = 0; i < compared.size(); i++) {
      Evaluation p = compared.get(i).evaluation();
      coverageDiffers[i] = new boolean[plan.size];
      targetDiffers[i] = new boolean[plan.size];
      for (int k = plan.size - 1; k >= 0; k--) {
        if (plan.kind[k] == NodeKind.INDICATOR) {
          coverageDiffers[i][k] = Double.isNaN(score[k]) != Double.isNaN(p.score[k]);
          targetDiffers[i][k] = !same(target[k], p.target[k]) || !same(baseline[k], p.baseline[k]);
        } else {
          for (int c = plan.childFrom[k]; c < plan.childTo[k]; c++) {
            if (plan.weight[c] > 0) {
              coverageDiffers[i][k] |= coverageDiffers[i][c];
              targetDiffers[i][k] |= targetDiffers[i][c];
            }
          }
        }
      }
    }
    return tree(0, compared, coverageDiffers, targetDiffers, tolerance);
  }

  private NodeResult tree(int k, List<Compared> compared, boolean[][] coverageDiffers,
      boolean[][] targetDiffers, double tolerance) {
    // Immutable lists made once: NodeResult's List.copyOf keeps them as they are.
    NodeResult[] kids = new NodeResult[plan.childTo[k] - plan.childFrom[k]];
    for (int c = plan.childFrom[k]; c < plan.childTo[k]; c++) {
      kids[c - plan.childFrom[k]] = tree(c, compared, coverageDiffers, targetDiffers, tolerance);
    }
    List<NodeResult> children = List.of(kids);
    Trend[] made = new Trend[compared.size()];
    for (int i = 0; i < made.length; i++) {
      List<Trend.Difference> differences = coverageDiffers[i][k]
          ? (targetDiffers[i][k] ? COVERAGE_AND_TARGET : COVERAGE_ONLY)
          : (targetDiffers[i][k] ? TARGET_ONLY : List.of());
      made[i] = trend(k, compared.get(i), differences, tolerance);
    }
    List<Trend> trends = List.of(made);
    boolean isIndicator = plan.kind[k] == NodeKind.INDICATOR;
    Optional<IndicatorDetail> detail = Optional.empty();
    Optional<String> action = Optional.empty();
    String method = plan.method[k];
    if (isIndicator) {
      Indicator ind = plan.indicator[k];
      detail =
          Optional.of(
              new IndicatorDetail(
                  optional(actual[k]),
                  prepared.targetOrEmpty[k], // the period's, made once per period
                  prepared.baselineOrEmpty[k],
                  method,
                  ind.unit(),
                  ind.cap(),
                  Optional.ofNullable(carried[k])));
      action = plan.action[k][status[k].ordinal()];
    }
    return new NodeResult(
        plan.kind[k],
        plan.id[k],
        plan.name[k],
        optional(score[k]),
        status[k],
        statusSource[k],
        plan.weight[k],
        normalised[k],
        optional(contribution[k]),
        coverage[k],
        completeness[k],
        method,
        detail,
        action,
        Optional.ofNullable(note[k]),
        trends,
        children);
  }

  /** Node {@code k}'s trend against one compared period (see {@link Trend} for the rules). */
  private Trend trend(int k, Compared compared, List<Trend.Difference> differences,
      double tolerance) {
    Evaluation p = compared.evaluation();
    OptionalDouble scoreChange = Double.isNaN(score[k]) || Double.isNaN(p.score[k])
        ? OptionalDouble.empty() : OptionalDouble.of(score[k] - p.score[k]);
    Optional<Trend.Direction> direction = Optional.empty();
    OptionalDouble previousActual = OptionalDouble.empty();
    OptionalDouble actualChange = OptionalDouble.empty();
    OptionalDouble relativeChange = OptionalDouble.empty();
    if (plan.kind[k] == NodeKind.INDICATOR) {
      Indicator ind = plan.indicator[k];
      double now = actual[k];
      double then = p.actual[k];
      previousActual = optional(then);
      if (!Double.isNaN(now) && !Double.isNaN(then)) {
        actualChange = finite(now - then);
        if (hasRelativeChange(ind) && then != 0) {
          relativeChange = finite((now - then) / Math.abs(then));
        }
        if (ind.polarity() != Polarity.IN_RANGE) {
          Trend.Direction up = ind.polarity() == Polarity.HIGHER_IS_BETTER
              ? Trend.Direction.IMPROVED : Trend.Direction.WORSENED;
          Trend.Direction down = up == Trend.Direction.IMPROVED
              ? Trend.Direction.WORSENED : Trend.Direction.IMPROVED;
          direction = DIRECTION[(same(now, then) ? Trend.Direction.UNCHANGED
              : now > then ? up : down).ordinal()];
        }
      }
    }
    if (direction.isEmpty() && scoreChange.isPresent()) {
      double delta = scoreChange.getAsDouble();
      direction = DIRECTION[(Math.abs(delta) <= tolerance ? Trend.Direction.UNCHANGED
          : delta > 0 ? Trend.Direction.IMPROVED : Trend.Direction.WORSENED).ordinal()];
    }
    ComparedPeriod cp = compared.period();
    return new Trend(cp.comparison(), cp.period(), cp.code(), optional(p.score[k]), scoreChange,
        direction, differences, previousActual, actualChange, relativeChange);
  }

  /**
   * Whether a change of an indicator's values is also given relative to the earlier value: not
   * for percentages and ratios, whose changes are given in points (a change of a percentage in
   * percent misleads).
   */
  private static boolean hasRelativeChange(Indicator ind) {
    Unit.Kind kind = ind.unit().kind();
    return kind != Unit.Kind.PERCENTAGE && kind != Unit.Kind.RATIO;
  }

  /**
   * Two values are the same when both are absent (NaN), or they differ by at most {@link
   * Trend#RELATIVE_TOLERANCE} times the larger magnitude.
   */
  static boolean same(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.isNaN(a) && Double.isNaN(b);
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return a == b;
    }
    return Math.abs(a - b) <= Trend.RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  private static OptionalDouble finite(double v) {
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  private static OptionalDouble optional(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
