package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.StatusPolicy;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random rich scorecards and data for the fast-path equivalence properties: every built-in rule
 * and strategy, every missing-data policy, informational children, every roll-up, carry-forward,
 * constant and scheduled targets and baselines (with gaps), both partial-period policies, derived
 * indicators, a minimum coverage and fiscal years starting in other months; over monthly data
 * with holes, rare extremes and occasional direct values. Everything comes from one seed, so that
 * the same scorecard can be built twice with the rules and strategies named differently (see
 * {@link #wrappingEngine()}).
 */
final class RichScorecards {
  private RichScorecards() {}

  static final String[] RULES = {
    "linear", "ratio", "min-max", "relative", "binary", "in-range", "bands", "piecewise"
  };
  static final String[] STRATEGIES = {"weighted-mean", "geometric", "power-mean", "min", "max"};

  /** The prefix of the wrapped names. */
  static final String WRAPPED = "x-";

  /** The periods evaluated, as the prompt lists them. */
  static final List<Period> PERIODS = List.of(
      Period.month(2026, 4),
      Period.quarter(2026, 2),
      Period.yearToDate(2026, 5),
      Period.half(2026, 1),
      Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)));

  /** The months data is generated for: wider than any layout reads (lookback at most 3). */
  static final YearMonth FIRST_MONTH = YearMonth.of(2025, 8);

  static final int MONTHS = 16; // 2025-08 .. 2026-11

  // ---------------------------------------------------------------------------------------
  // Scorecards

  /**
   * The scorecard of a seed; {@code prefix} is put before every rule and strategy name ("" for
   * the built-ins, {@link #WRAPPED} for the wrappers).
   */
  static Scorecard card(long seed, String prefix) {
    Random r = new Random(seed);
    ScorecardDefaults defaults = ScorecardDefaults.DEFAULT
        .withAggregation(strategy(r, prefix))
        .withMissingData(pick(r, MissingDataPolicy.values()))
        .withMinimumCoverage(number(r, 0.0, 0.0, 0.0, 0.5, 0.8))
        .withPartialPeriods(pick(r, PartialPeriodPolicy.values()))
        .withStatusPolicy(pick(r, StatusPolicy.values()))
        .withFiscalYearStart(pick(r, Month.JANUARY, Month.JANUARY, Month.APRIL, Month.JULY));
    Scorecard.Builder b = Scorecard.builder("rich").defaults(defaults);
    int perspectives = 1 + r.nextInt(3);
    double[] pw = weights(r, perspectives);
    List<String> earlier = new ArrayList<>();
    int next = 0;
    for (int p = 0; p < perspectives; p++) {
      Perspective per = Perspective.of("p" + p, "P" + p).withWeight(pw[p]);
      if (r.nextBoolean()) {
        per = per.withAggregation(strategy(r, prefix));
      }
      if (r.nextInt(3) == 0) {
        per = per.withMissingData(pick(r, MissingDataPolicy.values()));
      }
      if (r.nextInt(3) == 0) {
        per = per.withStatusPolicy(pick(r, StatusPolicy.values()));
      }
      b.perspective(per);
      int objectives = 1 + r.nextInt(3);
      double[] ow = weights(r, objectives);
      for (int o = 0; o < objectives; o++) {
        Objective.Builder ob = Objective.builder("o" + p + "_" + o).perspective("p" + p)
            .weight(ow[o]);
        if (r.nextBoolean()) {
          ob.aggregation(strategy(r, prefix));
        }
        if (r.nextBoolean()) {
          ob.missingData(pick(r, MissingDataPolicy.values()));
        }
        if (r.nextInt(3) == 0) {
          ob.statusPolicy(pick(r, StatusPolicy.values()));
        }
        int indicators = 1 + r.nextInt(4);
        double[] iw = weights(r, indicators);
        for (int i = 0; i < indicators; i++) {
          String id = "i" + next++;
          ob.indicator(indicator(r, prefix, id, iw[i], earlier));
          earlier.add(id);
        }
        b.objective(ob);
      }
    }
    return b.build();
  }

  /** Weights with some zeros (informational children), at least one above 0. */
  private static double[] weights(Random r, int n) {
    double[] w = new double[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      w[i] = r.nextInt(20) == 0
          ? number(r, 1e-300, 4.9e-324, 3e300, Double.MAX_VALUE, 0x1p-600, 0x1p600)
          : number(r, 0.0, 0.5, 1.0, 1.0, 2.0, 3.7);
      any |= w[i] > 0;
    }
    if (!any) {
      w[r.nextInt(n)] = 1.0;
    }
    return w;
  }

  private static AggregationSpec strategy(Random r, String prefix) {
    String name = pick(r, STRATEGIES);
    if (name.equals("power-mean")) {
      double p = r.nextInt(4) == 0
          ? number(r, -5.0, -1.0, -0.5, 0.0, 1e-21, 0.5, 1.0, 2.0, 5.0)
          : r.nextDouble() * 10 - 5;
      return AggregationSpec.of(prefix + name, Map.of("p", p));
    }
    return AggregationSpec.of(prefix + name);
  }

  private static Indicator indicator(
      Random r, String prefix, String id, double weight, List<String> earlier) {
    Indicator.Builder i = Indicator.builder(id).lagging().weight(weight);
    RollUp rollUp = pick(r, RollUp.values());
    i.rollUp(rollUp);
    double cap = number(r, 1.0, 1.0, 1.2, 1.5);
    i.cap(cap);
    if (r.nextInt(4) == 0) {
      i.carryForward(1 + r.nextInt(3));
    }
    if (!earlier.isEmpty() && r.nextInt(6) == 0) {
      String a = earlier.get(r.nextInt(earlier.size()));
      String c = earlier.get(r.nextInt(earlier.size()));
      i.formula(pick(r, a + " + " + c, a + " / " + c, "max(" + a + ", " + c + ") - 1",
          a + " * 0.5", "abs(" + a + " - " + c + ")"));
    }
    String rule = pick(r, RULES);
    boolean lower = r.nextInt(3) == 0;
    boolean sum = rollUp == RollUp.SUM;
    ScoringSpec spec;
    switch (rule) {
      case "linear" -> {
        directional(i, lower);
        double base = lower ? 60 + r.nextInt(80) : r.nextInt(60);
        double gap = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(80);
        double target = lower ? base - gap : base + gap;
        baseline(r, i, base, sum);
        target(r, i, target, lower, sum, false);
        spec = ScoringSpec.linear();
      }
      case "ratio" -> {
        directional(i, lower);
        target(r, i, 1 + r.nextInt(100), lower, sum, true);
        spec = ScoringSpec.ratio();
      }
      case "min-max" -> {
        directional(i, lower);
        i.bounds(-10 - r.nextInt(10), 120 + r.nextInt(40));
        spec = ScoringSpec.minMax();
      }
      case "relative" -> {
        directional(i, lower);
        i.target(r.nextInt(4) == 0 ? 0 : r.nextInt(41) - 20);
        spec = r.nextBoolean() ? ScoringSpec.relative()
            : ScoringSpec.relative().withParameter("scale", 0.5 + r.nextInt(40));
      }
      case "binary" -> {
        directional(i, lower);
        target(r, i, r.nextInt(120), lower, sum, false);
        spec = ScoringSpec.binary();
      }
      case "in-range" -> {
        i.inRange();
        double low = 10 + r.nextInt(60);
        spec = ScoringSpec.inRange(low, low + r.nextInt(30), 0.5 + r.nextInt(30));
      }
      case "bands" -> {
        directional(i, lower);
        double a = r.nextInt(40);
        double c = a + 1 + r.nextInt(40);
        double d = c + 1 + r.nextInt(60);
        List<Band> bands = List.of(Band.of(a, c, score(r, cap)), Band.of(c, d, score(r, cap)),
            Band.of(d, d + 50, score(r, cap)));
        if (r.nextBoolean()) {
          // a gap and a default
          bands = List.of(Band.of(a, c, score(r, cap)), Band.of(c + 5, d + 5, score(r, cap)));
          spec = ScoringSpec.bands(bands, score(r, cap));
        } else {
          spec = ScoringSpec.bands(bands);
        }
      }
      default -> {
        directional(i, lower);
        List<Point> points = new ArrayList<>();
        double x = r.nextInt(30) - 10;
        int n = 2 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
          points.add(Point.of(x, score(r, cap)));
          x += 1 + r.nextInt(40);
        }
        spec = ScoringSpec.piecewise(points);
      }
    }
    i.scoring(new ScoringSpec(prefix + spec.name(), spec.parameters(), spec.bands(),
        spec.points()));
    if (r.nextInt(5) == 0 && !rule.equals("in-range")) {
      // thresholds where they cannot conflict with bounds: in the middle of the data's range
      i.thresholds(lower ? 30 : 70, lower ? 70 : 30);
    }
    return i.build();
  }

  private static void directional(Indicator.Builder i, boolean lower) {
    if (lower) {
      i.lowerIsBetter();
    } else {
      i.higherIsBetter();
    }
  }

  private static double score(Random r, double cap) {
    return number(r, 0.0, 0.25, 0.5, 0.8, 1.0, cap);
  }

  /** A constant baseline, or a schedule of it over everything (for a SUM, a total per entry). */
  private static void baseline(Random r, Indicator.Builder i, double base, boolean sum) {
    if (r.nextInt(4) == 0) {
      LocalDate from = LocalDate.of(2020, 1, 1);
      LocalDate to = LocalDate.of(2030, 1, 1);
      i.baselineSchedule(List.of(ScheduledTarget.of(from, to, total(base, from, to, sum))));
    } else {
      i.baseline(base);
    }
  }

  /**
   * A constant target, or a schedule of two entries changing on the 1st of a month (or, for
   * non-SUM indicators, in the middle of April), sometimes with a gap. The second entry moves
   * further from the baseline, so that the polarity stays consistent.
   */
  private static void target(
      Random r, Indicator.Builder i, double target, boolean lower, boolean sum, boolean positive) {
    if (r.nextInt(3) != 0) {
      i.target(target);
      return;
    }
    LocalDate from = LocalDate.of(2020, 1, 1);
    LocalDate to = LocalDate.of(2030, 1, 1);
    LocalDate cut = !sum && r.nextInt(3) == 0 ? LocalDate.of(2026, 4, 10)
        : LocalDate.of(2026, 1 + r.nextInt(8), 1);
    LocalDate resume = r.nextInt(5) == 0 ? cut.plusMonths(1) : cut; // a gap of a month
    double second = lower ? target - r.nextInt(10) : target + r.nextInt(10);
    if (positive && second <= 0) {
      second = target;
    }
    i.target(Target.schedule(List.of(
        ScheduledTarget.of(from, cut, total(target, from, cut, sum)),
        ScheduledTarget.of(resume, to, total(second, resume, to, sum)))));
  }

  /** A schedule entry's value for a monthly figure: a total over its months for a SUM. */
  private static double total(double monthly, LocalDate from, LocalDate to, boolean sum) {
    return sum ? monthly * ChronoUnit.MONTHS.between(from, to) : monthly;
  }

  @SafeVarargs
  static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static double number(Random r, double... options) {
    return options[r.nextInt(options.length)];
  }

  // ---------------------------------------------------------------------------------------
  // Data

  /**
   * Subjects' measurements: {@code monthly[s][i][m]} for month {@code FIRST_MONTH + m}, NaN where
   * missing, and {@code direct[s][i]} for the evaluated period itself (NaN where there is none).
   */
  record Data(List<String> ids, Period period, double[][][] monthly, double[][] direct) {
    int subjects() {
      return monthly.length;
    }

    /** Subject {@code s}'s value of indicator {@code id} for a period, NaN where there is none. */
    double value(int s, String id, Period p) {
      int i = ids.indexOf(id);
      if (i < 0) {
        return Double.NaN;
      }
      if (p.sameDays(period) && !Double.isNaN(direct[s][i])) {
        return direct[s][i];
      }
      if (p.isWholeMonths() && p.months().size() == 1) {
        int m = (int) FIRST_MONTH.until(p.months().get(0), ChronoUnit.MONTHS);
        return m >= 0 && m < MONTHS ? monthly[s][i][m] : Double.NaN;
      }
      return Double.NaN;
    }

    Measurements measurements(int s) {
      Measurements.Builder b = Measurements.builder();
      for (int i = 0; i < ids.size(); i++) {
        for (int m = 0; m < MONTHS; m++) {
          if (!Double.isNaN(monthly[s][i][m])) {
            b.put(ids.get(i), Period.month(FIRST_MONTH.plusMonths(m)), monthly[s][i][m]);
          }
        }
        if (!Double.isNaN(direct[s][i])) {
          b.put(ids.get(i), period, direct[s][i]);
        }
      }
      return b.build();
    }

    List<Measurements> all() {
      List<Measurements> all = new ArrayList<>();
      for (int s = 0; s < subjects(); s++) {
        all.add(measurements(s));
      }
      return all;
    }

    /**
     * A block of every subject in a layout: NaN marks a missing value, or (bits) present bits
     * do and a missing cell holds junk that must never be read. Unknown ids get junk too.
     */
    MeasurementBlock block(MeasurementLayout layout, boolean bits, Random r) {
      return block(layout, bits, r, null);
    }

    /** As {@link #block(MeasurementLayout, boolean, Random)}, with one cell made bad. */
    MeasurementBlock block(MeasurementLayout layout, boolean bits, Random r, Poison poison) {
      int per = layout.valuesPerSubject();
      double[] values = new double[subjects() * per];
      BitSet present = new BitSet();
      for (int s = 0; s < subjects(); s++) {
        for (int i = 0; i < layout.indicatorCount(); i++) {
          String id = layout.indicatorIds().get(i);
          for (int p = 0; p < layout.periodCount(); p++) {
            int at = layout.index(s, i, p);
            Period period = layout.periods().get(p);
            double v = value(s, id, period);
            if (poison != null && poison.hits(s, id, period)) {
              values[at] = poison.value();
              present.set(at);
            } else if (!ids.contains(id)) {
              // junk under an unknown id, present or not: never read
              values[at] = number(r, Double.NaN, Double.POSITIVE_INFINITY, 1e300, -7.0);
              if (bits && r.nextBoolean()) {
                present.set(at);
              }
            } else if (Double.isNaN(v)) {
              // a missing cell; with present bits it holds junk that must never be read
              values[at] = bits ? number(r, Double.NaN, Double.POSITIVE_INFINITY, 123.0, -0.0)
                  : Double.NaN;
            } else {
              values[at] = v;
              present.set(at);
            }
          }
        }
      }
      return bits ? MeasurementBlock.of(layout, values, present)
          : MeasurementBlock.nanAsMissing(layout, values);
    }
  }

  /** A value that is not a finite number, for one subject, indicator and period's days. */
  record Poison(int subject, String indicatorId, Period period, double value) {
    boolean hits(int s, String id, Period p) {
      return s == subject && id.equals(indicatorId) && p.sameDays(period);
    }
  }

  /** The measured (not derived) indicator ids of a scorecard, in definition order. */
  static List<String> measuredIds(Scorecard card) {
    List<String> ids = new ArrayList<>();
    for (var p : card.perspectives()) {
      for (var o : card.objectivesIn(p.id())) {
        for (Indicator i : o.indicators()) {
          if (i.formula().isEmpty()) {
            ids.add(i.id());
          }
        }
      }
    }
    return ids;
  }

  static Data data(Random r, List<String> ids, Period period, int subjects) {
    boolean partMonth = !period.isWholeMonths();
    boolean multiMonth = period.isWholeMonths() && period.months().size() > 1;
    double[][][] monthly = new double[subjects][ids.size()][MONTHS];
    double[][] direct = new double[subjects][ids.size()];
    for (int s = 0; s < subjects; s++) {
      // Subjects differ in how much they miss, some in everything: what one subject leaves in
      // a reused evaluation must never show in the next one's score.
      double missing = number(r, 0.0, 0.15, 0.3, 0.6, 1.0);
      for (int i = 0; i < ids.size(); i++) {
        for (int m = 0; m < MONTHS; m++) {
          monthly[s][i][m] = r.nextDouble() < missing ? Double.NaN : value(r);
        }
        boolean hasDirect = partMonth ? r.nextInt(10) < 7 : multiMonth && r.nextInt(10) == 0;
        double v = value(r);
        direct[s][i] = !hasDirect ? Double.NaN
            : multiMonth && Double.isFinite(v * 3) ? v * 3 : v;
      }
    }
    return new Data(List.copyOf(ids), period, monthly, direct);
  }

  private static double value(Random r) {
    if (r.nextInt(40) == 0) {
      // extremes: sums and per-month values that overflow, subnormals, a negative zero
      return number(r, Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, 4.9e-324, -0.0, 1e-300);
    }
    return switch (r.nextInt(4)) {
      case 0 -> r.nextInt(17) * 10 - 20;
      case 1 -> r.nextInt(160) - 20 + r.nextInt(4) * 0.25;
      default -> r.nextDouble() * 180 - 20;
    };
  }

  // ---------------------------------------------------------------------------------------
  // Wrappers

  /**
   * An engine whose registries hold only wrappers of the built-ins under the names {@code
   * x-linear}, {@code x-weighted-mean} and so on: application-looking classes delegating every
   * call to the built-in, so that the engine has no kernel for them and calls them through
   * {@link ScoringInput} and {@link AggregationInput}.
   */
  static ScorecardEngine wrappingEngine() {
    ScoringRules builtInRules = ScoringRules.load();
    AggregationStrategies builtInStrategies = AggregationStrategies.load();
    ScoringRules.Builder rules = ScoringRules.builder();
    for (String name : RULES) {
      rules.add(new WrappedRule(WRAPPED + name, builtInRules.find(name).orElseThrow()));
    }
    AggregationStrategies.Builder strategies = AggregationStrategies.builder();
    for (String name : STRATEGIES) {
      strategies.add(
          new WrappedStrategy(WRAPPED + name, builtInStrategies.find(name).orElseThrow()));
    }
    return ScorecardEngine.of(rules.build(), strategies.build());
  }

  /** An application's rule that happens to delegate to a built-in. */
  static final class WrappedRule implements ScoringRule {
    private final String name;
    private final ScoringRule delegate;

    WrappedRule(String name, ScoringRule delegate) {
      this.name = name;
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<ParameterProblem> validate(Indicator indicator) {
      return delegate.validate(indicator);
    }

    @Override
    public double score(ScoringInput input) {
      return delegate.score(input);
    }
  }

  /** An application's strategy that happens to delegate to a built-in. */
  static final class WrappedStrategy implements AggregationStrategy {
    private final String name;
    private final AggregationStrategy delegate;

    WrappedStrategy(String name, AggregationStrategy delegate) {
      this.name = name;
      this.delegate = delegate;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<ParameterProblem> validate(AggregationSpec spec) {
      return delegate.validate(spec);
    }

    @Override
    public double aggregate(AggregationInput input) {
      return delegate.aggregate(input);
    }

    @Override
    public Optional<double[]> contributions(AggregationInput input) {
      return delegate.contributions(input);
    }
  }
}
