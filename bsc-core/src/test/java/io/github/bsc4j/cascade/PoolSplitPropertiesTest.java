package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Laws of pool splits: parts add up exactly, order does not matter, each within a unit. */
class PoolSplitPropertiesTest {

  /** Bases: everyday, tiny, huge, zero, and no data. */
  @Provide
  Arbitrary<List<OptionalDouble>> bases() {
    Arbitrary<OptionalDouble> one = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 2).map(OptionalDouble::of),
        Arbitraries.of(0.0, Double.MIN_VALUE, 1e-300, 1e300, Double.MAX_VALUE, 1.0)
            .map(OptionalDouble::of),
        Arbitraries.just(OptionalDouble.empty()));
    return one.list().ofMaxSize(30);
  }

  private static Map<String, OptionalDouble> members(List<OptionalDouble> bases) {
    Map<String, OptionalDouble> m = new LinkedHashMap<>();
    for (int i = 0; i < bases.size(); i++) {
      m.put("m" + i, bases.get(i));
    }
    return m;
  }

  @Property(tries = 1000)
  void partsAddUpToThePoolAndEachIsWithinOneUnitOfItsShare(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long pool,
      @ForAll("bases") List<OptionalDouble> bases) {
    PoolSplit s = PoolSplit.of(pool, members(bases));
    long sum = s.parts().values().stream().mapToLong(Long::longValue).sum();
    boolean anyData = bases.stream().anyMatch(OptionalDouble::isPresent);
    assertEquals(pool, sum + s.undistributed());
    assertEquals(anyData ? 0 : pool, s.undistributed());
    BigDecimal total = BigDecimal.ZERO;
    for (OptionalDouble b : bases) {
      if (b.isPresent()) {
        total = total.add(new BigDecimal(b.getAsDouble()));
      }
    }
    boolean equal = total.signum() == 0;
    BigDecimal denominator = equal
        ? BigDecimal.valueOf(bases.stream().filter(OptionalDouble::isPresent).count()) : total;
    for (int i = 0; i < bases.size(); i++) {
      long part = s.parts().get("m" + i);
      if (bases.get(i).isEmpty()) {
        assertEquals(0, part);
        continue;
      }
      // |part − pool · basis / total| < 1, i.e. |part · total − pool · basis| < total.
      BigDecimal basis = equal ? BigDecimal.ONE : new BigDecimal(bases.get(i).getAsDouble());
      BigDecimal gap = BigDecimal.valueOf(part).multiply(denominator)
          .subtract(BigDecimal.valueOf(pool).multiply(basis)).abs();
      assertTrue(gap.compareTo(denominator) < 0, () -> "m" + " gets " + part);
    }
  }

  @Property(tries = 500)
  void theSplitDoesNotDependOnTheOrderOfTheMembers(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long pool,
      @ForAll("bases") List<OptionalDouble> bases, @ForAll long seed) {
    Map<String, OptionalDouble> members = members(bases);
    List<Map.Entry<String, OptionalDouble>> entries = new ArrayList<>(members.entrySet());
    Collections.shuffle(entries, new Random(seed));
    Map<String, OptionalDouble> shuffled = new LinkedHashMap<>();
    for (Map.Entry<String, OptionalDouble> e : entries) {
      shuffled.put(e.getKey(), e.getValue());
    }
    assertEquals(PoolSplit.of(pool, members), PoolSplit.of(pool, shuffled));
  }

  @Property(tries = 500)
  void arraysAgreeWithMapsWhenIdsFollowTheIndex(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long pool,
      @ForAll("bases") List<OptionalDouble> bases) {
    // Ids m00..m29 sort as their index, so ties break alike.
    Map<String, OptionalDouble> m = new LinkedHashMap<>();
    double[] raw = new double[bases.size()];
    for (int i = 0; i < bases.size(); i++) {
      m.put(String.format("m%02d", i), bases.get(i));
      raw[i] = bases.get(i).orElse(Double.NaN);
    }
    long[] parts = PoolSplit.split(pool, raw);
    PoolSplit s = PoolSplit.of(pool, m);
    for (int i = 0; i < parts.length; i++) {
      assertEquals(s.parts().get(String.format("m%02d", i)), parts[i]);
    }
  }
}
