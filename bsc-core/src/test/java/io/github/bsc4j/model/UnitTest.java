package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An indicator's unit says whether its values add up; a SUM roll-up of one that does not fails. */
class UnitTest {

  @Test
  void aPercentSymbolIsAPercentageAndAnyOtherSymbolAnAdditiveQuantity() {
    assertEquals(new Unit("%", Unit.Kind.PERCENTAGE), Unit.of("%"));
    assertEquals(Unit.percent(), Unit.of("%"));
    assertEquals(new Unit("EUR", Unit.Kind.QUANTITY), Unit.of("EUR"));
    assertEquals(new Unit("", Unit.Kind.QUANTITY), Unit.NONE);
    assertEquals(new Unit("", Unit.Kind.RATIO), Unit.ratio());
    assertEquals(new Unit("EUR/head", Unit.Kind.RATIO), Unit.ratio("EUR/head"));
    assertEquals(new Unit("FTE", Unit.Kind.LEVEL), Unit.level("FTE"));
    assertTrue(Unit.of("EUR").additive());
    assertTrue(Unit.NONE.additive());
    assertFalse(Unit.percent().additive());
    assertFalse(Unit.ratio().additive());
    assertFalse(Unit.level("FTE").additive());
    assertThrows(NullPointerException.class, () -> Unit.of(null));
    assertThrows(NullPointerException.class, () -> new Unit("x", null));
    assertEquals("Unit[symbol=a\\nb, kind=LEVEL]", Unit.level("a\nb").toString());
  }

  @Test
  void anIndicatorWithoutUnitHasNoneAndTheStringSetterReadsTheSymbol() {
    assertEquals(Unit.NONE, Indicator.builder("i").lagging().build().unit());
    assertEquals(Unit.percent(), Indicator.builder("i").lagging().unit("%").build().unit());
    assertEquals(Unit.of("EUR"), Indicator.builder("i").lagging().unit("EUR").build().unit());
    assertEquals(
        Unit.level("FTE"), Indicator.builder("i").lagging().unit(Unit.level("FTE")).build().unit());
  }

  @Test
  void toStringNamesTheKindOnlyWhenTheSymbolDoesNotSayIt() {
    assertTrue(
        Indicator.builder("i").lagging().unit("%").build().toString().contains(", unit=%, "));
    assertTrue(Indicator.builder("i").lagging().unit(Unit.level("FTE")).build().toString()
        .contains(", unit=FTE (LEVEL), "));
  }

  private static List<Problem> problems(Indicator.Builder b) {
    return assertThrows(ScorecardValidationException.class, b::build).problems();
  }

  @Test
  void summingAPercentageIsAProblemThatPointsToADerivedIndicator() {
    assertEquals(
        List.of(new Problem("win-rate", ProblemCode.NON_ADDITIVE_ROLL_UP,
            "a SUM roll-up adds up percentages (unit '%', PERCENTAGE), which do not add up over"
                + " time: a 2 % month and a 50 % month do not make a 52 % quarter; make it a"
                + " derived indicator over its numerator and denominator, two SUM indicators"
                + " rolled up first (for example formula \"won / opportunities\"), or roll it up"
                + " with AVERAGE or LAST")),
        problems(Indicator.builder("win-rate").lagging().unit("%").rollUp(RollUp.SUM)));
  }

  @Test
  void summingARatioIsAProblemToo() {
    assertEquals(
        List.of(new Problem("conversion", ProblemCode.NON_ADDITIVE_ROLL_UP,
            "a SUM roll-up adds up ratios (unit '', RATIO), which do not add up over time: a"
                + " month at 0.02 and a month at 0.5 do not make a quarter at 0.52; make it a"
                + " derived indicator over its numerator and denominator, two SUM indicators"
                + " rolled up first (for example formula \"won / opportunities\"), or roll it up"
                + " with AVERAGE or LAST")),
        problems(Indicator.builder("conversion").lagging().unit(Unit.ratio())
            .rollUp(RollUp.SUM)));
  }

  @Test
  void aDerivedPercentageIsToldToRollItsTargetUpAnotherWay() {
    assertEquals(
        List.of(new Problem("win-rate", ProblemCode.NON_ADDITIVE_ROLL_UP,
            "a SUM roll-up adds up percentages (unit '%', PERCENTAGE), which do not add up over"
                + " time: its value comes from inputs rolled up first, but its target and"
                + " baseline would be added up; roll it up with AVERAGE or LAST")),
        problems(Indicator.builder("win-rate").lagging().unit(Unit.percent())
            .formula("100 * won / opportunities").rollUp(RollUp.SUM)));
  }

  @Test
  void summingALevelIsAProblemThatPointsToAnotherRollUp() {
    assertEquals(
        List.of(new Problem("headcount", ProblemCode.NON_ADDITIVE_ROLL_UP,
            "a SUM roll-up adds up levels (unit 'FTE', LEVEL), which do not add up over time:"
                + " three months of a headcount of 10 are not a quarter's headcount of 30; roll"
                + " it up with AVERAGE, LAST, MIN or MAX")),
        problems(Indicator.builder("headcount").lagging().unit(Unit.level("FTE"))
            .rollUp(RollUp.SUM)));
  }

  @Test
  void additiveUnitsAndOtherRollUpsAreFine() {
    Indicator.builder("revenue").lagging().unit("EUR").rollUp(RollUp.SUM).build();
    Indicator.builder("plain").lagging().rollUp(RollUp.SUM).build();
    for (RollUp r : List.of(RollUp.AVERAGE, RollUp.LAST, RollUp.MIN, RollUp.MAX)) {
      Indicator.builder("rate").lagging().unit("%").rollUp(r).build();
      Indicator.builder("level").lagging().unit(Unit.level("FTE")).rollUp(r).build();
    }
  }

  @Test
  void theProblemIsReportedWithTheWholeScorecard() {
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> Scorecard.builder("c").perspective(Perspective.FINANCIAL)
            .objective("o", o -> o.perspective("financial")
                .indicator("rate", i -> i.lagging().unit("%").rollUp(RollUp.SUM)))
            .build());
    assertEquals(List.of(ProblemCode.NON_ADDITIVE_ROLL_UP),
        e.problems().stream().map(Problem::code).toList());
    assertEquals("rate", e.problems().get(0).elementId());
  }
}
