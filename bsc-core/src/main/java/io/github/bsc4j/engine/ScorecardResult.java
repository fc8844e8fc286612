package io.github.bsc4j.engine;

import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of evaluating a scorecard for one subject and period: a tree from the scorecard
 * through perspectives and objectives to indicators, the comparisons made, and warnings about the
 * input. It travels on its own: it names its subject and period, and {@link #rows()} flattens it
 * for a table, a CSV file or a database. Immutable.
 *
 * @param scorecardId the id of the scorecard evaluated
 * @param subjectId the subject evaluated (a person, a team, a unit)
 * @param period the period evaluated
 * @param calendar the scorecard's fiscal calendar, which names its periods
 * @param periodCode the period's canonical code in the scorecard's calendar
 * @param periodLabel the period's human label in the scorecard's calendar
 * @param root the scorecard's node
 * @param comparisons the comparisons made, in the order asked for; each node has one trend per
 *     comparison, in this order (unmodifiable)
 * @param warnings what was wrong with the input without stopping the evaluation, such as
 *     measurements for indicators the scorecard does not have (unmodifiable)
 */
public record ScorecardResult(
    String scorecardId,
    String subjectId,
    Period period,
    FiscalCalendar calendar,
    String periodCode,
    String periodLabel,
    NodeResult root,
    List<ComparedPeriod> comparisons,
    List<Problem> warnings) {

  /**
   * Creates a result.
   *
   * @param scorecardId the scorecard id
   * @param subjectId the subject id
   * @param period the period
   * @param calendar the calendar
   * @param periodCode the period's code
   * @param periodLabel the period's label
   * @param root the root node
   * @param comparisons the comparisons made
   * @param warnings the warnings
   * @throws NullPointerException if an argument or an element of a list is null
   */
  public ScorecardResult {
    Objects.requireNonNull(scorecardId, "scorecardId");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(periodCode, "periodCode");
    Objects.requireNonNull(periodLabel, "periodLabel");
    Objects.requireNonNull(root, "root");
    comparisons = List.copyOf(Objects.requireNonNull(comparisons, "comparisons"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * The scorecard's score.
   *
   * @return the score, empty when the scorecard has no data
   */
  public OptionalDouble score() {
    return root.score();
  }

  /**
   * The scorecard's status.
   *
   * @return the status
   */
  public Status status() {
    return root.status();
  }

  /**
   * Finds a node by id.
   *
   * @param nodeId a perspective, objective or indicator id (or the scorecard's)
   * @return the node, if present
   * @throws NullPointerException if {@code nodeId} is null
   */
  public Optional<NodeResult> node(String nodeId) {
    return root.find(nodeId);
  }

  /**
   * Every node, depth-first in definition order, the scorecard first.
   *
   * @return a new unmodifiable list
   */
  public List<NodeResult> nodes() {
    List<NodeResult> all = new ArrayList<>();
    collect(root, all);
    return List.copyOf(all);
  }

  private static void collect(NodeResult node, List<NodeResult> into) {
    into.add(node);
    for (NodeResult child : node.children()) {
      collect(child, into);
    }
  }

  /**
   * The result as flat rows, one per node in the order of {@link #nodes()} (the scorecard
   * first, then depth-first in definition order), each naming the subject, the period and the
   * node's parent, ready for a table, a CSV file or a database.
   *
   * @return a new unmodifiable list
   */
  public List<ResultRow> rows() {
    List<ResultRow> rows = new ArrayList<>();
    rows(root, Optional.empty(), rows);
    return List.copyOf(rows);
  }

  private void rows(NodeResult node, Optional<String> parent, List<ResultRow> into) {
    Optional<Trend> t = node.trend();
    into.add(new ResultRow(subjectId, periodCode, node.id(), node.name(), node.kind(), parent,
        node.score(), node.status(), node.statusSource(), node.coverage(), node.completeness(),
        node.contribution(), node.informational(), t.flatMap(Trend::direction),
        t.map(Trend::comparable).orElse(false),
        t.isPresent() ? t.get().scoreChange() : OptionalDouble.empty(),
        t.map(Trend::periodCode)));
    Optional<String> self = Optional.of(node.id());
    for (NodeResult child : node.children()) {
      rows(child, self, into);
    }
  }

  /**
   * Renders the result as text a manager can read, in English with root-locale numbers ({@link
   * ExplainFormat#DEFAULT}). The first line names the scorecard, the subject, the period by its
   * label and the periods compared with ({@code YTD Mar 2026 vs YTD Mar 2025}); then one line per
   * node with its score, status and where the status came from, weight, share, contribution,
   * coverage and completeness, and one trend per comparison; for indicators the actual value,
   * target, baseline and rule, and the action for the status. Informational (weight 0) children
   * follow the counted ones under a heading of their own; warnings follow the tree.
   *
   * @return the explanation, ending with a line break
   */
  public String explain() {
    return Explanation.of(this, ExplainFormat.DEFAULT);
  }

  /**
   * Renders the result as {@link #explain()} does, with the numbers and words of a format: an
   * application's translation, its locale's separators, more or fewer score digits.
   *
   * @param format the format
   * @return the explanation, ending with a line break
   * @throws NullPointerException if {@code format} is null
   */
  public String explain(ExplainFormat format) {
    return Explanation.of(this, Objects.requireNonNull(format, "format"));
  }
}
