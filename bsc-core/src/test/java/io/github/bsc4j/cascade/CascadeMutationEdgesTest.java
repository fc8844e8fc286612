package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.SalesOrganisationFixture.ACME;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.Q1;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.SALES;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.plan;
import static io.github.bsc4j.cascade.SalesOrganisationFixture.sources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Edges of the cascade package that mutation testing showed unpinned: exact texts of value
 * types, hash codes of unequal values, builders that chain, validation at its boundaries, and a
 * blend whose rounding lands exactly on a bound.
 */
class CascadeMutationEdgesTest {

  private static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  private static List<ProblemCode> codes(CascadeValidationException e) {
    return e.problems().stream().map(Problem::code).toList();
  }

  // ---- BlendedScore: the bounds of the blend

  @Test
  void aBlendStrictlyBetweenItsPartsIsTheWeightedSum() {
    BlendedScore b = BlendWeights.of(1, 1).blend(0.75, 0.25);
    assertEquals(OptionalDouble.of(0.5), b.score());
    assertEquals(OptionalDouble.of(0.375), b.teamContribution());
    assertEquals(OptionalDouble.of(0.125), b.memberContribution());
  }

  @Test
  void aBlendThatRoundsOntoTheHigherPartIsKeptAsItIs() {
    // 0.5 + (0.5 − 2^-54) = 1 − 2^-54 rounds (half to even) to 1.0, the team's score: in bounds
    BlendedScore b = BlendWeights.of(1, 1).blend(1.0, Math.nextDown(1.0));
    assertEquals(OptionalDouble.of(1.0), b.score());
    assertEquals(OptionalDouble.of(0.5), b.teamContribution());
    assertEquals(OptionalDouble.of(0.5 - 0x1p-54), b.memberContribution());
  }

  @Test
  void aBlendThatRoundsOntoTheLowerPartIsKeptAsItIs() {
    BlendedScore b = BlendWeights.of(1, 1).blend(-1.0, -Math.nextDown(1.0));
    assertEquals(OptionalDouble.of(-1.0), b.score());
    assertEquals(OptionalDouble.of(-0.5), b.teamContribution());
    assertEquals(OptionalDouble.of(-0.5 + 0x1p-54), b.memberContribution());
  }

  // ---- hash codes of unequal values

  @Test
  void unequalValuesHashDifferently() {
    BlendWeights w = BlendWeights.of(1, 1);
    assertNotEquals(w.blend(0.5, 0.25).hashCode(), w.blend(0.25, 0.25).hashCode());
    assertNotEquals(ContributionShares.of(List.of("a", "b"), new double[] {1, 3}).hashCode(),
        ContributionShares.of(List.of("a", "b"), new double[] {3, 1}).hashCode());
    assertNotEquals(PayoutCurve.builder("a").tier(1.0, 2.0).build().hashCode(),
        PayoutCurve.builder("b").tier(1.0, 2.0).build().hashCode());
    Map<String, OptionalDouble> basis = Map.of("a", OptionalDouble.of(1));
    assertNotEquals(PoolSplit.of(100, basis).hashCode(), PoolSplit.of(101, basis).hashCode());
    assertNotEquals(oneMember(ym(2026, 1)).hashCode(), oneMember(ym(2026, 2)).hashCode());
    assertEquals(oneMember(ym(2026, 1)).hashCode(), oneMember(ym(2026, 1)).hashCode());
  }

  private static Organisation oneMember(YearMonth from) {
    return Organisation.builder("o").team("t", "T", "o").person("p", "P")
        .membership("p", "t", from).build();
  }

  // ---- texts of value types

  @Test
  void valueTypesNameThemselves() {
    assertEquals("RollUpCoverage[teamIndicatorId=x, period=" + Q1
        + ", memberMonthsWithData=5, activeMemberMonths=6]",
        new RollUpCoverage("x", Q1, 5, 6).toString());
    assertEquals("SubjectMeasurements[2 subjects]", SubjectMeasurements.of(
        Map.of("a", MeasurementSource.EMPTY, "b", MeasurementSource.EMPTY)).toString());
    ScorecardTemplate rep = SALES.member();
    assertEquals("ScorecardTemplate[" + rep.plan() + "]", rep.toString());
    assertEquals("OrganisationPlan[team/rep]", plan().toString());
    assertEquals("OrganisationEvaluation[acme, " + Q1 + ", 2 teams, 5 members]",
        plan().evaluate(ACME, SubjectMeasurements.of(sources()), Q1).toString());
  }

  @Test
  void fiveOfSixMemberMonthsIsNotComplete() {
    assertFalse(new RollUpCoverage("x", Q1, 5, 6).complete());
    assertTrue(new RollUpCoverage("x", Q1, 6, 6).complete());
    assertTrue(new RollUpCoverage("x", Q1, 0, 0).complete());
  }

  // ---- team measurements

  @Test
  void teamMeasurementsNameWhatIsMissingAndTheirTemplate() {
    Map<YearMonth, List<String>> active = new HashMap<>();
    active.put(ym(2026, 1), null);
    NullPointerException noList = assertThrows(NullPointerException.class,
        () -> TeamMeasurements.of(SALES, active, Map.of(), MeasurementSource.EMPTY));
    assertEquals("members of 2026-01", noList.getMessage());
    Map<String, MeasurementSource> sources = new HashMap<>();
    sources.put("ann", null);
    NullPointerException noSource = assertThrows(NullPointerException.class,
        () -> TeamMeasurements.of(SALES, Map.of(), sources, MeasurementSource.EMPTY));
    assertEquals("source of member 'ann'", noSource.getMessage());
    TeamMeasurements m = TeamMeasurements.of(SALES, Map.of(), Map.of(), MeasurementSource.EMPTY);
    assertSame(SALES, m.template());
    assertEquals("TeamMeasurements[team, rollUps=[team-revenue, team-referrals]]", m.toString());
  }

  // ---- pay

  @Test
  void theArraySplitRejectsANegativePool() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> PoolSplit.split(-1, new double[] {1.0}));
    assertEquals(List.of(new Problem("pool", ProblemCode.VALUE_OUT_OF_RANGE,
        "the pool -1 is negative; a pool is zero or more whole minor units")), e.problems());
  }

  @Test
  void aPoolNamesAnIndicatorExactlyWhenItIsSplitByShare() {
    IllegalArgumentException noIndicator = assertThrows(IllegalArgumentException.class,
        () -> new TeamPool(5, PoolBasis.SHARE, Optional.empty()));
    assertEquals("a pool split by share names the summed team indicator of the shares",
        noIndicator.getMessage());
    IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
        () -> new TeamPool(5, PoolBasis.BLENDED_SCORE, Optional.of("x")));
    assertEquals("only a pool split by share names an indicator", extra.getMessage());
  }

  // ---- the organisation plan

  @Test
  void planBuildersChainAndAcceptZeroAtTheBoundaries() {
    ResourceBundle words = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[0][];
      }
    };
    OrganisationPlan.Builder b = OrganisationPlan.builder(SALES).blend(1, 1);
    assertSame(b, b.overCompetition(Match.ALL));
    assertSame(b, b.words(words));
    OrganisationPlan p = b.pool(TeamPool.byBlendedScore(0)).reasons(0).build();
    assertEquals(Optional.of(words), p.words());
    assertEquals(0, p.reasons());
    assertEquals(0L, p.pool().orElseThrow().amount());
  }

  // ---- evaluation: a member without any measurements

  @Test
  void aMemberWithoutMeasurementsHasNoShareRatherThanAZeroOne() {
    Map<String, MeasurementSource> data = new HashMap<>(sources());
    data.remove("bob");
    OrganisationEvaluation e = plan().evaluate(ACME, SubjectMeasurements.of(data), Q1);
    ContributionShares revenue = e.team("north").orElseThrow().shares().get("team-revenue");
    assertEquals(OptionalDouble.empty(), revenue.share("bob"));
    assertEquals(2, revenue.membersWithData());
    assertEquals(OptionalDouble.of(450.0 / 650), revenue.share("ana"));
  }

  // ---- organisation validation

  @Test
  void membershipsAreListedByPersonThenFirstMonth() {
    assertEquals(List.of(
        new Membership("ana", "hunters", ym(2026, 1), Optional.empty()),
        new Membership("ben", "hunters", ym(2026, 1), Optional.of(ym(2026, 3))),
        new Membership("cai", "farmers", ym(2026, 6), Optional.empty()),
        new Membership("dan", "farmers", ym(2026, 1), Optional.of(ym(2026, 4))),
        new Membership("dan", "closers", ym(2026, 5), Optional.empty()),
        new Membership("eva", "closers", ym(2025, 7), Optional.empty()),
        new Membership("fay", "farmers", ym(2026, 1), Optional.empty())),
        OrganisationTest.acme().memberships());
  }

  @Test
  void theFirstAndLastSupportedYearsAreAccepted() {
    Organisation o = Organisation.builder("o").team("t", "T", "o").person("p", "P")
        .membership("p", "t", ym(1, 1), ym(9999, 12)).build();
    assertEquals(List.of(new Membership("p", "t", ym(1, 1), Optional.of(ym(9999, 12)))),
        o.memberships());
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("o").team("t", "T", "o").person("p", "P")
            .membership("p", "t", ym(0, 12), ym(10000, 1)).build());
    assertEquals(List.of(ProblemCode.VALUE_OUT_OF_RANGE, ProblemCode.VALUE_OUT_OF_RANGE),
        codes(e));
  }

  @Test
  void membershipsThatShareOneMonthOverlap() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("o").team("a", "A", "o").team("b", "B", "o")
            .person("p", "P")
            .membership("p", "a", ym(2026, 1), ym(2026, 3))
            .membership("p", "b", ym(2026, 3))
            .build());
    assertEquals(List.of(new Problem("p", ProblemCode.OVERLAPPING_PERIODS,
        "person 'p' is in team 'a' 2026-01..2026-03 and in team 'b' from 2026-03 on:"
            + " memberships of one person must not overlap")), e.problems());
    Organisation adjacent = Organisation.builder("o").team("a", "A", "o").team("b", "B", "o")
        .person("p", "P")
        .membership("p", "a", ym(2026, 1), ym(2026, 3))
        .membership("p", "b", ym(2026, 4))
        .build();
    assertEquals(2, adjacent.memberships().size());
  }

  @Test
  void anOverlapNamesTheEarliestOfTheMembershipsThatEndLatest() {
    // a and b both end in March; c overlaps both and is reported against a, the first of them
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("o").team("a", "A", "o").team("b", "B", "o")
            .team("c", "C", "o").person("p", "P")
            .membership("p", "a", ym(2026, 1), ym(2026, 3))
            .membership("p", "b", ym(2026, 2), ym(2026, 3))
            .membership("p", "c", ym(2026, 3))
            .build());
    assertEquals(List.of(
        "person 'p' is in team 'a' 2026-01..2026-03 and in team 'b' 2026-02..2026-03:"
            + " memberships of one person must not overlap",
        "person 'p' is in team 'a' 2026-01..2026-03 and in team 'c' from 2026-03 on:"
            + " memberships of one person must not overlap"),
        e.problems().stream().map(Problem::message).toList());
  }

  @Test
  void aMembershipOfNoTeamIsNotAlsoReportedAsOverlapping() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("o").team("a", "A", "o").person("p", "P")
            .membership("p", "a", ym(2026, 1))
            .membership("p", "ghost", ym(2026, 2), ym(2026, 3))
            .build());
    assertEquals(List.of(ProblemCode.DANGLING_REFERENCE), codes(e));
  }

  @Test
  void aMembershipOfNobodyIsReportedOnce() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("o").team("a", "A", "o").person("p", "P")
            .membership("p", "a", ym(2026, 1))
            .membership("ghost", "a", ym(2026, 2), ym(2026, 3))
            .build());
    assertEquals(List.of(ProblemCode.DANGLING_REFERENCE), codes(e));
  }

  @Test
  void aCycleOfTwentyUnitsIsShownWholeAndALongerOneShortened() {
    assertEquals(List.of("units form a cycle, each lying under the next: " + chain(20, 20)
        + " -> 'u01'; an organisation is a tree"), cycleMessages(20));
    assertEquals(List.of("units form a cycle, each lying under the next: " + chain(22, 20)
        + " -> …(+2 more) -> 'u01'; an organisation is a tree"), cycleMessages(22));
  }

  /** {@code 'u01' -> 'u02' -> … } for the first {@code shown} of {@code n} units. */
  private static String chain(int n, int shown) {
    StringJoiner j = new StringJoiner(" -> ");
    for (int i = 1; i <= shown; i++) {
      j.add(String.format("'u%02d'", i));
    }
    return j.toString();
  }

  /** Units u01..un, each under the next, the last under the first. */
  private static List<String> cycleMessages(int n) {
    Organisation.Builder b = Organisation.builder("o");
    for (int i = 1; i <= n; i++) {
      b.unit(String.format("u%02d", i), "U", String.format("u%02d", i % n + 1));
    }
    CascadeValidationException e = assertThrows(CascadeValidationException.class, b::build);
    List<String> messages = new ArrayList<>();
    for (Problem p : e.problems()) {
      assertEquals(ProblemCode.SUBJECT_CYCLE, p.code());
      messages.add(p.message());
    }
    return messages;
  }
}
