package io.github.bsc4j.engine;

import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.UserText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of one node — scorecard, perspective, objective or indicator — for one period.
 *
 * @param kind the node's level
 * @param id the node's id
 * @param name the node's display name
 * @param score the score; empty when the node has no data
 * @param status the traffic light; {@code NO_DATA} exactly when {@code score} is empty
 * @param statusSource where the status came from; {@code NO_DATA} exactly when the status is
 * @param weight the node's weight in its parent, as defined (1 for the scorecard); 0 makes the
 *     node {@linkplain #informational() informational}
 * @param normalisedWeight its share of the weights its parent counted, 0 when not counted
 * @param contribution what it added to its parent's score, when the parent's strategy provides
 *     contributions ({@code weighted-mean}, {@code min}, {@code max}); for the scorecard, its
 *     score; never for an informational node
 * @param coverage the share of the weight of the node's counted direct children (weight above 0)
 *     that had data, in {@code [0, 1]}; for an indicator 1 with data and 0 without
 * @param completeness the weighted share of the indicators below the node that had data, in
 *     {@code [0, 1]}: each indicator weighs the product of the normalised weights along its path
 *     among counted children (informational subtrees weigh nothing); for an indicator 1 with data
 *     and 0 without. Coverage may read 100 % while completeness is lower: every perspective has
 *     some data, but an objective below one of them has none
 * @param method the scoring rule (indicators) or aggregation strategy (other nodes) used
 * @param indicator for indicators, the actual value, target and baseline used
 * @param action the indicator's action text for its status, if it has one
 * @param note why the node has no data, or another remark on how it was computed
 * @param trends one trend per comparison made, in the order of {@link
 *     ScorecardResult#comparisons()} (unmodifiable)
 * @param children the child nodes in definition order (unmodifiable)
 */
public record NodeResult(
    NodeKind kind,
    String id,
    String name,
    OptionalDouble score,
    Status status,
    StatusSource statusSource,
    double weight,
    double normalisedWeight,
    OptionalDouble contribution,
    double coverage,
    double completeness,
    String method,
    Optional<IndicatorDetail> indicator,
    Optional<String> action,
    Optional<String> note,
    List<Trend> trends,
    List<NodeResult> children) {

  /**
   * Creates a node result.
   *
   * @param kind the level
   * @param id the id
   * @param name the name
   * @param score the score
   * @param status the status
   * @param statusSource where the status came from
   * @param weight the weight
   * @param normalisedWeight the normalised weight
   * @param contribution the contribution
   * @param coverage the coverage
   * @param completeness the completeness
   * @param method the rule or strategy
   * @param indicator the indicator detail
   * @param action the action text
   * @param note the note
   * @param trends the trends
   * @param children the children
   * @throws NullPointerException if an object argument, a trend or a child is null
   * @throws IllegalArgumentException if {@code statusSource} is {@code NO_DATA} but {@code
   *     status} is not, or the other way round
   */
  public NodeResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSource, "statusSource");
    if ((status == Status.NO_DATA) != (statusSource == StatusSource.NO_DATA)) {
      throw new IllegalArgumentException(
          "status " + status + " cannot come from " + statusSource);
    }
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(note, "note");
    trends = List.copyOf(Objects.requireNonNull(trends, "trends"));
    children = List.copyOf(Objects.requireNonNull(children, "children"));
  }

  /**
   * Tells whether the node has a score.
   *
   * @return true unless the status is {@code NO_DATA}
   */
  public boolean hasData() {
    return score.isPresent();
  }

  /**
   * Tells whether the node is informational: weight 0 in its parent. It keeps its own score and
   * status but takes no part in its parent's score, status or coverage, and has no contribution.
   * The scorecard (the root) never is.
   *
   * @return true for a weight-0 child
   */
  public boolean informational() {
    return kind != NodeKind.SCORECARD && weight == 0;
  }

  /**
   * The trend against the first comparison made.
   *
   * @return the first of {@link #trends()}, empty when no comparison was made
   */
  public Optional<Trend> trend() {
    return trends.isEmpty() ? Optional.empty() : Optional.of(trends.get(0));
  }

  /**
   * Finds a node by id in this subtree, this node included (depth-first, definition order).
   *
   * @param nodeId the id
   * @return the node, if present
   * @throws NullPointerException if {@code nodeId} is null
   */
  public Optional<NodeResult> find(String nodeId) {
    Objects.requireNonNull(nodeId, "nodeId");
    Deque<NodeResult> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      NodeResult n = stack.pop();
      if (n.id.equals(nodeId)) {
        return Optional.of(n);
      }
      for (int i = n.children.size() - 1; i >= 0; i--) {
        stack.push(n.children.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * A one-line summary for logs and debuggers, with user text escaped ({@link
   * UserText#escape(String)}) so a name cannot forge a line: {@code
   * NodeResult[OBJECTIVE grow "Grow revenue": 0.75 AT_RISK, 3 children]}. {@link
   * ScorecardResult#explain()} renders the whole tree.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "NodeResult["
        + kind
        + " "
        + UserText.escape(id)
        + " \""
        + UserText.escape(name)
        + "\": "
        + (score.isPresent() ? Numbers.plain(score.getAsDouble()) : "no data")
        + " "
        + status
        + ", "
        + children.size()
        + (children.size() == 1 ? " child]" : " children]");
  }
}
