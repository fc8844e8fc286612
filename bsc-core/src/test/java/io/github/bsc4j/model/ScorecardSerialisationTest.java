package io.github.bsc4j.model;

import static io.github.bsc4j.model.Serialisation.claiming;
import static io.github.bsc4j.model.Serialisation.patchDouble;
import static io.github.bsc4j.model.Serialisation.read;
import static io.github.bsc4j.model.Serialisation.roundTrip;
import static io.github.bsc4j.model.Serialisation.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * A scorecard shipped with Java serialisation (to the workers of a Spark job, say) arrives equal
 * and scores the same; a stream that skips the builder or breaks one of its rules is refused.
 */
class ScorecardSerialisationTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final Period MARCH = Period.month(2026, 3);

  /** Every attribute the model has set to something other than its default. */
  static Scorecard everything() {
    return Scorecard.builder("everything")
        .name("Every attribute")
        .description("A scorecard that sets every attribute")
        .subjectKind(SubjectKind.TEAM)
        .vision("The team customers recommend")
        .mission("Sell what helps")
        .theme(new StrategicTheme("growth", "Profitable growth", "Grow where margins are"))
        .theme("service", "Service")
        .perspective(Perspective.FINANCIAL.withWeight(2).withAggregation(
            AggregationSpec.powerMean(2)).withMissingData(MissingDataPolicy.ZERO)
            .withStatusPolicy(StatusPolicy.WORST_CHILD))
        .perspective(Perspective.of("people", "People").withName("Our people"))
        .defaults(ScorecardDefaults.DEFAULT
            .withAggregation(AggregationSpec.powerMean(3))
            .withMissingData(MissingDataPolicy.ZERO)
            .withMinimumCoverage(0.25)
            .withCutoffs(StatusCutoffs.of(0.9, 0.6))
            .withFiscalYearStart(Month.APRIL)
            .withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS)
            .withTrendTolerance(0.01)
            .withStatusPolicy(StatusPolicy.WORST_CHILD))
        .objective("grow", o -> o
            .name("Grow").description("Grow revenue").perspective("financial").weight(3)
            .owner("Ann").theme("growth").aggregation(AggregationSpec.geometric())
            .missingData(MissingDataPolicy.SKIP).statusPolicy(StatusPolicy.SCORE_CUTOFFS)
            .supports("org-grow")
            .indicator("revenue", i -> i
                .name("Revenue").description("Invoiced revenue").unit("EUR").lagging()
                .higherIsBetter()
                .baselineSchedule(List.of(
                    ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), 10),
                    ScheduledTarget.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), 20)))
                .target(Target.schedule(List.of(
                    ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), 30),
                    ScheduledTarget.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), 40))))
                .bounds(0, 100)
                .thresholds(Thresholds.of(35, 15))
                .weight(2).cap(1.25).rollUp(RollUp.SUM).updateFrequency(UpdateFrequency.WEEKLY)
                .rationale("What the team is paid for")
                .action(Status.AT_RISK, "Re-plan").action(Status.OFF_TRACK, "Escalate")
                .risk("Discounting").risk("Channel stuffing")
                .carryForward(2))
            .indicator("margin", i -> i
                .unit(Unit.percent()).lagging().inRange().baseline(20)
                .thresholds(Thresholds.range(18, 22, 15, 25))
                .scoring(ScoringSpec.inRange(18, 22, 3))))
        .objective("keep", o -> o
            .perspective("people").theme("service")
            .indicator("attrition", i -> i
                .unit(Unit.ratio("leavers/head")).leading().lowerIsBetter()
                .scoring(ScoringSpec.bands(
                    List.of(Band.of(0, 0.05, 1), Band.of(0.05, 0.1, 0.5)), 0)))
            .indicator("engagement", i -> i
                .unit(Unit.level("points")).leading()
                .scoring(ScoringSpec.piecewise(List.of(Point.of(0, 0), Point.of(10, 1))))
                .updateFrequency(UpdateFrequency.QUARTERLY))
            .indicator("revenue-per-head", i -> i
                .unit(Unit.ratio()).lagging().baseline(0).target(5).weight(0)
                .formula("revenue / 4")))
        .link(new CauseEffectLink("keep", "grow", 0.75, LinkSign.NEGATIVE))
        .build();
  }

  @Test
  void aScorecardSettingEveryAttributeArrivesEqual() {
    Scorecard card = everything();
    Scorecard copy = roundTrip(card);
    assertNotSame(card, copy);
    assertEquals(card, copy);
    assertEquals(card.hashCode(), copy.hashCode());
    assertEquals(card.outline(), copy.outline());
    assertEquals(card.toString(), copy.toString());
    for (Indicator i : card.indicators()) {
      assertEquals(i.toString(), copy.indicator(i.id()).orElseThrow().toString());
    }
  }

  @Test
  void objectivesIndicatorsAndEveryValueOfTheModelArriveEqualOnTheirOwn() {
    Scorecard card = everything();
    List<Serializable> values = List.of(
        card.objectives().get(0), card.objectives().get(1), card.indicators().get(0),
        card.indicators().get(1), card.indicators().get(2), card.indicators().get(3),
        card.strategy(), card.strategy().themes().get(0), card.perspectives().get(0),
        card.perspectives().get(1), card.links().get(0), card.defaults(),
        card.defaults().cutoffs(), card.defaults().aggregation(),
        card.indicators().get(0).target().orElseThrow(),
        card.indicators().get(0).baselineSchedule().orElseThrow().entries().get(0),
        Target.of(3), Thresholds.of(1, 0), Thresholds.range(1, 2, 0, 3),
        card.indicators().get(1).scoring(), card.indicators().get(2).scoring(),
        card.indicators().get(2).scoring().bands().get(0), Point.of(1, 0.5), Unit.ratio("x"),
        new Problem("grow", ProblemCode.NEGATIVE_WEIGHT, "weight must not be negative"));
    for (Serializable value : values) {
      Serializable copy = roundTrip(value);
      assertEquals(value, copy, value.getClass().getName());
      assertEquals(value.hashCode(), copy.hashCode(), value.getClass().getName());
      assertEquals(value.toString(), copy.toString(), value.getClass().getName());
    }
  }

  @Test
  void theStandardPerspectivesAndDefaultsArriveEqual() {
    assertEquals(Perspective.standard(), roundTrip(Perspective.standard()));
    assertEquals(ScorecardDefaults.DEFAULT, roundTrip(ScorecardDefaults.DEFAULT));
    assertEquals(Strategy.NONE, roundTrip(Strategy.NONE));
  }

  @Test
  void aShippedScorecardScoresBitForBitTheSame() {
    Scorecard card = everything();
    Measurements m = Measurements.builder()
        .put("revenue", MARCH, 27.5).put("margin", MARCH, 23.25).put("attrition", MARCH, 0.07)
        .put("engagement", Period.quarter(2026, 1), 6.5)
        .build();
    assertSameScores(card, roundTrip(card), m, MARCH);
  }

  /** Evaluates both with the same measurements: every node's score has the same bits. */
  static void assertSameScores(Scorecard a, Scorecard b, Measurements m, Period period) {
    ScorecardResult ra = ENGINE.evaluate(ENGINE.compile(a), "subject", m, period);
    ScorecardResult rb = ENGINE.evaluate(ENGINE.compile(b), "subject", m, period);
    assertEquals(bits(ra.root()), bits(rb.root()), "root score");
    assertEquals(ra.nodes().size(), rb.nodes().size());
    for (int k = 0; k < ra.nodes().size(); k++) {
      NodeResult na = ra.nodes().get(k);
      assertEquals(bits(na), bits(rb.nodes().get(k)), na.id());
      assertEquals(na.status(), rb.nodes().get(k).status(), na.id());
    }
  }

  private static long bits(NodeResult n) {
    return n.score().isPresent() ? Double.doubleToRawLongBits(n.score().getAsDouble()) : -1L;
  }

  @Test
  void streamsClaimingAnElementItselfInsteadOfItsProxyAreRefused() {
    for (Class<?> type : List.of(Scorecard.class, Objective.class, Indicator.class)) {
      InvalidObjectException e = assertThrows(
          InvalidObjectException.class, () -> read(claiming(type.getName())), type.getName());
      assertEquals("proxy required", e.getMessage());
    }
    // a record ignores readObject: a stream claiming Perspective itself meets its constructor
    InvalidObjectException e = assertThrows(InvalidObjectException.class,
        () -> read(claiming(Perspective.class.getName(), "id", "Ljava/lang/String;")));
    assertInstanceOf(NullPointerException.class, e.getCause());
    assertEquals("id", e.getCause().getMessage());
  }

  @Test
  void aProxyWithoutItsDataIsRefusedNamingWhatIsMissing() {
    for (String kind : List.of("scorecard", "objective", "indicator")) {
      String type = "io.github.bsc4j.model." + Character.toUpperCase(kind.charAt(0))
          + kind.substring(1) + "$SerialProxy";
      InvalidObjectException e =
          assertThrows(InvalidObjectException.class, () -> read(claiming(type)), type);
      assertEquals("serialised " + kind + " without an id is corrupt: id", e.getMessage());
      assertInstanceOf(NullPointerException.class, e.getCause());
    }
    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> read(
        claiming("io.github.bsc4j.model.Perspective$SerialProxy", "id", "Ljava/lang/String;")));
    assertEquals("serialised perspective without an id is corrupt: id", e.getMessage());
  }

  @Test
  void anIndicatorWhoseStreamBreaksARuleIsRefusedWithTheBuildsException() {
    Indicator revenue = Indicator.builder("revenue").lagging().baseline(0).target(10)
        .weight(2.5).build();
    byte[] bytes = write(revenue);
    assertEquals(revenue, roundTrip(revenue));
    ScorecardValidationException e = assertThrows(
        ScorecardValidationException.class, () -> read(patchDouble(bytes, 2.5, -1)));
    assertEquals(List.of(new Problem("revenue", ProblemCode.NEGATIVE_WEIGHT,
        "indicator weight must not be negative, was -1.0")), e.problems());
  }

  @Test
  void aScorecardWhoseStreamBreaksARuleAnywhereIsRefusedWithTheBuildsException() {
    Scorecard card = Scorecard.builder("card")
        .perspective(Perspective.FINANCIAL.withWeight(1.5))
        .objective("a", o -> o.perspective("financial").weight(2.5)
            .indicator("x", i -> i.lagging().baseline(0).target(10)))
        .objective("b", o -> o.perspective("financial")
            .indicator("y", i -> i.lagging().baseline(0).target(10).cap(1.75)))
        .link(new CauseEffectLink("a", "b", 0.25, LinkSign.POSITIVE))
        .build();
    byte[] bytes = write(card);
    assertEquals(card, roundTrip(card));
    // an objective's weight: refused when the objective is rebuilt
    assertEquals(ProblemCode.NEGATIVE_WEIGHT, codeOf(patchDouble(bytes, 2.5, -2), "a"));
    // a record's value that only the scorecard's build checks: a perspective's weight, the
    // strength of a link
    assertEquals(ProblemCode.NEGATIVE_WEIGHT, codeOf(patchDouble(bytes, 1.5, -1), "financial"));
    assertEquals(ProblemCode.VALUE_OUT_OF_RANGE, codeOf(patchDouble(bytes, 0.25, 2), "a->b"));
    assertEquals(ProblemCode.NON_FINITE_NUMBER,
        codeOf(patchDouble(bytes, 0.25, Double.NaN), "a->b"));
    // an indicator's cap
    assertEquals(ProblemCode.CAP_BELOW_ONE, codeOf(patchDouble(bytes, 1.75, 0.5), "y"));
  }

  private static ProblemCode codeOf(byte[] bytes, String elementId) {
    ScorecardValidationException e =
        assertThrows(ScorecardValidationException.class, () -> read(bytes));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(elementId, e.problems().get(0).elementId(), e::getMessage);
    return e.problems().get(0).code();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void listsOfTheWrongTypeAreRefusedByTheRecordsThemselves() {
    List raw = List.of("not a band");
    ClassCastException bands = assertThrows(ClassCastException.class,
        () -> new ScoringSpec("bands", Map.of(), raw, List.of()));
    assertEquals("bands element 0 is a java.lang.String, not a Band", bands.getMessage());
    ClassCastException points = assertThrows(ClassCastException.class,
        () -> new ScoringSpec("piecewise", Map.of(), List.of(), raw));
    assertEquals("points element 0 is a java.lang.String, not a Point", points.getMessage());
    ClassCastException themes = assertThrows(ClassCastException.class,
        () -> new Strategy("", "", raw));
    assertEquals("themes element 0 is a java.lang.String, not a StrategicTheme",
        themes.getMessage());
    ClassCastException entries = assertThrows(ClassCastException.class,
        () -> new Target.Schedule(raw));
    assertEquals("entries element 0 is a java.lang.String, not a ScheduledTarget",
        entries.getMessage());
    Map rawMap = Map.of(1, 2.0);
    assertThrows(ClassCastException.class, () -> new AggregationSpec("x", rawMap));
  }

  @Test
  void aBuilderIsNotSerialisable() {
    assertTrue(!Serializable.class.isAssignableFrom(Scorecard.Builder.class));
    assertInstanceOf(NotSerializableException.class, assertThrows(
        java.io.UncheckedIOException.class, () -> write(Indicator.builder("i"))).getCause());
  }

  // Properties over the model's own generator of valid indicators (ModelPropertiesTest).

  @Provide
  Arbitrary<Indicator> indicators() {
    return new ModelPropertiesTest().indicators();
  }

  @Property
  void generatedIndicatorsArriveEqual(@ForAll("indicators") Indicator indicator) {
    Indicator copy = roundTrip(indicator);
    assertEquals(indicator, copy);
    assertEquals(indicator.hashCode(), copy.hashCode());
  }

  @Property(tries = 200)
  void generatedScorecardsArriveEqualAndScoreTheSame(
      @ForAll("indicators") Indicator a,
      @ForAll("indicators") Indicator b,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double actualA,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double actualB) {
    Assume.that(!a.id().equals(b.id()) && !List.of("o1", "o2", "card").contains(a.id())
        && !List.of("o1", "o2", "card").contains(b.id())
        && Perspective.standard().stream().noneMatch(
            p -> p.id().equals(a.id()) || p.id().equals(b.id())));
    Assume.that(a.weight() > 0 && b.weight() > 0);
    Scorecard card = Scorecard.builder("card")
        .perspectives(Perspective.standard())
        .objective("o1", o -> o.perspective("financial").indicator(a))
        .objective("o2", o -> o.perspective("customer").weight(2).indicator(b))
        .link("o2", "o1")
        .build();
    Scorecard copy = roundTrip(card);
    assertEquals(card, copy);
    assertEquals(card.outline(), copy.outline());
    Measurements m = Measurements.builder()
        .put(a.id(), MARCH, actualA).put(b.id(), MARCH, actualB).build();
    assertSameScores(card, copy, m, MARCH);
  }
}
