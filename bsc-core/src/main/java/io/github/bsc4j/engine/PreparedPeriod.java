package io.github.bsc4j.engine;

import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.data.RollUps;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Target;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a plan needs for one period, resolved once and shared by every subject: each indicator's
 * target and baseline over the period (and per month), its period scale, whether they exist, and
 * the periods a measurement may be read for (the period itself, its months and the months before
 * them that carry-forward may reach). Immutable and thread-safe.
 */
final class PreparedPeriod {
  /** Why an indicator has no score over this period whatever its actual value, if it has none. */
  static final byte FINE = 0;
  static final byte NO_TARGET = 1;
  static final byte NO_BASELINE = 2;
  static final byte TARGET_OVERFLOW = 3;
  static final byte BASELINE_OVERFLOW = 4;
  /** The target per month overflows; reported after an actual per month that overflows. */
  static final byte TARGET_PER_MONTH_OVERFLOW = 5;
  static final byte BASELINE_PER_MONTH_OVERFLOW = 6;

  /** The slot of the period itself. */
  static final int DIRECT = 0;

  final CompiledScorecard plan;
  final Period period;
  final String code;
  final String label;
  final boolean wholeMonths;

  /** The period's months (0 unless it is whole months). */
  final int months;

  /** How many months before the first one carry-forward may read. */
  final int lookback;

  /**
   * The period each slot reads: slot 0 the period itself, slot {@code 1 + lookback + o} month
   * {@code o} counted from the period's first month ({@code -lookback <= o < months}); null for
   * a month before year {@value Period#MIN_YEAR}.
   */
  final Period[] slot;

  final double[] target;
  final double[] baseline;
  final double[] scale;
  final double[] targetPerMonth;
  final double[] baselinePerMonth;
  final OptionalDouble[] targetOrEmpty;
  final OptionalDouble[] baselineOrEmpty;
  final OptionalDouble[] targetPerMonthOrEmpty;
  final OptionalDouble[] baselinePerMonthOrEmpty;
  final byte[] problem;

  private volatile MeasurementLayout layout;

  /** Each thread's scorer of blocks for this period, kept for the next batch. */
  private final ThreadLocal<ChunkScorer> scorers;

  PreparedPeriod(CompiledScorecard plan, Period period) {
    this.plan = plan;
    this.period = period;
    this.code = plan.calendar.format(period);
    this.label = plan.calendar.label(period);
    this.wholeMonths = period.isWholeMonths();
    List<YearMonth> list = wholeMonths ? period.months() : List.of();
    this.months = list.size();
    this.lookback = months == 0 ? 0 : plan.maxCarry;
    this.slot = new Period[1 + lookback + months];
    slot[DIRECT] = period;
    if (months > 0) {
      YearMonth first = list.get(0);
      for (int o = -lookback; o < months; o++) {
        YearMonth m = first.plusMonths(o);
        slot[1 + lookback + o] = m.getYear() < Period.MIN_YEAR ? null : Period.month(m);
      }
    }
    int n = plan.size;
    target = new double[n];
    baseline = new double[n];
    scale = new double[n];
    targetPerMonth = new double[n];
    baselinePerMonth = new double[n];
    targetOrEmpty = new OptionalDouble[n];
    baselineOrEmpty = new OptionalDouble[n];
    targetPerMonthOrEmpty = new OptionalDouble[n];
    baselinePerMonthOrEmpty = new OptionalDouble[n];
    problem = new byte[n];
    for (int k = plan.firstIndicator; k < n; k++) {
      prepare(k, plan.indicator[k]);
    }
    this.scorers = ThreadLocal.withInitial(() -> new ChunkScorer(plan, this));
  }

  /**
   * A scorer of blocks for this thread, marked busy: the one kept for the thread, or a new one
   * when that is in use further up the stack (a store that scores from its fetch). Give it back
   * with {@link #release}.
   */
  ChunkScorer scorer() {
    ChunkScorer kept = scorers.get();
    ChunkScorer s = kept.busy ? new ChunkScorer(plan, this) : kept;
    s.busy = true;
    return s;
  }

  /** Gives a scorer back. */
  void release(ChunkScorer scorer) {
    scorer.busy = false;
  }

  private void prepare(int k, Indicator ind) {
    OptionalDouble t = ind.target().map(x -> RollUps.targetFor(x, ind.rollUp(), period))
        .orElse(OptionalDouble.empty());
    OptionalDouble b = baselineFor(ind);
    target[k] = t.orElse(Double.NaN);
    baseline[k] = b.orElse(Double.NaN);
    targetOrEmpty[k] = t;
    baselineOrEmpty[k] = b;
    double s = RollUps.periodScale(ind.rollUp(), period);
    scale[k] = s;
    // Raw-value parameters are per month: the period is scored and classified per month (the
    // division is exact for a scale of 1, so months and non-SUM indicators keep every bit).
    targetPerMonth[k] = t.isPresent() ? t.getAsDouble() / s : Double.NaN;
    baselinePerMonth[k] = b.isPresent() ? b.getAsDouble() / s : Double.NaN;
    targetPerMonthOrEmpty[k] = t.isPresent()
        ? OptionalDouble.of(targetPerMonth[k]) : OptionalDouble.empty();
    baselinePerMonthOrEmpty[k] = b.isPresent()
        ? OptionalDouble.of(baselinePerMonth[k]) : OptionalDouble.empty();
    if (ind.target().isPresent() && t.isEmpty()) {
      problem[k] = NO_TARGET;
    } else if (ind.baselineSchedule().isPresent() && b.isEmpty()) {
      problem[k] = NO_BASELINE;
    } else if (t.isPresent() && !Double.isFinite(target[k])) {
      problem[k] = TARGET_OVERFLOW;
    } else if (b.isPresent() && !Double.isFinite(baseline[k])) {
      problem[k] = BASELINE_OVERFLOW;
    } else if (t.isPresent() && !Double.isFinite(targetPerMonth[k])) {
      problem[k] = TARGET_PER_MONTH_OVERFLOW;
    } else if (b.isPresent() && !Double.isFinite(baselinePerMonth[k])) {
      problem[k] = BASELINE_PER_MONTH_OVERFLOW;
    } else {
      problem[k] = FINE;
    }
  }

  private OptionalDouble baselineFor(Indicator ind) {
    if (ind.baselineSchedule().isPresent()) {
      return RollUps.targetFor(ind.baselineSchedule().get(), ind.rollUp(), period);
    }
    if (ind.baseline().isPresent()) {
      return RollUps.targetFor(Target.of(ind.baseline().getAsDouble()), ind.rollUp(), period);
    }
    return OptionalDouble.empty();
  }

  /** The layout of what this period reads; see {@link PreparedEvaluation#layout()}. */
  MeasurementLayout layout() {
    MeasurementLayout l = layout;
    if (l == null) {
      List<String> ids = new ArrayList<>();
      for (int k = plan.firstIndicator; k < plan.size; k++) {
        if (plan.formula[k] == null) {
          ids.add(plan.id[k]);
        }
      }
      if (ids.isEmpty()) {
        throw new IllegalStateException("scorecard '" + plan.scorecard.id()
            + "' has no measured indicator: nothing is read, so there is no layout");
      }
      List<Period> periods = new ArrayList<>();
      for (int o = -lookback; o < 0; o++) {
        addOnce(periods, slot[monthSlot(o)]);
      }
      if (months != 1) {
        addOnce(periods, period);
      }
      for (int o = 0; o < months; o++) {
        addOnce(periods, slot[monthSlot(o)]);
      }
      l = MeasurementLayout.of(ids, periods);
      layout = l;
    }
    return l;
  }

  private static void addOnce(List<Period> periods, Period p) {
    if (p == null) {
      return; // a month before year 1
    }
    for (Period q : periods) {
      if (q.sameDays(p)) {
        return;
      }
    }
    periods.add(p);
  }

  /** The slot of month {@code o} of the period, counted from its first month. */
  int monthSlot(int o) {
    return 1 + lookback + o;
  }

  /** Why indicator {@code k} has no score whatever its value; only for problem codes 1 to 4. */
  String problemText(int k) {
    Indicator ind = plan.indicator[k];
    return switch (problem[k]) {
      case NO_TARGET -> "no target scheduled for " + label;
      case NO_BASELINE -> "no baseline scheduled for " + label;
      case TARGET_OVERFLOW -> "the " + ind.rollUp() + " of the target over " + label
          + " overflows";
      default -> "the " + ind.rollUp() + " of the baseline over " + label + " overflows";
    };
  }
}
