package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.model.Indicator;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The period scale a rule receives with its per-month values. */
class ScoringInputTest {
  static final Indicator X = Indicator.builder("x").lagging().baseline(0).target(10).build();

  @Test
  void aMonthHasAScaleOfOne() {
    assertEquals(1.0, ScoringInput.of(X, 5).periodScale());
    assertEquals(1.0,
        new ScoringInput(X, 5, OptionalDouble.of(10), OptionalDouble.of(0)).periodScale());
    assertEquals(3.0,
        new ScoringInput(X, 5, OptionalDouble.of(10), OptionalDouble.of(0), 3).periodScale());
  }

  @Test
  void theScaleIsPositiveAndFinite() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new ScoringInput(X, 5, OptionalDouble.empty(), OptionalDouble.empty(), bad));
      assertEquals("period scale of indicator 'x' must be positive and finite, was " + bad,
          e.getMessage());
    }
    assertEquals(Double.MIN_VALUE, new ScoringInput(X, 5, OptionalDouble.empty(),
        OptionalDouble.empty(), Double.MIN_VALUE).periodScale());
  }
}
