package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.SalesTeamFixture.ENGINE;
import static io.github.bsc4j.cascade.SalesTeamFixture.FEB;
import static io.github.bsc4j.cascade.SalesTeamFixture.JAN;
import static io.github.bsc4j.cascade.SalesTeamFixture.MAR;
import static io.github.bsc4j.cascade.SalesTeamFixture.MEMBERS;
import static io.github.bsc4j.cascade.SalesTeamFixture.Q1;
import static io.github.bsc4j.cascade.SalesTeamFixture.SALES;
import static io.github.bsc4j.cascade.SalesTeamFixture.TEAM_OWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Member roll-ups over the members an {@link Organisation} lists, month by month. */
class OrganisationRollUpTest {

  /**
   * The worked team as an organisation: north has ann, ben, cay from January and dan from
   * February; eve is in south in January and moves to west in February; empty has nobody.
   */
  static final Organisation ACME = Organisation.builder("acme")
      .unit("region", "Region", "acme")
      .team("north", "North", "region")
      .team("south", "South", "region")
      .team("west", "West", "region")
      .team("empty", "Empty", "region")
      .person("ann", "Ann").person("ben", "Ben").person("cay", "Cay").person("dan", "Dan")
      .person("eve", "Eve")
      .membership("dan", "north", FEB) // added first: the order of memberships does not matter
      .membership("ann", "north", JAN)
      .membership("cay", "north", JAN)
      .membership("ben", "north", JAN)
      .membership("eve", "south", JAN, JAN)
      .membership("eve", "west", FEB)
      .build();

  static final Map<String, MeasurementSource> PEOPLE = people();

  static Map<String, MeasurementSource> people() {
    Map<String, MeasurementSource> m = new HashMap<>(MEMBERS);
    m.put("eve", SalesTeamFixture.revenue(JAN, 10, FEB, 20, MAR, 30));
    return Map.copyOf(m);
  }

  static TeamMeasurements team(String id) {
    return TeamMeasurements.of(SALES, ACME, id, PEOPLE, TEAM_OWN);
  }

  static double actual(ScorecardResult r, String id) {
    return r.node(id).orElseThrow().indicator().orElseThrow().actual().orElseThrow();
  }

  @Test
  void theOrganisationsMembersGiveTheWorkedTeamsNumbers() {
    ScorecardResult r = ENGINE.evaluate(SALES.team().plan(), "north", team("north"), Q1);
    assertEquals(770, actual(r, "team-revenue"), 0.0);
    assertEquals(77.5, actual(r, "avg-revenue"), 0.0);
    assertEquals(75, actual(r, "median-revenue"), 0.0);
    assertEquals(30, actual(r, "min-revenue"), 0.0);
    assertEquals(120, actual(r, "max-revenue"), 0.0);
    assertEquals(4, actual(r, "headcount"), 0.0);
    assertEquals(192.5, actual(r, "revenue-per-head"), 0.0);
    assertEquals(new RollUpCoverage("team-revenue", Q1, 10, 11),
        team("north").coverage("team-revenue", Q1));
  }

  @Test
  void aPersonWhoMovedCountsInEachTeamForTheirMonthsThere() {
    assertEquals(OptionalDouble.of(10), team("south").value("team-revenue", Period.month(JAN)));
    assertEquals(OptionalDouble.empty(), team("south").value("team-revenue", Period.month(FEB)));
    assertEquals(OptionalDouble.empty(), team("west").value("team-revenue", Period.month(JAN)));
    assertEquals(OptionalDouble.of(20), team("west").value("team-revenue", Period.month(FEB)));
    assertEquals(new RollUpCoverage("headcount", Q1, 1, 1),
        team("south").coverage("headcount", Q1));
    assertEquals(new RollUpCoverage("team-revenue", Q1, 2, 2),
        team("west").coverage("team-revenue", Q1));
    ScorecardResult south = ENGINE.evaluate(SALES.team().plan(), "south", team("south"), Q1);
    assertEquals(Status.NO_DATA, south.node("team-revenue").orElseThrow().status(),
        "south has no member after January, so its quarter is partial (COMPLETE_ONLY)");
  }

  @Test
  void aTeamWithNoActiveMemberIsNoDataNeverADivisionByZero() {
    ScorecardResult r = ENGINE.evaluate(SALES.team().plan(), "empty", team("empty"), Q1);
    for (String id : List.of("team-revenue", "avg-revenue", "median-revenue", "min-revenue",
        "max-revenue", "headcount", "revenue-per-head")) {
      assertEquals(Status.NO_DATA, r.node(id).orElseThrow().status(), id);
      assertEquals(OptionalDouble.empty(),
          r.node(id).orElseThrow().indicator().orElseThrow().actual(), id);
    }
  }

  @Test
  void aTeamTheOrganisationLacksIsRejected() {
    UnknownSubjectException e = assertThrows(UnknownSubjectException.class,
        () -> TeamMeasurements.of(SALES, ACME, "ann", PEOPLE, TEAM_OWN));
    assertEquals(ProblemCode.DANGLING_REFERENCE, e.problems().get(0).code());
    assertEquals("ann", e.problems().get(0).elementId());
    assertThrows(UnknownSubjectException.class,
        () -> TeamMeasurements.of(SALES, ACME, "nobody", PEOPLE, TEAM_OWN));
  }

  @Test
  void measurementsForUnknownSubjectsAreReportedNeverDropped() {
    List<Problem> problems = MeasuredSubjects.unknown(ACME,
        List.of("zoe", "ann", "north", "acme", "region", "bob", "zoe"));
    assertEquals(List.of(
        new Problem("bob", ProblemCode.UNKNOWN_SUBJECT, "measurements are given for 'bob', which"
            + " is not a subject of organisation 'acme'"),
        new Problem("zoe", ProblemCode.UNKNOWN_SUBJECT, "measurements are given for 'zoe', which"
            + " is not a subject of organisation 'acme'")), problems);
    assertEquals(List.of(), MeasuredSubjects.unknown(ACME, PEOPLE.keySet()));
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> MeasuredSubjects.requireKnown(ACME, List.of("bob", "ann", "zoe")));
    assertEquals(problems, e.problems());
    MeasuredSubjects.requireKnown(ACME, List.of("ann", "north"));
  }
}
