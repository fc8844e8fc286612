package io.github.bsc4j.engine;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of evaluating a scorecard for one subject and period: a tree from the scorecard
 * through perspectives and objectives to indicators. Immutable.
 *
 * @param scorecardId the id of the scorecard evaluated
 * @param period the period evaluated
 * @param root the scorecard's node
 */
public record ScorecardResult(String scorecardId, Period period, NodeResult root) {

  /**
   * Creates a result.
   *
   * @param scorecardId the scorecard id
   * @param period the period
   * @param root the root node
   * @throws NullPointerException if an argument is null
   */
  public ScorecardResult {
    Objects.requireNonNull(scorecardId, "scorecardId");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(root, "root");
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
   * Renders the result as text a manager can read, in English with root-locale numbers ({@link
   * ExplainFormat#DEFAULT}): one line per node with its score, status, weight, share,
   * contribution and coverage; for indicators the actual value, target, baseline and rule, and
   * the action for the status. Informational (weight 0) children follow the counted ones under
   * a heading of their own.
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
