package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bulk {@link MeasurementSource#fetch}: the default's order, copying and errors, and
 * {@link Measurements}' own fetch against the default it overrides; and {@link Measurements}'
 * value semantics, unchanged by its array storage.
 */
class MeasurementSourceFetchTest {
  static final Period JAN = Period.month(2026, 1);
  static final Period FEB = Period.month(2026, 2);
  static final Period Q1 = Period.quarter(2026, 1);
  static final MeasurementLayout LAYOUT =
      MeasurementLayout.of(List.of("x", "y"), List.of(JAN, FEB, Q1));
  static final double JUNK = -777.0;

  /** A source recording each call: x is 1 in January and 3 for Q1; y is NaN in February. */
  static final class Recording implements MeasurementSource {
    final List<String> calls = new ArrayList<>();

    @Override
    public OptionalDouble value(String indicatorId, Period period) {
      calls.add(indicatorId + " " + period);
      if (indicatorId.equals("x") && period.equals(JAN)) {
        return OptionalDouble.of(1);
      }
      if (indicatorId.equals("x") && period.equals(Q1)) {
        return OptionalDouble.of(3);
      }
      if (indicatorId.equals("y") && period.equals(FEB)) {
        return OptionalDouble.of(Double.NaN);
      }
      return OptionalDouble.empty();
    }
  }

  static double[] junk(int n) {
    double[] values = new double[n];
    Arrays.fill(values, JUNK);
    return values;
  }

  @Test
  void theDefaultAsksForEachCellOnceInIndicatorThenPeriodOrderAndCopiesWhatIsPresent() {
    Recording source = new Recording();
    double[] values = junk(9);
    BitSet present = new BitSet();
    present.set(0); // a bit before the row is left alone
    assertEquals(-1, source.fetch(LAYOUT, values, 2, present), "the default cannot tell");
    assertEquals(List.of("x 2026-01", "x 2026-02", "x 2026-Q1", "y 2026-01", "y 2026-02",
        "y 2026-Q1"), source.calls);
    // Row at 2: x's January, February, Q1, then y's.
    assertArrayEquals(new double[] {JUNK, JUNK, 1, JUNK, 3, JUNK, Double.NaN, JUNK, JUNK},
        values);
    BitSet expected = new BitSet();
    expected.set(0);
    expected.set(2);
    expected.set(4);
    expected.set(6); // a present NaN is copied as present: the engine rejects it for the subject
    assertEquals(expected, present);
  }

  @Test
  void theDefaultNamesIndicatorAndPeriodOfANullAnswer() {
    MeasurementSource broken =
        (id, period) -> id.equals("y") && period.equals(FEB) ? null : OptionalDouble.of(2);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> broken.fetch(LAYOUT, new double[6], 0, new BitSet()));
    assertEquals("measurement source returned null for indicator 'y' and period 2026-02; return"
        + " empty", e.getMessage());
  }

  @Test
  void theDefaultQuotesTheIndicatorIdOfANullAnswer() {
    MeasurementLayout odd = MeasurementLayout.of(List.of("line\nbreak"), List.of(JAN));
    MeasurementSource broken = (id, period) -> null;
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> broken.fetch(odd, new double[1], 0, new BitSet()));
    assertEquals("measurement source returned null for indicator 'line\\nbreak' and period"
        + " 2026-01; return empty", e.getMessage());
  }

  @Test
  void aRowThatDoesNotFitIsRefusedBeforeAnyCall() {
    Measurements m = Measurements.builder().put("x", JAN, 1).build();
    for (MeasurementSource source : List.of(new Recording(), m)) {
      assertThrows(IndexOutOfBoundsException.class,
          () -> source.fetch(LAYOUT, new double[5], 0, new BitSet()));
      assertThrows(IndexOutOfBoundsException.class,
          () -> source.fetch(LAYOUT, new double[9], 4, new BitSet()));
      assertThrows(IndexOutOfBoundsException.class,
          () -> source.fetch(LAYOUT, new double[9], -1, new BitSet()));
      if (source instanceof Recording r) {
        assertEquals(List.of(), r.calls);
      }
      assertEquals("layout", assertThrows(NullPointerException.class,
          () -> source.fetch(null, new double[6], 0, new BitSet())).getMessage());
      assertEquals("values", assertThrows(NullPointerException.class,
          () -> source.fetch(LAYOUT, null, 0, new BitSet())).getMessage());
      assertEquals("present", assertThrows(NullPointerException.class,
          () -> source.fetch(LAYOUT, new double[6], 0, null)).getMessage());
    }
    // A row that exactly fits at the end is fine.
    BitSet present = new BitSet();
    double[] values = junk(9);
    assertEquals(1, m.fetch(LAYOUT, values, 3, present));
    assertEquals(1.0, values[3]);
    assertEquals(Set.of(3), present.stream().boxed().collect(java.util.stream.Collectors.toSet()));
  }

  // ---------------------------------------------------------------------------------------
  // Measurements.fetch against the default

  /** The same measurements seen through value alone, so that the default fetch is used. */
  static MeasurementSource hidden(Measurements m) {
    return new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        return m.value(indicatorId, period);
      }

      @Override
      public Set<String> indicatorIds() {
        return m.indicatorIds();
      }
    };
  }

  @Test
  void measurementsFetchFillsTheCellsTheDefaultWouldFill() {
    Random r = new Random(42);
    List<Period> candidates = List.of(JAN, FEB, Period.month(2026, 3), Q1,
        Period.yearToDate(2026, 3), Period.half(2026, 1), Period.month(2025, 12),
        Period.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 16)),
        FiscalCalendar.startingIn(Month.APRIL).quarter(2026, 4));
    List<String> ids = List.of("a", "b", "c", "d", "e");
    for (int round = 0; round < 200; round++) {
      Measurements.Builder b = Measurements.builder();
      for (int k = r.nextInt(20); k > 0; k--) {
        b.put(ids.get(r.nextInt(ids.size())), candidates.get(r.nextInt(candidates.size())),
            r.nextInt(100) - 50 + (r.nextBoolean() ? 0.5 : 0));
      }
      Measurements m = b.build();
      // A layout of some ids (some the measurements lack, one they never hold) and periods
      // with distinct days, in any order.
      List<String> layoutIds = new ArrayList<>(List.of("a", "b", "c", "d", "e", "zz"));
      java.util.Collections.shuffle(layoutIds, r);
      layoutIds = layoutIds.subList(0, 1 + r.nextInt(layoutIds.size()));
      List<Period> periods = new ArrayList<>();
      for (Period p : candidates) {
        if (r.nextBoolean() && periods.stream().noneMatch(p::sameDays)) {
          periods.add(p);
        }
      }
      if (periods.isEmpty()) {
        periods.add(FEB);
      }
      java.util.Collections.shuffle(periods, r);
      MeasurementLayout layout = MeasurementLayout.of(layoutIds, periods);
      int offset = r.nextInt(3);
      int size = offset + layout.valuesPerSubject() + r.nextInt(3);

      double[] expectedValues = junk(size);
      BitSet expectedPresent = new BitSet();
      expectedPresent.set(size + 5);
      assertEquals(-1, hidden(m).fetch(layout, expectedValues, offset, expectedPresent));
      double[] values = junk(size);
      BitSet present = new BitSet();
      present.set(size + 5);
      int held = m.fetch(layout, values, offset, present);

      String where = m + " in " + layout;
      assertArrayEquals(expectedValues, values, where);
      assertEquals(expectedPresent, present, where);
      long expectedHeld = layoutIds.stream().filter(m.indicatorIds()::contains).count();
      assertEquals(expectedHeld, held, where);
    }
  }

  @Test
  void measurementsFetchCountsTheLayoutsIndicatorsItHoldsAnyValueFor() {
    Measurements m = Measurements.builder()
        .put("x", JAN, 1)
        .put("y", Period.month(2020, 5), 2) // held, though for no period of the layout
        .put("zz", JAN, 3) // not in the layout
        .build();
    double[] values = junk(6);
    BitSet present = new BitSet();
    assertEquals(2, m.fetch(LAYOUT, values, 0, present));
    assertArrayEquals(new double[] {1, JUNK, JUNK, JUNK, JUNK, JUNK}, values);
    assertEquals(0, Measurements.builder().build().fetch(LAYOUT, junk(6), 0, new BitSet()));
  }

  @Test
  void measurementsFetchFindsAValueByItsDaysWhateverTheKinds() {
    Measurements m = Measurements.builder()
        .put("x", Period.yearToDate(2026, 3), 30) // the days of Q1
        .put("y", Period.months(YearMonth.of(2026, 2), YearMonth.of(2026, 2)), 7) // February
        .build();
    double[] values = junk(6);
    BitSet present = new BitSet();
    assertEquals(2, m.fetch(LAYOUT, values, 0, present));
    assertArrayEquals(new double[] {JUNK, JUNK, 30, JUNK, 7, JUNK}, values);
  }

  // ---------------------------------------------------------------------------------------
  // Measurements as a value

  @Test
  void measurementsAreEqualByTheValuesTheyHoldWhateverTheOrderAndKindTheyWerePutIn() {
    Period ytd = Period.yearToDate(2026, 3);
    new EqualsTester()
        .addEqualityGroup(
            Measurements.builder().put("a", JAN, 1).put("b", Q1, 2).put("a", FEB, 3).build(),
            Measurements.builder().put("a", FEB, 3).put("b", ytd, 2).put("a", JAN, 1).build(),
            Measurements.builder().put("b", ytd, 9).put("a", FEB, 3).put("a", JAN, 1)
                .put("b", Q1, 2).build(), // replaced: the last value for the same days wins
            Measurements.builder().put("b", Period.months(YearMonth.of(2026, 1),
                YearMonth.of(2026, 3)), 2).put("a", JAN, 1).put("a", FEB, 3).build())
        .addEqualityGroup(Measurements.builder().put("a", JAN, 1).put("b", Q1, 2).build())
        .addEqualityGroup(Measurements.builder().put("a", JAN, 1).put("b", Q1, 2).put("a", FEB, 4)
            .build())
        .addEqualityGroup(Measurements.builder().put("a", JAN, 1).put("c", Q1, 2).put("a", FEB, 3)
            .build())
        .addEqualityGroup(Measurements.builder().put("a", JAN, 0.0).build())
        .addEqualityGroup(Measurements.builder().put("a", JAN, -0.0).build())
        .addEqualityGroup(Measurements.builder().build(), Measurements.of(JAN, Map.of()))
        .testEquals();
  }

  @Test
  void asMapKeysAreThePeriodsBetweenNamesForTheDaysAndToStringShowsThem() {
    Measurements m = Measurements.builder()
        .put("a", Period.yearToDate(2026, 3), 5)
        .put("a", JAN, 1)
        .put("a", Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)), 2)
        .build();
    Map<Period, Double> a = m.asMap().get("a");
    assertEquals(List.of(JAN, Q1,
            Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16))),
        new ArrayList<>(a.keySet()), "in time order, each span as between names it");
    assertEquals(PeriodKind.QUARTER, new ArrayList<>(a.keySet()).get(1).kind(),
        "a year to date through March is shown as the quarter of the same days");
    assertEquals(Map.of("a", Map.of(JAN, 1.0, Q1, 5.0,
        Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)), 2.0)), m.asMap());
    assertEquals("Measurements{a={2026-01=1.0, 2026-Q1=5.0, "
        + Period.between(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 16)) + "=2.0}}",
        m.toString());
    assertEquals(Set.of("a"), m.indicatorIds());
    assertThrows(UnsupportedOperationException.class, () -> m.asMap().put("b", Map.of()));
    assertThrows(UnsupportedOperationException.class, () -> a.put(FEB, 1.0));
    assertThrows(UnsupportedOperationException.class, () -> m.indicatorIds().add("b"));
    assertTrue(m.asMap() == m.asMap(), "made once");
  }

  @Test
  void manyIdsAreAllFoundThroughTheTable() {
    // Enough ids to fill the open-addressing table's collisions, some with equal hash codes.
    Measurements.Builder b = Measurements.builder();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ids.add("k" + i);
    }
    ids.addAll(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa")); // colliding hash codes
    for (int i = 0; i < ids.size(); i++) {
      b.put(ids.get(i), JAN, i);
    }
    Measurements m = b.build();
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(OptionalDouble.of(i), m.value(new String(ids.get(i).toCharArray()), JAN),
          ids.get(i));
    }
    assertEquals(OptionalDouble.empty(), m.value("k300", JAN));
    assertEquals(OptionalDouble.empty(), m.value("AaBBAa", JAN));
    assertEquals(ids.size(), m.indicatorIds().size());
  }
}
