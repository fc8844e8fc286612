package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.TeamOfFive.MEMBERS;
import static io.github.bsc4j.cascade.TeamOfFive.NEW_CUSTOMERS;
import static io.github.bsc4j.cascade.TeamOfFive.REVENUE;
import static io.github.bsc4j.cascade.TeamOfFive.member;
import static io.github.bsc4j.cascade.TeamOfFive.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Free riders, over-competition and ranks on the team of five, computed by hand. */
class FlagRulesTest {
  static final Map<String, ContributionShares> SHARES = Map.of(
      "revenue", ContributionShares.of(MEMBERS, REVENUE),
      "new-customers", ContributionShares.of(MEMBERS, NEW_CUSTOMERS));

  @Test
  void theTeamsShares() {
    // Revenue 125 + 100 + 80 + 15 = 320 over the four members with data; dia has none.
    ContributionShares revenue = SHARES.get("revenue");
    assertEquals(OptionalDouble.of(320), revenue.total());
    assertEquals(List.of(OptionalDouble.of(0.390625), OptionalDouble.of(0.3125),
        OptionalDouble.of(0.25), OptionalDouble.empty(), OptionalDouble.of(0.046875)),
        MEMBERS.stream().map(revenue::share).toList());
    assertEquals(OptionalDouble.of(0.25), revenue.fairShare());
    // New customers 4 + 3 + 0 + 1 = 8.
    assertEquals(List.of(OptionalDouble.of(0.5), OptionalDouble.of(0.375),
        OptionalDouble.of(0), OptionalDouble.empty(), OptionalDouble.of(0.125)),
        MEMBERS.stream().map(SHARES.get("new-customers")::share).toList());
  }

  @Test
  void eveRidesFreeOnRevenue() {
    // The line is 0.5 * 1/4 = 12.5 %; eve's 15 of 320 is 4.6875 %.
    assertEquals(List.of(new Flag(FlagKind.FREE_RIDER, "eve", List.of("revenue"),
        "'revenue': share 4.7% (15 of 320), below 50% of the fair share 1/4 = 25%")),
        FreeRiderRule.of(List.of("revenue")).evaluate(SHARES));
  }

  @Test
  void overSeveralIndicatorsAllIsTheDefaultAndAnyFlagsMore() {
    // eve is below the line on revenue only, cem (0 of 8) on new customers only; eve's 1 of 8
    // is exactly 12.5 %, not strictly below.
    assertEquals(List.of(),
        FreeRiderRule.of(List.of("revenue", "new-customers")).evaluate(SHARES));
    assertEquals(List.of(
        new Flag(FlagKind.FREE_RIDER, "cem", List.of("new-customers"),
            "'new-customers': share 0% (0 of 8), below 50% of the fair share 1/4 = 25%"),
        new Flag(FlagKind.FREE_RIDER, "eve", List.of("revenue"),
            "'revenue': share 4.7% (15 of 320), below 50% of the fair share 1/4 = 25%")),
        new FreeRiderRule(List.of("revenue", "new-customers"), 0.5, Match.ANY).evaluate(SHARES));
  }

  @Test
  void belowTheLineOnEveryIndicatorUnderAll() {
    // At the whole fair share (fraction 1) eve is below on both: 4.7 % < 25 %, 12.5 % < 25 %;
    // cem's 25 % of revenue is not below 25 %.
    assertEquals(List.of(new Flag(FlagKind.FREE_RIDER, "eve", List.of("revenue", "new-customers"),
        "'revenue': share 4.7% (15 of 320), below 100% of the fair share 1/4 = 25%; "
            + "'new-customers': share 12.5% (1 of 8), below 100% of the fair share 1/4 = 25%")),
        new FreeRiderRule(List.of("revenue", "new-customers"), 1, Match.ALL).evaluate(SHARES));
  }

  @Test
  void noSharesFlagNobody() {
    List<String> team = List.of("ann", "ben");
    FreeRiderRule rule = FreeRiderRule.of(List.of("revenue"));
    assertEquals(List.of(), rule.evaluate(
        Map.of("revenue", ContributionShares.of(team, new double[] {0, 0}))));
    assertEquals(List.of(), rule.evaluate(
        Map.of("revenue", ContributionShares.of(team, new double[] {100, -1}))));
    assertEquals(List.of(), rule.evaluate(
        Map.of("revenue", ContributionShares.of(team, new double[] {Double.NaN, 0}))));
  }

  @Test
  void membersListedForOneIndicatorOnly() {
    // ann is listed for revenue only, zed for visits only; under ANY each can be flagged.
    Map<String, ContributionShares> shares = Map.of(
        "revenue", ContributionShares.of(List.of("ann", "ben"), new double[] {1, 99}),
        "visits", ContributionShares.of(List.of("ben", "zed"), new double[] {99, 1}));
    List<String> flagged = new ArrayList<>();
    new FreeRiderRule(List.of("revenue", "visits"), 0.5, Match.ANY).evaluate(shares)
        .forEach(f -> flagged.add(f.subjectId()));
    assertEquals(List.of("ann", "zed"), flagged);
    assertEquals(List.of(), FreeRiderRule.of(List.of("revenue", "visits")).evaluate(shares));
  }

  @Test
  void sharesForEveryIndicatorOfTheRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FreeRiderRule.of(List.of("revenue", "profit")).evaluate(SHARES));
    assertEquals("no contribution shares for indicator 'profit' of the free-rider rule",
        e.getMessage());
  }

  @Test
  void freeRiderRuleValidation() {
    assertEquals(new FreeRiderRule(List.of("revenue"), 0.5, Match.ALL),
        FreeRiderRule.of(List.of("revenue")));
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> new FreeRiderRule(List.of(), 0, Match.ANY));
    assertEquals("free-rider rule is invalid: 2 problems\n"
        + "  - [free-rider] MISSING_ATTRIBUTE: the free-rider rule names no indicator; give at"
        + " least one\n"
        + "  - [free-rider] VALUE_OUT_OF_RANGE: the free-rider fraction must lie in (0, 1],"
        + " was 0", e.getMessage());
    e = assertThrows(CascadeValidationException.class,
        () -> new FreeRiderRule(List.of("revenue", "9lives", "revenue"), Double.NaN, Match.ALL));
    assertEquals("free-rider rule is invalid: 3 problems\n"
        + "  - [9lives] MALFORMED_ID: indicator id '9lives' of the free-rider rule is malformed:"
        + " ids match [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters\n"
        + "  - [revenue] DUPLICATE_ID: indicator 'revenue' is listed twice in the free-rider"
        + " rule\n"
        + "  - [free-rider] NON_FINITE_NUMBER: the free-rider fraction must be a finite number,"
        + " was NaN", e.getMessage());
    e = assertThrows(CascadeValidationException.class,
        () -> new FreeRiderRule(List.of("r".repeat(65)), 1.5, Match.ALL));
    assertEquals("free-rider rule is invalid: 2 problems\n"
        + "  - [" + "r".repeat(65) + "] MALFORMED_ID: indicator id '" + "r".repeat(65)
        + "' of the free-rider rule is malformed: ids match [A-Za-z][A-Za-z0-9_.-]* and have"
        + " at most 64 characters\n"
        + "  - [free-rider] VALUE_OUT_OF_RANGE: the free-rider fraction must lie in (0, 1],"
        + " was 1.5", e.getMessage());
    assertEquals("the free-rider fraction must lie in (0, 1], was -0.25",
        assertThrows(CascadeValidationException.class,
            () -> new FreeRiderRule(List.of("a"), -0.25, Match.ALL)).problems().get(0).message());
    assertEquals("the free-rider fraction must be a finite number, was Infinity",
        assertThrows(CascadeValidationException.class,
            () -> new FreeRiderRule(List.of("a"), Double.POSITIVE_INFINITY, Match.ALL))
            .problems().get(0).message());
    assertEquals(1e-300, new FreeRiderRule(List.of("a"), 1e-300, Match.ALL).fraction());
    String longest = "i".repeat(64);
    assertEquals(List.of(longest), FreeRiderRule.of(List.of(longest)).indicatorIds());
  }

  @Test
  void annIsTheLoneStar() {
    ScorecardResult ann = member("ann");
    assertEquals(Status.ON_TRACK, ann.status());
    assertEquals(OptionalDouble.of(1.03125), ann.score());
    // The team is off track on team referrals (0.5) and at risk on joint visits (0.8).
    ScorecardResult north = team(80);
    assertEquals(Optional.of(new Flag(FlagKind.OVER_COMPETITION, "ann", List.of("team-referrals"),
        "own scorecard on track (score 1.031) while team 'north' is off track on collaborative"
            + " 'team-referrals' (score 0.500)")),
        OverCompetitionRule.of(List.of("team-referrals", "joint-visits")).evaluate(ann, north));
    // Nobody else is on track on their own scorecard.
    for (String other : List.of("ben", "cem", "dia", "eve")) {
      assertEquals(Optional.empty(), OverCompetitionRule.of(List.of("team-referrals"))
          .evaluate(member(other), north), other);
    }
  }

  @Test
  void allAsksForEveryCollaborativeIndicatorOffTrack() {
    OverCompetitionRule all =
        new OverCompetitionRule(List.of("team-referrals", "joint-visits"), Match.ALL);
    assertEquals(Optional.empty(), all.evaluate(member("ann"), team(80)));
    assertEquals(Optional.of(new Flag(FlagKind.OVER_COMPETITION, "ann",
        List.of("team-referrals", "joint-visits"),
        "own scorecard on track (score 1.031) while team 'north' is off track on collaborative"
            + " 'team-referrals' (score 0.500), 'joint-visits' (score 0.600)")),
        all.evaluate(member("ann"), team(60)));
  }

  @Test
  void overCompetitionRuleValidation() {
    assertEquals(new OverCompetitionRule(List.of("a"), Match.ANY),
        OverCompetitionRule.of(List.of("a")));
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> OverCompetitionRule.of(List.of()));
    assertEquals("over-competition rule is invalid: 1 problem\n"
        + "  - [over-competition] MISSING_ATTRIBUTE: the over-competition rule names no"
        + " indicator; give at least one", e.getMessage());
    e = assertThrows(CascadeValidationException.class,
        () -> OverCompetitionRule.of(List.of("a b", "x", "x")));
    assertEquals("over-competition rule is invalid: 2 problems\n"
        + "  - [a b] MALFORMED_ID: indicator id 'a b' of the over-competition rule is malformed:"
        + " ids match [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters\n"
        + "  - [x] DUPLICATE_ID: indicator 'x' is listed twice in the over-competition rule",
        e.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> OverCompetitionRule.of(List.of("team-referrals", "cooperate"))
            .evaluate(member("ann"), team(80)));
    assertEquals("team scorecard 'team' has no indicator 'cooperate' for the over-competition"
        + " rule", unknown.getMessage());
  }

  @Test
  void theTeamRankedByOwnScore() {
    List<String> ids = List.of("eve", "dia", "cem", "ben", "ann");
    double[] scores = new double[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      scores[i] = member(ids.get(i)).score().orElse(Double.NaN);
    }
    // Hand-computed in TeamOfFive; dia has no data and is listed last, unranked.
    assertEquals(0.9375, scores[3]);
    assertEquals(0.7625, scores[2], 1e-15);
    assertEquals(0.303125, scores[0], 1e-15);
    List<RankedMember> ranks = Ranking.rank(ids, scores);
    assertEquals(List.of("ann", "ben", "cem", "eve", "dia"),
        ranks.stream().map(RankedMember::memberId).toList());
    assertEquals(List.of(OptionalInt.of(1), OptionalInt.of(2), OptionalInt.of(3),
        OptionalInt.of(4), OptionalInt.empty()), ranks.stream().map(RankedMember::rank).toList());
    assertEquals(List.of(OptionalDouble.of(1), OptionalDouble.of(2.0 / 3),
        OptionalDouble.of(1.0 / 3), OptionalDouble.of(0), OptionalDouble.empty()),
        ranks.stream().map(RankedMember::percentile).toList());
  }

  @Test
  void aFlagNamesAnIndicator() {
    assertEquals("a flag names at least one indicator",
        assertThrows(IllegalArgumentException.class,
            () -> new Flag(FlagKind.FREE_RIDER, "ann", List.of(), "why")).getMessage());
  }
}
