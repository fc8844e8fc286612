package io.github.bsc4j.engine;

import io.github.bsc4j.model.Status;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One node of a result as a flat row, ready for a table, a CSV file or a database: every
 * component is a plain value (a text, a number, an enum, a flag) or an absent one, and the
 * subject, period and parent are repeated on each row so that rows of many subjects and periods
 * can be stored together. {@link ScorecardResult#rows()} gives one per node in tree order.
 *
 * @param subjectId the subject the result is for
 * @param periodCode the evaluated period's code in the scorecard's calendar
 * @param nodeId the node's id
 * @param name the node's display name
 * @param kind the node's level
 * @param parentId the parent's id; empty for the scorecard (the root)
 * @param score the score; empty when the node has no data
 * @param status the status
 * @param statusSource where the status came from
 * @param coverage the coverage of the node's counted direct children, in {@code [0, 1]}
 * @param completeness the weighted share of the indicators below that had data, in {@code [0, 1]}
 * @param contribution what the node added to its parent's score, if known
 * @param informational whether the node has weight 0 in its parent
 * @param trendDirection the first trend's direction, if there is one
 * @param trendComparable whether there is a first trend and it is comparable
 * @param scoreChange the first trend's change of score, if there is one
 * @param comparedPeriodCode the code of the period the first trend compares with, if any
 */
public record ResultRow(
    String subjectId,
    String periodCode,
    String nodeId,
    String name,
    NodeKind kind,
    Optional<String> parentId,
    OptionalDouble score,
    Status status,
    StatusSource statusSource,
    double coverage,
    double completeness,
    OptionalDouble contribution,
    boolean informational,
    Optional<Trend.Direction> trendDirection,
    boolean trendComparable,
    OptionalDouble scoreChange,
    Optional<String> comparedPeriodCode) {

  /**
   * Creates a row.
   *
   * @param subjectId the subject
   * @param periodCode the period's code
   * @param nodeId the node's id
   * @param name the node's name
   * @param kind the node's level
   * @param parentId the parent's id
   * @param score the score
   * @param status the status
   * @param statusSource the status source
   * @param coverage the coverage
   * @param completeness the completeness
   * @param contribution the contribution
   * @param informational whether informational
   * @param trendDirection the trend's direction
   * @param trendComparable whether the trend is comparable
   * @param scoreChange the change of score
   * @param comparedPeriodCode the compared period's code
   * @throws NullPointerException if an object argument is null
   */
  public ResultRow {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(periodCode, "periodCode");
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSource, "statusSource");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(trendDirection, "trendDirection");
    Objects.requireNonNull(scoreChange, "scoreChange");
    Objects.requireNonNull(comparedPeriodCode, "comparedPeriodCode");
  }
}
