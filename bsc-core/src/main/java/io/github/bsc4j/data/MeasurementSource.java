package io.github.bsc4j.data;

import io.github.bsc4j.model.UserText;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
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

  /**
   * Reads every value of a layout's indicators and periods at once into one subject's row of a
   * batch: the value of indicator {@code i} for period {@code p} goes to {@code values[offset + i
   * * layout.periodCount() + p]}, and its bit in {@code present} is set; a missing value leaves
   * both untouched. The engine's batches over sources call this once per subject instead of
   * {@link #value} once per indicator and period; the default does exactly that, in indicator
   * then period order. A source that can read faster (from its own index, or one query) should
   * override it, reading the same values {@link #value} gives.
   *
   * <p>Values are copied as given: one that is NaN or infinite is set present and left for the
   * engine to reject, for this subject alone.
   *
   * @param layout the indicators and periods to read
   * @param values receives the values
   * @param offset where this subject's row starts in {@code values}
   * @param present receives a set bit for each value present, at the same index
   * @return how many of the layout's indicators this source holds any value for, or -1 when it
   *     cannot tell cheaply; the engine checks {@link #indicatorIds()} for ids the scorecard does
   *     not have only when this differs from their number
   * @throws NullPointerException if an argument is null, or {@link #value} returns null
   * @throws IndexOutOfBoundsException if the row does not fit in {@code values}
   */
  default int fetch(MeasurementLayout layout, double[] values, int offset, BitSet present) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(present, "present");
    Objects.checkFromIndexSize(offset, layout.valuesPerSubject(), values.length);
    List<String> ids = layout.indicatorIds();
    List<Period> periods = layout.periods();
    int at = offset;
    for (String id : ids) {
      for (Period period : periods) {
        OptionalDouble v = value(id, period);
        if (v == null) {
          throw new NullPointerException("measurement source returned null for indicator '"
              + UserText.quote(id) + "' and period " + period + "; return empty");
        }
        if (v.isPresent()) {
          values[at] = v.getAsDouble();
          present.set(at);
        }
        at++;
      }
    }
    return -1;
  }
}
