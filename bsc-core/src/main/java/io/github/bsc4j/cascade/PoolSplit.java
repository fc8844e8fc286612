package io.github.bsc4j.cascade;

import io.github.bsc4j.model.ProblemCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A team bonus pool, in whole minor units (cents), split among the members by a basis (their
 * blended scores, their contribution shares, anything proportional), by the largest-remainder
 * method: the parts always add up to the pool exactly. Immutable, compared by value.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li><b>Who takes part:</b> every member whose basis has data. Members without data take no
 *       part (their part is 0 and they are listed in {@link #withoutData()}): an unknown basis
 *       earns neither a share nor a guess. A negative or non-finite basis is rejected, since a
 *       negative share of a pool would make a member pay in, and a silent 0 would hide the error
 *       that produced it.
 *   <li><b>Exact shares:</b> each member's exact share is {@code pool · basis / Σ basis},
 *       computed in exact decimal arithmetic from the doubles given. When every member taking
 *       part has a basis of 0, the basis tells them apart by nothing, so they share the pool
 *       equally (as if each basis were 1): the pool exists and is paid out.
 *   <li><b>Whole units:</b> each member first gets the whole part of their exact share; the few
 *       units left over (fewer than the members taking part) go one each to the members with the
 *       largest fractional remainders. Ties in the remainder go to the larger basis, then to the
 *       smaller id in {@link String#compareTo(String)} order (for arrays: the lower index).
 *   <li><b>Nobody with data:</b> when no member takes part, nothing is paid and the whole pool is
 *       {@link #undistributed()}; otherwise nothing is.
 * </ol>
 *
 * <p>So {@code Σ parts + undistributed == pool} always; each part differs from its exact share
 * by less than one unit; and the split depends on the members' ids and bases alone, never on the
 * order in which they are given.
 */
public final class PoolSplit {
  private final long pool;
  private final Map<String, Long> parts;
  private final Set<String> withoutData;
  private final long undistributed;

  private PoolSplit(
      long pool, Map<String, Long> parts, Set<String> withoutData, long undistributed) {
    this.pool = pool;
    this.parts = parts;
    this.withoutData = withoutData;
    this.undistributed = undistributed;
  }

  /**
   * Splits a pool among members by their bases.
   *
   * @param pool the pool in whole minor units (cents), zero or more
   * @param basis each member's id and basis: zero or more, or empty when the member has no data
   * @return the split, every member of {@code basis} with a part
   * @throws NullPointerException if {@code basis}, an id or a basis is null
   * @throws CascadeValidationException with every problem at once: a negative pool ({@code
   *     VALUE_OUT_OF_RANGE}, element {@code "pool"}); a malformed id ({@code MALFORMED_ID}); a
   *     basis NaN or infinite ({@code NON_FINITE_NUMBER}) or negative ({@code
   *     VALUE_OUT_OF_RANGE}), naming the member
   */
  public static PoolSplit of(long pool, Map<String, OptionalDouble> basis) {
    Objects.requireNonNull(basis, "basis");
    TreeMap<String, OptionalDouble> sorted = new TreeMap<>();
    for (Map.Entry<String, OptionalDouble> e : basis.entrySet()) {
      sorted.put(
          Objects.requireNonNull(e.getKey(), "id"), Objects.requireNonNull(e.getValue(), "basis"));
    }
    PayChecks p = new PayChecks();
    checkPool(p, pool);
    List<String> ids = new ArrayList<>(sorted.keySet());
    double[] values = new double[ids.size()];
    for (int i = 0; i < values.length; i++) {
      String id = ids.get(i);
      p.id(id, "the member");
      OptionalDouble b = sorted.get(id);
      values[i] = b.isPresent() ? b.getAsDouble() : Double.NaN;
      if (b.isPresent()) {
        checkBasis(p, id, b.getAsDouble());
      }
    }
    p.throwIfAny("pool split");
    long[] split = allocate(pool, values);
    Map<String, Long> parts = new TreeMap<>();
    Set<String> none = new TreeSet<>();
    long paid = 0;
    for (int i = 0; i < values.length; i++) {
      parts.put(ids.get(i), split[i]);
      paid += split[i];
      if (Double.isNaN(values[i])) {
        none.add(ids.get(i));
      }
    }
    return new PoolSplit(pool, Collections.unmodifiableMap(parts),
        Collections.unmodifiableSet(none), pool - paid);
  }

  /**
   * Splits a pool among members given by position, by the same rules as {@link #of(long, Map)};
   * a raw batch form, where NaN means "no data" (that member takes no part) and ties go to the
   * lower index.
   *
   * @param pool the pool in whole minor units (cents), zero or more
   * @param basis each member's basis, zero or more, or NaN when the member has no data
   * @return each member's part, in the order of {@code basis}; they add up to {@code pool}
   *     unless every basis is NaN (or there is none), when every part is 0
   * @throws NullPointerException if {@code basis} is null
   * @throws CascadeValidationException with every problem at once: a negative pool ({@code
   *     VALUE_OUT_OF_RANGE}, element {@code "pool"}); a basis infinite ({@code
   *     NON_FINITE_NUMBER}) or negative ({@code VALUE_OUT_OF_RANGE}), naming the element {@code
   *     "basis[i]"}
   */
  public static long[] split(long pool, double[] basis) {
    Objects.requireNonNull(basis, "basis");
    double[] values = basis.clone();
    PayChecks p = new PayChecks();
    checkPool(p, pool);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isNaN(values[i])) {
        checkBasis(p, "basis[" + i + "]", values[i]);
      }
    }
    p.throwIfAny("pool split");
    return allocate(pool, values);
  }

  private static void checkPool(PayChecks p, long pool) {
    if (pool < 0) {
      p.add("pool", ProblemCode.VALUE_OUT_OF_RANGE, "the pool " + pool
          + " is negative; a pool is zero or more whole minor units");
    }
  }

  private static void checkBasis(PayChecks p, String id, double b) {
    if (p.finite(id, "the basis of " + PayChecks.q(id), b) && b < 0) {
      p.add(id, ProblemCode.VALUE_OUT_OF_RANGE, "the basis " + b + " of " + PayChecks.q(id)
          + " is negative; a pool is split by bases of zero or more");
    }
  }

  /** The largest-remainder split; {@code values} are validated, NaN for no data. */
  private static long[] allocate(long pool, double[] values) {
    int n = values.length;
    long[] parts = new long[n];
    List<Integer> takers = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(values[i])) {
        takers.add(i);
        total = total.add(new BigDecimal(values[i]));
      }
    }
    if (takers.isEmpty()) {
      return parts;
    }
    boolean equal = total.signum() == 0;
    if (equal) {
      total = BigDecimal.valueOf(takers.size());
    }
    BigDecimal whole = BigDecimal.valueOf(pool);
    BigDecimal[] remainder = new BigDecimal[n];
    long given = 0;
    for (int i : takers) {
      BigDecimal exact = whole.multiply(equal ? BigDecimal.ONE : new BigDecimal(values[i]));
      BigDecimal[] qr = exact.divideAndRemainder(total);
      BigInteger floor = qr[0].toBigIntegerExact();
      parts[i] = floor.longValueExact();
      remainder[i] = qr[1];
      given += parts[i];
    }
    long left = pool - given;
    takers.sort(
        Comparator.<Integer, BigDecimal>comparing(i -> remainder[i])
            .reversed()
            .thenComparing(Comparator.<Integer>comparingDouble(i -> values[i]).reversed())
            .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < left; k++) {
      parts[takers.get(k)]++;
    }
    return parts;
  }

  /**
   * The pool that was split.
   *
   * @return the pool in whole minor units
   */
  public long pool() {
    return pool;
  }

  /**
   * Every member's part, in id order; members without data have 0.
   *
   * @return an unmodifiable map from member id to part, in whole minor units
   */
  public Map<String, Long> parts() {
    return parts;
  }

  /**
   * The members whose basis had no data, who took no part, in id order.
   *
   * @return an unmodifiable set of ids
   */
  public Set<String> withoutData() {
    return withoutData;
  }

  /**
   * What was not paid out: the whole pool when no member had data, else 0.
   *
   * @return the undistributed amount in whole minor units
   */
  public long undistributed() {
    return undistributed;
  }

  /**
   * Equal when pool, parts, members without data and undistributed amount are equal.
   *
   * @param o the other object
   * @return true if {@code o} is an equal split
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PoolSplit s
        && pool == s.pool
        && parts.equals(s.parts)
        && withoutData.equals(s.withoutData)
        && undistributed == s.undistributed;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(pool, parts, withoutData, undistributed);
  }

  /**
   * A readable form, e.g. {@code "PoolSplit[pool 1000, parts {ann=334, bob=333, cy=333},
   * without data [], undistributed 0]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PoolSplit[pool " + pool + ", parts " + parts + ", without data " + withoutData
        + ", undistributed " + undistributed + "]";
  }
}
