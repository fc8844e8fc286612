package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamConstants;
import java.lang.reflect.Constructor;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MeasurementLayoutTest {
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth MAR = YearMonth.of(2026, 3);

  /** revenue, churn x 2026-01, 2026-02, 2026-03. */
  static MeasurementLayout twoByThree() {
    return MeasurementLayout.monthly(List.of("revenue", "churn"), JAN, MAR);
  }

  // --- of: each rule, with its message ----------------------------------------------------------

  @Test
  void ofKeepsIdsAndPeriodsInOrder() {
    MeasurementLayout l = MeasurementLayout.of(
        List.of("b", "a"), List.of(Period.month(2026, 2), Period.month(2026, 1)));
    assertEquals(List.of("b", "a"), l.indicatorIds());
    assertEquals(List.of(Period.month(2026, 2), Period.month(2026, 1)), l.periods());
    assertEquals(2, l.indicatorCount());
    assertEquals(2, l.periodCount());
    assertEquals(4, l.valuesPerSubject());
  }

  @Test
  void emptyListsAreRejected() {
    List<Period> march = List.of(Period.month(2026, 3));
    assertEquals("indicatorIds must not be empty", assertThrows(IllegalArgumentException.class,
        () -> MeasurementLayout.of(List.of(), march)).getMessage());
    assertEquals("periods must not be empty", assertThrows(IllegalArgumentException.class,
        () -> MeasurementLayout.of(List.of("a"), List.of())).getMessage());
  }

  @Test
  void nullsAreNamedWithTheirPosition() {
    List<Period> march = List.of(Period.month(2026, 3));
    assertEquals("indicatorIds", assertThrows(NullPointerException.class,
        () -> MeasurementLayout.of(null, march)).getMessage());
    assertEquals("periods", assertThrows(NullPointerException.class,
        () -> MeasurementLayout.of(List.of("a"), null)).getMessage());
    assertEquals("indicatorIds[3]", assertThrows(NullPointerException.class,
        () -> MeasurementLayout.of(Arrays.asList("a", "b", "c", null), march)).getMessage());
    assertEquals("periods[1]", assertThrows(NullPointerException.class,
        () -> MeasurementLayout.of(List.of("a"), Arrays.asList(Period.month(2026, 3), null)))
        .getMessage());
  }

  @Test
  void aBlankIdIsRejectedWithItsPosition() {
    assertEquals("indicatorIds[1] is blank", assertThrows(IllegalArgumentException.class,
        () -> MeasurementLayout.of(List.of("a", " \t"), List.of(Period.month(2026, 3))))
        .getMessage());
  }

  @Test
  void aDuplicateIdIsNamedWithBothPositions() {
    assertEquals("indicator 'a' comes twice, at indicatorIds[0] and indicatorIds[2]",
        assertThrows(IllegalArgumentException.class, () -> MeasurementLayout.of(
            List.of("a", "b", "a"), List.of(Period.month(2026, 3)))).getMessage());
  }

  @Test
  void aDuplicateIdIsQuoted() {
    String id = "x\n";
    assertEquals("indicator 'x\\n' comes twice, at indicatorIds[0] and indicatorIds[1]",
        assertThrows(IllegalArgumentException.class, () -> MeasurementLayout.of(
            List.of(id, id), List.of(Period.month(2026, 3)))).getMessage());
  }

  @Test
  void twoPeriodsWithTheSameDaysAreRejectedWhateverTheirKinds() {
    assertEquals("periods[0] 2026-Q1 and periods[2] 2026-YTD-03 cover the same days",
        assertThrows(IllegalArgumentException.class, () -> MeasurementLayout.of(List.of("a"),
            List.of(Period.quarter(2026, 1), Period.month(2026, 4), Period.yearToDate(2026, 3))))
            .getMessage());
    // Overlapping but different days are allowed: a month and its quarter.
    MeasurementLayout l = MeasurementLayout.of(
        List.of("a"), List.of(Period.month(2026, 1), Period.quarter(2026, 1)));
    assertEquals(2, l.periodCount());
  }

  @Test
  void valuesPerSubjectAreLimited() {
    List<String> thousand = ids(1000);
    List<String> thousandAndOne = ids(1001);
    List<Period> months = MeasurementLayout.monthly(List.of("a"), YearMonth.of(2000, 1),
        YearMonth.of(2000, 1).plusMonths(999)).periods();
    assertEquals(1000, months.size());
    MeasurementLayout max = MeasurementLayout.of(thousand, months);
    assertEquals(MeasurementLayout.MAX_VALUES_PER_SUBJECT, max.valuesPerSubject());
    assertEquals("1001 indicators x 1000 periods make 1001000 values per subject, more than the"
        + " 1000000 allowed", assertThrows(IllegalArgumentException.class,
            () -> MeasurementLayout.of(thousandAndOne, months)).getMessage());
  }

  @Test
  void theListsAreCopiedAndUnmodifiable() {
    List<String> ids = new ArrayList<>(List.of("a", "b"));
    List<Period> periods = new ArrayList<>(List.of(Period.month(2026, 1)));
    MeasurementLayout l = MeasurementLayout.of(ids, periods);
    ids.set(0, "z");
    periods.add(Period.month(2026, 2));
    assertEquals(List.of("a", "b"), l.indicatorIds());
    assertEquals(List.of(Period.month(2026, 1)), l.periods());
    assertEquals(OptionalInt.of(0), l.indicatorIndex("a"));
    assertThrows(UnsupportedOperationException.class, () -> l.indicatorIds().add("c"));
    assertThrows(UnsupportedOperationException.class, () -> l.periods().clear());
  }

  // --- monthly ----------------------------------------------------------------------------------

  @Test
  void monthlyHoldsEveryMonthFromFirstToLastAcrossAYear() {
    MeasurementLayout l =
        MeasurementLayout.monthly(List.of("a"), YearMonth.of(2025, 11), YearMonth.of(2026, 2));
    assertEquals(List.of(Period.month(2025, 11), Period.month(2025, 12), Period.month(2026, 1),
        Period.month(2026, 2)), l.periods());
    assertEquals(List.of(Period.month(2026, 3)),
        MeasurementLayout.monthly(List.of("a"), MAR, MAR).periods());
  }

  @Test
  void monthlyRejectsALastMonthBeforeTheFirst() {
    assertEquals("last month 2026-01 is before first month 2026-02",
        assertThrows(IllegalArgumentException.class, () -> MeasurementLayout.monthly(
            List.of("a"), YearMonth.of(2026, 2), JAN)).getMessage());
  }

  @Test
  void monthlyRejectsMonthsOutsideThePeriodYearsBeforeWalkingThem() {
    assertThrows(InvalidPeriodException.class, () -> MeasurementLayout.monthly(
        List.of("a"), YearMonth.of(9999, 12), YearMonth.of(10_000, 1)));
    assertThrows(InvalidPeriodException.class, () -> MeasurementLayout.monthly(
        List.of("a"), YearMonth.of(1, 1), YearMonth.of(999_999_999, 12)));
    assertThrows(InvalidPeriodException.class, () -> MeasurementLayout.monthly(
        List.of("a"), YearMonth.of(0, 12), YearMonth.of(1, 1)));
    assertEquals(2, MeasurementLayout.monthly(
        List.of("a"), YearMonth.of(9999, 11), YearMonth.of(9999, 12)).periodCount());
  }

  @Test
  void monthlyChecksIdsAsOfDoes() {
    assertEquals("indicatorIds[0] is blank", assertThrows(IllegalArgumentException.class,
        () -> MeasurementLayout.monthly(List.of(""), JAN, MAR)).getMessage());
  }

  // --- lookups ----------------------------------------------------------------------------------

  @Test
  void indicatorIndexFindsEachIdAndNothingElse() {
    MeasurementLayout l = twoByThree();
    assertEquals(OptionalInt.of(0), l.indicatorIndex("revenue"));
    assertEquals(OptionalInt.of(1), l.indicatorIndex("churn"));
    assertEquals(OptionalInt.empty(), l.indicatorIndex("Churn"));
  }

  @Test
  void periodIndexFindsTheColumnWithTheSameDays() {
    MeasurementLayout l = MeasurementLayout.of(List.of("a"),
        List.of(Period.month(2026, 4), Period.yearToDate(2026, 3)));
    assertEquals(OptionalInt.of(1), l.periodIndex(Period.quarter(2026, 1)));
    assertEquals(OptionalInt.of(1), l.periodIndex(Period.months(JAN, MAR)));
    assertEquals(OptionalInt.of(1), l.periodIndex(Period.yearToDate(2026, 3)));
    assertEquals(OptionalInt.of(1),
        l.periodIndex(FiscalCalendar.startingIn(Month.APRIL).quarter(2026, 4)));
    assertEquals(OptionalInt.of(0), l.periodIndex(Period.month(2026, 4)));
    assertEquals(OptionalInt.empty(), l.periodIndex(Period.yearToDate(2026, 2)));
    assertEquals(OptionalInt.empty(), l.periodIndex(Period.month(2026, 3)));
  }

  // --- index ------------------------------------------------------------------------------------

  @Test
  void indexIsSubjectMajorThenIndicatorThenPeriod() {
    MeasurementLayout l = twoByThree();
    assertEquals(0, l.index(0, 0, 0)); // subject 0, revenue, January
    assertEquals(2, l.index(0, 0, 2)); // subject 0, revenue, March
    assertEquals(3, l.index(0, 1, 0)); // subject 0, churn, January
    assertEquals(6, l.index(1, 0, 0)); // subject 1, revenue, January
    assertEquals(10, l.index(1, 1, 1)); // subject 1, churn, February: (1 * 2 + 1) * 3 + 1
    assertEquals(14, l.index(2, 0, 2)); // (2 * 2 + 0) * 3 + 2
  }

  @Test
  void indexRejectsPositionsOutOfRange() {
    MeasurementLayout l = twoByThree();
    assertEquals("subject -1 is negative",
        assertThrows(IllegalArgumentException.class, () -> l.index(-1, 0, 0)).getMessage());
    assertEquals("indicator 2 is outside 0..1",
        assertThrows(IllegalArgumentException.class, () -> l.index(0, 2, 0)).getMessage());
    assertEquals("indicator -1 is outside 0..1",
        assertThrows(IllegalArgumentException.class, () -> l.index(0, -1, 0)).getMessage());
    assertEquals("period 3 is outside 0..2",
        assertThrows(IllegalArgumentException.class, () -> l.index(0, 0, 3)).getMessage());
    assertEquals("period -1 is outside 0..2",
        assertThrows(IllegalArgumentException.class, () -> l.index(0, 0, -1)).getMessage());
  }

  @Test
  void indexNeverOverflowsSilently() {
    MeasurementLayout l = twoByThree();
    // 357913941 * 6 = 2147483646 fits; + 1 = 2147483647 fits; subject 357913942 does not.
    assertEquals(Integer.MAX_VALUE, l.index(357_913_941, 0, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> l.index(357_913_941, 0, 2));
    assertEquals("subject 357913941 is beyond the largest array: its values would not have an"
        + " int index", e.getMessage());
    assertInstanceOf(ArithmeticException.class, e.getCause());
    assertThrows(IllegalArgumentException.class, () -> l.index(Integer.MAX_VALUE, 1, 2));
    MeasurementLayout one = MeasurementLayout.monthly(List.of("a"), JAN, JAN);
    assertEquals(Integer.MAX_VALUE, one.index(Integer.MAX_VALUE, 0, 0));
  }

  /** Every (subject, indicator, period) has its own index, and together they fill [0, n). */
  @Property
  void indexIsABijectionOntoTheBlock(
      @ForAll @IntRange(min = 0, max = 6) int subjects,
      @ForAll @IntRange(min = 1, max = 7) int indicators,
      @ForAll @IntRange(min = 1, max = 13) int periods) {
    MeasurementLayout l = MeasurementLayout.monthly(ids(indicators), JAN, JAN.plusMonths(periods - 1));
    int n = subjects * l.valuesPerSubject();
    boolean[] seen = new boolean[n];
    for (int s = 0; s < subjects; s++) {
      for (int i = 0; i < indicators; i++) {
        for (int p = 0; p < periods; p++) {
          int index = l.index(s, i, p);
          assertTrue(index >= 0 && index < n, () -> index + " outside [0, " + n + ")");
          assertTrue(!seen[index], () -> index + " twice");
          seen[index] = true;
        }
      }
    }
    // n distinct indices in [0, n): every one is hit.
  }

  // --- value semantics --------------------------------------------------------------------------

  @Test
  void equalityIsByIdsAndPeriodsInOrder() {
    Period jan = Period.month(2026, 1);
    Period feb = Period.month(2026, 2);
    new EqualsTester()
        .addEqualityGroup(MeasurementLayout.of(List.of("a", "b"), List.of(jan, feb)),
            MeasurementLayout.of(new ArrayList<>(List.of("a", "b")), List.of(jan, feb)),
            MeasurementLayout.monthly(List.of("a", "b"), JAN, YearMonth.of(2026, 2)))
        .addEqualityGroup(MeasurementLayout.of(List.of("b", "a"), List.of(jan, feb)))
        .addEqualityGroup(MeasurementLayout.of(List.of("a", "b"), List.of(feb, jan)))
        .addEqualityGroup(MeasurementLayout.of(List.of("a"), List.of(jan, feb)))
        .addEqualityGroup(MeasurementLayout.of(List.of("a"), List.of(Period.quarter(2026, 1))))
        .addEqualityGroup(MeasurementLayout.of(List.of("a"), List.of(Period.yearToDate(2026, 3))))
        .testEquals();
  }

  @Test
  void theHashCodeIsTheDocumentedOne() {
    MeasurementLayout l = twoByThree();
    assertEquals(31 * l.indicatorIds().hashCode() + l.periods().hashCode(), l.hashCode());
  }

  @Test
  void toStringIsShort() {
    assertEquals("MeasurementLayout[2 indicators x 3 periods 2026-01..2026-03]",
        twoByThree().toString());
    assertEquals("MeasurementLayout[1 indicator x 1 period 2026-Q1]",
        MeasurementLayout.of(List.of("a"), List.of(Period.quarter(2026, 1))).toString());
    assertEquals("MeasurementLayout[1000 indicators x 1 period 2026-01]",
        MeasurementLayout.monthly(ids(1000), JAN, JAN).toString());
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(YearMonth.class, JAN)
        .setDefault(Period.class, Period.month(2026, 1));
    t.testAllPublicStaticMethods(MeasurementLayout.class);
    t.testAllPublicInstanceMethods(twoByThree());
  }

  // --- serialisation ----------------------------------------------------------------------------

  @Test
  void aSerialisedLayoutReadsBackEqualAndWorking() throws Exception {
    MeasurementLayout l = MeasurementLayout.of(List.of("revenue", "churn", "x\u2028"),
        List.of(Period.month(2026, 1), FiscalCalendar.startingIn(Month.APRIL).quarter(2026, 4),
            Period.yearToDate(2026, 6), Period.days(java.time.LocalDate.of(2026, 1, 15),
                java.time.LocalDate.of(2026, 2, 14))));
    MeasurementLayout read = (MeasurementLayout) read(write(l));
    assertEquals(l, read);
    assertEquals(l.periods(), read.periods()); // kinds kept too
    assertEquals(OptionalInt.of(1), read.indicatorIndex("churn"));
    assertEquals(OptionalInt.of(1), read.periodIndex(Period.quarter(2026, 1)));
    assertEquals(l.index(3, 2, 1), read.index(3, 2, 1));
  }

  @Test
  void aTamperedProxyIsValidatedAgain() throws Exception {
    byte[] duplicated = write(proxy(new String[] {"a", "b", "a"}, new String[] {"2026-01"}));
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(duplicated));
    assertEquals("invalid MeasurementLayout: indicator 'a' comes twice, at indicatorIds[0] and"
        + " indicatorIds[2]", e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());

    byte[] sameDays =
        write(proxy(new String[] {"a"}, new String[] {"2026-Q1", "2026-YTD-03"}));
    assertEquals("invalid MeasurementLayout: periods[0] 2026-Q1 and periods[1] 2026-YTD-03 cover"
        + " the same days",
        assertThrows(InvalidObjectException.class, () -> read(sameDays)).getMessage());

    byte[] badCode = write(proxy(new String[] {"a"}, new String[] {"2026-13"}));
    assertInstanceOf(PeriodFormatException.class,
        assertThrows(InvalidObjectException.class, () -> read(badCode)).getCause());

    byte[] nullId = write(proxy(new String[] {"a", null}, new String[] {"2026-01"}));
    assertEquals("invalid MeasurementLayout: indicatorIds[1]",
        assertThrows(InvalidObjectException.class, () -> read(nullId)).getMessage());

    byte[] nullArray = write(proxy(null, new String[] {"2026-01"}));
    assertEquals("invalid MeasurementLayout: indicatorIds",
        assertThrows(InvalidObjectException.class, () -> read(nullArray)).getMessage());
  }

  @Test
  void aStreamHoldingTheLayoutItselfIsRefused() throws Exception {
    // A hand-written stream: an object of class MeasurementLayout (its serialVersionUID, no
    // fields), which only a forger writes: the class always writes its proxy.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeShort(ObjectStreamConstants.STREAM_MAGIC);
      out.writeShort(ObjectStreamConstants.STREAM_VERSION);
      out.writeByte(ObjectStreamConstants.TC_OBJECT);
      out.writeByte(ObjectStreamConstants.TC_CLASSDESC);
      out.writeUTF(MeasurementLayout.class.getName());
      out.writeLong(1L);
      out.writeByte(ObjectStreamConstants.SC_SERIALIZABLE);
      out.writeShort(0);
      out.writeByte(ObjectStreamConstants.TC_ENDBLOCKDATA);
      out.writeByte(ObjectStreamConstants.TC_NULL);
    }
    InvalidObjectException e =
        assertThrows(InvalidObjectException.class, () -> read(bytes.toByteArray()));
    assertEquals("a MeasurementLayout is read through its proxy", e.getMessage());
  }

  // --- helpers ----------------------------------------------------------------------------------

  static List<String> ids(int n) {
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add("i" + i);
    }
    return Collections.unmodifiableList(ids);
  }

  static Object proxy(String[] ids, String[] periods) throws Exception {
    Class<?> c = Class.forName(MeasurementLayout.class.getName() + "$Proxy");
    Constructor<?> k = c.getDeclaredConstructor(String[].class, String[].class);
    k.setAccessible(true);
    return k.newInstance(ids, periods);
  }

  static byte[] write(Object o) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }
}
