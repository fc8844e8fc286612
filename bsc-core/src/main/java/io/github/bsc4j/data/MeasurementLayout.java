package io.github.bsc4j.data;

import io.github.bsc4j.model.UserText;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which values a {@link MeasurementBlock} holds for each subject: a list of indicators times a
 * list of periods. A block's values are one {@code double[]}, subject-major: the value of subject
 * {@code s}, indicator {@code i} and period {@code p} is at
 *
 * <pre>{@code (s * indicatorCount() + i) * periodCount() + p}</pre>
 *
 * <p>so each subject's values are {@link #valuesPerSubject()} consecutive entries, and within
 * them each indicator's periods are consecutive. With indicators {@code revenue, churn} and the
 * months {@code 2026-01..2026-03}, subject 1's churn for February is at {@code (1 * 2 + 1) * 3 +
 * 1 = 10}.
 *
 * <p>Immutable and thread-safe. Serialisable through a proxy of the ids and the periods' codes
 * that is validated again by {@link #of(List, List)} when read, so a stream cannot make a layout
 * that breaks its rules.
 */
public final class MeasurementLayout implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The most values one subject may have: indicators times periods. */
  public static final int MAX_VALUES_PER_SUBJECT = 1_000_000;

  private final List<String> indicatorIds;
  private final List<Period> periods;
  private final transient Map<String, Integer> indicatorIndex;
  private final transient Map<Days, Integer> periodIndex;

  /** Each period's {@link Period#dayCode}, as {@link Measurements} keys its values. */
  private final transient long[] dayCodes;

  /** The days of a period, whatever its kind: the key of {@link #periodIndex(Period)}. */
  private record Days(LocalDate start, LocalDate end) {
    static Days of(Period p) {
      return new Days(p.start(), p.end());
    }
  }

  private MeasurementLayout(
      List<String> indicatorIds,
      List<Period> periods,
      Map<String, Integer> indicatorIndex,
      Map<Days, Integer> periodIndex) {
    this.indicatorIds = indicatorIds;
    this.periods = periods;
    this.indicatorIndex = indicatorIndex;
    this.periodIndex = periodIndex;
    this.dayCodes = new long[periods.size()];
    for (int p = 0; p < dayCodes.length; p++) {
      dayCodes[p] = Period.dayCode(periods.get(p));
    }
  }

  /** The periods' day codes, in order, for {@link Measurements#fetch}; not to be changed. */
  long[] dayCodes() {
    return dayCodes;
  }

  /**
   * A layout of the given indicators and periods, in the given orders.
   *
   * @param indicatorIds the indicators' ids: at least one, none blank, no two equal
   * @param periods the periods: at least one, no two with the same days ({@link
   *     Period#sameDays(Period)}), whatever their kinds
   * @return the layout
   * @throws NullPointerException if a list or an element is null (the message names it, as
   *     {@code "indicatorIds[3]"})
   * @throws IllegalArgumentException if a list is empty, an id is blank, an id or the days of a
   *     period come twice (the message names both positions), or there would be more than {@value
   *     #MAX_VALUES_PER_SUBJECT} values per subject
   */
  public static MeasurementLayout of(List<String> indicatorIds, List<Period> periods) {
    Objects.requireNonNull(indicatorIds, "indicatorIds");
    Objects.requireNonNull(periods, "periods");
    // Copy first, so that what is checked is what is kept even if the caller's lists change.
    List<String> ids = new ArrayList<>(indicatorIds);
    List<Period> ps = new ArrayList<>(periods);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("indicatorIds must not be empty");
    }
    if (ps.isEmpty()) {
      throw new IllegalArgumentException("periods must not be empty");
    }
    long values = (long) ids.size() * ps.size();
    if (values > MAX_VALUES_PER_SUBJECT) {
      throw new IllegalArgumentException(
          ids.size() + " indicators x " + ps.size() + " periods make " + values
              + " values per subject, more than the " + MAX_VALUES_PER_SUBJECT + " allowed");
    }
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = Objects.requireNonNull(ids.get(i), "indicatorIds[" + i + "]");
      if (id.isBlank()) {
        throw new IllegalArgumentException("indicatorIds[" + i + "] is blank");
      }
      Integer earlier = byId.putIfAbsent(id, i);
      if (earlier != null) {
        throw new IllegalArgumentException("indicator '" + UserText.quote(id)
            + "' comes twice, at indicatorIds[" + earlier + "] and indicatorIds[" + i + "]");
      }
    }
    Map<Days, Integer> byDays = new HashMap<>();
    for (int p = 0; p < ps.size(); p++) {
      Period period = Objects.requireNonNull(ps.get(p), "periods[" + p + "]");
      Integer earlier = byDays.putIfAbsent(Days.of(period), p);
      if (earlier != null) {
        throw new IllegalArgumentException("periods[" + earlier + "] " + ps.get(earlier)
            + " and periods[" + p + "] " + period + " cover the same days");
      }
    }
    return new MeasurementLayout(
        Collections.unmodifiableList(ids), Collections.unmodifiableList(ps), byId, byDays);
  }

  /**
   * A layout of the given indicators and the months {@code first} to {@code last}, both
   * included, each as {@link Period#month(YearMonth)}.
   *
   * @param indicatorIds the indicators' ids, as for {@link #of(List, List)}
   * @param first the first month
   * @param last the last month
   * @return the layout
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if {@code last} is before {@code first}, or as for {@link
   *     #of(List, List)}
   * @throws InvalidPeriodException if a month is outside the years a {@link Period} allows
   */
  public static MeasurementLayout monthly(
      List<String> indicatorIds, YearMonth first, YearMonth last) {
    Objects.requireNonNull(indicatorIds, "indicatorIds");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last month " + last + " is before first month " + first);
    }
    // Both ends as periods first: a month outside the years a period allows fails here, before the
    // loop below could walk billions of months.
    Period.month(first);
    Period.month(last);
    List<Period> periods = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      periods.add(Period.month(m));
    }
    return of(indicatorIds, periods);
  }

  /**
   * The indicators' ids, in the layout's order.
   *
   * @return an unmodifiable list
   */
  public List<String> indicatorIds() {
    return indicatorIds;
  }

  /**
   * The periods, in the layout's order.
   *
   * @return an unmodifiable list
   */
  public List<Period> periods() {
    return periods;
  }

  /**
   * The number of indicators.
   *
   * @return at least 1
   */
  public int indicatorCount() {
    return indicatorIds.size();
  }

  /**
   * The number of periods.
   *
   * @return at least 1
   */
  public int periodCount() {
    return periods.size();
  }

  /**
   * The number of values each subject has: {@link #indicatorCount()} times {@link
   * #periodCount()}.
   *
   * @return between 1 and {@value #MAX_VALUES_PER_SUBJECT}
   */
  public int valuesPerSubject() {
    return indicatorIds.size() * periods.size();
  }

  /**
   * The position of an indicator in this layout, found in constant time.
   *
   * @param indicatorId the indicator's id
   * @return its index, or empty when the layout does not hold it
   * @throws NullPointerException if {@code indicatorId} is null
   */
  public OptionalInt indicatorIndex(String indicatorId) {
    Integer i = indicatorIndex.get(Objects.requireNonNull(indicatorId, "indicatorId"));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * The position of the period that covers the same days as {@code period}, whatever the kinds:
   * {@code 2026-Q1} finds a column held as {@code 2026-YTD-03}.
   *
   * @param period the period
   * @return its index, or empty when no period of the layout has those days
   * @throws NullPointerException if {@code period} is null
   */
  public OptionalInt periodIndex(Period period) {
    Integer p = periodIndex.get(Days.of(Objects.requireNonNull(period, "period")));
    return p == null ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /**
   * The index in a block's values of one subject's value of one indicator for one period:
   * {@code (subject * indicatorCount() + indicator) * periodCount() + period}.
   *
   * @param subject the subject's position in the block, 0 or more
   * @param indicator the indicator's position, 0 to {@code indicatorCount() - 1}
   * @param period the period's position, 0 to {@code periodCount() - 1}
   * @return the index
   * @throws IllegalArgumentException if an argument is out of its range, or the index would not
   *     fit in an {@code int}
   */
  public int index(int subject, int indicator, int period) {
    if (subject < 0) {
      throw new IllegalArgumentException("subject " + subject + " is negative");
    }
    if (indicator < 0 || indicator >= indicatorIds.size()) {
      throw new IllegalArgumentException("indicator " + indicator + " is outside 0.."
          + (indicatorIds.size() - 1));
    }
    if (period < 0 || period >= periods.size()) {
      throw new IllegalArgumentException("period " + period + " is outside 0.."
          + (periods.size() - 1));
    }
    try {
      return Math.addExact(
          Math.multiplyExact(
              Math.addExact(Math.multiplyExact(subject, indicatorIds.size()), indicator),
              periods.size()),
          period);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("subject " + subject
          + " is beyond the largest array: its values would not have an int index", e);
    }
  }

  /**
   * Compares by the indicators' ids and the periods, in order.
   *
   * @param o the other object
   * @return true if {@code o} is a layout with equal ids and periods in the same order
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof MeasurementLayout l
        && indicatorIds.equals(l.indicatorIds)
        && periods.equals(l.periods);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}: {@code 31 * indicatorIds().hashCode() +
   * periods().hashCode()}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * indicatorIds.hashCode() + periods.hashCode();
  }

  /**
   * A short summary: the numbers of indicators and periods, and the first and last period.
   *
   * @return for example {@code MeasurementLayout[40 indicators x 3 periods 2026-01..2026-03]}
   */
  @Override
  public String toString() {
    return "MeasurementLayout[" + count(indicatorIds.size(), "indicator") + " x "
        + count(periods.size(), "period") + " " + periods.get(0)
        + (periods.size() > 1 ? ".." + periods.get(periods.size() - 1) : "") + "]";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Writes the layout as a proxy of its ids and its periods' codes ({@link Period#toString()}),
   * read back through {@link Period#parse(String)} and {@link #of(List, List)}.
   *
   * @return the proxy
   */
  @Serial
  private Object writeReplace() {
    String[] codes = new String[periods.size()];
    for (int p = 0; p < codes.length; p++) {
      codes[p] = periods.get(p).toString();
    }
    return new Proxy(indicatorIds.toArray(new String[0]), codes);
  }

  /**
   * Refuses a stream that holds a layout itself rather than its proxy.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a MeasurementLayout is read through its proxy");
  }

  /**
   * The serialised form: the ids and the periods' codes, validated again by {@link #of(List,
   * List)} when read.
   *
   * @param indicatorIds the indicators' ids
   * @param periods the periods' codes
   */
  private record Proxy(String[] indicatorIds, String[] periods) implements Serializable {
    @Serial
    private Object readResolve() throws InvalidObjectException {
      try {
        Objects.requireNonNull(indicatorIds, "indicatorIds");
        Objects.requireNonNull(periods, "periods");
        List<Period> ps = new ArrayList<>(periods.length);
        for (int p = 0; p < periods.length; p++) {
          ps.add(Period.parse(Objects.requireNonNull(periods[p], "periods[" + p + "]")));
        }
        return MeasurementLayout.of(Arrays.asList(indicatorIds), ps);
      } catch (RuntimeException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("invalid MeasurementLayout: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
