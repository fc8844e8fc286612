package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Products and quotients exactly at, and just under, the smallest normal double. */
class UnderflowBoundaryTest {

  private static Formula.Value eval(String text, double a) {
    return Formula.parse(text).evaluate(id -> OptionalDouble.of(a));
  }

  @Test
  void aProductOfExactlyTheSmallestNormalIsAValue() {
    Formula.Value v = eval("a * 1", Double.MIN_NORMAL);
    assertEquals(Formula.Value.of(Double.MIN_NORMAL), v);
    assertEquals(Formula.Value.of(Double.MIN_NORMAL), eval("a / 2", 2 * Double.MIN_NORMAL));
  }

  @Test
  void aQuotientJustBelowTheSmallestNormalIsMissing() {
    Formula.Value v = eval("a / 2", Double.MIN_NORMAL);
    assertFalse(v.isPresent());
    assertEquals("a / 2 underflows below 2.2250738585072014e-308", v.missingReason().orElseThrow());
  }
}
