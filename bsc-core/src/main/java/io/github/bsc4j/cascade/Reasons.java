package io.github.bsc4j.cascade;

import io.github.bsc4j.engine.NodeKind;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The indicators that lifted and lowered a member's score most against target, so a pay
 * statement can say why.
 *
 * <p>An indicator's points are its effective weight (the product of the normalised weights
 * along its path from the scorecard, as the engine counted them) times its score's distance from
 * target, {@code score − 1}. Under weighted-mean aggregation at every level (the default) the
 * points of all indicators, those without data included, add up to the scorecard's score minus
 * 1, so they explain the whole gap; under other strategies (geometric, min, max) they still weigh
 * each indicator's distance from target by its weight, but do not add up to the gap.
 *
 * <p>Informational indicators (weight 0, or below a weight-0 node) are left out. Indicators
 * without data are listed apart, in definition order, with what counting them as 0 cost (under
 * {@code MissingDataPolicy.ZERO}; 0 when they were left out). Indicators exactly on target, or
 * not counted (below a node without data), have 0 points and appear in neither list.
 *
 * @param subjectId the member the result is for
 * @param lifted indicators above target, most points first, ties in definition order, at most
 *     the limit asked for (unmodifiable)
 * @param lowered indicators below target, most points lost first, ties in definition order, at
 *     most the limit asked for (unmodifiable)
 * @param noData counted indicators without data, in definition order (unmodifiable)
 */
public record Reasons(
    String subjectId, List<Reason> lifted, List<Reason> lowered, List<Reason> noData) {

  /**
   * Creates reasons from their parts; {@link #of(ScorecardResult, int)} finds them.
   *
   * @param subjectId the member
   * @param lifted the indicators above target
   * @param lowered the indicators below target
   * @param noData the indicators without data
   * @throws NullPointerException if an argument or an element of a list is null
   */
  public Reasons {
    Objects.requireNonNull(subjectId, "subjectId");
    lifted = List.copyOf(Objects.requireNonNull(lifted, "lifted"));
    lowered = List.copyOf(Objects.requireNonNull(lowered, "lowered"));
    noData = List.copyOf(Objects.requireNonNull(noData, "noData"));
  }

  /**
   * Finds the indicators that lifted and lowered a member's score most.
   *
   * @param memberResult the member's result
   * @param limit the most indicators listed as lifting, and as lowering, the score
   * @return the reasons
   * @throws NullPointerException if {@code memberResult} is null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static Reasons of(ScorecardResult memberResult, int limit) {
    Objects.requireNonNull(memberResult, "memberResult");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    List<Reason> up = new ArrayList<>();
    List<Reason> down = new ArrayList<>();
    List<Reason> missing = new ArrayList<>();
    for (NodeResult child : memberResult.root().children()) {
      collect(child, 1.0, up, down, missing);
    }
    // Stable sorts: ties keep definition order.
    up.sort(Comparator.comparingDouble(r -> -r.points()));
    down.sort(Comparator.comparingDouble(Reason::points));
    return new Reasons(memberResult.subjectId(), up.subList(0, Math.min(limit, up.size())),
        down.subList(0, Math.min(limit, down.size())), missing);
  }

  private static void collect(NodeResult node, double above, List<Reason> up, List<Reason> down,
      List<Reason> missing) {
    if (node.informational()) {
      return;
    }
    double weight = above * node.normalisedWeight();
    if (node.kind() != NodeKind.INDICATOR) {
      for (NodeResult child : node.children()) {
        collect(child, weight, up, down, missing);
      }
      return;
    }
    OptionalDouble score = node.score();
    if (score.isEmpty()) {
      missing.add(new Reason(node.id(), node.name(), score, weight, 0.0 - weight));
      return;
    }
    double points = weight * (score.getAsDouble() - 1); // -0.0 is in neither list, as 0.0
    Reason reason = new Reason(node.id(), node.name(), score, weight, points);
    if (points > 0) {
      up.add(reason);
    } else if (points < 0) {
      down.add(reason);
    }
  }
}
