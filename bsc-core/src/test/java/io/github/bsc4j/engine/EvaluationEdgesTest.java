package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.scoring.ScoringRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Evaluation at its edges: a derived indicator used by several others, roll-ups of baselines,
 * periods that are not whole months, the first year a period may have, complete quarters,
 * trends exactly at the tolerance, and the texts and accessors around a result.
 */
class EvaluationEdgesTest {
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();
  private static final Period P = Period.month(2026, 3);

  private static Scorecard card(String id, ScorecardDefaults defaults,
      java.util.function.UnaryOperator<io.github.bsc4j.model.Indicator.Builder> kpi) {
    return Scorecard.builder(id)
        .defaults(defaults)
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("kpi", i -> kpi.apply(i.lagging().baseline(0).target(10))))
        .build();
  }

  private static NodeResult kpi(Scorecard card, Measurements m, Period p) {
    return ENGINE.evaluate(ENGINE.compile(card), "subject", m, p).node("kpi").orElseThrow();
  }

  private static NodeResult objective(Scorecard card, Measurements m) {
    return ENGINE.evaluate(ENGINE.compile(card), "subject", m, P).node("o").orElseThrow();
  }

  @Test
  void aDerivedIndicatorUsedBySeveralOthersFeedsEachOfThem() {
    Scorecard card = Scorecard.builder("fan")
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("plus1", i -> i.lagging().baseline(0).target(100).formula("twice + 1"))
            .indicator("plus2", i -> i.lagging().baseline(0).target(100).formula("twice + 2"))
            .indicator("both", i -> i.lagging().baseline(0).target(100).formula("plus1 * plus2"))
            .indicator("twice", i -> i.lagging().baseline(0).target(100).formula("m * 2"))
            .indicator("m", i -> i.lagging().baseline(0).target(100)))
        .build();
    ScorecardResult r = ENGINE.evaluate(ENGINE.compile(card), "subject", Measurements.of(P, Map.of("m", 3.0)),
        P);
    Map<String, Double> expected = Map.of("twice", 6.0, "plus1", 7.0, "plus2", 8.0, "both", 56.0);
    expected.forEach((id, v) -> assertEquals(OptionalDouble.of(v),
        r.node(id).orElseThrow().indicator().orElseThrow().actual(), id));
  }

  @Test
  void aRolledUpBaselineThatOverflowsIsNoDataWithTheReason() {
    Scorecard c = card("card", ScorecardDefaults.DEFAULT,
        i -> i.baseline(-Double.MAX_VALUE).target(10).rollUp(RollUp.SUM));
    NodeResult n = kpi(c, Measurements.of(Period.quarter(2026, 1), Map.of("kpi", 5.0)),
        Period.quarter(2026, 1));
    assertEquals(Status.NO_DATA, n.status());
    assertEquals(Optional.of("the SUM of the baseline over Q1 2026 overflows"), n.note());
  }

  @Test
  void aPeriodOfDaysWithoutItsOwnMeasurementHasNoData() {
    Period days = Period.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
    NodeResult n = kpi(card("card", ScorecardDefaults.DEFAULT, i -> i),
        Measurements.of(P, Map.of("kpi", 5.0)), days);
    assertEquals(Status.NO_DATA, n.status());
    assertEquals(OptionalDouble.empty(), n.indicator().orElseThrow().actual());
    assertTrue(n.note().orElseThrow().startsWith("no measurement for "), n.note().toString());
  }

  @Test
  void valuesCarryForwardWithinTheFirstYearAPeriodMayHave() {
    NodeResult n = kpi(card("card", ScorecardDefaults.DEFAULT, i -> i.carryForward(2)),
        Measurements.builder().put("kpi", Period.month(1, 1), 4).build(), Period.month(1, 3));
    assertEquals(OptionalDouble.of(4), n.indicator().orElseThrow().actual());
    assertEquals(Optional.of(Period.month(1, 1)), n.indicator().orElseThrow().carriedFrom());
  }

  @Test
  void aQuarterWithEveryMonthMeasuredCarriesNoNote() {
    Measurements m = Measurements.builder().put("kpi", Period.month(2026, 1), 1)
        .put("kpi", Period.month(2026, 2), 2).put("kpi", Period.month(2026, 3), 3).build();
    NodeResult n = kpi(card("card", ScorecardDefaults.DEFAULT, i -> i.rollUp(RollUp.SUM)), m,
        Period.quarter(2026, 1));
    assertEquals(OptionalDouble.of(6), n.indicator().orElseThrow().actual());
    assertEquals(Optional.empty(), n.note());
  }

  @Test
  void aChangeOfExactlyTheToleranceIsFlat() {
    Measurements m = Measurements.builder().put("kpi", Period.month(2026, 2), 2.5)
        .put("kpi", P, 5).build();
    Scorecard c = card("card", ScorecardDefaults.DEFAULT.withTrendTolerance(0.25), i -> i);
    Trend t = objective(c, m).trend().orElseThrow();
    assertEquals(OptionalDouble.of(0.25), t.scoreChange());
    assertEquals(Optional.of(Trend.Direction.UNCHANGED), t.direction());
    Scorecard tighter = card("card", ScorecardDefaults.DEFAULT.withTrendTolerance(0.2), i -> i);
    assertEquals(Optional.of(Trend.Direction.IMPROVED),
        objective(tighter, m).trend().orElseThrow().direction());
    assertEquals(Optional.of(Trend.Direction.IMPROVED), kpi(c, m, P).trend().orElseThrow()
        .direction(), "the indicator moves by its actual value, 2.5 to 5, not by the tolerance");
  }

  @Test
  void anUnchangedScoreIsExplainedAsAFlatTrendOfZero() {
    Measurements m = Measurements.builder().put("kpi", Period.month(2026, 2), 5)
        .put("kpi", P, 5).build();
    String text = ENGINE.evaluate(ENGINE.compile(card("card", ScorecardDefaults.DEFAULT, i -> i)), "subject",
        m, P).explain();
    assertTrue(text.contains(", trend unchanged 0.000 vs Feb 2026"), text);
  }

  @Test
  void aScorecardWithoutDataExplainsWhyOnItsFirstLine() {
    ScorecardResult r = ENGINE.evaluate(
        ENGINE.compile(card("card", ScorecardDefaults.DEFAULT, i -> i)), "subject",
        Measurements.builder().build(), P);
    String first = r.explain().lines().findFirst().orElseThrow();
    assertTrue(first.endsWith(" (no child has data)"), first);
  }

  @Test
  void aMalformedFormulaIsQuotedWholeUpTo80CharactersAndCutPastThem() {
    String eighty = "a +* b" + " ".repeat(74);
    String eightyOne = eighty + " ";
    for (String text : List.of(eighty, eightyOne)) {
      Scorecard c = card("card", ScorecardDefaults.DEFAULT, i -> i.formula(text));
      ScorecardValidationException e =
          assertThrows(ScorecardValidationException.class, () -> ENGINE.compile(c));
      String expected = text.length() <= 80 ? text : text.substring(0, 77) + "...";
      assertTrue(e.problems().get(0).message().startsWith("formula '" + expected + "' is"),
          e.problems().get(0).message());
      assertEquals(ProblemCode.FORMULA_SYNTAX, e.problems().get(0).code());
    }
  }

  @Test
  void numbersInMessagesArePlainUpTo24Characters() {
    assertEquals("150000000000000000000000", Evaluation.number(1.5e23));
    assertEquals("1.5E24", Evaluation.number(1.5e24));
    assertEquals("0.15", Evaluation.number(0.15));
  }

  @Test
  void accessorsReturnWhatTheyWereGiven() {
    ScoringRules rules = ScoringRules.load();
    AggregationStrategies strategies = AggregationStrategies.load();
    ScorecardEngine engine = ScorecardEngine.of(rules, strategies);
    assertSame(rules, engine.rules());
    assertSame(strategies, engine.strategies());
    Scorecard c = card("card", ScorecardDefaults.DEFAULT, i -> i);
    assertSame(c, engine.compile(c).scorecard());
    NodeResult n = kpi(c, Measurements.of(P, Map.of("kpi", 5.0)), P);
    assertTrue(n.hasData());
    assertEquals(OptionalDouble.of(0.5), n.score());
  }

  @Test
  void theFirstSubjectOfABatchIsNamedByItsIndexWhenItFails() {
    ScorecardEngine engine = HardeningTest.with(new HardeningTest.Strategy("two", in -> 2.0,
        in -> Optional.empty()));
    CompiledScorecard plan = engine.compile(HardeningTest.usingStrategy("two"));
    double[] out = new double[1];
    BatchReport report = engine.scores(plan,
        List.of(Measurements.of(P, Map.of("d", 1.0, "e", 2.0))), P, out);
    assertEquals(1, report.failureCount());
    BatchReport.SubjectFailure f = report.failures().get(0);
    assertEquals(0, f.subject());
    ExtensionFailureException e = assertInstanceOf(ExtensionFailureException.class, f.error());
    assertEquals(OptionalInt.of(0), e.subject());
    assertTrue(Double.isNaN(out[0]));
  }

  @Test
  void aSubjectFailureNeedsAnIndexOfZeroOrMore() {
    ExtensionFailureException error = new ExtensionFailureException("x", "n", "broken");
    assertEquals(0, new BatchReport.SubjectFailure(0, error).subject());
    assertThrows(IllegalArgumentException.class, () -> new BatchReport.SubjectFailure(-1, error));
    assertEquals(OptionalInt.empty(), error.subject());
  }
}
