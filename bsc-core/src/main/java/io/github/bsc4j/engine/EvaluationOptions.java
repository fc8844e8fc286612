package io.github.bsc4j.engine;

import io.github.bsc4j.data.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link ScorecardEngine#evaluate(CompiledScorecard, String,
 * io.github.bsc4j.data.MeasurementSource, io.github.bsc4j.data.Period, EvaluationOptions)}
 * evaluates: which earlier periods it compares with, and what it does with measurements for
 * indicators the scorecard does not have. Immutable; change a copy with the {@code with...}
 * methods:
 *
 * <pre>{@code
 * EvaluationOptions options = EvaluationOptions.DEFAULT
 *     .withComparisons(List.of(Comparison.PREVIOUS_PERIOD, Comparison.SAME_PERIOD_LAST_YEAR))
 *     .withUnknownMeasurements(EvaluationOptions.UnknownMeasurements.REJECT);
 * }</pre>
 *
 * @param comparisons the comparisons to make, in this order, each once (a repeat is dropped);
 *     empty means the default one for the evaluated period (unmodifiable)
 * @param unknownMeasurements what to do with measurements for ids that are not measured
 *     indicators of the scorecard
 */
public record EvaluationOptions(
    List<Comparison> comparisons, UnknownMeasurements unknownMeasurements) {

  /** The default comparison for the period, and a warning for unknown measurements. */
  public static final EvaluationOptions DEFAULT =
      new EvaluationOptions(List.of(), UnknownMeasurements.WARN);

  /**
   * Creates options.
   *
   * @param comparisons the comparisons; repeats are dropped, keeping the first
   * @param unknownMeasurements the policy for unknown measurements
   * @throws NullPointerException if an argument or a comparison is null
   */
  public EvaluationOptions {
    Objects.requireNonNull(comparisons, "comparisons");
    Objects.requireNonNull(unknownMeasurements, "unknownMeasurements");
    List<Comparison> distinct = new ArrayList<>();
    for (Comparison c : comparisons) {
      if (!distinct.contains(Objects.requireNonNull(c, "comparison"))) {
        distinct.add(c);
      }
    }
    comparisons = List.copyOf(distinct);
  }

  /**
   * Returns a copy that makes the given comparisons, in this order.
   *
   * @param newComparisons the comparisons; empty for the period's default
   * @return the copy
   * @throws NullPointerException if the list or an element is null
   */
  public EvaluationOptions withComparisons(List<Comparison> newComparisons) {
    return new EvaluationOptions(newComparisons, unknownMeasurements);
  }

  /**
   * Returns a copy that makes the given comparisons, in this order.
   *
   * @param newComparisons the comparisons; none for the period's default
   * @return the copy
   * @throws NullPointerException if the array or an element is null
   */
  public EvaluationOptions withComparisons(Comparison... newComparisons) {
    return withComparisons(List.of(Objects.requireNonNull(newComparisons, "newComparisons")));
  }

  /**
   * Returns a copy with another policy for unknown measurements.
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public EvaluationOptions withUnknownMeasurements(UnknownMeasurements policy) {
    return new EvaluationOptions(comparisons, policy);
  }

  /**
   * What the engine does when a {@link io.github.bsc4j.data.MeasurementSource} holds values for
   * ids that are not measured indicators of the scorecard ({@link
   * io.github.bsc4j.data.MeasurementSource#indicatorIds()}): a misspelt id, an indicator removed
   * from the scorecard, or a derived indicator, whose value its formula gives.
   */
  public enum UnknownMeasurements {
    /**
     * Evaluate, and report each such id as a warning {@link io.github.bsc4j.model.Problem} with
     * code {@link io.github.bsc4j.model.ProblemCode#UNKNOWN_INDICATOR} (the default).
     */
    WARN,
    /** Refuse: throw an {@link UnknownIndicatorException} listing every such id. */
    REJECT
  }
}
