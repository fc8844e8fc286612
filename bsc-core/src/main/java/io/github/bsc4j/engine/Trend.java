package io.github.bsc4j.engine;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a node moved against one compared period: its score then and the change, whether that is
 * better or worse, and whether the two periods can fairly be compared at all.
 *
 * <p><b>Direction.</b> An indicator whose polarity is {@code HIGHER_IS_BETTER} or {@code
 * LOWER_IS_BETTER} and that has an actual value in both periods moves by its actual value in its
 * polarity's direction: a return rate falling from 4 % to 3 % is {@link Direction#IMPROVED}. A
 * change of the actual value of at most {@value #RELATIVE_TOLERANCE} times the larger of the two
 * magnitudes is {@link Direction#UNCHANGED}, so rounding noise (a change of 1e-16) is never
 * "better". Every other node (parents, {@code IN_RANGE} indicators, indicators with an actual in
 * only one period) moves by its score, higher being better; a change of score of at most the
 * scorecard's {@code trendTolerance} is UNCHANGED. Without a direction by either, {@link
 * #direction()} is empty.
 *
 * <p><b>Comparability.</b> {@link #differences()} lists what differs between the two periods;
 * the trend is {@link #comparable()} only when nothing does. See {@link Difference}.
 *
 * @param comparison which comparison this is
 * @param period the period compared with
 * @param periodCode that period's code in the scorecard's calendar (such as {@code 2026-02})
 * @param previousScore the node's score in the compared period, if it had one
 * @param scoreChange the score now minus the score then, when both exist
 * @param direction better, worse or unchanged (see above); empty when neither the actual values
 *     nor the scores exist in both periods
 * @param differences what differs between the two periods, in the order of {@link Difference};
 *     empty when the trend is comparable (unmodifiable)
 * @param previousActual for an indicator, its actual value in the compared period, if any
 * @param actualChange for an indicator with an actual value in both periods, the value now
 *     minus the value then, in the indicator's unit: for a percentage indicator ({@link
 *     io.github.bsc4j.model.Unit.Kind#PERCENTAGE}) that is a change in percentage points; empty if
 *     the difference overflows
 * @param relativeChange for an indicator that is neither a percentage nor a ratio ({@link
 *     io.github.bsc4j.model.Unit.Kind}) and whose earlier value is not
 *     0, {@code actualChange} divided by the magnitude of the earlier value ({@code 0.25} is 25 %
 *     more); empty otherwise (and when it overflows), for a change of a percentage in percent
 *     misleads
 */
public record Trend(
    Comparison comparison,
    Period period,
    String periodCode,
    OptionalDouble previousScore,
    OptionalDouble scoreChange,
    Optional<Direction> direction,
    List<Difference> differences,
    OptionalDouble previousActual,
    OptionalDouble actualChange,
    OptionalDouble relativeChange) {

  /**
   * The relative tolerance, {@value}, within which two actual values (and two targets) count as
   * equal: {@code |a - b| <= 1e-9 * max(|a|, |b|)}.
   */
  public static final double RELATIVE_TOLERANCE = 1e-9;

  /**
   * Creates a trend.
   *
   * @param comparison the comparison
   * @param period the compared period
   * @param periodCode the compared period's code
   * @param previousScore the earlier score
   * @param scoreChange the change of score
   * @param direction the direction
   * @param differences what differs
   * @param previousActual the earlier actual value
   * @param actualChange the change of the actual value
   * @param relativeChange the relative change of the actual value
   * @throws NullPointerException if an argument or a difference is null
   */
  public Trend {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(periodCode, "periodCode");
    Objects.requireNonNull(previousScore, "previousScore");
    Objects.requireNonNull(scoreChange, "scoreChange");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(differences, "differences");
    Objects.requireNonNull(previousActual, "previousActual");
    Objects.requireNonNull(actualChange, "actualChange");
    Objects.requireNonNull(relativeChange, "relativeChange");
    if (differences.isEmpty()) {
      differences = List.of();
    } else if (differences.size() == 1) {
      differences = List.of(Objects.requireNonNull(differences.get(0), "difference"));
    } else {
      EnumSet<Difference> set = EnumSet.noneOf(Difference.class);
      for (Difference d : differences) {
        set.add(Objects.requireNonNull(d, "difference"));
      }
      differences = List.copyOf(set);
    }
  }

  /**
   * Tells whether the two periods can fairly be compared: nothing in {@link #differences()}.
   *
   * @return true if comparable
   */
  public boolean comparable() {
    return differences.isEmpty();
  }

  /** Better or worse, in the node's polarity. */
  public enum Direction {
    /** Better by more than the tolerance. */
    IMPROVED,
    /** Worse by more than the tolerance. */
    WORSENED,
    /** Within the tolerance. */
    UNCHANGED
  }

  /** A reason a trend is not comparable. */
  public enum Difference {
    /**
     * The data behind the node differs: for an indicator, it has a score in one period and not in
     * the other; for a parent, some counted indicator below it (through counted children only)
     * has data in one period and not in the other — three indicators reported last month and one
     * this month, even when the parent's own coverage reads the same.
     */
    COVERAGE,
    /**
     * The yardstick differs: an indicator's target or baseline for the two periods differs by
     * more than {@link Trend#RELATIVE_TOLERANCE} relatively (or exists in only one); for a parent,
     * that holds for some counted indicator below it.
     */
    TARGET,
    /**
     * The definition differs: another scoring rule, weights or structure. Both periods of one
     * evaluation are scored by one compiled plan, so this is never reported today; it is kept
     * for comparing results of different versions of a scorecard.
     */
    DEFINITION
  }
}
