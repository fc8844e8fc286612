package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementStoreTest {
  static final Period JAN = Period.month(2026, 1);
  static final Period FEB = Period.month(2026, 2);
  static final Period MAR = Period.month(2026, 3);
  static final MeasurementLayout LAYOUT = MeasurementLayoutTest.twoByThree();

  /** A store that records every call and answers subject.length * 100 + month * 10 + id length. */
  static final class CountingStore implements MeasurementStore {
    final List<String> calls = new ArrayList<>();

    @Override
    public OptionalDouble value(String subjectId, String indicatorId, Period period) {
      calls.add(subjectId + "/" + indicatorId + "/" + period);
      if (subjectId.equals("ben") && indicatorId.equals("churn") && period.equals(FEB)) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(
          subjectId.length() * 100 + period.start().getMonthValue() * 10 + indicatorId.length());
    }
  }

  @Test
  void theDefaultFetchAsksForEachCellOnceInSubjectIndicatorPeriodOrder() {
    CountingStore store = new CountingStore();
    MeasurementBlock b = store.fetch(List.of("anna", "ben"), LAYOUT);
    assertEquals(List.of(
        "anna/revenue/2026-01", "anna/revenue/2026-02", "anna/revenue/2026-03",
        "anna/churn/2026-01", "anna/churn/2026-02", "anna/churn/2026-03",
        "ben/revenue/2026-01", "ben/revenue/2026-02", "ben/revenue/2026-03",
        "ben/churn/2026-01", "ben/churn/2026-02", "ben/churn/2026-03"), store.calls);
    assertEquals(LAYOUT, b.layout());
    assertEquals(Optional.of(List.of("anna", "ben")), b.subjectIds());
    assertFalse(b.nanMeansMissing());
    // anna: 400 + month * 10 + 7 (revenue) or 5 (churn); ben: 300 + ...
    double[] expected = {417, 427, 437, 415, 425, 435, 317, 327, 337, 315, Double.NaN, 335};
    for (int i = 0; i < expected.length; i++) {
      if (i == 10) {
        assertFalse(b.presentAt(i), "ben's February churn is missing");
      } else {
        assertEquals(expected[i], b.valueAt(i), "index " + i);
      }
    }
    assertEquals(OptionalDouble.empty(), b.value(1, 1, 1));
  }

  @Test
  void theDefaultFetchOfNoSubjectsMakesNoCalls() {
    CountingStore store = new CountingStore();
    MeasurementBlock b = store.fetch(List.of(), LAYOUT);
    assertEquals(0, b.subjectCount());
    assertEquals(List.of(), store.calls);
  }

  @Test
  void theDefaultFetchKeepsANonFiniteValueForItsSubjectToBeRejectedLater() {
    MeasurementStore store = (s, i, p) -> s.equals("ben") && p.equals(MAR)
        ? OptionalDouble.of(Double.POSITIVE_INFINITY) : OptionalDouble.of(1);
    MeasurementBlock b = store.fetch(List.of("anna", "ben"), LAYOUT);
    assertEquals(OptionalDouble.of(1), b.value(0, 0, 2));
    assertEquals("measurement of indicator 'revenue' for period 2026-03 of subject 'ben' must be"
        + " a finite number, was Infinity",
        assertThrows(InvalidMeasurementException.class, () -> b.value(1, 0, 2)).getMessage());
  }

  @Test
  void aNullAnswerIsNamedWithSubjectIndicatorAndPeriod() {
    MeasurementStore store = (s, i, p) -> i.equals("churn") ? null : OptionalDouble.empty();
    assertEquals("measurement store returned null for subject 'anna', indicator 'churn' and"
        + " period 2026-01; return OptionalDouble.empty()",
        assertThrows(NullPointerException.class, () -> store.fetch(List.of("anna"), LAYOUT))
            .getMessage());
  }

  @Test
  void theDefaultFetchRejectsRepeatedSubjectsBeforeAnyCall() {
    CountingStore store = new CountingStore();
    assertEquals("subject 'anna' comes twice, at subjectIds[0] and subjectIds[1]",
        assertThrows(IllegalArgumentException.class,
            () -> store.fetch(List.of("anna", "anna"), LAYOUT)).getMessage());
    assertEquals(List.of(), store.calls);
  }

  @Test
  void forSubjectIsAViewOfOneSubject() {
    CountingStore store = new CountingStore();
    MeasurementSource ben = store.forSubject("ben");
    assertEquals(OptionalDouble.of(337), ben.value("revenue", MAR));
    assertEquals(OptionalDouble.empty(), ben.value("churn", FEB));
    assertEquals(List.of("ben/revenue/2026-03", "ben/churn/2026-02"), store.calls);
    assertEquals(Set.of(), ben.indicatorIds());
    MeasurementStore listing = new MeasurementStore() {
      @Override
      public OptionalDouble value(String subjectId, String indicatorId, Period period) {
        return OptionalDouble.empty();
      }

      @Override
      public Set<String> indicatorIds() {
        return Set.of("revenue", "churn");
      }
    };
    assertEquals(Set.of("revenue", "churn"), listing.forSubject("anna").indicatorIds());
    MeasurementStore two = MeasurementStore.of(
        Map.of("anna", MeasurementSource.EMPTY, "ben", MeasurementSource.EMPTY));
    assertEquals("MeasurementStore[2 subjects]", two.toString());
    assertEquals("MeasurementSource[subject 'b\\nen' of MeasurementStore[2 subjects]]",
        two.forSubject("b\nen").toString());
  }

  @Test
  void ofServesEachSubjectFromItsSourceAndNoDataForOthers() {
    Measurements anna = Measurements.builder().put("revenue", JAN, 10).put("churn", MAR, 3)
        .build();
    Measurements ben = Measurements.builder().put("revenue", FEB, 20).put("nps", JAN, 7).build();
    Map<String, Measurements> bySubject = new HashMap<>(Map.of("anna", anna, "ben", ben));
    MeasurementStore store = MeasurementStore.of(bySubject);
    bySubject.clear();
    assertEquals(OptionalDouble.of(10), store.value("anna", "revenue", JAN));
    assertEquals(OptionalDouble.of(20), store.value("ben", "revenue", FEB));
    assertEquals(OptionalDouble.empty(), store.value("ben", "revenue", JAN));
    assertEquals(OptionalDouble.empty(), store.value("carl", "revenue", JAN));
    assertEquals(Set.of("revenue", "churn", "nps"), store.indicatorIds());
    assertEquals(OptionalDouble.of(3), store.forSubject("anna").value("churn", MAR));

    MeasurementBlock b = store.fetch(List.of("ben", "carl", "anna"), LAYOUT);
    assertEquals(OptionalDouble.of(20), b.value(0, 0, 1));
    assertEquals(OptionalDouble.of(10), b.value(2, 0, 0));
    assertEquals(OptionalDouble.of(3), b.value(2, 1, 2));
    int present = 0;
    for (int i = 0; i < 3 * LAYOUT.valuesPerSubject(); i++) {
      present += b.presentAt(i) ? 1 : 0;
    }
    assertEquals(3, present, "nps is not in the layout; carl has nothing");
  }

  @Test
  void ofNamesNullKeysAndValues() {
    Map<String, MeasurementSource> nullKey = new HashMap<>();
    nullKey.put(null, MeasurementSource.EMPTY);
    assertEquals("subjectId", assertThrows(NullPointerException.class,
        () -> MeasurementStore.of(nullKey)).getMessage());
    Map<String, MeasurementSource> nullValue = new HashMap<>();
    nullValue.put("anna", null);
    assertEquals("source of subject 'anna'", assertThrows(NullPointerException.class,
        () -> MeasurementStore.of(nullValue)).getMessage());
    MeasurementSource badIds = new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        return OptionalDouble.empty();
      }

      @Override
      public Set<String> indicatorIds() {
        return null;
      }
    };
    assertEquals("source of subject 'anna' returned null from indicatorIds(); return an empty set",
        assertThrows(NullPointerException.class,
            () -> MeasurementStore.of(Map.of("anna", badIds))).getMessage());
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(MeasurementLayout.class, LAYOUT)
        .setDefault(Period.class, JAN)
        .setDefault(YearMonth.class, YearMonth.of(2026, 1));
    t.testAllPublicStaticMethods(MeasurementStore.class);
    MeasurementStore store = MeasurementStore.of(Map.of("anna", MeasurementSource.EMPTY));
    t.testAllPublicInstanceMethods(store);
    t.testAllPublicInstanceMethods(new CountingStore());
  }
}
