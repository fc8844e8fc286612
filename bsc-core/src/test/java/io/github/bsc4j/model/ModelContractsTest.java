package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value-type contracts of the model: equality by value, null-hostility everywhere. */
class ModelContractsTest {

  static Indicator.Builder revenue() {
    return Indicator.builder("revenue")
        .name("Revenue")
        .unit("EUR")
        .lagging()
        .baseline(100)
        .target(120)
        .thresholds(120, 100)
        .bounds(0, 1000)
        .rationale("why")
        .action(Status.OFF_TRACK, "act")
        .risk("gaming");
  }

  static Scorecard.Builder card() {
    return Scorecard.builder("card")
        .perspectives(Perspective.standard())
        .theme("t", "Theme")
        .objective("grow", o -> o.perspective("financial").theme("t").indicator(revenue().build()))
        .objective("learn", o -> o
            .perspective("learning-and-growth")
            .indicator("hours", i -> i.leading().baseline(1).target(2)))
        .link("learn", "grow");
  }

  @Test
  void indicatorsCompareByEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(revenue().build(), revenue().build(), revenue().build().toBuilder().build())
        .addEqualityGroup(revenue().name("Other").build())
        .addEqualityGroup(revenue().unit("USD").build())
        .addEqualityGroup(revenue().leading().build())
        .addEqualityGroup(revenue().baseline(99).build())
        .addEqualityGroup(revenue().target(121).build())
        .addEqualityGroup(revenue().thresholds(119, 100).build())
        .addEqualityGroup(revenue().max(999).build())
        .addEqualityGroup(revenue().weight(2).build())
        .addEqualityGroup(revenue().cap(1.2).build())
        .addEqualityGroup(revenue().scoring(ScoringSpec.ratio()).build())
        .addEqualityGroup(revenue().rollUp(RollUp.SUM).build())
        .addEqualityGroup(revenue().updateFrequency(UpdateFrequency.WEEKLY).build())
        .addEqualityGroup(revenue().rationale("other").build())
        .addEqualityGroup(revenue().action(Status.AT_RISK, "watch").build())
        .addEqualityGroup(revenue().risk("more").build())
        .addEqualityGroup(revenue().formula("a + b").build())
        .addEqualityGroup(revenue().description("d").build())
        .testEquals();
  }

  @Test
  void objectivesAndScorecardsCompareByValue() {
    Objective grow = card().build().objective("grow").orElseThrow();
    new EqualsTester()
        .addEqualityGroup(grow, grow.toBuilder().build())
        .addEqualityGroup(grow.toBuilder().weight(3).build())
        .addEqualityGroup(grow.toBuilder().owner("me").build())
        .addEqualityGroup(grow.toBuilder().aggregation(AggregationSpec.geometric()).build())
        .addEqualityGroup(grow.toBuilder().missingData(MissingDataPolicy.STRICT).build())
        .addEqualityGroup(grow.toBuilder().indicator("x", i -> i.leading().baseline(0).target(1))
            .build())
        .testEquals();
    Scorecard c = card().build();
    new EqualsTester()
        .addEqualityGroup(c, card().build(), c.toBuilder().build())
        .addEqualityGroup(card().name("Other").build())
        .addEqualityGroup(card().subjectKind(SubjectKind.PERSON).build())
        .addEqualityGroup(card().vision("v").build())
        .addEqualityGroup(card().missingData(MissingDataPolicy.ZERO).build())
        .addEqualityGroup(card().objective("x", o -> o.perspective("customer")).build())
        .addEqualityGroup(card().description("d").build())
        .testEquals();
  }

  @Test
  void recordsCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(Band.of(0, 1, 0.5), new Band(0, 1, 0.5))
        .addEqualityGroup(Band.of(0, 2, 0.5))
        .addEqualityGroup(Point.of(1, 1), new Point(1, 1))
        .addEqualityGroup(ScoringSpec.inRange(1, 2, 3), ScoringSpec.inRange(1, 2, 3))
        .addEqualityGroup(ScoringSpec.linear(), ScoringSpec.of("linear", Map.of()))
        .addEqualityGroup(AggregationSpec.powerMean(2), AggregationSpec.powerMean(2))
        .addEqualityGroup(Target.of(3), new Target.Constant(3))
        .addEqualityGroup(Thresholds.of(1, 2), new Thresholds.Directional(1, 2))
        .addEqualityGroup(Thresholds.range(1, 2, 0, 3))
        .addEqualityGroup(Perspective.FINANCIAL, Perspective.of("financial", "Financial"))
        .addEqualityGroup(Perspective.FINANCIAL.withWeight(2))
        .addEqualityGroup(CauseEffectLink.of("a", "b"), new CauseEffectLink("a", "b", 1, LinkSign.POSITIVE))
        .addEqualityGroup(StatusCutoffs.DEFAULT, StatusCutoffs.of(1.0, 0.7))
        .testEquals();
  }

  @Test
  void collectionsHandedOutAreUnmodifiable() {
    Scorecard c = card().build();
    assertThrows(UnsupportedOperationException.class, () -> c.perspectives().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.objectives().clear());
    assertThrows(UnsupportedOperationException.class, () -> c.indicators().clear());
    Indicator r = c.indicator("revenue").orElseThrow();
    assertThrows(UnsupportedOperationException.class, () -> r.risks().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> r.actions().clear());
    assertThrows(
        UnsupportedOperationException.class,
        () -> ScoringSpec.inRange(1, 2, 3).parameters().put("x", 1.0));
  }

  @Test
  void buildersDoNotShareStateWithWhatTheyBuilt() {
    Indicator.Builder b = revenue();
    Indicator first = b.build();
    b.risk("another").action(Status.AT_RISK, "watch");
    assertEquals(List.of("gaming"), first.risks());
    assertEquals(Map.of(Status.OFF_TRACK, "act"), first.actions());
  }

  @Test
  void everyPublicMethodRejectsNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Indicator.class, revenue().build())
        .setDefault(Objective.class, card().build().objective("grow").orElseThrow())
        .setDefault(Perspective.class, Perspective.FINANCIAL)
        .setDefault(Target.class, Target.of(1))
        .setDefault(Thresholds.class, Thresholds.of(1, 0))
        .setDefault(ScoringSpec.class, ScoringSpec.linear())
        .setDefault(AggregationSpec.class, AggregationSpec.weightedMean())
        .setDefault(StatusCutoffs.class, StatusCutoffs.DEFAULT)
        .setDefault(ScorecardDefaults.class, ScorecardDefaults.DEFAULT)
        .setDefault(Strategy.class, Strategy.NONE)
        .setDefault(StrategicTheme.class, StrategicTheme.of("t", "T"))
        .setDefault(CauseEffectLink.class, CauseEffectLink.of("a", "b"))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(String.class, "x");
    for (Class<?> type :
        List.of(
            Scorecard.class, Objective.class, Indicator.class, Perspective.class, Strategy.class,
            StrategicTheme.class, CauseEffectLink.class, ScoringSpec.class, AggregationSpec.class,
            Target.class, Target.Schedule.class, ScheduledTarget.class, Thresholds.class,
            Band.class, Point.class, StatusCutoffs.class, ScorecardDefaults.class, Problem.class,
            ScorecardValidationException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    Scorecard c = card().build();
    tester.testAllPublicInstanceMethods(c);
    tester.testAllPublicInstanceMethods(c.toBuilder());
    tester.testAllPublicInstanceMethods(c.objective("grow").orElseThrow());
    tester.testAllPublicInstanceMethods(Objective.builder("o"));
    tester.testAllPublicInstanceMethods(revenue().build());
    tester.testAllPublicInstanceMethods(revenue());
    tester.testAllPublicInstanceMethods(Perspective.FINANCIAL);
    tester.testAllPublicInstanceMethods(ScorecardDefaults.DEFAULT);
    tester.testAllPublicInstanceMethods(Target.of(1));
    tester.testAllPublicInstanceMethods(ScheduledTarget.of(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), 1));
    tester.testAllPublicInstanceMethods(ScoringSpec.linear());
  }
}
