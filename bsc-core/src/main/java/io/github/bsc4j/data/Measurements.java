package io.github.bsc4j.data;

import io.github.bsc4j.model.UserText;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
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
  // Held compactly, so that a batch of many subjects reads a few arrays per subject rather than
  // a graph of maps: the ids in order, each id's values in [from[i], from[i + 1]) of keys and
  // values (keys are Period.dayCode, ascending), and an open-addressing table of id positions.
  private final String[] ids;
  private final int[] hashes;
  private final int[] from;
  private final long[] keys;
  private final double[] values;
  private final int[] table;
  private final Set<String> idSet;

  /** The values as maps, made when first asked for (asMap, equals, hashCode, toString). */
  private volatile Map<String, Map<Period, Double>> map;

  private Measurements(Map<String, TreeMap<Period, Double>> sorted) {
    int n = sorted.size();
    ids = new String[n];
    hashes = new int[n];
    from = new int[n + 1];
    int total = 0;
    for (TreeMap<Period, Double> m : sorted.values()) {
      total += m.size();
    }
    keys = new long[total];
    values = new double[total];
    int i = 0;
    int at = 0;
    for (Map.Entry<String, TreeMap<Period, Double>> e : sorted.entrySet()) {
      ids[i] = e.getKey();
      hashes[i] = e.getKey().hashCode();
      from[i] = at;
      // Day codes order as the days do (start, then end), as the TreeMap of Period.between keys.
      for (Map.Entry<Period, Double> v : e.getValue().entrySet()) {
        keys[at] = Period.dayCode(v.getKey());
        values[at] = v.getValue();
        at++;
      }
      i++;
    }
    from[n] = at;
    table = new int[Integer.highestOneBit(Math.max(1, n) * 2) * 2];
    int mask = table.length - 1;
    for (int j = 0; j < n; j++) {
      int slot = hashes[j] & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = j + 1;
    }
    idSet = new IdSet();
  }

  /** The ids as an unmodifiable set, in order, over the array itself: nothing is copied. */
  private final class IdSet extends AbstractSet<String> {
    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof String id && find(id) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(ids).iterator(); // Arrays.asList's iterator cannot remove
    }
  }

  /** The position of an id, or -1. */
  private int find(String id) {
    int h = id.hashCode();
    int mask = table.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int j = table[slot] - 1;
      if (j < 0) {
        return -1;
      }
      String candidate = ids[j];
      if (candidate == id || (hashes[j] == h && candidate.equals(id))) {
        return j;
      }
    }
  }

  /** The position of a day code among id {@code j}'s values, or -1. */
  private int find(int j, long code) {
    int lo = from[j];
    int hi = from[j + 1] - 1;
    if (hi - lo < 8) {
      // A few values (a quarter's months): a scan, whose branches follow the same pattern for
      // every indicator and subject, beats a search whose branches do not.
      for (int k = lo; k <= hi; k++) {
        if (keys[k] >= code) {
          return keys[k] == code ? k : -1;
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long k = keys[mid];
      if (k < code) {
        lo = mid + 1;
      } else if (k > code) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
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
    int j = find(indicatorId);
    if (j < 0) {
      return OptionalDouble.empty();
    }
    int at = find(j, Period.dayCode(period)); // the days alone: no key is made
    return at < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[at]);
  }

  /** The key a period's value is held under: its days, with the kind {@code between} infers. */
  private static Period key(Period period) {
    return Period.between(period.start(), period.end());
  }

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
    List<String> wanted = layout.indicatorIds();
    long[] codes = layout.dayCodes();
    int periods = codes.length;
    int held = 0;
    for (int i = 0; i < wanted.size(); i++) {
      int j = find(wanted.get(i));
      if (j < 0) {
        continue;
      }
      held++;
      int at = offset + i * periods;
      for (int p = 0; p < periods; p++) {
        int k = find(j, codes[p]);
        if (k >= 0) {
          values[at + p] = this.values[k];
          present.set(at + p);
        }
      }
    }
    return held;
  }

  /**
   * The ids of every indicator a value is held for, in id order.
   *
   * @return an unmodifiable set
   */
  @Override
  public Set<String> indicatorIds() {
    return idSet;
  }

  /**
   * Every value held, by indicator id and period (each span of days named as {@link
   * Period#between} names it).
   *
   * @return an unmodifiable view
   */
  public Map<String, Map<Period, Double>> asMap() {
    Map<String, Map<Period, Double>> m = map;
    if (m == null) {
      Map<String, Map<Period, Double>> made = new HashMap<>();
      for (int j = 0; j < ids.length; j++) {
        TreeMap<Period, Double> byPeriod = new TreeMap<>();
        for (int k = from[j]; k < from[j + 1]; k++) {
          byPeriod.put(Period.ofDayCode(keys[k]), values[k]);
        }
        made.put(ids[j], Collections.unmodifiableMap(byPeriod));
      }
      m = Collections.unmodifiableMap(made);
      map = m;
    }
    return m;
  }

  /**
   * Compares by the values held.
   *
   * @param o the other object
   * @return true if {@code o} holds the same values
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Measurements m && Arrays.equals(ids, m.ids)
        && Arrays.equals(from, m.from) && Arrays.equals(keys, m.keys)
        && Arrays.equals(values, m.values);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  /**
   * Lists the values by indicator and period.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Measurements" + asMap();
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
      // Interned as the model interns element ids, so that lookups compare references.
      String id = indicatorId.length() <= 64 ? indicatorId.intern() : indicatorId;
      values.computeIfAbsent(id, k -> new TreeMap<>()).put(key(period), value);
      return this;
    }

    /**
     * Builds the immutable measurements.
     *
     * @return the measurements
     */
    public Measurements build() {
      return new Measurements(values);
    }
  }
}
