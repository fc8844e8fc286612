package io.github.bsc4j.data;

import io.github.bsc4j.model.UserText;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable, thread-safe, map-backed {@link MeasurementSource} for quick use and tests:
 *
 * <pre>{@code
 * Measurements m = Measurements.builder()
 *     .put("revenue", Period.month(2026, 3), 1_150_000)
 *     .put("return-rate", Period.month(2026, 3), 3.1)
 *     .build();
 * }</pre>
 *
 * NaN and infinities are rejected when put, with the indicator and period named.
 *
 * <p>A value is held for a span of days, not for a kind of period: a value put for {@code
 * 2026-Q1} is found for {@code 2026-YTD-03} and for {@code 2026-01..2026-03} too, since they are
 * the same days, and putting one for {@code 2026-YTD-03} replaces one put for {@code 2026-Q1}.
 * {@link #asMap()} and {@link #toString()} show each span as {@link Period#between} names it
 * ({@code 2026-Q1}).
 */
public final class Measurements implements MeasurementSource {
  private final Map<String, Map<Period, Double>> values;

  private Measurements(Map<String, Map<Period, Double>> values) {
    this.values = values;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Measurements of one period.
   *
   * @param period the period
   * @param valuesById actual values by indicator id
   * @return the measurements
   * @throws NullPointerException if an argument, a key ({@code "indicatorId"}) or a value
   *     ({@code "value of <id>"}) is null
   * @throws InvalidMeasurementException if a value is NaN or infinite
   */
  public static Measurements of(Period period, Map<String, Double> valuesById) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(valuesById, "valuesById");
    Builder b = builder();
    // Each key is checked before sorting: a TreeMap would fail on a null key without naming it.
    TreeMap<String, Double> sorted = new TreeMap<>();
    valuesById.forEach((id, v) -> sorted.put(Objects.requireNonNull(id, "indicatorId"), v));
    sorted.forEach((id, v) ->
        b.put(id, period, Objects.requireNonNull(v, () -> "value of " + UserText.quote(id))));
    return b.build();
  }

  @Override
  public OptionalDouble value(String indicatorId, Period period) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(period, "period");
    Map<Period, Double> byPeriod = values.get(indicatorId);
    if (byPeriod == null) {
      return OptionalDouble.empty();
    }
    Double v = byPeriod.get(key(period));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The key a period's value is held under: its days, with the kind {@code between} infers. */
  private static Period key(Period period) {
    return Period.between(period.start(), period.end());
  }

  /**
   * The ids of every indicator a value is held for.
   *
   * @return an unmodifiable set
   */
  /**
   * Reads a layout's values with one lookup per indicator, as {@link
   * MeasurementSource#fetch} describes.
   *
   * @param layout the indicators and periods to read
   * @param values receives the values
   * @param offset where this subject's row starts
   * @param present receives a set bit per value present
   * @return how many of the layout's indicators these measurements hold values for
   * @throws NullPointerException if an argument is null
   * @throws IndexOutOfBoundsException if the row does not fit in {@code values}
   */
  @Override
  public int fetch(MeasurementLayout layout, double[] values, int offset, BitSet present) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(present, "present");
    Objects.checkFromIndexSize(offset, layout.valuesPerSubject(), values.length);
    List<String> ids = layout.indicatorIds();
    List<Period> keys = layout.dayKeys();
    int periods = keys.size();
    int held = 0;
    for (int i = 0; i < ids.size(); i++) {
      Map<Period, Double> byPeriod = this.values.get(ids.get(i));
      if (byPeriod == null) {
        continue;
      }
      held++;
      int at = offset + i * periods;
      for (int p = 0; p < periods; p++) {
        Double v = byPeriod.get(keys.get(p));
        if (v != null) {
          values[at + p] = v;
          present.set(at + p);
        }
      }
    }
    return held;
  }

  @Override
  public Set<String> indicatorIds() {
    return values.keySet();
  }

  /**
   * Every value held, by indicator id and period (each span of days named as {@link
   * Period#between} names it).
   *
   * @return an unmodifiable view
   */
  public Map<String, Map<Period, Double>> asMap() {
    return values;
  }

  /**
   * Compares by the values held.
   *
   * @param o the other object
   * @return true if {@code o} holds the same values
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Measurements m && values.equals(m.values);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /**
   * Lists the values by indicator and period.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Measurements" + values;
  }

  /** Builds {@link Measurements}; not thread-safe. */
  public static final class Builder {
    private final Map<String, TreeMap<Period, Double>> values = new TreeMap<>();

    private Builder() {}

    /**
     * Sets one value, replacing any earlier value of the same indicator and days (whatever the
     * kinds of the periods).
     *
     * @param indicatorId the indicator's id
     * @param period the period
     * @param value the actual value
     * @return this builder
     * @throws NullPointerException if {@code indicatorId} or {@code period} is null
     * @throws InvalidMeasurementException if {@code value} is NaN or infinite
     */
    public Builder put(String indicatorId, Period period, double value) {
      Objects.requireNonNull(indicatorId, "indicatorId");
      Objects.requireNonNull(period, "period");
      if (!Double.isFinite(value)) {
        throw new InvalidMeasurementException(indicatorId, period, value);
      }
      values.computeIfAbsent(indicatorId, k -> new TreeMap<>()).put(key(period), value);
      return this;
    }

    /**
     * Builds the immutable measurements.
     *
     * @return the measurements
     */
    public Measurements build() {
      Map<String, Map<Period, Double>> copy = new HashMap<>();
      values.forEach((id, m) -> copy.put(id, Collections.unmodifiableMap(new TreeMap<>(m))));
      return new Measurements(Collections.unmodifiableMap(copy));
    }
  }
}
