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
 * @param weight the node's weight in its parent, as defined (1 for the scorecard)
 * @param normalisedWeight its share of the weights its parent counted, 0 when not counted
 * @param contribution what it added to its parent's score, when the parent's strategy provides
 *     contributions ({@code weighted-mean}, {@code min}, {@code max}); for the scorecard, its score
 * @param coverage the share of the node's counted weight that had data, in {@code [0, 1]}
 * @param method the scoring rule (indicators) or aggregation strategy (other nodes) used
 * @param indicator for indicators, the actual value, target and baseline used
 * @param action the indicator's action text for its status, if it has one
 * @param note why the node has no data, or another remark on how it was computed
 * @param trend the change since the previous comparable period, when both have a score
 * @param children the child nodes in definition order (unmodifiable)
 */
public record NodeResult(
    NodeKind kind,
    String id,
    String name,
    OptionalDouble score,
    Status status,
    double weight,
    double normalisedWeight,
    OptionalDouble contribution,
    double coverage,
    String method,
    Optional<IndicatorDetail> indicator,
    Optional<String> action,
    Optional<String> note,
    Optional<Trend> trend,
    List<NodeResult> children) {

  /**
   * Creates a node result.
   *
   * @param kind the level
   * @param id the id
   * @param name the name
   * @param score the score
   * @param status the status
   * @param weight the weight
   * @param normalisedWeight the normalised weight
   * @param contribution the contribution
   * @param coverage the coverage
   * @param method the rule or strategy
   * @param indicator the indicator detail
   * @param action the action text
   * @param note the note
   * @param trend the trend
   * @param children the children
   * @throws NullPointerException if an object argument or a child is null
   */
  public NodeResult {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(trend, "trend");
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
