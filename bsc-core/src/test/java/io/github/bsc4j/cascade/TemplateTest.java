package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.SalesTeamFixture.ENGINE;
import static io.github.bsc4j.cascade.SalesTeamFixture.PERSON;
import static io.github.bsc4j.cascade.SalesTeamFixture.PERSON_TEMPLATE;
import static io.github.bsc4j.cascade.SalesTeamFixture.TEAM;
import static io.github.bsc4j.cascade.SalesTeamFixture.TEAM_TEMPLATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Templates: compiled once, validated with every problem at once. */
class TemplateTest {

  @Test
  void evaluatingAHundredThousandPeopleCompilesTheTemplateOnce() {
    AtomicInteger compiles = new AtomicInteger();
    Function<Scorecard, CompiledScorecard> counting = s -> {
      compiles.incrementAndGet();
      return ENGINE.compile(s);
    };
    ScorecardTemplate person = ScorecardTemplate.compile(ENGINE, PERSON, counting);
    CompiledScorecard plan = person.plan();
    Period march = Period.month(2026, 3);
    EvaluationOptions options = EvaluationOptions.DEFAULT;
    double total = 0;
    for (int i = 0; i < 100_000; i++) {
      Measurements m = Measurements.builder().put("revenue", march, i % 300).build();
      ScorecardResult r = person.evaluate("p" + i, m, march, options);
      total += r.node("revenue").orElseThrow().indicator().orElseThrow().actual().orElseThrow();
    }
    assertEquals(1, compiles.get(), "compiled once, for the template, never per person");
    assertSame(plan, person.plan(), "the one plan is reused");
    assertEquals(14_940_000, total, 0.0); // 333 cycles of 0..299 (44,850 each) + 0..99 (4,950)
  }

  @Test
  void aTemplateNamesItsScorecardAndEvaluatesWithItsEngine() {
    assertEquals("person", PERSON_TEMPLATE.id());
    assertSame(PERSON, PERSON_TEMPLATE.scorecard());
    assertSame(ENGINE, PERSON_TEMPLATE.engine());
    ScorecardTemplate again = ScorecardTemplate.of(ENGINE, PERSON_TEMPLATE.plan());
    assertSame(PERSON_TEMPLATE.plan(), again.plan());
    ScorecardResult r = again.evaluate("ann", SalesTeamFixture.revenue(
        SalesTeamFixture.JAN, 100), Period.month(2026, 1));
    assertEquals("ann", r.subjectId());
    assertEquals(100, r.node("revenue").orElseThrow().indicator().orElseThrow().actual()
        .orElseThrow(), 0.0);
  }

  @Test
  void everyProblemOfATeamTemplateIsReportedAtOnceNamingTemplateAndIndicator() {
    List<MemberRollUp> rollUps = List.of(
        MemberRollUp.of("nope", "revenue", MemberFunction.SUM),
        MemberRollUp.of("revenue-per-head", "revenue", MemberFunction.SUM),
        MemberRollUp.of("team-revenue", "nope-m", MemberFunction.SUM),
        MemberRollUp.of("avg-revenue", "revenue-per-deal", MemberFunction.AVERAGE),
        MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM),
        MemberRollUp.of("max-revenue", "win-rate", MemberFunction.SUM),
        MemberRollUp.of("min-revenue", "win-rate", MemberFunction.AVERAGE),
        MemberRollUp.count("headcount").withMissingData(MissingDataPolicy.ZERO));
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> TeamTemplate.of(TEAM_TEMPLATE, PERSON_TEMPLATE, rollUps,
            List.of("ghost", "team-revenue", "team-revenue")));
    assertEquals(List.of(
        new Problem("nope", ProblemCode.DANGLING_REFERENCE,
            "team template 'team' has no indicator 'nope' to roll members up onto"),
        new Problem("revenue-per-head", ProblemCode.INVALID_MEMBER_ROLL_UP,
            "team template 'team': team indicator 'revenue-per-head' is derived (it has a"
                + " formula), so it cannot also be rolled up from members"),
        new Problem("team-revenue", ProblemCode.DANGLING_REFERENCE,
            "team template 'team': the roll-up onto 'team-revenue' is over 'nope-m', which"
                + " member template 'person' lacks"),
        new Problem("avg-revenue", ProblemCode.INVALID_MEMBER_ROLL_UP,
            "team template 'team': the roll-up onto 'avg-revenue' is over 'revenue-per-deal', a"
                + " derived indicator of member template 'person' that no member's measurements"
                + " hold; roll its formula's inputs up and derive the team value from them"),
        new Problem("team-revenue", ProblemCode.DUPLICATE_ID,
            "team template 'team': team indicator 'team-revenue' has more than one member"
                + " roll-up"),
        new Problem("max-revenue", ProblemCode.NON_ADDITIVE_ROLL_UP,
            "team template 'team': the roll-up onto 'max-revenue' is the SUM of 'win-rate', a"
                + " percentage, and members' percentages do not add up; use AVERAGE or MEDIAN,"
                + " or sum the numerator and the denominator and derive the team's rate from"
                + " them"),
        new Problem("ghost", ProblemCode.DANGLING_REFERENCE,
            "team template 'team' has no indicator 'ghost' to mark collaborative"),
        new Problem("team-revenue", ProblemCode.DUPLICATE_ID,
            "team template 'team': 'team-revenue' is named collaborative more than once")),
        e.problems());
    assertTrue(e.getMessage().startsWith("team template 'team'"), e.getMessage());
  }

  @Test
  void aSumOfARatioIsRejectedASumOfALevelIsNot() {
    Scorecard member = Scorecard.builder("m")
        .perspective(io.github.bsc4j.model.Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("pipeline", i -> i.leading().unit(io.github.bsc4j.model.Unit.level("EUR"))
                .rollUp(io.github.bsc4j.model.RollUp.LAST).baseline(0).target(1))
            .indicator("conversion", i -> i.leading().unit(io.github.bsc4j.model.Unit.ratio())
                .rollUp(io.github.bsc4j.model.RollUp.AVERAGE).baseline(0).target(1)))
        .build();
    ScorecardTemplate m = ScorecardTemplate.compile(ENGINE, member);
    TeamTemplate ok = TeamTemplate.of(TEAM_TEMPLATE, m,
        List.of(MemberRollUp.of("max-revenue", "pipeline", MemberFunction.SUM)), List.of());
    assertEquals(1, ok.rollUps().size());
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> TeamTemplate.of(TEAM_TEMPLATE, m,
            List.of(MemberRollUp.of("max-revenue", "conversion", MemberFunction.SUM)),
            List.of()));
    assertEquals(ProblemCode.NON_ADDITIVE_ROLL_UP, e.problems().get(0).code());
    assertTrue(e.problems().get(0).message().contains("a ratio"), e.problems().get(0).message());
  }

  @Test
  void aRollUpChecksItsOwnShape() {
    assertThrows(IllegalArgumentException.class, () -> new MemberRollUp("headcount",
        Optional.of("revenue"), MemberFunction.COUNT, MissingDataPolicy.SKIP));
    assertThrows(IllegalArgumentException.class, () -> new MemberRollUp("team-revenue",
        Optional.empty(), MemberFunction.SUM, MissingDataPolicy.SKIP));
    assertThrows(IllegalArgumentException.class,
        () -> MemberRollUp.of("headcount", "revenue", MemberFunction.COUNT));
    assertEquals("MemberRollUp[teamIndicatorId=a\\nb, memberIndicatorId=Optional.empty,"
        + " function=COUNT, missingData=SKIP]", MemberRollUp.count("a\nb").toString());
  }

  @Test
  void nullsAreRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ScorecardTemplate.compile(null, TEAM));
    assertEquals("engine", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ScorecardTemplate.compile(ENGINE, null));
    assertEquals("scorecard", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> TeamTemplate.of(TEAM_TEMPLATE, null, List.of(), List.of()));
    assertEquals("member", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> MemberRollUp.of("a", "b", null));
    assertEquals("function", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> TeamMeasurements.of(SalesTeamFixture.SALES, null, java.util.Map.of(),
            Measurements.builder().build()));
    assertEquals("activeMembers", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> SalesTeamFixture.north().value(null, Period.month(2026, 1)));
    assertEquals("indicatorId", e.getMessage());
  }
}
