package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per validation rule, each breaking exactly one thing of an otherwise valid card. The
 * card is public for the bad-input corpus, which breaks it too.
 */
public class ScorecardValidationTest {

  /** A valid card; {@code revenue} and {@code returns} can be altered through the hooks. */
  public static Scorecard.Builder card(
      UnaryOperator<Indicator.Builder> revenue, UnaryOperator<Indicator.Builder> returns) {
    return Scorecard.builder("sales")
        .perspectives(Perspective.standard())
        .theme("growth", "Growth")
        .objective("grow", o -> o
            .perspective(Perspective.FINANCIAL)
            .theme("growth")
            .indicator("revenue", i -> revenue.apply(i
                .lagging().baseline(100).target(120).bounds(0, 1000).thresholds(120, 100))))
        .objective("keep", o -> o
            .perspective(Perspective.CUSTOMER)
            .indicator("returns", i -> returns.apply(i
                .lagging().lowerIsBetter().baseline(4).target(2).thresholds(2, 4))))
        .objective("fast", o -> o
            .perspective(Perspective.INTERNAL_PROCESS)
            .indicator("response", i -> i.leading().lowerIsBetter().baseline(24).target(8)))
        .objective("learn", o -> o
            .perspective(Perspective.LEARNING_AND_GROWTH)
            .indicator("training", i -> i.leading().baseline(10).target(20)))
        .link("learn", "fast")
        .link("fast", "keep")
        .link("keep", "grow");
  }

  public static Scorecard.Builder card() {
    return card(i -> i, i -> i);
  }

  public static Scorecard.Builder revenue(UnaryOperator<Indicator.Builder> change) {
    return card(change, i -> i);
  }

  static List<Problem> problems(Scorecard.Builder builder) {
    return assertThrows(ScorecardValidationException.class, builder::build).problems();
  }

  /** Asserts the build fails with exactly one problem, of this code and element. */
  static Problem only(Scorecard.Builder builder, String elementId, ProblemCode code) {
    List<Problem> problems = problems(builder);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    Problem p = problems.get(0);
    assertEquals(elementId, p.elementId(), p::toString);
    assertEquals(code, p.code(), p::toString);
    return p;
  }

  static void messageMentions(Problem p, String... parts) {
    for (String part : parts) {
      assertTrue(p.message().contains(part), () -> "'" + part + "' not in: " + p.message());
    }
  }

  @Test
  void theBaseCardIsValid() {
    Scorecard built = card().build();
    assertEquals(4, built.indicators().size());
  }

  @Nested
  class Ids {
    @ParameterizedTest
    @ValueSource(strings = {"1revenue", "rev enue", "", "_rev", "rév", "rev/1"})
    void malformedIndicatorIds(String id) {
      Scorecard.Builder b =
          card().objective("extra", o -> o
              .perspective("financial")
              .indicator(id, i -> i.lagging().baseline(0).target(1)));
      messageMentions(only(b, id, ProblemCode.MALFORMED_ID), "indicator id", "'" + id + "'");
    }

    @Test
    void idsLongerThan64CharactersAreMalformed() {
      String id65 = "a".repeat(65);
      String id64 = "a".repeat(64);
      only(
          card().objective(id65, o -> o.perspective("financial")), id65, ProblemCode.MALFORMED_ID);
      card().objective(id64, o -> o.perspective("financial")).build();
    }

    @Test
    void malformedIdsOfEveryElementKind() {
      only(Scorecard.builder("9").perspective(Perspective.FINANCIAL), "9", ProblemCode.MALFORMED_ID);
      only(card().perspective(Perspective.of("a b", "A B")), "a b", ProblemCode.MALFORMED_ID);
      only(card().theme("th eme", "Theme"), "th eme", ProblemCode.MALFORMED_ID);
    }

    @Test
    void duplicateIdsAcrossObjectives() {
      Scorecard.Builder b =
          card().objective("more", o -> o
              .perspective("financial")
              .indicator("revenue", i -> i.lagging().baseline(0).target(1)));
      messageMentions(
          only(b, "revenue", ProblemCode.DUPLICATE_ID), "an indicator", "already used by");
    }

    @Test
    void anObjectiveMayNotReuseAPerspectiveId() {
      messageMentions(
          only(card().objective("financial", o -> o.perspective("financial")),
              "financial", ProblemCode.DUPLICATE_ID),
          "an objective", "a perspective");
    }
  }

  @Nested
  class References {
    @Test
    void objectiveToUnknownPerspective() {
      Problem p =
          only(card().objective("x", o -> o.perspective("people")),
              "x", ProblemCode.DANGLING_REFERENCE);
      messageMentions(p, "'people'", "perspective");
    }

    @Test
    void objectiveToUnknownTheme() {
      only(card().objective("x", o -> o.perspective("financial").theme("nope")),
          "x", ProblemCode.DANGLING_REFERENCE);
    }

    @Test
    void linkToUnknownObjective() {
      messageMentions(
          only(card().link("learn", "ghost"), "learn->ghost", ProblemCode.DANGLING_REFERENCE),
          "'ghost'", "not an element");
    }

    @Test
    void linkToAnIndicatorIsDangling() {
      messageMentions(
          only(card().link("revenue", "grow"), "revenue->grow", ProblemCode.DANGLING_REFERENCE),
          "is an indicator", "links connect objectives");
    }

    @Test
    void standaloneObjectiveWithoutPerspective() {
      ScorecardValidationException e =
          assertThrows(ScorecardValidationException.class, () -> Objective.builder("o").build());
      assertEquals(ProblemCode.MISSING_ATTRIBUTE, e.problems().get(0).code());
      assertEquals(1, e.problems().size());
    }
  }

  @Nested
  class Numbers {
    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteIndicatorNumbers(double bad) {
      List<UnaryOperator<Indicator.Builder>> breakers =
          List.of(
              i -> i.baseline(bad),
              i -> i.target(bad),
              i -> i.min(bad),
              i -> i.max(bad),
              i -> i.thresholds(bad, 100),
              i -> i.weight(bad),
              i -> i.cap(bad),
              i -> i.scoring(ScoringSpec.of("linear", Map.of("k", bad))),
              i -> i.scoring(ScoringSpec.bands(List.of(Band.of(0, bad, 1)))),
              i -> i.scoring(ScoringSpec.piecewise(List.of(Point.of(0, 0), Point.of(bad, 1)))),
              i -> i.target(Target.schedule(List.of(ScheduledTarget.of(
                  LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), bad)))));
      for (UnaryOperator<Indicator.Builder> breaker : breakers) {
        Problem p = only(revenue(breaker), "revenue", ProblemCode.NON_FINITE_NUMBER);
        messageMentions(p, "finite", String.valueOf(bad));
      }
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
    void nonFiniteNumbersOutsideIndicators(double bad) {
      only(card().objective("x", o -> o.perspective("financial").weight(bad)),
          "x", ProblemCode.NON_FINITE_NUMBER);
      only(card().perspective(Perspective.of("people", "People").withWeight(bad)),
          "people", ProblemCode.NON_FINITE_NUMBER);
      only(card().aggregation(AggregationSpec.powerMean(bad)), "sales",
          ProblemCode.NON_FINITE_NUMBER);
      only(card().defaults(ScorecardDefaults.DEFAULT.withMinimumCoverage(bad)), "sales",
          ProblemCode.NON_FINITE_NUMBER);
      only(card().defaults(ScorecardDefaults.DEFAULT.withCutoffs(StatusCutoffs.of(bad, 0.7))),
          "sales", ProblemCode.NON_FINITE_NUMBER);
      only(card().link(new CauseEffectLink("learn", "keep", bad, LinkSign.POSITIVE)),
          "learn->keep", ProblemCode.NON_FINITE_NUMBER);
    }

    @Test
    void negativeWeights() {
      only(revenue(i -> i.weight(-1)), "revenue", ProblemCode.NEGATIVE_WEIGHT);
      only(card().objective("x", o -> o.perspective("financial").weight(-0.5)),
          "x", ProblemCode.NEGATIVE_WEIGHT);
      messageMentions(
          only(card().perspective(Perspective.of("people", "People").withWeight(-2)),
              "people", ProblemCode.NEGATIVE_WEIGHT),
          "-2");
    }

    @Test
    void allZeroWeightsOnEachLevel() {
      only(revenue(i -> i.weight(0)), "grow", ProblemCode.ALL_WEIGHTS_ZERO);
      only(card().objective("grow2", o -> o.perspective("learning-and-growth").weight(0))
              .objective("x", o -> o.perspective("people").weight(0))
              .perspective(Perspective.of("people", "People")),
          "people", ProblemCode.ALL_WEIGHTS_ZERO);
      Scorecard.Builder zeroPerspectives = Scorecard.builder("z");
      for (Perspective p : Perspective.standard()) {
        zeroPerspectives.perspective(p.withWeight(0));
      }
      only(zeroPerspectives, "z", ProblemCode.ALL_WEIGHTS_ZERO);
    }

    @Test
    void zeroWeightOnOneOfSeveralIsFine() {
      card().objective("more", o -> o
              .perspective("financial")
              .indicator("a", i -> i.lagging().baseline(0).target(1).weight(0))
              .indicator("b", i -> i.lagging().baseline(0).target(1)))
          .build();
    }

    @Test
    void capBelowOne() {
      messageMentions(
          only(revenue(i -> i.cap(0.9)), "revenue", ProblemCode.CAP_BELOW_ONE), "0.9");
      revenue(i -> i.cap(1.5)).build();
    }

    @Test
    void valuesOutOfRange() {
      only(card().defaults(ScorecardDefaults.DEFAULT.withMinimumCoverage(1.5)),
          "sales", ProblemCode.VALUE_OUT_OF_RANGE);
      only(card().defaults(ScorecardDefaults.DEFAULT.withCutoffs(StatusCutoffs.of(0.5, 0.8))),
          "sales", ProblemCode.VALUE_OUT_OF_RANGE);
      only(revenue(i -> i.scoring(ScoringSpec.bands(List.of(Band.of(0, 10, -1))))),
          "revenue", ProblemCode.VALUE_OUT_OF_RANGE);
      only(card().link(new CauseEffectLink("learn", "keep", 2, LinkSign.POSITIVE)),
          "learn->keep", ProblemCode.VALUE_OUT_OF_RANGE);
    }
  }

  @Nested
  class Consistency {
    @Test
    void higherIsBetterWithTargetBelowBaseline() {
      messageMentions(
          only(revenue(i -> i.target(90)), "revenue", ProblemCode.POLARITY_INCONSISTENT),
          "higher is better", "90", "100");
    }

    @Test
    void lowerIsBetterWithTargetAboveBaseline() {
      only(card(i -> i, i -> i.target(5).thresholds(5, 6)), "returns",
          ProblemCode.POLARITY_INCONSISTENT);
    }

    @Test
    void scheduledTargetAgainstPolarity() {
      Target schedule =
          Target.schedule(List.of(
              ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), 110),
              ScheduledTarget.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), 95)));
      messageMentions(
          only(revenue(i -> i.target(schedule)), "revenue", ProblemCode.POLARITY_INCONSISTENT),
          "95");
    }

    @Test
    void targetEqualToBaselineIsFine() {
      revenue(i -> i.target(100)).build();
    }

    @Test
    void thresholdsInTheWrongOrder() {
      only(revenue(i -> i.thresholds(100, 120)), "revenue", ProblemCode.THRESHOLD_ORDER);
      only(card(i -> i, i -> i.thresholds(4, 2)), "returns", ProblemCode.THRESHOLD_ORDER);
      only(revenue(i -> i.inRange().thresholds(Thresholds.range(10, 20, 15, 30))
              .scoring(ScoringSpec.inRange(10, 20, 5))),
          "revenue", ProblemCode.THRESHOLD_ORDER);
      revenue(i -> i.thresholds(110, 110)).build();
    }

    @Test
    void thresholdsOfTheWrongShape() {
      only(revenue(i -> i.thresholds(Thresholds.range(10, 20, 5, 30))),
          "revenue", ProblemCode.THRESHOLD_POLARITY_MISMATCH);
      only(revenue(i -> i.inRange()), "revenue", ProblemCode.THRESHOLD_POLARITY_MISMATCH);
    }

    @Test
    void overlappingBands() {
      messageMentions(
          only(revenue(i -> i.scoring(ScoringSpec.bands(List.of(
                  Band.of(0, 50, 0), Band.of(40, 100, 0.5), Band.of(100, 200, 1))))),
              "revenue", ProblemCode.OVERLAPPING_BANDS),
          "[0.0, 50.0)", "[40.0, 100.0)");
      revenue(i -> i.scoring(ScoringSpec.bands(List.of(Band.of(50, 100, 1), Band.of(0, 50, 0)))))
          .build();
    }

    @Test
    void overlappingScheduleEntries() {
      Target schedule =
          Target.schedule(List.of(
              ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 2), 110),
              ScheduledTarget.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), 120)));
      only(revenue(i -> i.target(schedule)), "revenue", ProblemCode.OVERLAPPING_PERIODS);
    }

    @Test
    void emptyIntervals() {
      only(revenue(i -> i.scoring(ScoringSpec.bands(List.of(Band.of(5, 5, 1))))),
          "revenue", ProblemCode.EMPTY_INTERVAL);
      messageMentions(
          only(revenue(i -> i.bounds(1000, 1000)), "revenue", ProblemCode.EMPTY_INTERVAL),
          "min 1000.0", "max 1000.0");
      only(revenue(i -> i.target(Target.schedule(List.of(ScheduledTarget.of(
              LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), 120))))),
          "revenue", ProblemCode.EMPTY_INTERVAL);
    }

    @Test
    void piecewisePointsMustStrictlyIncrease() {
      only(revenue(i -> i.scoring(ScoringSpec.piecewise(List.of(
              Point.of(0, 0), Point.of(10, 0.5), Point.of(10, 1))))),
          "revenue", ProblemCode.NOT_STRICTLY_INCREASING);
    }

    @Test
    void valuesOutsideMinMax() {
      messageMentions(
          only(revenue(i -> i.baseline(-5)), "revenue", ProblemCode.OUTSIDE_MIN_MAX),
          "baseline -5.0", "below min 0.0");
      List<Problem> ps = problems(revenue(i -> i.bounds(105, 1000)));
      assertEquals(
          List.of(ProblemCode.OUTSIDE_MIN_MAX, ProblemCode.OUTSIDE_MIN_MAX),
          ps.stream().map(Problem::code).toList(), ps::toString);
    }

    @Test
    void missingAttributes() {
      Scorecard.Builder noKind =
          card().objective("x", o -> o
              .perspective("financial")
              .indicator("k", i -> i.baseline(0).target(1)));
      messageMentions(only(noKind, "k", ProblemCode.MISSING_ATTRIBUTE), "kind");
      only(Scorecard.builder("empty"), "empty", ProblemCode.MISSING_ATTRIBUTE);
      only(revenue(i -> i.target(Target.schedule(List.of()))),
          "revenue", ProblemCode.MISSING_ATTRIBUTE);
    }

    @Test
    void formulaText() {
      only(revenue(i -> i.formula("  ")), "revenue", ProblemCode.BLANK_TEXT);
      only(revenue(i -> i.scoring("")), "revenue", ProblemCode.BLANK_TEXT);
      messageMentions(
          only(revenue(i -> i.formula("a".repeat(4097))), "revenue", ProblemCode.TEXT_TOO_LONG),
          "4097", "4096");
      revenue(i -> i.formula("a".repeat(4096))).build();
    }

    @Test
    void emptyObjectiveIsFine() {
      card().objective("later", o -> o.perspective("financial")).build();
    }
  }

  @Nested
  class Links {
    @Test
    void selfLink() {
      only(card().link("grow", "grow"), "grow->grow", ProblemCode.SELF_LINK);
    }

    @Test
    void duplicateLink() {
      only(card().link("learn", "fast"), "learn->fast", ProblemCode.DUPLICATE_LINK);
    }

    @Test
    void aCycleIsReportedOnceFromItsFirstDefinedObjective() {
      Problem p = only(card().link("grow", "fast"), "grow", ProblemCode.LINK_CYCLE);
      messageMentions(p, "grow -> fast -> keep -> grow");
    }

    @Test
    void twoDisjointCyclesAreTwoProblems() {
      Scorecard.Builder b = card().link("grow", "keep").link("fast", "learn");
      List<Problem> ps = problems(b);
      assertEquals(List.of("grow", "fast"), ps.stream().map(Problem::elementId).toList());
      ps.forEach(p -> assertEquals(ProblemCode.LINK_CYCLE, p.code()));
      messageMentions(ps.get(0), "grow -> keep -> grow");
      messageMentions(ps.get(1), "fast -> learn -> fast");
    }

    @Test
    void aDiamondIsNotACycle() {
      card().objective("a", o -> o.perspective("financial"))
          .link("learn", "keep")
          .link("learn", "grow")
          .build();
    }
  }

  @Test
  void everyProblemOfAWholeDefinitionAtOnceInDefinitionOrder() {
    Consumer<Objective.Builder> broken = o -> o
        .perspective("people")
        .indicator("9lives", i -> i.lagging().baseline(0).target(1))
        .indicator("nan", i -> i.leading().baseline(0).target(Double.NaN));
    Scorecard.Builder b =
        card()
            .perspective(Perspective.of("money", "Money").withWeight(-1))
            .objective("broken", broken)
            .link("grow", "learn");
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class, b::build);
    assertEquals(
        List.of(
            "money NEGATIVE_WEIGHT",
            "9lives MALFORMED_ID",
            "nan NON_FINITE_NUMBER",
            "broken DANGLING_REFERENCE",
            "grow LINK_CYCLE"),
        e.problems().stream().map(p -> p.elementId() + " " + p.code()).toList());
    String[] lines = e.getMessage().split("\n");
    assertEquals("scorecard 'sales' is invalid: 5 problems", lines[0]);
    assertEquals(6, lines.length);
    for (int k = 0; k < e.problems().size(); k++) {
      assertEquals("  - " + e.problems().get(k), lines[k + 1]);
    }
    assertTrue(e.has(ProblemCode.LINK_CYCLE));
  }

  @Test
  void standaloneBuildersReportAllTheirOwnProblems() {
    ScorecardValidationException e =
        assertThrows(
            ScorecardValidationException.class,
            () -> Indicator.builder("x y").baseline(Double.NaN).cap(0.5).weight(-1).build());
    assertEquals(
        List.of(
            ProblemCode.MALFORMED_ID,
            ProblemCode.MISSING_ATTRIBUTE,
            ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.NEGATIVE_WEIGHT,
            ProblemCode.CAP_BELOW_ONE),
        e.problems().stream().map(Problem::code).toList());
    ScorecardValidationException o =
        assertThrows(
            ScorecardValidationException.class,
            () -> Objective.builder("o")
                .perspective("financial")
                .indicator("a", i -> i.lagging().baseline(0).target(1))
                .indicator("a", i -> i.lagging().baseline(0).target(1).cap(0))
                .build());
    assertEquals(
        List.of(ProblemCode.CAP_BELOW_ONE, ProblemCode.DUPLICATE_ID),
        o.problems().stream().map(Problem::code).toList());
  }

  @Test
  void nullsAreRejectedAtOnceNamingTheParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Indicator.builder("a").name(null));
    assertEquals("name", e.getMessage());
    assertEquals(
        "perspectiveId",
        assertThrows(NullPointerException.class, () -> Objective.builder("o").perspective((String) null))
            .getMessage());
    assertEquals(
        "id", assertThrows(NullPointerException.class, () -> Scorecard.builder(null)).getMessage());
    assertEquals(
        "spec",
        assertThrows(NullPointerException.class, () -> Scorecard.builder("s").objective("o", null))
            .getMessage());
  }
}
