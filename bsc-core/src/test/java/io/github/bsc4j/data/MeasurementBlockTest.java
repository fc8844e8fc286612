package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.model.ProblemCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MeasurementBlockTest {
  static final double NAN = Double.NaN;
  static final Period JAN = Period.month(2026, 1);
  static final Period FEB = Period.month(2026, 2);
  static final Period MAR = Period.month(2026, 3);

  /** revenue, churn x 2026-01..2026-03: 6 values per subject. */
  static final MeasurementLayout LAYOUT = MeasurementLayoutTest.twoByThree();

  /**
   * Two subjects. Subject 0: revenue 10, 11, 12; churn 1, NaN, 3. Subject 1: revenue 20, NaN,
   * +inf; churn 4, 5, 6.
   */
  static double[] values() {
    return new double[] {
      10, 11, 12, 1, NAN, 3,
      20, NAN, Double.POSITIVE_INFINITY, 4, 5, 6,
    };
  }

  // --- NaN as missing ---------------------------------------------------------------------------

  @Test
  void inNanModeANanIsMissingAndEverythingElseIsPresent() {
    MeasurementBlock b = MeasurementBlock.nanAsMissing(LAYOUT, values());
    assertTrue(b.nanMeansMissing());
    assertEquals(2, b.subjectCount());
    assertEquals(LAYOUT, b.layout());
    assertTrue(b.presentAt(0));
    assertFalse(b.presentAt(4));
    assertFalse(b.presentAt(7));
    assertTrue(b.presentAt(8), "an infinity is a present value");
    assertEquals(12.0, b.valueAt(2));
    assertTrue(Double.isNaN(b.valueAt(4)));
    assertEquals(OptionalDouble.of(3), b.value(0, 1, 2));
    assertEquals(OptionalDouble.of(5), b.value(1, 1, 1));
    assertEquals(OptionalDouble.empty(), b.value(0, 1, 1));
    assertEquals(OptionalDouble.empty(), b.value(1, 0, 1));
  }

  @Test
  void inNanModeAnInfinityIsRejectedByValueNamingSubjectIndicatorAndPeriod() {
    MeasurementBlock b = MeasurementBlock.nanAsMissing(LAYOUT, values());
    InvalidMeasurementException e =
        assertThrows(InvalidMeasurementException.class, () -> b.value(1, 0, 2));
    assertEquals("measurement of indicator 'revenue' for period 2026-03 of subject 'subject 1'"
        + " must be a finite number, was Infinity", e.getMessage());
    assertEquals(Optional.of("subject 1"), e.subjectId());
    assertEquals("revenue", e.indicatorId());
    assertEquals("2026-03", e.period());
    assertEquals(ProblemCode.NON_FINITE_NUMBER, e.problems().get(0).code());
  }

  // --- present bits -----------------------------------------------------------------------------

  @Test
  void inBitmapModeTheBitDecidesAndAPresentNanIsRejected() {
    double[] v = values();
    BitSet present = new BitSet();
    present.set(0, 12);
    present.clear(2); // 12 is stored but not present
    present.clear(8); // the infinity is not present
    MeasurementBlock b = MeasurementBlock.of(LAYOUT, v, present);
    assertFalse(b.nanMeansMissing());
    assertFalse(b.presentAt(2));
    assertEquals(12.0, b.valueAt(2), "the raw value is still there");
    assertEquals(OptionalDouble.empty(), b.value(0, 0, 2));
    assertEquals(OptionalDouble.empty(), b.value(1, 0, 2));
    assertTrue(b.presentAt(4), "a NaN whose bit is set is present");
    InvalidMeasurementException e =
        assertThrows(InvalidMeasurementException.class, () -> b.value(0, 1, 1));
    assertEquals("measurement of indicator 'churn' for period 2026-02 of subject 'subject 0'"
        + " must be a finite number, was NaN", e.getMessage());
    assertEquals(OptionalDouble.of(6), b.value(1, 1, 2));
  }

  @Test
  void presentBitsBeyondTheValuesAreRejected() {
    BitSet present = new BitSet();
    present.set(12);
    assertEquals("present has bit 12 set, beyond the 12 entries of values",
        assertThrows(IllegalArgumentException.class,
            () -> MeasurementBlock.of(LAYOUT, values(), present)).getMessage());
    present.clear(12);
    present.set(11);
    assertEquals(2, MeasurementBlock.of(LAYOUT, values(), present).subjectCount());
  }

  @Test
  void theBlockIsAViewOverTheCallersArrayAndBits() {
    double[] v = values();
    BitSet present = new BitSet();
    MeasurementBlock bits = MeasurementBlock.of(LAYOUT, v, present);
    MeasurementBlock nan = MeasurementBlock.nanAsMissing(LAYOUT, v);
    v[4] = 2.5;
    present.set(4);
    assertEquals(OptionalDouble.of(2.5), nan.value(0, 1, 1));
    assertEquals(OptionalDouble.of(2.5), bits.value(0, 1, 1));
  }

  // --- shapes -----------------------------------------------------------------------------------

  @Test
  void aLengthThatIsNotAMultipleOfTheValuesPerSubjectIsRejected() {
    MeasurementLayout forty =
        MeasurementLayout.monthly(MeasurementLayoutTest.ids(40), YearMonth.of(2026, 1),
            YearMonth.of(2026, 3));
    String expected = "values has 121 entries, not a multiple of the 120 values per subject"
        + " (40 indicators x 3 periods)";
    assertEquals(expected, assertThrows(IllegalArgumentException.class,
        () -> MeasurementBlock.nanAsMissing(forty, new double[121])).getMessage());
    assertEquals(expected, assertThrows(IllegalArgumentException.class,
        () -> MeasurementBlock.of(forty, new double[121], new BitSet())).getMessage());
    assertEquals(3, MeasurementBlock.nanAsMissing(forty, new double[360]).subjectCount());
  }

  @Test
  void zeroSubjectsAreAllowed() {
    MeasurementBlock b = MeasurementBlock.nanAsMissing(LAYOUT, new double[0]);
    assertEquals(0, b.subjectCount());
    assertEquals(0, MeasurementBlock.of(LAYOUT, new double[0], new BitSet()).subjectCount());
    assertEquals(Optional.of(List.of()), b.withSubjectIds(List.of()).subjectIds());
    assertThrows(IllegalArgumentException.class, () -> b.subjectName(0));
  }

  // --- subjects ---------------------------------------------------------------------------------

  @Test
  void subjectIdsNameTheSubjectsOfANewView() {
    MeasurementBlock b = MeasurementBlock.nanAsMissing(LAYOUT, values());
    assertEquals(Optional.empty(), b.subjectIds());
    assertEquals("subject 1", b.subjectName(1));
    List<String> ids = new ArrayList<>(List.of("anna", "ben"));
    MeasurementBlock named = b.withSubjectIds(ids);
    ids.set(0, "zoe");
    assertNotSame(b, named);
    assertEquals(Optional.of(List.of("anna", "ben")), named.subjectIds());
    assertEquals(Optional.empty(), b.subjectIds(), "the original view is unchanged");
    assertEquals("ben", named.subjectName(1));
    assertTrue(named.nanMeansMissing());
    assertEquals(OptionalDouble.of(20), named.value(1, 0, 0));
    assertThrows(UnsupportedOperationException.class,
        () -> named.subjectIds().orElseThrow().set(0, "x"));
    InvalidMeasurementException e =
        assertThrows(InvalidMeasurementException.class, () -> named.value(1, 0, 2));
    assertEquals(Optional.of("ben"), e.subjectId());
  }

  @Test
  void subjectNameRejectsPositionsOutOfRange() {
    MeasurementBlock b = MeasurementBlock.nanAsMissing(LAYOUT, values());
    assertEquals("subject 2 is outside the block's 2 subjects",
        assertThrows(IllegalArgumentException.class, () -> b.subjectName(2)).getMessage());
    assertEquals("subject -1 is outside the block's 2 subjects",
        assertThrows(IllegalArgumentException.class, () -> b.subjectName(-1)).getMessage());
    assertEquals("subject 2 is outside the block's 2 subjects",
        assertThrows(IllegalArgumentException.class, () -> b.value(2, 0, 0)).getMessage());
    assertEquals("period 3 is outside 0..2",
        assertThrows(IllegalArgumentException.class, () -> b.value(0, 0, 3)).getMessage());
  }

  @Test
  void subjectIdsFollowTheEnginesRule() {
    MeasurementBlock b = MeasurementBlock.nanAsMissing(LAYOUT, values());
    assertEquals("subjectIds has 3 ids for 2 subjects", assertThrows(
        IllegalArgumentException.class, () -> b.withSubjectIds(List.of("a", "b", "c")))
        .getMessage());
    assertEquals("subjectIds[1]", assertThrows(NullPointerException.class,
        () -> b.withSubjectIds(Arrays.asList("a", null))).getMessage());
    assertEquals("subjectIds[0] is blank", assertThrows(IllegalArgumentException.class,
        () -> b.withSubjectIds(List.of(" ", "b"))).getMessage());
    assertEquals("subjectIds[1] has 257 characters, more than the 256 allowed",
        assertThrows(IllegalArgumentException.class,
            () -> b.withSubjectIds(List.of("a", "x".repeat(257)))).getMessage());
    assertEquals(Optional.of(List.of("a", "x".repeat(256))),
        b.withSubjectIds(List.of("a", "x".repeat(256))).subjectIds());
    assertEquals("subjectIds[1] 'b\\tc' holds a control character at index 1",
        assertThrows(IllegalArgumentException.class,
            () -> b.withSubjectIds(List.of("a", "b\tc"))).getMessage());
    assertEquals("subjectIds[0] 'a\\u2028' holds a control character at index 1",
        assertThrows(IllegalArgumentException.class,
            () -> b.withSubjectIds(List.of("a\u2028", "b"))).getMessage());
  }

  @Test
  void toStringIsShortAndShowsNoValues() {
    assertEquals("MeasurementBlock[2 subjects, MeasurementLayout[2 indicators x 3 periods"
        + " 2026-01..2026-03], NaN as missing]",
        MeasurementBlock.nanAsMissing(LAYOUT, values()).toString());
    assertEquals("MeasurementBlock[0 subjects, MeasurementLayout[2 indicators x 3 periods"
        + " 2026-01..2026-03], present bits]",
        MeasurementBlock.of(LAYOUT, new double[0], new BitSet()).toString());
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(MeasurementLayout.class, LAYOUT)
        .setDefault(double[].class, new double[0])
        .setDefault(BitSet.class, new BitSet())
        .setDefault(Period.class, JAN);
    t.testAllPublicStaticMethods(MeasurementBlock.class);
    t.testAllPublicInstanceMethods(MeasurementBlock.nanAsMissing(LAYOUT, new double[0]));
    t.testAllPublicInstanceMethods(
        MeasurementBlock.builder(LAYOUT, List.of("a")).put(0, "churn", JAN, 1));
  }

  // --- builder ----------------------------------------------------------------------------------

  @Test
  void theBuilderFillsABitmapBlockWithItsSubjects() {
    MeasurementBlock b = MeasurementBlock.builder(LAYOUT, List.of("anna", "ben"))
        .put(0, "revenue", JAN, 10)
        .put("ben", "churn", MAR, 6)
        .put("ben", "revenue", Period.months(YearMonth.of(2026, 2),
            YearMonth.of(2026, 2)), NAN) // February by its days, NaN kept
        .build();
    assertFalse(b.nanMeansMissing());
    assertEquals(2, b.subjectCount());
    assertEquals(Optional.of(List.of("anna", "ben")), b.subjectIds());
    assertEquals(OptionalDouble.of(10), b.value(0, 0, 0));
    assertEquals(OptionalDouble.of(6), b.value(1, 1, 2));
    assertEquals(OptionalDouble.empty(), b.value(0, 1, 0));
    for (int i = 0; i < 12; i++) {
      assertEquals(i == 0 || i == 11 || i == 7, b.presentAt(i), "index " + i);
    }
    assertTrue(Double.isNaN(b.valueAt(7)));
    assertEquals("measurement of indicator 'revenue' for period 2026-02 of subject 'ben' must be"
        + " a finite number, was NaN",
        assertThrows(InvalidMeasurementException.class, () -> b.value(1, 0, 1)).getMessage());
  }

  @Test
  void theBuilderRejectsASecondValueForACell() {
    MeasurementBlock.Builder b = MeasurementBlock.builder(LAYOUT, List.of("anna", "ben"))
        .put("ben", "revenue", FEB, 1);
    assertEquals("subject 'ben' already has a value of indicator 'revenue' for period 2026-02",
        assertThrows(IllegalArgumentException.class, () -> b.put(1, "revenue", FEB, 2))
            .getMessage());
    assertEquals("subject 'ben' already has a value of indicator 'revenue' for period 2026-02",
        assertThrows(IllegalArgumentException.class, () -> b.put("ben", "revenue",
            Period.between(FEB.start(), FEB.end()), 2)).getMessage());
    assertEquals(OptionalDouble.of(1), b.build().value(1, 0, 1), "the first value stays");
  }

  @Test
  void theBuilderNamesUnknownSubjectsIndicatorsAndPeriods() {
    MeasurementBlock.Builder b = MeasurementBlock.builder(LAYOUT, List.of("anna", "ben"));
    assertEquals("subject 'carl' is not in the block", assertThrows(
        IllegalArgumentException.class, () -> b.put("carl", "revenue", JAN, 1)).getMessage());
    assertEquals("subject 2 is outside the block's 2 subjects", assertThrows(
        IllegalArgumentException.class, () -> b.put(2, "revenue", JAN, 1)).getMessage());
    assertEquals("subject -1 is outside the block's 2 subjects", assertThrows(
        IllegalArgumentException.class, () -> b.put(-1, "revenue", JAN, 1)).getMessage());
    assertEquals("indicator 'profit' is not in the layout", assertThrows(
        IllegalArgumentException.class, () -> b.put(0, "profit", JAN, 1)).getMessage());
    assertEquals("period 2026-04 is not in the layout", assertThrows(
        IllegalArgumentException.class, () -> b.put("anna", "revenue", Period.month(2026, 4), 1))
        .getMessage());
    assertEquals("period 2026-Q1 is not in the layout", assertThrows(
        IllegalArgumentException.class, () -> b.put(0, "revenue", Period.quarter(2026, 1), 1))
        .getMessage());
    MeasurementBlock built = b.build();
    for (int i = 0; i < 12; i++) {
      assertFalse(built.presentAt(i), "nothing was put");
    }
  }

  @Test
  void theBuilderRejectsBadOrRepeatedSubjectIds() {
    assertEquals("subject 'ben' comes twice, at subjectIds[1] and subjectIds[3]",
        assertThrows(IllegalArgumentException.class, () -> MeasurementBlock.builder(
            LAYOUT, List.of("anna", "ben", "carl", "ben"))).getMessage());
    assertEquals("subjectIds[0] is blank", assertThrows(IllegalArgumentException.class,
        () -> MeasurementBlock.builder(LAYOUT, List.of(""))).getMessage());
    assertEquals("subjectIds[1]", assertThrows(NullPointerException.class,
        () -> MeasurementBlock.builder(LAYOUT, Arrays.asList("a", null))).getMessage());
  }

  @Test
  void theBuilderRejectsMoreValuesThanOneArrayHolds() {
    MeasurementLayout million = MeasurementLayout.of(MeasurementLayoutTest.ids(1000),
        MeasurementLayout.monthly(List.of("a"), YearMonth.of(2000, 1),
            YearMonth.of(2083, 4)).periods());
    assertEquals(1_000_000, million.valuesPerSubject());
    assertEquals("2148 subjects x 1000000 values per subject make 2148000000 values, more than"
        + " one array holds", assertThrows(IllegalArgumentException.class,
            () -> MeasurementBlock.builder(million, MeasurementLayoutTest.ids(2148)))
            .getMessage());
  }

  @Test
  void theBuilderAcceptsUpToTheLargestArrayLengthTheJdkAllows() {
    // 4859 indicators x 127 months = 617093 values per subject; 3480 subjects make 2147483640,
    // Integer.MAX_VALUE - 7: the smallest size refused (the largest allowed, - 8, would need
    // 17 GB to show).
    MeasurementLayout l = MeasurementLayout.monthly(MeasurementLayoutTest.ids(4859),
        YearMonth.of(2000, 1), YearMonth.of(2010, 7));
    assertEquals(617_093, l.valuesPerSubject());
    assertEquals("3480 subjects x 617093 values per subject make 2147483640 values, more than"
        + " one array holds", assertThrows(IllegalArgumentException.class,
            () -> MeasurementBlock.builder(l, MeasurementLayoutTest.ids(3480))).getMessage());
  }

  @Test
  void theBuilderCannotBeUsedAfterBuild() {
    MeasurementBlock.Builder b = MeasurementBlock.builder(LAYOUT, List.of("anna"));
    MeasurementBlock built = b.build();
    assertEquals("the builder was used: build() was called",
        assertThrows(IllegalStateException.class, () -> b.put(0, "revenue", JAN, 1))
            .getMessage());
    assertThrows(IllegalStateException.class, () -> b.put("anna", "revenue", JAN, 1));
    assertThrows(IllegalStateException.class, b::build);
    assertEquals(OptionalDouble.empty(), built.value(0, 0, 0), "the block is not changed");
  }
}
