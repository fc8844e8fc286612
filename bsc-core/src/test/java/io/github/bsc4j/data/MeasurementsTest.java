package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Month;
import java.time.YearMonth;
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

  @Test
  void aValueIsFoundByItsDaysWhateverTheKindOfPeriod() {
    Measurements m = Measurements.builder().put("revenue", Period.quarter(2026, 1), 300).build();
    assertEquals(OptionalDouble.of(300), m.value("revenue", Period.yearToDate(2026, 3)));
    assertEquals(OptionalDouble.of(300),
        m.value("revenue", Period.months(YearMonth.of(2026, 1), YearMonth.of(2026, 3))));
    assertEquals(OptionalDouble.of(300),
        m.value("revenue", FiscalCalendar.startingIn(Month.APRIL).quarter(2026, 4)));
    assertEquals(OptionalDouble.empty(), m.value("revenue", Period.yearToDate(2026, 2)));
    assertEquals(OptionalDouble.of(300), m.value("revenue", Period.quarterToDate(2026, 3)),
        "QTD-03 is January to March too");
    assertEquals(OptionalDouble.empty(), m.value("revenue", Period.quarterToDate(2026, 2)));
  }

  @Test
  void aValuePutForTheSameDaysReplacesTheEarlierOneAndIsShownByItsDays() {
    Period ytd = Period.yearToDate(2026, 3);
    Measurements m = Measurements.builder()
        .put("revenue", Period.quarter(2026, 1), 300)
        .put("revenue", ytd, 310)
        .put("revenue", FiscalCalendar.startingIn(Month.APRIL).yearToDate(YearMonth.of(2026, 6)),
            320)
        .put("revenue", FiscalCalendar.startingIn(Month.FEBRUARY).quarter(2027, 1), 330)
        .build();
    assertEquals(OptionalDouble.of(310), m.value("revenue", Period.quarter(2026, 1)));
    Period febToApril = Period.months(YearMonth.of(2026, 2), YearMonth.of(2026, 4));
    assertEquals(Map.of("revenue", Map.of(Period.quarter(2026, 1), 310.0,
        Period.quarter(2026, 2), 320.0, febToApril, 330.0)), m.asMap());
    assertEquals("Measurements{revenue={2026-Q1=310.0, 2026-02..2026-04=330.0, 2026-Q2=320.0}}",
        m.toString());
    Measurements same = Measurements.builder().put("revenue", ytd, 310)
        .put("revenue", Period.quarterToDate(2026, 6), 320).put("revenue", febToApril, 330)
        .build();
    assertEquals(m, same);
    assertEquals(m.hashCode(), same.hashCode());
  }
}
