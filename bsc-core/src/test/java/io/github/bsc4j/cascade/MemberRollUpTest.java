package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.SalesTeamFixture.ACTIVE;
import static io.github.bsc4j.cascade.SalesTeamFixture.ENGINE;
import static io.github.bsc4j.cascade.SalesTeamFixture.FEB;
import static io.github.bsc4j.cascade.SalesTeamFixture.JAN;
import static io.github.bsc4j.cascade.SalesTeamFixture.MAR;
import static io.github.bsc4j.cascade.SalesTeamFixture.MEMBERS;
import static io.github.bsc4j.cascade.SalesTeamFixture.Q1;
import static io.github.bsc4j.cascade.SalesTeamFixture.ROLL_UPS;
import static io.github.bsc4j.cascade.SalesTeamFixture.SALES;
import static io.github.bsc4j.cascade.SalesTeamFixture.TEAM_OWN;
import static io.github.bsc4j.cascade.SalesTeamFixture.north;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.IndicatorDetail;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Status;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Member roll-ups on the hand-computed team of {@link SalesTeamFixture}. */
class MemberRollUpTest {

  static OptionalDouble month(TeamMeasurements m, String id, YearMonth month) {
    return m.value(id, Period.month(month));
  }

  static void assertMonths(String id, double jan, double feb, double mar) {
    TeamMeasurements m = north();
    assertEquals(OptionalDouble.of(jan), month(m, id, JAN), id + " Jan");
    assertEquals(OptionalDouble.of(feb), month(m, id, FEB), id + " Feb");
    assertEquals(OptionalDouble.of(mar), month(m, id, MAR), id + " Mar");
  }

  @Test
  void sumAddsTheActiveMembersWithDataAndLeavesTheJoinersEarlierMonthOut() {
    assertMonths("team-revenue", 240, 240, 290); // Jan without dan's 999; Feb without ben
  }

  @Test
  void averageIsOverTheMembersWithData() {
    assertMonths("avg-revenue", 80, 80, 72.5);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleOfAnEvenCountTheMeanOfTheTwoMiddleValues() {
    assertMonths("median-revenue", 80, 70, 75); // Mar: (60 + 90) / 2
  }

  @Test
  void minAndMax() {
    assertMonths("min-revenue", 60, 50, 30);
    assertMonths("max-revenue", 100, 120, 110);
  }

  @Test
  void countIsTheActiveMembersWhateverTheirData() {
    assertMonths("headcount", 3, 4, 4); // ben, without February data, still counts
  }

  static double actual(ScorecardResult r, String id) {
    return r.node(id).orElseThrow().indicator().orElseThrow().actual().orElseThrow();
  }

  @Test
  void overAQuarterTheEngineRollsTheTeamsMonthlyValuesUpByTheTeamIndicatorsOwnRollUp() {
    ScorecardResult r = ENGINE.evaluate(SALES.team().plan(), "north", north(), Q1);
    assertEquals("north", r.subjectId());
    assertEquals(770, actual(r, "team-revenue"), 0.0); // SUM 240 + 240 + 290
    assertEquals(77.5, actual(r, "avg-revenue"), 0.0); // AVERAGE (80 + 80 + 72.5) / 3
    assertEquals(75, actual(r, "median-revenue"), 0.0); // AVERAGE (80 + 70 + 75) / 3
    assertEquals(30, actual(r, "min-revenue"), 0.0); // MIN
    assertEquals(120, actual(r, "max-revenue"), 0.0); // MAX
    assertEquals(4, actual(r, "headcount"), 0.0); // LAST
    assertEquals(192.5, actual(r, "revenue-per-head"), 0.0); // 770 / 4
    assertEquals(35, actual(r, "team-nps"), 0.0); // the team's own measurement
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void monthFirstDiffersFromMemberFirstForAverage() {
    // Each member over the quarter first (ann 110, ben 85, cay 63.33, dan 40), then across the
    // four: 74.58. Month by month first gives 77.5: a member-month weighs the same whoever has it.
    double memberFirst = MemberFunction.AVERAGE.combine(
        new double[] {110, 85, (60 + 70 + 60) / 3.0, 40}, 4).orElseThrow();
    assertEquals(74.583333, memberFirst, 1e-6);
    ScorecardResult r = ENGINE.evaluate(SALES.team().plan(), "north", north(), Q1);
    assertEquals(77.5, actual(r, "avg-revenue"), 0.0);
  }

  @Test
  void aTeamWithNoActiveMemberHasNoDataNeverADivisionByZero() {
    TeamMeasurements empty = TeamMeasurements.of(SALES, Map.of(), MEMBERS, TEAM_OWN);
    ScorecardResult r = ENGINE.evaluate(SALES.team().plan(), "empty", empty, Q1);
    for (String id : List.of("team-revenue", "avg-revenue", "median-revenue", "min-revenue",
        "max-revenue", "headcount", "revenue-per-head")) {
      IndicatorDetail d = r.node(id).orElseThrow().indicator().orElseThrow();
      assertEquals(OptionalDouble.empty(), d.actual(), id);
      assertEquals(Status.NO_DATA, r.node(id).orElseThrow().status(), id);
    }
    assertEquals(OptionalDouble.empty(), empty.value("headcount", Period.month(JAN)));
  }

  @Test
  void membersWithoutAnyDataGiveNoValueButStillCount() {
    TeamMeasurements silent = TeamMeasurements.of(SALES, ACTIVE, Map.of(), TEAM_OWN);
    assertEquals(OptionalDouble.empty(), month(silent, "team-revenue", JAN));
    assertEquals(OptionalDouble.empty(), month(silent, "avg-revenue", JAN));
    assertEquals(OptionalDouble.of(3), month(silent, "headcount", JAN));
    ScorecardResult r = ENGINE.evaluate(SALES.team().plan(), "silent", silent, Q1);
    assertEquals(Status.NO_DATA, r.node("team-revenue").orElseThrow().status());
    assertEquals(Status.NO_DATA, r.node("revenue-per-head").orElseThrow().status());
    assertEquals(4, actual(r, "headcount"), 0.0);
  }

  @Test
  void zeroCountsAMemberWithoutDataAsZeroStrictWantsEveryActiveMember() {
    TeamTemplate zero = TeamTemplate.of(SALES.team(), SALES.member(), List.of(
        MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM)
            .withMissingData(MissingDataPolicy.ZERO),
        MemberRollUp.of("avg-revenue", "revenue", MemberFunction.AVERAGE)
            .withMissingData(MissingDataPolicy.ZERO),
        MemberRollUp.of("min-revenue", "revenue", MemberFunction.MIN)
            .withMissingData(MissingDataPolicy.STRICT)), List.of());
    TeamMeasurements m = TeamMeasurements.of(zero, ACTIVE, MEMBERS, MeasurementSource.EMPTY);
    assertEquals(OptionalDouble.of(240), month(m, "team-revenue", FEB));
    assertEquals(OptionalDouble.of(60), month(m, "avg-revenue", FEB)); // 240 / 4, ben as 0
    assertEquals(OptionalDouble.of(60), month(m, "min-revenue", JAN));
    assertEquals(OptionalDouble.empty(), month(m, "min-revenue", FEB)); // ben has no value
    TeamMeasurements nobody = TeamMeasurements.of(zero, Map.of(), MEMBERS, MeasurementSource.EMPTY);
    assertEquals(OptionalDouble.empty(), month(nobody, "team-revenue", FEB),
        "ZERO has no member to count as 0 in a month without active members");
    TeamMeasurements silent = TeamMeasurements.of(zero, ACTIVE, Map.of(), MeasurementSource.EMPTY);
    assertEquals(OptionalDouble.empty(), month(silent, "team-revenue", FEB),
        "a month in which nobody reported is no value under ZERO, not a team of zeros");
    assertEquals(OptionalDouble.empty(), month(silent, "avg-revenue", FEB));
    ScorecardResult r = ENGINE.evaluate(zero.team().plan(), "north", m, Q1);
    assertEquals(Status.NO_DATA, r.node("min-revenue").orElseThrow().status(),
        "February has no value, so the quarter is partial (COMPLETE_ONLY)");
  }

  @Test
  void coverageCountsActiveMemberMonthsAndThoseWithData() {
    TeamMeasurements m = north();
    assertEquals(new RollUpCoverage("team-revenue", Q1, 10, 11), m.coverage("team-revenue", Q1));
    assertEquals(OptionalDouble.of(10.0 / 11), m.coverage("team-revenue", Q1).fraction());
    assertEquals(new RollUpCoverage("team-revenue", Period.month(FEB), 3, 4),
        m.coverage("team-revenue", Period.month(FEB)));
    assertEquals(new RollUpCoverage("headcount", Q1, 11, 11), m.coverage("headcount", Q1));
    RollUpCoverage none = TeamMeasurements.of(SALES, Map.of(), MEMBERS, TEAM_OWN)
        .coverage("team-revenue", Q1);
    assertEquals(OptionalDouble.empty(), none.fraction());
    assertTrue(none.complete());
    assertThrows(IllegalArgumentException.class, () -> m.coverage("team-nps", Q1));
  }

  @Test
  void indicatorIdsListTheRolledUpIndicatorsThenTheTeamsOwn() {
    assertEquals(List.of("team-revenue", "avg-revenue", "median-revenue", "min-revenue",
        "max-revenue", "headcount", "team-nps"), List.copyOf(north().indicatorIds()));
    assertEquals(new LinkedHashSet<>(List.of("team-revenue", "avg-revenue", "median-revenue",
        "min-revenue", "max-revenue", "headcount")),
        TeamMeasurements.of(SALES, ACTIVE, MEMBERS, MeasurementSource.EMPTY).indicatorIds());
  }

  @Test
  void longerPeriodsAndPeriodsOfDaysHaveNoValueOfTheirOwn() {
    assertEquals(OptionalDouble.empty(), north().value("team-revenue", Q1));
    assertEquals(OptionalDouble.empty(), north().value("team-revenue",
        Period.days(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 15))));
  }

  @Test
  void theTeamsOwnValuesOfARolledUpIndicatorAreRejectedNotIgnored() {
    Measurements own = Measurements.builder().put("team-revenue", Q1, 1).build();
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> TeamMeasurements.of(SALES, ACTIVE, MEMBERS, own));
    assertEquals(1, e.problems().size());
    assertEquals("team-revenue", e.problems().get(0).elementId());
    assertEquals(ProblemCode.DUPLICATE_ID, e.problems().get(0).code());
  }

  @Test
  void aMemberListedTwiceInAMonthIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> TeamMeasurements.of(
        SALES, Map.of(JAN, List.of("ann", "ann")), MEMBERS, TEAM_OWN));
  }

  @Test
  void aMembersNonFiniteOrNullValueIsRejectedNamingTheIndicator() {
    MeasurementSource nan = (id, p) -> OptionalDouble.of(Double.NaN);
    TeamMeasurements m = TeamMeasurements.of(SALES, ACTIVE, Map.of("ann", nan), TEAM_OWN);
    InvalidMeasurementException e = assertThrows(InvalidMeasurementException.class,
        () -> month(m, "team-revenue", JAN));
    assertTrue(e.getMessage().contains("revenue"), e.getMessage());
    MeasurementSource nul = (id, p) -> null;
    TeamMeasurements n = TeamMeasurements.of(SALES, ACTIVE, Map.of("ann", nul), TEAM_OWN);
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> month(n, "team-revenue", JAN));
    assertTrue(npe.getMessage().contains("'ann'"), npe.getMessage());
  }

  @Test
  void rollUpsAreTheSameRecordsTheTemplateWasGiven() {
    assertEquals(ROLL_UPS, SALES.rollUps());
    assertEquals(ROLL_UPS.get(5), SALES.rollUp("headcount").orElseThrow());
    assertTrue(SALES.rollUp("team-nps").isEmpty());
    assertTrue(SALES.isCollaborative("team-revenue"));
    assertTrue(!SALES.isCollaborative("headcount"));
  }
}
