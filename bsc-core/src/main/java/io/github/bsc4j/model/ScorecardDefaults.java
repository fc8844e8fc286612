package io.github.bsc4j.model;

import java.util.Objects;

/**
 * A scorecard's defaults for the engine: how children are aggregated, what missing data means,
 * the minimum coverage below which a node has no data, and the score cut-offs for statuses.
 * Objectives and perspectives may override the aggregation and the missing-data policy. Validated
 * with the scorecard it is built into.
 *
 * @param aggregation the default aggregation strategy
 * @param missingData the default missing-data policy
 * @param minimumCoverage the share of a node's weight, in {@code [0, 1]}, that must have data for
 *     the node to have a score; 0 means any data at all
 * @param cutoffs the score cut-offs for statuses
 */
public record ScorecardDefaults(
    AggregationSpec aggregation,
    MissingDataPolicy missingData,
    double minimumCoverage,
    StatusCutoffs cutoffs) {

  /** Weighted mean, {@code SKIP}, no minimum coverage, cut-offs 1.0 and 0.7. */
  public static final ScorecardDefaults DEFAULT =
      new ScorecardDefaults(
          AggregationSpec.weightedMean(), MissingDataPolicy.SKIP, 0.0, StatusCutoffs.DEFAULT);

  /**
   * Creates defaults.
   *
   * @param aggregation the aggregation
   * @param missingData the missing-data policy
   * @param minimumCoverage the minimum coverage
   * @param cutoffs the cut-offs
   * @throws NullPointerException if an argument is null
   */
  public ScorecardDefaults {
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(missingData, "missingData");
    Objects.requireNonNull(cutoffs, "cutoffs");
  }

  /**
   * Returns a copy with another aggregation.
   *
   * @param spec the aggregation
   * @return the copy
   * @throws NullPointerException if {@code spec} is null
   */
  public ScorecardDefaults withAggregation(AggregationSpec spec) {
    return new ScorecardDefaults(spec, missingData, minimumCoverage, cutoffs);
  }

  /**
   * Returns a copy with another missing-data policy.
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public ScorecardDefaults withMissingData(MissingDataPolicy policy) {
    return new ScorecardDefaults(aggregation, policy, minimumCoverage, cutoffs);
  }

  /**
   * Returns a copy with another minimum coverage.
   *
   * @param coverage the minimum coverage in {@code [0, 1]}
   * @return the copy
   */
  public ScorecardDefaults withMinimumCoverage(double coverage) {
    return new ScorecardDefaults(aggregation, missingData, coverage, cutoffs);
  }

  /**
   * Returns a copy with other status cut-offs.
   *
   * @param newCutoffs the cut-offs
   * @return the copy
   * @throws NullPointerException if {@code newCutoffs} is null
   */
  public ScorecardDefaults withCutoffs(StatusCutoffs newCutoffs) {
    return new ScorecardDefaults(aggregation, missingData, minimumCoverage, newCutoffs);
  }

  void check(String ownerId, Problems p) {
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
