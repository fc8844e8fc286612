package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Roll-up and period laws over random data and random partitions. */
class RollUpPropertiesTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final CompiledScorecard PLAN = ENGINE.compile(TwelveMonths.scorecard());

  static double revenue(Measurements m, Period p) {
    return ENGINE.evaluate(PLAN, "subject", m, p).node("revenue").orElseThrow().indicator().orElseThrow()
        .actual().orElseThrow();
  }

  @Property(tries = 200)
  void aSumRollUpOverAnyPartitionEqualsTheSumOfTheParts(
      @ForAll @Size(12) List<@IntRange(min = 0, max = 1_000_000) Integer> monthly,
      @ForAll @Size(max = 11) List<@IntRange(min = 1, max = 11) Integer> cuts) {
    Measurements.Builder b = Measurements.builder();
    for (int k = 0; k < 12; k++) {
      b.put("revenue", Period.month(2026, k + 1), monthly.get(k));
    }
    Measurements m = b.build();
    List<Integer> bounds = new ArrayList<>(new java.util.TreeSet<>(cuts));
    bounds.add(0, 0);
    bounds.add(12);
    double parts = 0;
    for (int i = 1; i < bounds.size(); i++) {
      LocalDate from = LocalDate.of(2026, 1, 1).plusMonths(bounds.get(i - 1));
      LocalDate to = LocalDate.of(2026, 1, 1).plusMonths(bounds.get(i));
      parts += revenue(m, Period.between(from, to));
    }
    assertEquals(revenue(m, Period.year(2026)), parts, 0.0);
    assertEquals(monthly.stream().mapToDouble(Integer::doubleValue).sum(), parts, 0.0);
  }

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 20_000)
        .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    Arbitrary<Period> custom = net.jqwik.api.Combinators.combine(start,
            Arbitraries.integers().between(1, 800))
        .as((s, days) -> Period.between(s, s.plusDays(days)));
    Arbitrary<Period> months = net.jqwik.api.Combinators.combine(
            Arbitraries.integers().between(1990, 2060), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 24))
        .as((y, m, n) -> Period.between(LocalDate.of(y, m, 1), LocalDate.of(y, m, 1).plusMonths(n)));
    return Arbitraries.oneOf(custom, months);
  }

  @Property
  void everyLabelParsesBackToItsPeriod(
      @ForAll("periods") Period p, @ForAll Month fiscalStart) {
    FiscalCalendar c = FiscalCalendar.startingIn(fiscalStart);
    assertEquals(p, c.parse(c.format(p)), c.format(p));
    assertEquals(p, Period.parse(p.toString()), p.toString());
  }

  @Property
  void thePreviousComparablePeriodEndsWhereItShouldAndIsAsLong(
      @ForAll("periods") Period p, @ForAll Month fiscalStart) {
    Period previous = FiscalCalendar.startingIn(fiscalStart).previous(p);
    if (p.isWholeMonths()) {
      assertEquals(p.months().size(), previous.months().size());
    } else {
      assertEquals(p.lengthInDays(), previous.lengthInDays());
      assertEquals(p.start(), previous.end(), "custom ranges are back to back");
    }
    assertEquals(true, previous.start().isBefore(p.start()));
  }
}
