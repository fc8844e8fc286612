package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeasurementsTest {
  static final Period MARCH = Period.month(2026, 3);

  @Test
  void aNullKeyIsNamed() {
    Map<String, Double> values = new HashMap<>();
    values.put("revenue", 1.0);
    values.put(null, 2.0);
    // Today: a NullPointerException from TreeMap that names nothing.
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Measurements.of(MARCH, values));
    assertEquals("indicatorId", e.getMessage());
  }

  @Test
  void aNullValueIsNamedWithItsIdQuoted() {
    Map<String, Double> values = new HashMap<>();
    values.put("x".repeat(1000) + "\n", null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Measurements.of(MARCH, values));
    assertEquals("value of " + "x".repeat(200) + "…(+801 chars)", e.getMessage());
  }

  @Test
  void ofHoldsEveryValue() {
    Measurements m = Measurements.of(MARCH, Map.of("a", 1.0, "b", 2.0));
    assertEquals(OptionalDouble.of(2.0), m.value("b", MARCH));
    assertEquals(OptionalDouble.empty(), m.value("b", Period.month(2026, 4)));
  }
}
