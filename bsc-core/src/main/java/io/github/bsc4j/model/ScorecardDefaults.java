package io.github.bsc4j.model;

import java.io.Serializable;
import java.time.Month;
import java.util.Objects;

/**
 * A scorecard's defaults for the engine: how children are aggregated, what missing data means,
 * the minimum coverage below which a node has no data, the score cut-offs for statuses, the month
 * fiscal years start in, what a partly measured longer period means, how small a change of score
 * counts as unchanged, and how parents get their status. Objectives and perspectives may override
 * the aggregation, the missing-data policy and the status policy. Validated with the scorecard it
 * is built into.
 *
 * @param aggregation the default aggregation strategy
 * @param missingData the default missing-data policy
 * @param minimumCoverage the share of a node's weight, in {@code [0, 1]}, that must have data for
 *     the node to have a score; 0 means any data at all
 * @param cutoffs the score cut-offs for statuses
 * @param fiscalYearStart the month fiscal years start in (year-to-date, previous periods)
 * @param partialPeriods what a longer period with unmeasured months means
 * @param trendTolerance the largest change of score, in {@code [0, 1]}, that counts as
 *     unchanged in a trend
 * @param statusPolicy how parents get their status; perspectives and objectives may override it
 */
public record ScorecardDefaults(
    AggregationSpec aggregation,
    MissingDataPolicy missingData,
    double minimumCoverage,
    StatusCutoffs cutoffs,
    Month fiscalYearStart,
    PartialPeriodPolicy partialPeriods,
    double trendTolerance,
    StatusPolicy statusPolicy)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default trend tolerance: a change of score up to 0.005 is UNCHANGED. */
  public static final double DEFAULT_TREND_TOLERANCE = 0.005;

  /**
   * Weighted mean, {@code SKIP}, no minimum coverage, cut-offs 1.0 and 0.7, fiscal years from
   * January, complete periods only, trend tolerance 0.005, parents' statuses from score
   * cut-offs.
   */
  public static final ScorecardDefaults DEFAULT =
      new ScorecardDefaults(
          AggregationSpec.weightedMean(),
          MissingDataPolicy.SKIP,
          0.0,
          StatusCutoffs.DEFAULT,
          Month.JANUARY,
          PartialPeriodPolicy.COMPLETE_ONLY,
          DEFAULT_TREND_TOLERANCE,
          StatusPolicy.SCORE_CUTOFFS);

  /**
   * Creates defaults.
   *
   * @param aggregation the aggregation
   * @param missingData the missing-data policy
   * @param minimumCoverage the minimum coverage
   * @param cutoffs the cut-offs
   * @param fiscalYearStart the first month of fiscal years
   * @param partialPeriods the partial-period policy
   * @param trendTolerance the trend tolerance
   * @param statusPolicy the status policy of parents
   * @throws NullPointerException if an argument is null
   */
  public ScorecardDefaults {
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(missingData, "missingData");
    Objects.requireNonNull(cutoffs, "cutoffs");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    Objects.requireNonNull(partialPeriods, "partialPeriods");
    Objects.requireNonNull(statusPolicy, "statusPolicy");
  }

  /**
   * Returns a copy whose parents take their status by another policy (where a perspective or an
   * objective does not override it).
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public ScorecardDefaults withStatusPolicy(StatusPolicy policy) {
    return new ScorecardDefaults(
        aggregation, missingData, minimumCoverage, cutoffs, fiscalYearStart, partialPeriods,
        trendTolerance, policy);
  }

  /**
   * Returns a copy with another aggregation.
   *
   * @param spec the aggregation
   * @return the copy
   * @throws NullPointerException if {@code spec} is null
   */
  public ScorecardDefaults withAggregation(AggregationSpec spec) {
    return new ScorecardDefaults(
        spec, missingData, minimumCoverage, cutoffs, fiscalYearStart, partialPeriods, trendTolerance,
        statusPolicy);
  }

  /**
   * Returns a copy with another missing-data policy.
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public ScorecardDefaults withMissingData(MissingDataPolicy policy) {
    return new ScorecardDefaults(
        aggregation, policy, minimumCoverage, cutoffs, fiscalYearStart, partialPeriods,
        trendTolerance, statusPolicy);
  }

  /**
   * Returns a copy with another minimum coverage.
   *
   * @param coverage the minimum coverage in {@code [0, 1]}
   * @return the copy
   */
  public ScorecardDefaults withMinimumCoverage(double coverage) {
    return new ScorecardDefaults(
        aggregation, missingData, coverage, cutoffs, fiscalYearStart, partialPeriods, trendTolerance,
        statusPolicy);
  }

  /**
   * Returns a copy with other status cut-offs.
   *
   * @param newCutoffs the cut-offs
   * @return the copy
   * @throws NullPointerException if {@code newCutoffs} is null
   */
  public ScorecardDefaults withCutoffs(StatusCutoffs newCutoffs) {
    return new ScorecardDefaults(
        aggregation, missingData, minimumCoverage, newCutoffs, fiscalYearStart, partialPeriods,
        trendTolerance, statusPolicy);
  }

  /**
   * Returns a copy whose fiscal years start in {@code month}.
   *
   * @param month the first month of fiscal years
   * @return the copy
   * @throws NullPointerException if {@code month} is null
   */
  public ScorecardDefaults withFiscalYearStart(Month month) {
    return new ScorecardDefaults(
        aggregation, missingData, minimumCoverage, cutoffs, month, partialPeriods, trendTolerance,
        statusPolicy);
  }

  /**
   * Returns a copy with another partial-period policy.
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public ScorecardDefaults withPartialPeriods(PartialPeriodPolicy policy) {
    return new ScorecardDefaults(
        aggregation, missingData, minimumCoverage, cutoffs, fiscalYearStart, policy,
        trendTolerance, statusPolicy);
  }

  /**
   * Returns a copy with another trend tolerance.
   *
   * @param tolerance the largest change of score that counts as unchanged, in {@code [0, 1]}
   * @return the copy
   */
  public ScorecardDefaults withTrendTolerance(double tolerance) {
    return new ScorecardDefaults(
        aggregation, missingData, minimumCoverage, cutoffs, fiscalYearStart, partialPeriods,
        tolerance, statusPolicy);
  }

  void check(String ownerId, Problems p) {
    if (p.finite(ownerId, "trend tolerance", trendTolerance)
        && !(trendTolerance >= 0 && trendTolerance <= 1)) {
      p.add(
          ownerId,
          ProblemCode.VALUE_OUT_OF_RANGE,
          "trend tolerance must lie in [0, 1], was " + trendTolerance);
    }
    aggregation.check(ownerId, p);
    if (p.finite(ownerId, "minimum coverage", minimumCoverage)
        && !(minimumCoverage >= 0 && minimumCoverage <= 1)) {
      p.add(
          ownerId,
          ProblemCode.VALUE_OUT_OF_RANGE,
          "minimum coverage must lie in [0, 1], was " + minimumCoverage);
    }
    cutoffs.check(ownerId, p);
  }
}
