package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pool splits by the largest-remainder method, computed by hand. */
class PoolSplitTest {
  private static OptionalDouble of(double v) {
    return OptionalDouble.of(v);
  }

  @Test
  void thirdsGiveTheSpareCentToTheFirstIdOnATie() {
    // 1000 / 3 = 333.33 each; one cent left; equal remainders and bases: id order.
    PoolSplit s = PoolSplit.of(1000, Map.of("cy", of(1), "ann", of(1), "bob", of(1)));
    assertEquals(Map.of("ann", 334L, "bob", 333L, "cy", 333L), s.parts());
    assertEquals(List.of("ann", "bob", "cy"), List.copyOf(s.parts().keySet()));
    assertEquals(1000, s.pool());
    assertEquals(0, s.undistributed());
    assertEquals(Set.of(), s.withoutData());
    assertEquals("PoolSplit[pool 1000, parts {ann=334, bob=333, cy=333}, without data [],"
        + " undistributed 0]", s.toString());
  }

  @Test
  void largestRemainderTakesTheSpareCentAndMembersWithoutDataTakeNoPart() {
    // Total basis 1.25: ann 10001 × 0.75 / 1.25 = 6000.6, bob 4000.4, cy 0; dee has no data.
    // Whole parts 6000 + 4000 + 0 = 10000; the spare cent goes to the largest remainder, ann's.
    Map<String, OptionalDouble> basis = new LinkedHashMap<>();
    basis.put("ann", of(0.75));
    basis.put("bob", of(0.5));
    basis.put("cy", of(0));
    basis.put("dee", OptionalDouble.empty());
    PoolSplit s = PoolSplit.of(10001, basis);
    assertEquals(Map.of("ann", 6001L, "bob", 4000L, "cy", 0L, "dee", 0L), s.parts());
    assertEquals(Set.of("dee"), s.withoutData());
    assertEquals(0, s.undistributed());
  }

  @Test
  void equalRemaindersGoToTheLargerBasisBeforeTheId() {
    // Pool 3, bases a 1, b 3, c 2 (total 6): exact 0.5, 1.5, 1.0; whole 0 + 1 + 1 = 2.
    // a and b tie on remainder 0.5; b's basis is larger, so b takes the spare unit.
    PoolSplit s = PoolSplit.of(3, Map.of("a", of(1), "b", of(3), "c", of(2)));
    assertEquals(Map.of("a", 0L, "b", 2L, "c", 1L), s.parts());
  }

  @Test
  void allZeroBasisSplitsEqually() {
    PoolSplit s = PoolSplit.of(100, Map.of("a", of(0), "b", of(-0.0), "c", of(0)));
    assertEquals(Map.of("a", 34L, "b", 33L, "c", 33L), s.parts());
  }

  @Test
  void nobodyWithDataLeavesThePoolUndistributed() {
    PoolSplit s = PoolSplit.of(100, Map.of("a", OptionalDouble.empty()));
    assertEquals(Map.of("a", 0L), s.parts());
    assertEquals(100, s.undistributed());
    assertEquals(Set.of("a"), s.withoutData());
    assertEquals(100, PoolSplit.of(100, Map.of()).undistributed());
    assertEquals(0, PoolSplit.of(0, Map.of("a", of(1))).parts().get("a"));
  }

  @Test
  void arraysUseNanForNoDataAndIndexForTies() {
    assertArrayEquals(new long[] {5, 0, 5}, PoolSplit.split(10, new double[] {1, Double.NaN, 1}));
    assertArrayEquals(new long[] {1, 0}, PoolSplit.split(1, new double[] {1, 1}));
    assertArrayEquals(new long[] {0, 0}, PoolSplit.split(7, new double[] {Double.NaN, Double.NaN}));
    assertArrayEquals(new long[0], PoolSplit.split(7, new double[0]));
    // Long.MAX_VALUE = 9223372036854775807 is odd: the spare unit goes to the first.
    assertArrayEquals(new long[] {4611686018427387904L, 4611686018427387903L},
        PoolSplit.split(Long.MAX_VALUE, new double[] {1, 1}));
    // Bases far apart in magnitude: 1e300 takes all but what 1 earns (nothing, here).
    assertArrayEquals(new long[] {1000, 0}, PoolSplit.split(1000, new double[] {1e300, 1}));
  }

  @Test
  void invalidInputReportsEveryProblem() {
    Map<String, OptionalDouble> basis = new LinkedHashMap<>();
    basis.put("bad id", of(1));
    basis.put("b", of(Double.NaN));
    basis.put("a", of(-1));
    CascadeValidationException e =
        assertThrows(CascadeValidationException.class, () -> PoolSplit.of(-1, basis));
    assertEquals(
        List.of(
            new Problem("pool", ProblemCode.VALUE_OUT_OF_RANGE,
                "the pool -1 is negative; a pool is zero or more whole minor units"),
            new Problem("a", ProblemCode.VALUE_OUT_OF_RANGE,
                "the basis -1.0 of 'a' is negative; a pool is split by bases of zero or more"),
            new Problem("b", ProblemCode.NON_FINITE_NUMBER,
                "the basis of 'b' is NaN, not a finite number"),
            new Problem("bad id", ProblemCode.MALFORMED_ID, "the member 'bad id' must match"
                + " [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters")),
        e.problems());
    CascadeValidationException array = assertThrows(CascadeValidationException.class,
        () -> PoolSplit.split(5, new double[] {1, Double.POSITIVE_INFINITY, -2}));
    assertEquals(
        List.of(
            new Problem("basis[1]", ProblemCode.NON_FINITE_NUMBER,
                "the basis of 'basis[1]' is Infinity, not a finite number"),
            new Problem("basis[2]", ProblemCode.VALUE_OUT_OF_RANGE, "the basis -2.0 of"
                + " 'basis[2]' is negative; a pool is split by bases of zero or more")),
        array.problems());
  }
}
