package io.github.bsc4j.benchmarks;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.IndicatorKind;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScoringSpec;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark scorecard and its data: 4 perspectives, 12 objectives (3 each), 40 indicators
 * (4, 3 and 3 per objective), every aggregation a weighted mean with missing data {@code SKIP},
 * partial quarters scored on their available months. Every property of indicator {@code i}
 * follows from {@code i} alone (see {@link #rule(int)} and the other static methods), so that
 * {@link HandWritten} reads the same definitions the scorecard is built from.
 *
 * <p>Indicator {@code i}: rule {@code ratio} when {@code i % 10 == 3}, {@code min-max} when 6,
 * {@code bands} when 8, {@code binary} when 9, otherwise {@code linear} (24 of 40); lower is
 * better when {@code i % 5 == 1}; roll-up {@code SUM}, {@code AVERAGE}, {@code LAST} by {@code i
 * % 3}; weight {@code 1 + (i % 4) / 2}; cap 1.2 when {@code i % 4 == 0}, otherwise 1; target
 * {@code 100 + 10 i} per month.
 */
public final class BenchmarkScorecard {
  private BenchmarkScorecard() {}

  /** Indicators in the scorecard. */
  public static final int INDICATORS = 40;

  /** Objectives in the scorecard. */
  public static final int OBJECTIVES = 12;

  /** Perspectives in the scorecard. */
  public static final int PERSPECTIVES = 4;

  /** Months of data per subject and indicator: January to March 2026. */
  public static final int MONTHS = 3;

  /** The month benchmarked, March 2026 (the last of the data's months). */
  public static final Period MONTH = Period.month(2026, 3);

  /** The quarter benchmarked, Q1 2026 (all of the data's months). */
  public static final Period QUARTER = Period.quarter(2026, 1);

  /** The data's months, January to March 2026, in order. */
  public static final List<Period> DATA_MONTHS =
      List.of(Period.month(2026, 1), Period.month(2026, 2), Period.month(2026, 3));

  /** The perspectives' weights, in order: financial, customer, internal process, learning. */
  static final double[] PERSPECTIVE_WEIGHT = {0.35, 0.25, 0.2, 0.2};

  /** The objectives' weights, in order (objective {@code j} is in perspective {@code j / 3}). */
  static final double[] OBJECTIVE_WEIGHT = {2, 1, 1, 1, 2, 1, 1, 1, 1, 3, 1, 1};

  /** Indicators per objective, in order; they add up to {@link #INDICATORS}. */
  static final int[] INDICATORS_PER_OBJECTIVE = {4, 3, 3, 4, 3, 3, 4, 3, 3, 4, 3, 3};

  /** The share of a subject's monthly values that are missing. */
  static final double MISSING = 0.03;

  /** Rule names, as {@link #rule(int)} gives them. */
  static final String LINEAR = "linear";

  static final String RATIO = "ratio";
  static final String MIN_MAX = "min-max";
  static final String BANDS = "bands";
  static final String BINARY = "binary";

  static String rule(int i) {
    switch (i % 10) {
      case 3:
        return RATIO;
      case 6:
        return MIN_MAX;
      case 8:
        return BANDS;
      case 9:
        return BINARY;
      default:
        return LINEAR;
    }
  }

  static boolean lowerIsBetter(int i) {
    return i % 5 == 1;
  }

  static RollUp rollUp(int i) {
    return i % 3 == 0 ? RollUp.SUM : i % 3 == 1 ? RollUp.AVERAGE : RollUp.LAST;
  }

  static double weight(int i) {
    return 1 + (i % 4) / 2.0;
  }

  static double cap(int i) {
    return i % 4 == 0 ? 1.2 : 1.0;
  }

  static double target(int i) {
    return 100 + 10 * i;
  }

  /** The linear rule's baseline: half the target, or one and a half times it when lower is better. */
  static double baseline(int i) {
    return lowerIsBetter(i) ? target(i) * 1.5 : target(i) * 0.5;
  }

  /** The min-max rule's bounds. */
  static double min(int i) {
    return target(i) * 0.25;
  }

  static double max(int i) {
    return target(i) * 1.5;
  }

  /** The bands rule's bands, in their declared order (values above the last take its score). */
  static List<Band> bands(int i) {
    double t = target(i);
    return List.of(Band.of(t, 1.5 * t, 1.0), Band.of(0.5 * t, t, 0.6), Band.of(0, 0.5 * t, 0.1));
  }

  /**
   * The indicator id of indicator {@code i}.
   *
   * @param i the indicator's index, 0 to 39
   * @return its id, {@code k00} to {@code k39}
   */
  public static String id(int i) {
    return String.format("k%02d", i);
  }

  /**
   * Builds the benchmark scorecard.
   *
   * @return the scorecard
   */
  public static Scorecard scorecard() {
    List<Perspective> standard = Perspective.standard();
    Scorecard.Builder b = Scorecard.builder("benchmark")
        .defaults(ScorecardDefaults.DEFAULT
            .withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS));
    for (int p = 0; p < PERSPECTIVES; p++) {
      b.perspective(standard.get(p).withWeight(PERSPECTIVE_WEIGHT[p]));
    }
    int i = 0;
    for (int o = 0; o < OBJECTIVES; o++) {
      Objective.Builder ob = Objective.builder("o" + o).name("Objective " + o)
          .perspective(standard.get(o / 3).id()).weight(OBJECTIVE_WEIGHT[o]);
      for (int n = 0; n < INDICATORS_PER_OBJECTIVE[o]; n++, i++) {
        ob.indicator(indicator(i));
      }
      b.objective(ob);
    }
    return b.build();
  }

  /**
   * A larger scorecard for compile benchmarks: {@code indicators / 10} objectives of 10
   * indicators each, spread over the 4 perspectives in turn; indicator {@code j} is defined as
   * indicator {@code j % 40} of the benchmark scorecard.
   *
   * @param indicators how many indicators, a positive multiple of 40
   * @return the scorecard
   * @throws IllegalArgumentException if {@code indicators} is not a positive multiple of 40
   */
  public static Scorecard large(int indicators) {
    if (indicators <= 0 || indicators % 40 != 0) {
      throw new IllegalArgumentException("need a positive multiple of 40, was " + indicators);
    }
    List<Perspective> standard = Perspective.standard();
    Scorecard.Builder b = Scorecard.builder("large");
    for (int p = 0; p < PERSPECTIVES; p++) {
      b.perspective(standard.get(p).withWeight(PERSPECTIVE_WEIGHT[p]));
    }
    for (int o = 0; o < indicators / 10; o++) {
      Objective.Builder ob = Objective.builder("o" + o).name("Objective " + o)
          .perspective(standard.get(o % PERSPECTIVES).id());
      for (int j = o * 10; j < o * 10 + 10; j++) {
        ob.indicator(indicator("i" + j, j % INDICATORS));
      }
      b.objective(ob);
    }
    return b.build();
  }

  private static Indicator indicator(int i) {
    return indicator(id(i), i);
  }

  private static Indicator indicator(String id, int i) {
    Indicator.Builder b = Indicator.builder(id).name("Indicator " + id).unit("units")
        .kind(i % 2 == 0 ? IndicatorKind.LAGGING : IndicatorKind.LEADING)
        .rollUp(rollUp(i)).weight(weight(i)).cap(cap(i)).target(target(i));
    if (lowerIsBetter(i)) {
      b.lowerIsBetter();
    }
    switch (rule(i)) {
      case LINEAR:
        b.baseline(baseline(i));
        break;
      case MIN_MAX:
        b.scoring(ScoringSpec.minMax()).bounds(min(i), max(i));
        break;
      case BANDS:
        b.scoring(ScoringSpec.bands(bands(i)));
        break;
      default:
        b.scoring(rule(i));
        break;
    }
    return b.build();
  }

  /**
   * Deterministic monthly data for many subjects: value {@code [(s * 40 + i) * 3 + m]} is subject
   * {@code s}'s value of indicator {@code i} in month {@code m} (0 January, 2 March), between 0.3
   * and 1.7 times the target, or NaN where it is missing (3 % of values).
   *
   * @param subjects how many subjects
   * @param seed the random seed
   * @return the values
   */
  public static double[] data(int subjects, long seed) {
    return data(subjects, seed, MISSING);
  }

  /**
   * Deterministic monthly data as {@link #data(int, long)} makes it, with a chosen share of
   * missing values.
   *
   * @param subjects how many subjects
   * @param seed the random seed
   * @param missing the share of values that are missing, 0 to 1
   * @return the values
   */
  public static double[] data(int subjects, long seed, double missing) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[subjects * INDICATORS * MONTHS];
    for (int s = 0; s < subjects; s++) {
      for (int i = 0; i < INDICATORS; i++) {
        for (int m = 0; m < MONTHS; m++) {
          values[(s * INDICATORS + i) * MONTHS + m] = random.nextDouble() < missing
              ? Double.NaN : target(i) * (0.3 + 1.4 * random.nextDouble());
        }
      }
    }
    return values;
  }
}
