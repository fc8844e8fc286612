package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.SalesOrganisationFixture.ACME;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.Q1;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.SALES;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.plan;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Status;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The hand-computed organisation of {@link SalesOrganisationFixture}, Q1 2026 (docs/cascades.md,
 * "Evaluating an organisation"). Scores are linear from 0 to the quarter's target (three monthly
 * targets), capped at 1.5; blend weights 1:1.
 */
class OrganisationEvaluationTest {
  private static final double EPS = 1e-12;

  private static OrganisationEvaluation q1() {
    return plan().evaluate(ACME, SubjectMeasurements.of(sources()), Q1);
  }

  private static void near(double expected, OptionalDouble actual) {
    assertTrue(actual.isPresent(), "no value, expected " + expected);
    assertEquals(expected, actual.getAsDouble(), EPS);
  }

  @Test
  void teamsAreEvaluatedOnTheirMembersRolledUp() {
    OrganisationEvaluation e = q1();
    assertEquals(List.of("north", "south"),
        e.teams().stream().map(TeamEvaluation::teamId).toList());
    TeamEvaluation north = e.team("north").orElseThrow();
    assertEquals("north", north.result().subjectId());
    // revenue 160 + 260 + 260 = 680 of 900; referrals 3 + 5 + 5 = 13 of 18
    near(680.0 / 900, north.result().node("team-revenue").orElseThrow().score());
    near(13.0 / 18, north.result().node("team-referrals").orElseThrow().score());
    near(133.0 / 180, north.result().score());
    assertEquals(Status.AT_RISK, north.result().status());
    TeamEvaluation south = e.team("south").orElseThrow();
    // revenue 320 + 200 (eli has no February) + 320 = 840; referrals 1 + 0 + 1 = 2
    near(840.0 / 900, south.result().node("team-revenue").orElseThrow().score());
    near(2.0 / 18, south.result().node("team-referrals").orElseThrow().score());
    near(47.0 / 90, south.result().score());
    assertEquals(Status.OFF_TRACK, south.result().status());
    // Member-months: north ana 3 + bob 3 + cid 2 (from February), all reported; south dee 3 and
    // eli 3, of which eli's February is missing.
    assertEquals(List.of(new RollUpCoverage("team-revenue", Q1, 8, 8),
        new RollUpCoverage("team-referrals", Q1, 8, 8)),
        List.copyOf(north.rollUpCoverage().values()));
    assertEquals(new RollUpCoverage("team-revenue", Q1, 5, 6),
        south.rollUpCoverage().get("team-revenue"));
    assertEquals(List.of("team-revenue", "team-referrals"),
        List.copyOf(south.rollUpCoverage().keySet()));
  }

  @Test
  void membersAreListedAsTheirTeamListsThemEachNamingThemselvesAndTheirTeam() {
    OrganisationEvaluation e = q1();
    assertEquals(List.of("ana", "bob", "cid", "dee", "eli"),
        e.members().stream().map(MemberEvaluation::personId).toList());
    for (MemberEvaluation m : e.members()) {
      assertEquals(m.personId(), m.result().subjectId());
      assertEquals("rep", m.result().scorecardId());
    }
    assertEquals(List.of("north", "north", "north", "south", "south"),
        e.members().stream().map(MemberEvaluation::teamId).toList());
    assertEquals(List.of("ana", "bob", "cid"), e.team("north").orElseThrow().members().stream()
        .map(MemberEvaluation::personId).toList());
    assertEquals("acme", e.organisationId());
    assertEquals(Q1, e.period());
    assertTrue(e.warnings().isEmpty());
  }

  @Test
  void memberScoresBlendsAndPayouts() {
    OrganisationEvaluation e = q1();
    // individual = (3 revenue + 1 referrals) / 4; blend = (team + individual) / 2
    Object[][] expected = {
      // person, individual, team, blended, payout
      {"ana", (3 * 1.5 + 1.0) / 4, 133.0 / 180, 761.0 / 720, 1 + 2 * (761.0 / 720 - 1)},
      {"bob", (3 * 0.1 + 0.5) / 4, 133.0 / 180, 338.0 / 720, 0.0},
      {"cid", (3 * (200.0 / 300) + 4.0 / 6) / 4, 133.0 / 180, 506.0 / 720, 506.0 / 720},
      {"dee", (3 * 1.5 + 0.0) / 4, 47.0 / 90, 593.0 / 720, 593.0 / 720},
      {"eli", (3 * 0.8 + 2.0 / 6) / 4, 47.0 / 90, 434.0 / 720, 434.0 / 720},
    };
    for (Object[] row : expected) {
      MemberEvaluation m = e.member((String) row[0]).orElseThrow();
      near((double) row[1], m.individualScore());
      near((double) row[2], m.teamScore());
      near((double) row[3], m.blended().score());
      near((double) row[4], m.payout());
      assertEquals(m.blended().score().getAsDouble(), m.blended().teamContribution().getAsDouble()
          + m.blended().memberContribution().getAsDouble());
    }
  }

  @Test
  void theJoinerAndThePersonWithMissingMonthsAreScoredOnTheMonthsTheyHave() {
    OrganisationEvaluation e = q1();
    MemberEvaluation cid = e.member("cid").orElseThrow();
    assertEquals(OptionalDouble.of(200),
        cid.result().node("revenue").orElseThrow().indicator().orElseThrow().actual());
    assertEquals(OptionalDouble.of(300),
        cid.result().node("revenue").orElseThrow().indicator().orElseThrow().target());
    assertEquals("2 of 3 months have data",
        cid.result().node("revenue").orElseThrow().note().orElseThrow());
    MemberEvaluation eli = e.member("eli").orElseThrow();
    assertEquals(OptionalDouble.of(240),
        eli.result().node("revenue").orElseThrow().indicator().orElseThrow().actual());
  }

  @Test
  void sharesOverEachMembersMonthsInTheTeam() {
    TeamEvaluation north = q1().team("north").orElseThrow();
    assertEquals(List.of("team-revenue", "team-referrals"), List.copyOf(north.shares().keySet()));
    ContributionShares revenue = north.shares().get("team-revenue");
    near(680, revenue.total());
    near(450.0 / 680, revenue.share("ana"));
    near(30.0 / 680, revenue.share("bob"));
    near(200.0 / 680, revenue.share("cid"));
    MemberEvaluation bob = q1().member("bob").orElseThrow();
    near(30.0 / 680, bob.shares().get("team-revenue").share());
    near(3.0 / 13, bob.shares().get("team-referrals").share());
    ContributionShares southReferrals = q1().team("south").orElseThrow().shares()
        .get("team-referrals");
    near(0.0, southReferrals.share("dee"));
    near(1.0, southReferrals.share("eli"));
  }

  @Test
  void aJoinersMonthsBeforeJoiningAreNotPartOfTheirShare() {
    Map<String, MeasurementSource> data = new java.util.HashMap<>(sources());
    data.put("cid", SalesOrganisationFixture.rep(SalesOrganisationFixture.JAN, 999, 9,
        SalesOrganisationFixture.FEB, 100, 2, SalesOrganisationFixture.MAR, 100, 2));
    OrganisationEvaluation e = plan().evaluate(ACME, SubjectMeasurements.of(data), Q1);
    ContributionShares revenue = e.team("north").orElseThrow().shares().get("team-revenue");
    near(200, e.member("cid").orElseThrow().shares().get("team-revenue").value());
    near(680, revenue.total());
    // his own scorecard is his whole quarter: 1199 of 300, capped at 1.5
    near(1.5, e.member("cid").orElseThrow().result().node("revenue").orElseThrow().score());
  }

  @Test
  void aPersonWhoMovedCountsInBothTeamsButHasOneRowUnderTheLastTeam() {
    Organisation moved = Organisation.builder("acme")
        .team("north", "North", "acme").team("south", "South", "acme")
        .person("ana", "Ana").person("mo", "Mo").person("dee", "Dee")
        .membership("ana", "north", SalesOrganisationFixture.JAN)
        .membership("mo", "north", SalesOrganisationFixture.JAN, SalesOrganisationFixture.JAN)
        .membership("mo", "south", SalesOrganisationFixture.FEB)
        .membership("dee", "south", SalesOrganisationFixture.JAN)
        .build();
    Map<String, MeasurementSource> data = Map.of(
        "ana", SalesOrganisationFixture.revenueOnly(150),
        "mo", SalesOrganisationFixture.rep(SalesOrganisationFixture.JAN, 30, 1,
            SalesOrganisationFixture.FEB, 60, 1, SalesOrganisationFixture.MAR, 90, 1),
        "dee", SalesOrganisationFixture.revenueOnly(200));
    OrganisationEvaluation e = plan().evaluate(moved, SubjectMeasurements.of(data), Q1);
    TeamEvaluation north = e.team("north").orElseThrow();
    assertEquals(List.of("ana"),
        north.members().stream().map(MemberEvaluation::personId).toList());
    // north's January holds mo's 30: 450 + 30 = 480 of 900
    near(480, north.result().node("team-revenue").orElseThrow().indicator().orElseThrow()
        .actual());
    near(30.0 / 480, north.shares().get("team-revenue").share("mo"));
    assertEquals(Map.of("ana", 100_000L), north.pool().orElseThrow().parts());
    MemberEvaluation mo = e.member("mo").orElseThrow();
    assertEquals("south", mo.teamId());
    // south: dee 600, mo 60 + 90 = 150 (his January was north's)
    near(150, mo.shares().get("team-revenue").value());
    near(150.0 / 750, mo.shares().get("team-revenue").share());
    assertEquals(OptionalInt.of(2), mo.teamRank().rank());
    assertEquals(List.of("mo", "dee"), e.team("south").orElseThrow().members().stream()
        .map(MemberEvaluation::personId).toList());
  }

  @Test
  void flagsSayWhyWithTheNumbers() {
    OrganisationEvaluation e = q1();
    Flag bob = e.member("bob").orElseThrow().flags().get(0);
    assertEquals(FlagKind.FREE_RIDER, bob.kind());
    assertEquals("bob", bob.subjectId());
    assertEquals(List.of("team-revenue"), bob.indicatorIds());
    assertEquals("'team-revenue': share 4.4% (30 of 680), below 50% of the fair share 1/3 = 33.3%",
        bob.reason());
    assertEquals(1, e.member("bob").orElseThrow().flags().size());
    List<Flag> dee = e.member("dee").orElseThrow().flags();
    assertEquals(1, dee.size());
    assertEquals(FlagKind.OVER_COMPETITION, dee.get(0).kind());
    assertEquals(List.of("team-referrals"), dee.get(0).indicatorIds());
    assertEquals("own scorecard on track (score 1.125) while team 'south' is off track on"
        + " collaborative 'team-referrals' (score 0.111)", dee.get(0).reason());
    // ana is on track too, but north's referrals are only at risk; eli's 240 of 840 (28.6 %)
    // is above half the fair share (25 %)
    for (String clean : List.of("ana", "cid", "eli")) {
      assertEquals(List.of(), e.member(clean).orElseThrow().flags(), clean);
    }
  }

  @Test
  void thePoolIsSplitByBlendedScoreToTheCent() {
    OrganisationEvaluation e = q1();
    // north: 761 : 338 : 506 of 1605 -> 47414.33, 21059.19, 31526.48; the cent left goes to cid
    assertEquals(Map.of("ana", 47_414L, "bob", 21_059L, "cid", 31_527L),
        e.team("north").orElseThrow().pool().orElseThrow().parts());
    // south: 593 : 434 of 1027 -> 57740.99, 42259.01; the cent left goes to dee
    assertEquals(Map.of("dee", 57_741L, "eli", 42_259L),
        e.team("south").orElseThrow().pool().orElseThrow().parts());
    assertEquals(OptionalLong.of(31_527), e.member("cid").orElseThrow().poolPart());
  }

  @Test
  void ranksInTheTeamAndInTheOrganisation() {
    OrganisationEvaluation e = q1();
    Object[][] expected = {
      // person, team rank, team percentile, organisation rank, organisation percentile
      {"ana", 1, 1.0, 1, 1.0},
      {"bob", 3, 0.0, 5, 0.0},
      {"cid", 2, 0.5, 3, 0.5},
      {"dee", 1, 1.0, 2, 0.75},
      {"eli", 2, 0.0, 4, 0.25},
    };
    for (Object[] row : expected) {
      MemberEvaluation m = e.member((String) row[0]).orElseThrow();
      assertEquals(OptionalInt.of((int) row[1]), m.teamRank().rank(), (String) row[0]);
      assertEquals(OptionalDouble.of((double) row[2]), m.teamRank().percentile());
      assertEquals(OptionalInt.of((int) row[3]), m.organisationRank().rank());
      assertEquals(OptionalDouble.of((double) row[4]), m.organisationRank().percentile());
    }
  }

  @Test
  void reasonsListWhatLiftedAndLoweredTheScore() {
    Reasons dee = q1().member("dee").orElseThrow().reasons();
    assertEquals("dee", dee.subjectId());
    assertEquals(List.of("revenue"), dee.lifted().stream().map(Reason::indicatorId).toList());
    assertEquals(0.375, dee.lifted().get(0).points(), EPS); // 0.75 x (1.5 - 1)
    assertEquals(List.of("referrals"), dee.lowered().stream().map(Reason::indicatorId).toList());
    assertEquals(-0.25, dee.lowered().get(0).points(), EPS); // 0.25 x (0 - 1)
  }

  @Test
  void aMemberWithoutDataIsNeitherRankedNorPaidNorInThePool() {
    Map<String, MeasurementSource> data = new java.util.HashMap<>(sources());
    data.remove("eli");
    OrganisationEvaluation e = plan().evaluate(ACME, SubjectMeasurements.of(data), Q1);
    MemberEvaluation eli = e.member("eli").orElseThrow();
    assertEquals(Status.NO_DATA, eli.result().status());
    assertEquals(BlendedScore.Outcome.NO_MEMBER_SCORE, eli.blended().outcome());
    assertEquals(OptionalDouble.empty(), eli.payout());
    assertFalse(eli.teamRank().ranked());
    assertFalse(eli.organisationRank().ranked());
    assertEquals(OptionalLong.of(0), eli.poolPart());
    assertEquals(OptionalLong.of(100_000), e.member("dee").orElseThrow().poolPart());
    assertEquals(OptionalInt.of(4), e.member("bob").orElseThrow().organisationRank().rank());
  }

  @Test
  void aClosedGatePaysNothingAndAGateWithoutDataHoldsThePayout() {
    OrganisationPlan gated = OrganisationPlan.builder(SALES).blend(1, 1)
        .payout(SalesOrganisationFixture.curve()).gate(PayoutGate.on("referrals")).build();
    OrganisationEvaluation e = gated.evaluate(ACME, SubjectMeasurements.of(sources()), Q1);
    // dee's referrals are OFF_TRACK: the gate is closed; ana's are ON_TRACK
    assertEquals(OptionalDouble.of(0.0), e.member("dee").orElseThrow().payout());
    near(1 + 2 * (761.0 / 720 - 1), e.member("ana").orElseThrow().payout());
    Map<String, MeasurementSource> data = new java.util.HashMap<>(sources());
    data.put("ana", SalesOrganisationFixture.revenueOnly(150));
    OrganisationEvaluation held = gated.evaluate(ACME, SubjectMeasurements.of(data), Q1);
    assertEquals(OptionalDouble.empty(), held.member("ana").orElseThrow().payout());
  }

  @Test
  void thePoolCanBeSplitByShare() {
    OrganisationPlan byShare = OrganisationPlan.builder(SALES).blend(1, 1)
        .pool(TeamPool.byShare(1_000, "team-revenue")).build();
    OrganisationEvaluation e = byShare.evaluate(ACME, SubjectMeasurements.of(sources()), Q1);
    // 450 : 30 : 200 of 680 -> 661.76, 44.12, 294.12; the unit left goes to ana (.76)
    assertEquals(Map.of("ana", 662L, "bob", 44L, "cid", 294L),
        e.team("north").orElseThrow().pool().orElseThrow().parts());
    assertEquals(OptionalDouble.empty(), e.member("ana").orElseThrow().payout());
  }

  @Test
  void theComparisonPeriodGoesThroughTheEnginesOptions() {
    OrganisationEvaluation e = plan().evaluate(ACME, SubjectMeasurements.of(sources()), Q1,
        EvaluationOptions.DEFAULT.withComparisons(Comparison.PREVIOUS_PERIOD));
    TeamEvaluation north = e.team("north").orElseThrow();
    assertEquals(Period.quarter(2025, 4), north.result().comparisons().get(0).period());
    assertEquals(1, north.result().root().trends().size());
    assertEquals(1, e.member("ana").orElseThrow().result().root().trends().size());
  }

  @Test
  void measurementsOfUnknownSubjectsAreReportedNeverDropped() {
    Map<String, MeasurementSource> data = new java.util.HashMap<>(sources());
    data.put("zed", SalesOrganisationFixture.revenueOnly(1));
    data.put("anna", SalesOrganisationFixture.revenueOnly(1));
    OrganisationEvaluation e = plan().evaluate(ACME, SubjectMeasurements.of(data), Q1);
    assertEquals(List.of(
        new Problem("anna", ProblemCode.UNKNOWN_SUBJECT, "measurements are given for 'anna',"
            + " which is not a subject of organisation 'acme'"),
        new Problem("zed", ProblemCode.UNKNOWN_SUBJECT, "measurements are given for 'zed',"
            + " which is not a subject of organisation 'acme'")), e.warnings());
    assertEquals(5, e.members().size());
    CascadeValidationException x = assertThrows(CascadeValidationException.class,
        () -> plan().evaluate(ACME, SubjectMeasurements.of(data), Q1,
            EvaluationOptions.DEFAULT.withUnknownMeasurements(
                EvaluationOptions.UnknownMeasurements.REJECT)));
    assertEquals(e.warnings(), x.problems());
  }

  @Test
  void everyProblemOfAPlanAtOnce() {
    CascadeValidationException x = assertThrows(CascadeValidationException.class,
        () -> OrganisationPlan.builder(SalesTeamFixture.SALES)
            .blend(-1, 0)
            .gate(PayoutGate.on("ghost"))
            .freeRider(FreeRiderRule.of(List.of("avg-revenue", "team-nps", "nowhere")))
            .pool(TeamPool.byShare(-5, "headcount"))
            .reasons(-1)
            .build());
    assertEquals(List.of(
            "team/NEGATIVE_WEIGHT", "ghost/MISSING_ATTRIBUTE", "ghost/DANGLING_REFERENCE",
            "avg-revenue/UNSUMMED_INDICATOR", "team-nps/UNSUMMED_INDICATOR",
            "nowhere/DANGLING_REFERENCE", "team/VALUE_OUT_OF_RANGE",
            "headcount/UNSUMMED_INDICATOR", "team/VALUE_OUT_OF_RANGE"),
        x.problems().stream().map(p -> p.elementId() + "/" + p.code()).toList());
    assertEquals("the free-rider rule names 'avg-revenue' of team template 'team', which is the"
        + " AVERAGE of its members; shares exist only of a SUM of a member indicator",
        x.problems().get(3).message());
    assertEquals("the free-rider rule names 'team-nps' of team template 'team', which is not"
        + " rolled up from its members; shares exist only of a SUM of a member indicator",
        x.problems().get(4).message());
  }

  @Test
  void blendWeightsAreRequiredAndNotBothZero() {
    CascadeValidationException zero = assertThrows(CascadeValidationException.class,
        () -> OrganisationPlan.builder(SALES).blend(0, 0).build());
    assertEquals(List.of(ProblemCode.ALL_WEIGHTS_ZERO),
        zero.problems().stream().map(Problem::code).toList());
    CascadeValidationException unset = assertThrows(CascadeValidationException.class,
        () -> OrganisationPlan.builder(SALES).build());
    assertEquals(List.of(ProblemCode.MISSING_ATTRIBUTE),
        unset.problems().stream().map(Problem::code).toList());
  }

  @Test
  void theOverCompetitionRuleComesFromTheTemplatesCollaborativeIndicators() {
    OrganisationPlan p = plan();
    assertEquals(List.of("team-referrals"),
        p.overCompetition().orElseThrow().collaborativeIndicatorIds());
    assertEquals(Match.ANY, p.overCompetition().orElseThrow().match());
    TeamTemplate none = TeamTemplate.of(SALES.team(), SALES.member(), SALES.rollUps(), List.of());
    assertTrue(OrganisationPlan.builder(none).blend(1, 1).build().overCompetition().isEmpty());
  }
}
