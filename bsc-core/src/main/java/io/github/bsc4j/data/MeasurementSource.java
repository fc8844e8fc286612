package io.github.bsc4j.data;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * Where the engine gets actual values from. Applications implement it over their own storage
 * (a database, a cache, a remote service); {@link Measurements} is a ready map-backed one.
 *
 * <p>Implementations must be safe to call from the threads that evaluate with them, must return
 * the same value for the same arguments during one evaluation, and must not return NaN or an
 * infinity: the engine rejects those with an {@link InvalidMeasurementException} naming the
 * indicator and the period.
 *
 * <p>The period asked for carries its kind: the engine asks for {@code 2026-YTD-03} when it
 * evaluates the year to date through March, with the same days as {@code 2026-Q1}. Whether a
 * value stored for one serves the other is the source's choice; {@link Measurements} answers by
 * the days alone, and a source over stored period codes may want to do the same (compare {@link
 * Period#start()} and {@link Period#end()}, or use {@link Period#sameDays(Period)}).
 */
@FunctionalInterface
public interface MeasurementSource {

  /** A source without any data. */
  MeasurementSource EMPTY = (indicatorId, period) -> OptionalDouble.empty();

  /**
   * The actual value of one indicator for one period.
   *
   * @param indicatorId the indicator's id
   * @param period the period
   * @return the value, or empty when there is none
   */
  OptionalDouble value(String indicatorId, Period period);

  /**
   * The ids of every indicator this source holds values for, so that the engine can report
   * values it would otherwise ignore (an id the scorecard does not have). The default, an empty
   * set, means the source cannot tell, and nothing is checked; a source that can list its ids
   * cheaply should.
   *
   * @return the ids, or an empty set when unknown; never null
   */
  default Set<String> indicatorIds() {
    return Set.of();
  }
}
