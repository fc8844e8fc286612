package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.internal.StrategyKernel;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.RollUps;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.scoring.internal.RuleKernel;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.model.Problem;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores-only evaluation of a block's subjects, node by node over a chunk of up to {@value
 * #CHUNK} subjects at a time: each indicator is read and scored for every subject of the chunk,
 * then each parent aggregated for every subject, so that what a node needs (its rule, target,
 * roll-up, children) is looked up once per chunk rather than once per subject, and the loops the
 * processor runs are the same node's over and over.
 *
 * <p>It computes exactly what {@link Evaluation} computes for each subject in scores-only mode,
 * operation for operation and in the same order (the same rule and strategy kernels, the same
 * roll-ups, the same checks); only the order in which subjects and nodes are visited differs,
 * and no subject's result depends on another's. A subject whose evaluation throws one of the
 * library's exceptions keeps the first it throws, in the order {@link Evaluation} would meet
 * them, and is skipped from then on. Not thread-safe: one per thread.
 */
final class ChunkScorer {
  /** Subjects per chunk: their working values stay in the processor's cache. */
  static final int CHUNK = 256;

  private final CompiledScorecard plan;
  private final PreparedPeriod prepared;
  private Evaluation.Binding binding;
  private MeasurementBlock block;
  private final double[][] score;
  private final double[][] value;
  private final BscException[] failure = new BscException[CHUNK];
  private final double[] monthly;
  private final int[] monthColumns;
  private final double[] childScore;
  private final double[] childWeight;
  private final double[] childShare;
  private final double[] childScaled;
  private final StrategyKernel.Scratch scratch = new StrategyKernel.Scratch();
  private final double minimumCoverage;
  private final boolean completeOnly;
  private final boolean derivedOnes;
  private int base;
  private int reportBase;
  private int count;

  /** Whether a batch is using this scorer (a scorer kept per thread is not reentrant). */
  boolean busy;

  /** Whether the next chunk starts with the failures already recorded (sources). */
  private boolean keepFailures;

  /** The buffer sources are fetched into, a chunk at a time, and the block over it. */
  private double[] buffer;
  private BitSet bits;
  private MeasurementBlock view;
  private Evaluation.Binding viewBinding;
  private final Object[] warnings = new Object[CHUNK];

  ChunkScorer(CompiledScorecard plan, PreparedPeriod prepared) {
    this.plan = plan;
    this.prepared = prepared;
    this.score = new double[plan.size][CHUNK];
    this.value = new double[plan.size][];
    for (int k = plan.firstIndicator; k < plan.size; k++) {
      value[k] = new double[CHUNK];
    }
    this.monthly = new double[Math.max(1, prepared.months)];
    this.monthColumns = new int[Math.max(1, prepared.months)];
    this.childScore = new double[plan.maxChildren];
    this.childWeight = new double[plan.maxChildren];
    this.childShare = new double[plan.maxChildren];
    this.childScaled = new double[plan.maxChildren];
    this.minimumCoverage = plan.scorecard.defaults().minimumCoverage();
    this.completeOnly =
        plan.scorecard.defaults().partialPeriods() == PartialPeriodPolicy.COMPLETE_ONLY;
    this.derivedOnes = plan.derivedOrder.length > 0;
    boolean simple = !derivedOnes && prepared.months > 1;
    for (int k = plan.firstIndicator; k < plan.size; k++) {
      simple &= plan.carry[k] == 0 && plan.ruleKernel[k] != null;
    }
    this.rowsFirst = simple;
    this.modes = new int[plan.size];
    for (int k = plan.firstIndicator; k < plan.size; k++) {
      modes[k] = mode(k);
    }
  }

  /** Whether {@link #readRows} serves this plan and period. */
  private final boolean rowsFirst;

  /** Each indicator's roll-up, as {@link #rolledValue} takes it. */
  private final int[] modes;

  /**
   * Scores the block's subjects {@code [from, to)} into {@code out}, subject {@code s} at {@code
   * out[offset + s - from]}, and reports failures under index {@code offset + s - from}.
   */
  void score(MeasurementBlock block, Evaluation.Binding binding, int from, int to,
      double[] out, int offset, BatchReport.Collector collector) {
    this.block = block;
    this.binding = binding;
    try {
      for (int start = from; start < to; start += CHUNK) {
        chunk(start, Math.min(to, start + CHUNK), out, offset + start - from, collector);
      }
    } finally {
      this.block = null; // keep no caller's data past the batch
      this.binding = null;
    }
  }

  private void chunk(int from, int to, double[] out, int offset,
      BatchReport.Collector collector) {
    base = from;
    reportBase = offset;
    count = to - from;
    if (!keepFailures) {
      Arrays.fill(failure, 0, count, null);
    }
    columns();
    if (rowsFirst) {
      readRows();
      for (int k = plan.firstIndicator; k < plan.size; k++) {
        score(k);
      }
    } else {
      for (int k = plan.firstIndicator; k < plan.size; k++) {
        if (plan.formula[k] == null) {
          read(k);
          if (!derivedOnes) {
            score(k);
          }
        }
      }
    }
    if (derivedOnes) {
      for (int k : plan.derivedOrder) {
        derive(k);
      }
      for (int k = plan.firstIndicator; k < plan.size; k++) {
        score(k);
      }
    }
    for (int k = plan.firstIndicator - 1; k >= 0; k--) {
      aggregate(k);
    }
    double[] root = score[0];
    for (int i = 0; i < count; i++) {
      if (failure[i] != null) {
        out[offset + i] = Double.NaN;
        collector.add(offset + i, failure[i]);
      } else {
        out[offset + i] = root[i];
      }
    }
  }

  /**
   * Scores subjects {@code [from, to)} of a list of sources into {@code out}: a chunk at a time,
   * each subject's values fetched into this scorer's buffer with one {@link
   * MeasurementSource#fetch} call, then the chunk scored as a block. Ids a source holds that are
   * not measured indicators are warned of or rejected per subject, as a batch of sources does.
   */
  void score(MeasurementSource[] sources, int from, int to, double[] out,
      EvaluationOptions.UnknownMeasurements policy, BatchReport.Collector collector) {
    MeasurementLayout layout = prepared.layout();
    int width = layout.valuesPerSubject();
    if (view == null) {
      buffer = new double[CHUNK * width];
      bits = new BitSet(CHUNK * width);
      view = MeasurementBlock.of(layout, buffer, bits);
      viewBinding = new Evaluation.Binding(plan, prepared, view);
    }
    boolean reject = policy == EvaluationOptions.UnknownMeasurements.REJECT;
    for (int start = from; start < to; start += CHUNK) {
      int n = Math.min(to, start + CHUNK) - start;
      bits.clear();
      for (int i = 0; i < n; i++) {
        failure[i] = null;
        warnings[i] = null;
        MeasurementSource source = sources[start + i];
        try {
          Set<String> ids = source.indicatorIds();
          List<Problem> warned = reject || ids == null
              ? ScorecardEngine.unknownIndicators(plan, ids, policy) : null;
          int held = source.fetch(layout, buffer, i * width, bits);
          if (warned == null) {
            warned = held >= 0 && held == ids.size()
                ? List.of() : ScorecardEngine.unknownIndicators(plan, ids, policy);
          }
          warnings[i] = warned;
        } catch (BscException e) {
          failure[i] = e;
        }
      }
      keepFailures = true;
      try {
        this.block = view;
        this.binding = viewBinding;
        chunk(0, n, out, start, collector);
      } finally {
        keepFailures = false;
        this.block = null;
        this.binding = null;
      }
      for (int i = 0; i < n; i++) {
        if (failure[i] == null) {
          @SuppressWarnings("unchecked")
          List<Problem> warned = (List<Problem>) warnings[i];
          collector.warn(start + i, warned);
        }
        warnings[i] = null; // keep no source's warnings past the batch
      }
    }
  }

  /** Reads indicator {@code k}'s value over the period for every subject of the chunk. */
  private void read(int k) {
    double[] v = value[k];
    int row = binding.row[k];
    if (row < 0) {
      Arrays.fill(v, 0, count, Double.NaN); // the block has no column for it: no data
      return;
    }
    if (plan.carry[k] == 0 && prepared.months > 1) {
      rolledUp(k, row); // the common case of a period of months: see there
      return;
    }
    for (int i = 0; i < count; i++) {
      if (failure[i] == null) {
        try {
          v[i] = measured(k, (base + i) * binding.valuesPerSubject + row);
        } catch (BscException e) {
          failure[i] = e;
        }
      }
    }
  }

  /**
   * {@link #measured} for an indicator that does not carry values forward, over a period of
   * several months: the period's own value where the block has one, else the months' values
   * gathered in order and rolled up, without the checks that cannot apply.
   */
  private void rolledUp(int k, int row) {
    double[] v = value[k];
    int mode = modes[k];
    int stride = binding.valuesPerSubject;
    for (int i = 0; i < count; i++) {
      if (failure[i] == null) {
        v[i] = rolledValue(k, i, (base + i) * stride + row, mode);
      }
    }
  }

  /** How {@link #rolledValue} rolls indicator {@code k}'s months up. */
  private int mode(int k) {
    return switch (plan.indicator[k].rollUp()) {
      case SUM -> SUM;
      case AVERAGE -> AVERAGE;
      case LAST -> LAST;
      default -> OTHER;
    };
  }

  private static final int SUM = 0;
  private static final int AVERAGE = 1;
  private static final int LAST = 2;
  private static final int OTHER = 3;

  /**
   * Sets the columns {@link #rolledValue} reads for the block being scored: each month's, the
   * period's own, and whether one read of a NaN-marked block tells presence and value.
   */
  private void columns() {
    PreparedPeriod p = prepared;
    boolean all = true;
    for (int m = 0; m < p.months; m++) {
      monthColumns[m] = binding.column[p.monthSlot(m)];
      all &= monthColumns[m] >= 0;
    }
    directColumn = binding.column[PreparedPeriod.DIRECT];
    nanRead = block.nanMeansMissing() && all && directColumn < 0;
  }

  private int directColumn;
  private boolean nanRead;

  /**
   * {@link #measured} for an indicator that does not carry values forward, over a period of
   * several months, for the subject whose row of this indicator starts at {@code at}: the
   * period's own value where the block has one, else the months' values in order, rolled up.
   * SUM and AVERAGE add the months in order and LAST takes the latest, as RollUps.combine does
   * (an AVERAGE whose sum overflows, MIN and MAX are left to it, with the months gathered). A
   * value that is not finite fails subject {@code i}; the value returned then is never used.
   */
  private double rolledValue(int k, int i, int at, int mode) {
    int direct = directColumn;
    if (direct >= 0 && block.presentAt(at + direct)) {
      double x = block.valueAt(at + direct);
      if (!Double.isFinite(x)) {
        failure[i] = notFinite(k, at + direct, PreparedPeriod.DIRECT, x);
      }
      return x;
    }
    int months = prepared.months;
    int[] columns = monthColumns;
    double[] values = monthly;
    boolean adds = mode == SUM || mode == AVERAGE;
    int present = 0;
    double rolled = 0;
    for (int m = 0; m < months; m++) {
      int index = at + columns[m];
      double x;
      if (nanRead) {
        x = block.valueAt(index);
        if (x != x) {
          continue; // missing
        }
      } else if (columns[m] >= 0 && block.presentAt(index)) {
        x = block.valueAt(index);
      } else {
        continue;
      }
      if (!Double.isFinite(x)) {
        failure[i] = notFinite(k, index, prepared.monthSlot(m), x);
        return Double.NaN;
      }
      rolled = adds && present > 0 ? rolled + x : x;
      values[present++] = x;
    }
    if (present == 0 || (present < months && completeOnly)) {
      return Double.NaN;
    }
    if (mode == AVERAGE && Double.isFinite(rolled)) {
      rolled = rolled / present;
    } else if (mode == AVERAGE || mode == OTHER) {
      rolled = RollUps.combine(plan.indicator[k].rollUp(), values, present);
    }
    return Double.isFinite(rolled) ? rolled : Double.NaN;
  }

  /**
   * Reads every measured indicator for each subject in turn, a subject's row after another's as
   * they lie in the block: for plans where every measured indicator is rolled up by {@link
   * #rolledValue} and scored by a kernel, which cannot fail, so that reading before scoring
   * meets a subject's failures in the same order as reading and scoring each indicator in turn.
   */
  private void readRows() {
    int first = plan.firstIndicator;
    int stride = binding.valuesPerSubject;
    for (int i = 0; i < count; i++) {
      int row0 = (base + i) * stride;
      for (int k = first; k < plan.size && failure[i] == null; k++) {
        int row = binding.row[k];
        value[k][i] = row < 0 ? Double.NaN : rolledValue(k, i, row0 + row, modes[k]);
      }
    }
  }




  /** A present value that is not finite: named by the subject's id, or its index in the batch. */
  private InvalidMeasurementException notFinite(int k, int index, int slot, double x) {
    int position = index / binding.valuesPerSubject; // in the block
    return binding.named
        ? new InvalidMeasurementException(block.subjectName(position), plan.id[k],
            prepared.slot[slot], x)
        : new InvalidMeasurementException(reportBase + position - base, plan.id[k],
            prepared.slot[slot], x);
  }

  /** As {@code Evaluation.measured} in scores-only mode, for the subject at {@code at}. */
  private double measured(int k, int at) {
    double direct = read(k, at, PreparedPeriod.DIRECT);
    if (!Double.isNaN(direct)) {
      return direct;
    }
    PreparedPeriod p = prepared;
    if (!p.wholeMonths) {
      return Double.NaN;
    }
    int months = p.months;
    double[] values = monthly;
    int present = 0;
    int carry = plan.carry[k];
    for (int m = 0; m < months; m++) {
      double v = months == 1 ? Double.NaN : read(k, at, p.monthSlot(m));
      for (int age = 1; age <= carry && Double.isNaN(v); age++) {
        if (p.slot[p.monthSlot(m - age)] == null) {
          break; // no month before the earliest a period may have (year 1)
        }
        v = read(k, at, p.monthSlot(m - age));
      }
      if (!Double.isNaN(v)) {
        values[present++] = v;
      }
    }
    if (present == 0 || (present < months && completeOnly)) {
      return Double.NaN;
    }
    double rolled = RollUps.combine(plan.indicator[k].rollUp(), values, present);
    return Double.isFinite(rolled) ? rolled : Double.NaN;
  }

  /** One value of the block, NaN when missing; a present value that is not finite is refused. */
  private double read(int k, int at, int slot) {
    int column = binding.column[slot];
    if (column < 0) {
      return Double.NaN;
    }
    int index = at + column;
    if (!block.presentAt(index)) {
      return Double.NaN;
    }
    double x = block.valueAt(index);
    if (!Double.isFinite(x)) {
      throw notFinite(k, index, slot, x);
    }
    return x;
  }

  /** As {@code Evaluation.derived} in scores-only mode, for every subject of the chunk. */
  private void derive(int k) {
    double[] v = value[k];
    Formula formula = plan.formula[k];
    for (int i = 0; i < count; i++) {
      if (failure[i] != null) {
        continue;
      }
      int subject = i;
      Formula.Value result = formula.evaluate(ref -> {
        double x = value[plan.index.get(ref)][subject];
        return Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x);
      });
      v[i] = result.isPresent() ? result.value().getAsDouble() : Double.NaN;
    }
  }

  /** As {@code Evaluation.scoreIndicator} in scores-only mode, for every subject of the chunk. */
  private void score(int k) {
    PreparedPeriod p = prepared;
    double[] v = value[k];
    double[] out = score[k];
    byte problem = p.problem[k];
    double scale = p.scale[k];
    double t = p.targetPerMonth[k];
    double b = p.baselinePerMonth[k];
    double cap = plan.cap[k];
    RuleKernel kernel = plan.ruleKernel[k];
    boolean noScore =
        problem != PreparedPeriod.FINE && problem < PreparedPeriod.TARGET_PER_MONTH_OVERFLOW;
    for (int i = 0; i < count; i++) {
      double a = v[i];
      if (Double.isNaN(a) || noScore || failure[i] != null) {
        out[i] = Double.NaN;
        continue;
      }
      double perMonth = scale == 1.0 ? a : a / scale;
      if (!Double.isFinite(perMonth) || problem != PreparedPeriod.FINE) {
        out[i] = Double.NaN;
        continue;
      }
      double s;
      if (kernel != null) {
        s = kernel.score(perMonth, t, b);
      } else {
        try {
          s = evaluation(i).applicationRule(k, a, perMonth, scale);
        } catch (BscException e) {
          failure[i] = e;
          out[i] = Double.NaN;
          continue;
        }
      }
      if (!(s >= 0 && s <= cap)) {
        failure[i] = evaluation(i).badScore(k, s, a, perMonth, scale);
        out[i] = Double.NaN;
        continue;
      }
      out[i] = s;
    }
  }

  /** As {@code Evaluation.aggregate} in scores-only mode, for every subject of the chunk. */
  private void aggregate(int k) {
    double[] out = score[k];
    if (plan.largestChild[k] == 0) {
      Arrays.fill(out, 0, count, Double.NaN);
      return;
    }
    int from = plan.childFrom[k];
    int to = plan.childTo[k];
    MissingDataPolicy policy = plan.policy[k];
    boolean zero = policy == MissingDataPolicy.ZERO;
    boolean strict = policy == MissingDataPolicy.STRICT;
    StrategyKernel kernel = plan.strategyKernel[k];
    double counted = plan.counted[k];
    double cap = plan.cap[k] + ScorecardEngine.ROUNDING_TOLERANCE;
    int positive = plan.positiveChildren[k];
    boolean mean = kernel != null && kernel.isWeightedMean();
    double[] s = childScore;
    double[] w = childWeight;
    double[] scaled = childScaled;
    double[] shares = childShare;
    for (int i = 0; i < count; i++) {
      if (failure[i] != null) {
        out[i] = Double.NaN;
        continue;
      }
      double withData = 0;
      boolean anyData = false;
      boolean anyMissing = false;
      int included = 0;
      // The weighted mean's own sums, as its kernel would make them when every child counts.
      double sum = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int c = from; c < to; c++) {
        double weight = plan.weight[c];
        if (weight > 0) {
          double sc = score[c][i];
          boolean missing = Double.isNaN(sc);
          if (missing) {
            anyMissing = true;
          } else {
            withData += plan.coverageWeight[c];
            anyData = true;
          }
          if (!missing || zero) {
            double counts = missing ? 0.0 : sc;
            s[included] = counts;
            w[included] = weight;
            scaled[included] = plan.shareWeight[c];
            shares[included] = plan.fullShare[c];
            included++;
            sum += plan.fullShare[c] * counts;
            lo = Math.min(lo, counts);
            hi = Math.max(hi, counts);
          }
        }
      }
      double coverage = withData / counted;
      if ((strict && anyMissing) || !anyData
          || coverage < minimumCoverage - ScorecardEngine.ROUNDING_TOLERANCE) {
        out[i] = Double.NaN;
        continue;
      }
      boolean all = included == positive;
      double largestIncluded = Evaluation.largestCounted(plan, k, w, included, all);
      boolean scaleForStrategy = Evaluation.scaleForStrategy(largestIncluded, w, included);
      // The weighted mean accumulated above is the kernel's own arithmetic in the same order;
      // NaN asks for the kernel itself (rounding took the sum outside the children's scores).
      double result = mean && all && !scaleForStrategy
          ? StrategyKernel.weightedMean(sum, lo, hi) : Double.NaN;
      if (!Double.isNaN(result)) {
        out[i] = result; // within [lo, hi]: within the cap, as the kernel's would be
        continue;
      }
      if (kernel != null) {
        result = Evaluation.builtIn(plan, k, kernel, scratch, s, w, scaled, shares, included,
            all, scaleForStrategy, largestIncluded);
      } else {
        try {
          result = evaluation(i).applicationStrategy(k, AggregationInput.of(
              Arrays.copyOf(s, included), Arrays.copyOf(w, included),
              plan.spec[k].parameters()));
        } catch (BscException e) {
          failure[i] = e;
          out[i] = Double.NaN;
          continue;
        }
      }
      if (!(result >= 0 && result <= cap)) {
        failure[i] = evaluation(i).badAggregate(k, result);
        out[i] = Double.NaN;
        continue;
      }
      out[i] = result;
    }
  }

  /** An evaluation positioned on subject {@code i} of the chunk, for its failure messages. */
  private Evaluation evaluation(int i) {
    if (messages == null) {
      messages = new Evaluation(plan, false);
    }
    messages.position(prepared, reportBase + i,
        binding.named ? block.subjectName(base + i) : null);
    return messages;
  }

  private Evaluation messages;
}
