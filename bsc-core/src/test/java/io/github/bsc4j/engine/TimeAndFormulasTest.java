package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.model.Status;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Roll-ups, derived indicators, carry-forward and trends, against hand calculations. */
class TimeAndFormulasTest {
  static final double EPS = 1e-12;
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final CompiledScorecard PLAN = ENGINE.compile(TwelveMonths.scorecard());

  static ScorecardResult at(Period period) {
    return ENGINE.evaluate(PLAN, "subject", TwelveMonths.year2026(), period);
  }

  static double actual(ScorecardResult r, String id) {
    return r.node(id).orElseThrow().indicator().orElseThrow().actual().orElseThrow();
  }

  static double target(ScorecardResult r, String id) {
    return r.node(id).orElseThrow().indicator().orElseThrow().target().orElseThrow();
  }

  static double score(ScorecardResult r, String id) {
    return r.node(id).orElseThrow().score().orElseThrow();
  }

  @Test
  void march() {
    ScorecardResult r = at(Period.month(2026, 3));
    assertEquals(110, actual(r, "revenue"));
    assertEquals(1.2, score(r, "revenue"), EPS, "(110 - 80) / 20 = 1.5, capped at 1.2");
    assertEquals(11, actual(r, "revenue-per-head"), EPS, "110 / 10");
    assertEquals(1.0, score(r, "revenue-per-head"), EPS, "(11 - 8) / 2 = 1.5, capped at 1");
    assertEquals(0.8, score(r, "satisfaction"), EPS, "(86 - 70) / 20");
    assertEquals(10, actual(r, "headcount"));
    assertEquals((2 * 1.2 + 1.0) / 3, score(r, "grow"), EPS);
    assertEquals(((2 * 1.2 + 1.0) / 3 + 0.8) / 2, r.score().orElseThrow(), EPS);
  }

  @Test
  void firstQuarter() {
    ScorecardResult r = at(Period.quarter(2026, 1));
    assertEquals(295, actual(r, "revenue"), "90 + 95 + 110");
    assertEquals(300, target(r, "revenue"), "a SUM indicator's monthly target 100, three times");
    assertEquals(55.0 / 60, score(r, "revenue"), EPS, "(295 - 240) / (300 - 240)");
    assertEquals(250.0 / 3, actual(r, "satisfaction"), EPS, "(80 + 84 + 86) / 3");
    assertEquals(90, target(r, "satisfaction"), "AVERAGE targets are not summed");
    assertEquals((250.0 / 3 - 70) / 20, score(r, "satisfaction"), EPS);
    assertEquals(10, actual(r, "headcount"), "LAST: March's headcount");
    assertEquals(10, target(r, "headcount"), "a LAST target is never pro-rated");
    assertEquals(29.5, actual(r, "revenue-per-head"), EPS,
        "quarter revenue over quarter headcount, 295 / 10, not the mean of 10, 10.6, 11");
    assertEquals(30, target(r, "revenue-per-head"));
    assertEquals(5.5 / 6, score(r, "revenue-per-head"), EPS, "(29.5 - 24) / (30 - 24)");
    double grow = (2 * 55.0 / 60 + 5.5 / 6) / 3;
    assertEquals(grow, score(r, "grow"), EPS);
    assertEquals((grow + (250.0 / 3 - 70) / 20) / 2, r.score().orElseThrow(), EPS);
  }

  @Test
  void firstHalf() {
    ScorecardResult r = at(Period.half(2026, 1));
    assertEquals(620, actual(r, "revenue"));
    assertEquals(140.0 / 120, score(r, "revenue"), EPS, "(620 - 480) / (600 - 480)");
    assertEquals(520.0 / 6, actual(r, "satisfaction"), EPS);
    assertEquals(12, actual(r, "headcount"), "LAST: June's");
    assertEquals(620.0 / 12, actual(r, "revenue-per-head"), EPS);
    assertEquals((620.0 / 12 - 48) / 12, score(r, "revenue-per-head"), EPS,
        "baseline 8 and target 10 a month: 48 and 60 for the half");
    assertEquals(Status.OFF_TRACK, r.node("revenue-per-head").orElseThrow().status());
  }

  @Test
  void yearToDateAtTheEndOfMay() {
    Period ytd = FiscalCalendar.CALENDAR.yearToDate(java.time.YearMonth.of(2026, 5));
    ScorecardResult r = at(ytd);
    assertEquals("2026-YTD-05", r.period().toString());
    assertEquals("YTD May 2026", r.period().label());
    assertEquals(500, actual(r, "revenue"));
    assertEquals(1.0, score(r, "revenue"), EPS, "(500 - 400) / (500 - 400)");
    assertEquals(85.6, actual(r, "satisfaction"), EPS);
    assertEquals(0.78, score(r, "satisfaction"), EPS);
    assertEquals(50, actual(r, "revenue-per-head"), EPS, "500 / 10");
    assertEquals(1.0, score(r, "revenue-per-head"), EPS);
    assertEquals(Period.yearToDate(2025, 5),
        PLAN.calendar().compared(ytd, io.github.bsc4j.data.Comparison.defaultFor(ytd)),
        "compared with the year to date through May 2025");
    assertEquals(OptionalDouble.empty(), r.root().trend().orElseThrow().previousScore(),
        "which has no data: no previous score");
  }

  @Test
  void yearToDateInAFiscalYearStartingInApril() {
    Scorecard fiscal = TwelveMonths.scorecard().toBuilder().fiscalYearStart(Month.APRIL).build();
    CompiledScorecard plan = ENGINE.compile(fiscal);
    Period ytd = plan.calendar().yearToDate(java.time.YearMonth.of(2026, 6));
    assertEquals("FY2027-YTD-06", plan.calendar().format(ytd));
    assertEquals("FY2027 YTD Jun 2026", plan.calendar().label(ytd));
    Measurements.Builder data = Measurements.builder();
    TwelveMonths.year2026().asMap().forEach((id, values) -> values.forEach(
        (period, value) -> data.put(id, period, value)));
    data.put("revenue", Period.month(2025, 4), 90).put("revenue", Period.month(2025, 5), 95)
        .put("revenue", Period.month(2025, 6), 110);
    ScorecardResult r = ENGINE.evaluate(plan, "subject", data.build(), ytd);
    assertEquals(325, actual(r, "revenue"), "April to June: 100 + 105 + 120");
    Trend t = r.node("revenue").orElseThrow().trend().orElseThrow();
    assertEquals(plan.calendar().yearToDate(java.time.YearMonth.of(2025, 6)), t.period(),
        "the same period last year, not the previous quarter");
    assertEquals("FY2026-YTD-06", t.periodCode());
    assertEquals(Comparison.SAME_PERIOD_LAST_YEAR, t.comparison());
    assertEquals(55.0 / 60, t.previousScore().getAsDouble(), EPS,
        "295 in 2025: (295 - 240) / 60");
    assertEquals(Math.min(1.2, (325 - 240) / 60.0) - 55.0 / 60, t.scoreChange().getAsDouble(),
        EPS);
  }

  @Test
  void trendsCompareWithThePreviousComparablePeriod() {
    ScorecardResult feb = at(Period.month(2026, 2));
    Trend revenue = feb.node("revenue").orElseThrow().trend().orElseThrow();
    assertEquals(Period.month(2026, 1), revenue.period());
    assertEquals(0.5, revenue.previousScore().getAsDouble(), EPS, "January: (90 - 80) / 20");
    assertEquals(0.25, revenue.scoreChange().getAsDouble(), EPS);
    assertEquals(Optional.of(Trend.Direction.IMPROVED), revenue.direction());
    Trend perHead = feb.node("revenue-per-head").orElseThrow().trend().orElseThrow();
    assertEquals(OptionalDouble.of(0.0), perHead.scoreChange(), "capped at 1 both months");
    assertEquals(Optional.of(Trend.Direction.IMPROVED), perHead.direction(),
        "yet 90 / 9 = 10 rose to 95 / 9 = 10.556");
    ScorecardResult jul = at(Period.month(2026, 7));
    assertEquals(Optional.of(Trend.Direction.WORSENED),
        jul.node("satisfaction").orElseThrow().trend().orElseThrow().direction(), "92 -> 85");
    Trend january = at(Period.month(2026, 1)).root().trend().orElseThrow();
    assertEquals(OptionalDouble.empty(), january.previousScore(), "no December 2025 data");
    assertEquals(Optional.empty(), january.direction());
    assertEquals(List.of(Trend.Difference.COVERAGE), january.differences());
    assertEquals(Optional.empty(), at(Period.quarter(2026, 1)).root().trend().orElseThrow()
        .direction());
    assertTrue(feb.explain().contains("trend improved +0.250 vs Jan 2026"), feb.explain());
  }

  @Test
  void aFlatTrendStaysWithinTheTolerance() {
    Scorecard loose = TwelveMonths.scorecard().toBuilder()
        .defaults(ScorecardDefaults.DEFAULT.withTrendTolerance(0.3)).build();
    ScorecardResult feb = ENGINE.evaluate(ENGINE.compile(loose), "subject", TwelveMonths.year2026(),
        Period.month(2026, 2));
    assertEquals(Optional.of(Trend.Direction.UNCHANGED),
        feb.node("grow").orElseThrow().trend().orElseThrow().direction(),
        "two thirds of +0.25 <= 0.3");
  }

  @Test
  void aDerivedRatioOverALongerPeriodRollsItsInputsUpFirst() {
    Scorecard card = Scorecard.builder("ratio")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("won", i -> i.lagging().rollUp(RollUp.SUM).weight(0).baseline(0).target(1))
            .indicator("pitched", i -> i.lagging().rollUp(RollUp.SUM).weight(0).baseline(0)
                .target(1))
            .indicator("win-rate", i -> i.lagging().baseline(0).target(0.5)
                .formula("won / pitched")))
        .build();
    Measurements m = Measurements.builder()
        .put("won", Period.month(2026, 1), 2).put("pitched", Period.month(2026, 1), 4)
        .put("won", Period.month(2026, 2), 2).put("pitched", Period.month(2026, 2), 100)
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "subject", m,
        Period.between(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 1)));
    assertEquals(4.0 / 104, actual(r, "win-rate"), 0.0, "4/104, not the mean of 50 % and 2 %");
  }

  @Test
  void divisionByZeroMakesTheDerivedValueMissingWithTheReason() {
    Measurements m = Measurements.builder()
        .put("revenue", Period.month(2026, 1), 90).put("headcount", Period.month(2026, 1), 0)
        .put("satisfaction", Period.month(2026, 1), 80).build();
    NodeResult perHead = ENGINE.evaluate(PLAN, "subject", m, Period.month(2026, 1))
        .node("revenue-per-head").orElseThrow();
    assertEquals(Status.NO_DATA, perHead.status());
    assertEquals(Optional.of("division by zero: headcount is 0"), perHead.note());
    Measurements noHeadcount = Measurements.builder()
        .put("revenue", Period.month(2026, 1), 90).build();
    assertEquals(Optional.of("input 'headcount' has no data"),
        ENGINE.evaluate(PLAN, "subject", noHeadcount, Period.month(2026, 1))
            .node("revenue-per-head").orElseThrow().note());
  }

  @Test
  void partialPeriodsAreNoDataUnlessTheScorecardSaysOtherwise() {
    Measurements.Builder m = Measurements.builder();
    m.put("revenue", Period.month(2026, 1), 90).put("revenue", Period.month(2026, 3), 110);
    Measurements gap = m.build();
    NodeResult strict = ENGINE.evaluate(PLAN, "subject", gap, Period.quarter(2026, 1)).node("revenue")
        .orElseThrow();
    assertEquals(Status.NO_DATA, strict.status());
    assertEquals(Optional.of("2 of 3 months of Q1 2026 have data (partial periods:"
        + " COMPLETE_ONLY)"), strict.note());
    Scorecard lenient = TwelveMonths.scorecard().toBuilder().defaults(
        ScorecardDefaults.DEFAULT.withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS)).build();
    NodeResult available = ENGINE.evaluate(ENGINE.compile(lenient), "subject", gap, Period.quarter(2026, 1))
        .node("revenue").orElseThrow();
    assertEquals(200, available.indicator().orElseThrow().actual().orElseThrow());
    assertEquals(Optional.of("2 of 3 months have data"), available.note());
  }

  @Test
  void scheduledBaselinesApplyPerPeriodAndRollUp() {
    Scorecard card = Scorecard.builder("baselines")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().rollUp(RollUp.SUM).target(100)
                .baselineSchedule(List.of(
                    io.github.bsc4j.model.ScheduledTarget.of(java.time.LocalDate.of(2026, 1, 1),
                        java.time.LocalDate.of(2026, 2, 1), 60),
                    io.github.bsc4j.model.ScheduledTarget.of(java.time.LocalDate.of(2026, 2, 1),
                        java.time.LocalDate.of(2026, 4, 1), 160)))))
        .build();
    CompiledScorecard plan = ENGINE.compile(card);
    Measurements m = Measurements.builder().put("revenue", Period.month(2026, 1), 80)
        .put("revenue", Period.month(2026, 2), 90).put("revenue", Period.month(2026, 3), 90)
        .build();
    assertEquals(0.5, score(ENGINE.evaluate(plan, "subject", m, Period.month(2026, 1)), "revenue"), EPS,
        "(80 - 60) / (100 - 60)");
    ScorecardResult q1 = ENGINE.evaluate(plan, "subject", m, Period.quarter(2026, 1));
    assertEquals(220, q1.node("revenue").orElseThrow().indicator().orElseThrow().baseline()
        .orElseThrow(), EPS, "60 for January, 80 for each of February and March");
    assertEquals(0.5, score(q1, "revenue"), EPS, "(260 - 220) / (300 - 220)");
    assertEquals(0.5, score(ENGINE.evaluate(plan, "subject", m, Period.month(2026, 2)), "revenue"), EPS,
        "February's baseline is half of the two-month 160: (90 - 80) / (100 - 80)");
    NodeResult april = ENGINE.evaluate(plan, "subject", Measurements.builder()
        .put("revenue", Period.month(2026, 4), 90).build(), Period.month(2026, 4))
        .node("revenue").orElseThrow();
    assertEquals(Optional.of("no baseline scheduled for Apr 2026"), april.note());
  }

  @Test
  void aMeasurementForExactlyThePeriodWinsOverTheRollUp() {
    Measurements m = Measurements.builder()
        .put("revenue", Period.quarter(2026, 1), 333)
        .put("revenue", Period.month(2026, 1), 1).build();
    assertEquals(333, actual(ENGINE.evaluate(PLAN, "subject", m, Period.quarter(2026, 1)), "revenue"));
  }

  @Test
  void carryForwardFillsGapsUpToItsAgeAndSaysWhereFrom() {
    Scorecard card = Scorecard.builder("cf")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("headcount", i -> i.lagging().rollUp(RollUp.LAST).baseline(8).target(10)
                .carryForward(2)))
        .build();
    CompiledScorecard plan = ENGINE.compile(card);
    Measurements m = Measurements.builder().put("headcount", Period.month(2026, 1), 9).build();
    NodeResult march = ENGINE.evaluate(plan, "subject", m, Period.month(2026, 3)).node("headcount")
        .orElseThrow();
    assertEquals(9, march.indicator().orElseThrow().actual().orElseThrow());
    assertEquals(Optional.of(Period.month(2026, 1)), march.indicator().orElseThrow().carriedFrom());
    assertEquals(Optional.of("carried forward from Jan 2026"), march.note());
    NodeResult april = ENGINE.evaluate(plan, "subject", m, Period.month(2026, 4)).node("headcount")
        .orElseThrow();
    assertEquals(Status.NO_DATA, april.status(), "January is three months before April");
    NodeResult q1 = ENGINE.evaluate(plan, "subject", m, Period.quarter(2026, 1)).node("headcount")
        .orElseThrow();
    assertEquals(9, q1.indicator().orElseThrow().actual().orElseThrow());
    assertEquals(Optional.of("carried forward Feb 2026 from Jan 2026, Mar 2026 from Jan 2026"),
        q1.note());
    NodeResult notOptedIn = ENGINE.evaluate(PLAN, "subject", Measurements.builder()
        .put("headcount", Period.month(2026, 1), 9).build(), Period.month(2026, 2))
        .node("headcount").orElseThrow();
    assertFalse(notOptedIn.hasData(), "carry-forward is opt-in");
  }

  @Test
  void formulaProblemsAreValidationProblemsNamingTheIndicator() {
    Scorecard card = Scorecard.builder("bad")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("syntax", i -> i.lagging().baseline(0).target(1).formula("a +* b"))
            .indicator("unknown", i -> i.lagging().baseline(0).target(1).formula("ghost * 2"))
            .indicator("objective", i -> i.lagging().baseline(0).target(1).formula("o + 1"))
            .indicator("x", i -> i.lagging().baseline(0).target(1).formula("y + 1"))
            .indicator("y", i -> i.lagging().baseline(0).target(1).formula("[x] * 2"))
            .indicator("self", i -> i.lagging().baseline(0).target(1).formula("self + 1")))
        .build();
    ScorecardValidationException e =
        assertThrows(ScorecardValidationException.class, () -> ENGINE.compile(card));
    assertEquals(List.of(
            "[syntax] FORMULA_SYNTAX: formula 'a +* b' is malformed at position 3: expected a"
                + " number, an indicator id, a function or '(', found '*'",
            "[unknown] UNKNOWN_REFERENCE: formula refers to 'ghost', which is not an element of"
                + " this scorecard",
            "[objective] UNKNOWN_REFERENCE: formula refers to 'o', which is an objective, not an"
                + " indicator"),
        e.problems().stream().map(Object::toString).toList());
    Scorecard cyclic = Scorecard.builder("cyclic")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("x", i -> i.lagging().baseline(0).target(1).formula("y + 1"))
            .indicator("y", i -> i.lagging().baseline(0).target(1).formula("[x] * 2"))
            .indicator("self", i -> i.lagging().baseline(0).target(1).formula("self + 1")))
        .build();
    ScorecardValidationException c =
        assertThrows(ScorecardValidationException.class, () -> ENGINE.compile(cyclic));
    assertEquals(List.of(
            "[x] FORMULA_CYCLE: derived indicators depend on each other in a cycle: x -> y -> x",
            "[self] FORMULA_CYCLE: derived indicators depend on each other in a cycle: self ->"
                + " self"),
        c.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aDerivedIndicatorNeverReadsItsOwnMeasurement() {
    Measurements m = Measurements.builder()
        .put("revenue", Period.month(2026, 1), 90).put("headcount", Period.month(2026, 1), 9)
        .put("revenue-per-head", Period.month(2026, 1), 1_000_000).build();
    assertEquals(10, actual(ENGINE.evaluate(PLAN, "subject", m, Period.month(2026, 1)), "revenue-per-head"),
        EPS);
  }
}
