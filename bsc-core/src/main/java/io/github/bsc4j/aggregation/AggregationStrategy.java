package io.github.bsc4j.aggregation;

import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.scoring.ParameterProblem;
import java.util.List;
import java.util.Optional;

/**
 * The aggregation SPI: combines the scores of a node's children (indicators into an objective,
 * objectives into a perspective, perspectives into a scorecard) into the node's score.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader} ({@code provides
 * io.github.bsc4j.aggregation.AggregationStrategy with ...} in {@code module-info} and {@code
 * META-INF/services/io.github.bsc4j.aggregation.AggregationStrategy}) or registered in code with
 * {@link AggregationStrategies.Builder#add(AggregationStrategy)}. Definitions refer to a strategy
 * by {@link #name()}.
 *
 * <p>Contract: a pure function of its input, safe to call from many threads at once, combining
 * children in the order given. Children of weight 0 are ignored. An input always has a child of
 * positive weight ({@link AggregationInput} cannot hold one without): missing data is the
 * engine's NO_DATA, decided before a strategy is asked, so no strategy can turn it into a score.
 * The result is finite and not negative, lies between the smallest and the largest counted child,
 * equals {@code s} when every counted child scores {@code s}, and does not change when children
 * are permuted, all weights are scaled, or a child is split into two children with the same score
 * sharing its weight. A strategy that throws or returns NaN, an infinity or a negative number
 * makes the evaluation fail with an error naming the strategy and the node. {@code bsc-testkit}'s
 * {@code AggregationStrategyContract} checks all of this.
 */
public interface AggregationStrategy {

  /**
   * The name definitions use to choose this strategy; well-formed like an id and unique in a
   * registry.
   *
   * @return the name
   */
  String name();

  /**
   * Checks a definition's parameters for this strategy once, when a scorecard is compiled. The
   * default accepts any parameters.
   *
   * @param spec the aggregation spec naming this strategy
   * @return the problems found, each naming the parameter; empty when the spec is fine
   */
  default List<ParameterProblem> validate(AggregationSpec spec) {
    return List.of();
  }

  /**
   * Combines the children's scores.
   *
   * @param input the children, in definition order
   * @return the node's score, finite and not negative
   */
  double aggregate(AggregationInput input);

  /**
   * Each child's contribution to the aggregate, where the strategy can say: values that, added
   * up in definition order, give the aggregate (0 for children of weight 0). The default provides
   * none.
   *
   * @param input the same input {@link #aggregate} was given
   * @return one contribution per child, or empty when the strategy has no additive breakdown
   */
  default Optional<double[]> contributions(AggregationInput input) {
    return Optional.empty();
  }
}
