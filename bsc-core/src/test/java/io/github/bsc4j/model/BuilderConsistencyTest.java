package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Builders take pre-built children and sub-builders alike, every optional attribute can be cleared
 * again, and {@link ScoringSpec} and {@link AggregationSpec} are made and checked the same way.
 */
class BuilderConsistencyTest {

  private static Indicator.Builder revenue() {
    return Indicator.builder("revenue").lagging().baseline(100).target(120);
  }

  private static Scorecard viaLambdas() {
    return Scorecard.builder("c").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().baseline(100).target(120)))
        .build();
  }

  @Test
  void subBuildersBuildTheSameScorecardAsNestedLambdasAndPrebuiltChildren() {
    Scorecard viaBuilders = Scorecard.builder("c").perspective(Perspective.FINANCIAL)
        .objective(Objective.builder("o").perspective("financial").indicator(revenue()))
        .build();
    Scorecard viaBuilt = Scorecard.builder("c").perspective(Perspective.FINANCIAL)
        .objective(Objective.builder("o").perspective("financial").indicator(revenue().build())
            .build())
        .build();
    assertEquals(viaLambdas(), viaBuilders);
    assertEquals(viaLambdas(), viaBuilt);
  }

  @Test
  void aSubBuilderIsValidatedWithItsOwnerSoEveryProblemIsReportedAtOnce() {
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> Scorecard.builder("c").perspective(Perspective.FINANCIAL)
            .objective(Objective.builder("o").perspective("nowhere")
                .indicator(Indicator.builder("i").baseline(Double.NaN)))
            .build());
    assertEquals(
        List.of(ProblemCode.MISSING_ATTRIBUTE, ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.DANGLING_REFERENCE),
        e.problems().stream().map(Problem::code).toList());
  }

  @Test
  void aSubBuilderIsKeptSoWhatIsSetOnItBeforeTheBuildCounts() {
    Indicator.Builder later = Indicator.builder("revenue").lagging().baseline(100);
    Objective.Builder o = Objective.builder("o").perspective("financial").indicator(later);
    later.target(120);
    assertEquals(viaLambdas().objectives().get(0), o.build());
  }

  @Test
  void subBuildersRejectNull() {
    assertThrows(NullPointerException.class,
        () -> Scorecard.builder("c").objective((Objective.Builder) null));
    assertThrows(NullPointerException.class,
        () -> Objective.builder("o").indicator((Indicator.Builder) null));
  }

  /** Everything an indicator can have, so that each clearer has something to clear. */
  private static Indicator.Builder full() {
    return Indicator.builder("i").lagging().baseline(0).target(10).bounds(-5, 20)
        .thresholds(10, 5).carryForward(2).formula("a + b")
        .action(Status.OFF_TRACK, "act").risk("gaming");
  }

  @Test
  void everyOptionalAttributeOfAnIndicatorCanBeClearedAgain() {
    Indicator cleared = full().noBaseline().noTarget().noBounds().noThresholds()
        .noCarryForward().noFormula().noActions().noRisks().build();
    assertEquals(Indicator.builder("i").lagging().build(), cleared);
    assertEquals(OptionalDouble.empty(), cleared.baseline());
    assertEquals(Optional.empty(), cleared.target());
    assertEquals(OptionalDouble.empty(), cleared.min());
    assertEquals(OptionalDouble.empty(), cleared.max());
    assertEquals(Optional.empty(), cleared.thresholds());
    assertEquals(OptionalInt.empty(), cleared.carryForwardMonths());
    assertEquals(Optional.empty(), cleared.formula());
    assertEquals(Map.of(), cleared.actions());
    assertEquals(List.of(), cleared.risks());
  }

  @Test
  void clearersWorkOneByOneAndOnACopy() {
    Indicator built = full().build();
    assertEquals(OptionalDouble.of(20), built.toBuilder().noMin().build().max());
    assertEquals(OptionalDouble.empty(), built.toBuilder().noMin().build().min());
    assertEquals(OptionalDouble.of(-5), built.toBuilder().noMax().build().min());
    assertEquals(OptionalDouble.empty(), built.toBuilder().noMax().build().max());
    assertEquals(Optional.of(Target.of(10)), built.toBuilder().noBaseline().build().target());
    assertEquals(OptionalDouble.of(10), built.target().map(t -> ((Target.Constant) t).value())
        .map(OptionalDouble::of).orElseThrow());
    Indicator scheduled = built.toBuilder()
        .baselineSchedule(List.of(ScheduledTarget.of(LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 1, 1), 1)))
        .noBaseline().build();
    assertEquals(Optional.empty(), scheduled.baselineSchedule());
    assertEquals(false, scheduled.hasBaseline());
    assertNotEquals(built, built.toBuilder().noThresholds().build());
  }

  @Test
  void everyOptionalAttributeOfAnObjectiveCanBeClearedAgain() {
    Objective cleared = Objective.builder("o").perspective("p").theme("t")
        .aggregation(AggregationSpec.min()).missingData(MissingDataPolicy.ZERO)
        .statusPolicy(StatusPolicy.WORST_CHILD)
        .noTheme().noAggregation().noMissingData().noStatusPolicy().build();
    assertEquals(Objective.builder("o").perspective("p").build(), cleared);
    assertEquals(Optional.empty(), cleared.theme());
    assertEquals(Optional.empty(), cleared.aggregation());
    assertEquals(Optional.empty(), cleared.missingData());
  }

  @Test
  void aPerspectivesOverridesCanBeRemovedAgain() {
    Perspective p = Perspective.of("p", "P").withAggregation(AggregationSpec.min())
        .withMissingData(MissingDataPolicy.ZERO).withStatusPolicy(StatusPolicy.MOST_FREQUENT_CHILD);
    assertEquals(Perspective.of("p", "P"),
        p.withoutAggregation().withoutMissingData().withoutStatusPolicy());
    Perspective worst = Perspective.of("p", "P").withStatusPolicy(StatusPolicy.WORST_CHILD);
    assertEquals(Optional.of(StatusPolicy.WORST_CHILD),
        worst.withoutAggregation().withoutMissingData().statusPolicy(),
        "removing one override keeps the others");
  }

  @Test
  void scoringAndAggregationSpecsAreMadeTheSameWay() {
    assertEquals("linear", ScoringSpec.linear().name());
    assertEquals("weighted-mean", AggregationSpec.weightedMean().name());
    assertEquals(new AggregationSpec("power-mean", Map.of("p", 2.0)),
        AggregationSpec.of("power-mean", Map.of("p", 2.0)));
    assertEquals(AggregationSpec.powerMean(3),
        AggregationSpec.of("power-mean").withParameter("p", 3));
    assertEquals(Map.of("a", 1.0, "b", 2.0),
        AggregationSpec.of("x", Map.of("b", 2.0)).withParameter("a", 1).parameters());
    assertEquals(ScoringSpec.of("x", Map.of("a", 1.0, "b", 2.0)),
        ScoringSpec.of("x", Map.of("b", 2.0)).withParameter("a", 1));
    assertThrows(NullPointerException.class,
        () -> AggregationSpec.of("x").withParameter(null, 1));
    assertEquals("ScoringSpec[name=linear, parameters={}, bands=[], points=[]]",
        ScoringSpec.linear().toString());
  }

  @Test
  void badNamesAndValuesAreReportedAlikeForRulesAndAggregations() {
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> Objective.builder("o").perspective("p")
            .aggregation(AggregationSpec.of("bad name", Map.of("p", Double.NaN))
                .withParameter("1x", 1))
            .indicator("i", i -> i.lagging()
                .scoring(ScoringSpec.of("bad name", Map.of("p", Double.NaN))
                    .withParameter("1x", 1)))
            .build());
    String nameRule = "is malformed: names match [A-Za-z][A-Za-z0-9_.-]* and have at most 64"
        + " characters";
    assertEquals(
        List.of(
            new Problem("o", ProblemCode.MALFORMED_ID, "aggregation name 'bad name' " + nameRule),
            new Problem("o", ProblemCode.MALFORMED_ID,
                "aggregation parameter name '1x' " + nameRule),
            new Problem("o", ProblemCode.NON_FINITE_NUMBER,
                "aggregation parameter 'p' must be a finite number, was NaN"),
            new Problem("i", ProblemCode.MALFORMED_ID, "scoring rule name 'bad name' " + nameRule),
            new Problem("i", ProblemCode.MALFORMED_ID,
                "scoring rule parameter name '1x' " + nameRule),
            new Problem("i", ProblemCode.NON_FINITE_NUMBER,
                "scoring rule parameter 'p' must be a finite number, was NaN")),
        e.problems());
  }
}
