package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.engine.ScorecardResult;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The value types of shares, ranks, flags and reasons: equality, null-hostility, immutability. */
class ShareAndRankValueTypesTest {
  static final OptionalDouble ONE = OptionalDouble.of(1);
  static final OptionalDouble NONE = OptionalDouble.empty();

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(new MemberShare("a", ONE, ONE), new MemberShare("a", ONE, ONE))
        .addEqualityGroup(new MemberShare("b", ONE, ONE))
        .addEqualityGroup(new MemberShare("a", OptionalDouble.of(2), ONE))
        .addEqualityGroup(new MemberShare("a", ONE, NONE))
        .testEquals();
    MemberShare a = new MemberShare("a", ONE, ONE);
    new EqualsTester()
        .addEqualityGroup(ContributionShares.of(List.of("a"), new double[] {1}),
            new ContributionShares(List.of(a), ONE, ContributionShares.Outcome.SHARED))
        .addEqualityGroup(new ContributionShares(List.of(), ONE, ContributionShares.Outcome.SHARED))
        .addEqualityGroup(new ContributionShares(List.of(a), OptionalDouble.of(2),
            ContributionShares.Outcome.SHARED))
        .addEqualityGroup(new ContributionShares(List.of(a), ONE,
            ContributionShares.Outcome.ZERO_TOTAL))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new RankedMember("a", ONE, OptionalInt.of(1), ONE),
            Ranking.rank(List.of("a"), new double[] {1}).get(0))
        .addEqualityGroup(new RankedMember("b", ONE, OptionalInt.of(1), ONE))
        .addEqualityGroup(new RankedMember("a", OptionalDouble.of(2), OptionalInt.of(1), ONE))
        .addEqualityGroup(new RankedMember("a", ONE, OptionalInt.of(2), ONE))
        .addEqualityGroup(new RankedMember("a", ONE, OptionalInt.of(1), OptionalDouble.of(0)))
        .addEqualityGroup(new RankedMember("a", NONE, OptionalInt.empty(), NONE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Flag(FlagKind.FREE_RIDER, "a", List.of("x"), "why"),
            new Flag(FlagKind.FREE_RIDER, "a", List.of("x"), "why"))
        .addEqualityGroup(new Flag(FlagKind.OVER_COMPETITION, "a", List.of("x"), "why"))
        .addEqualityGroup(new Flag(FlagKind.FREE_RIDER, "b", List.of("x"), "why"))
        .addEqualityGroup(new Flag(FlagKind.FREE_RIDER, "a", List.of("y"), "why"))
        .addEqualityGroup(new Flag(FlagKind.FREE_RIDER, "a", List.of("x"), "because"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FreeRiderRule.of(List.of("x")),
            new FreeRiderRule(List.of("x"), 0.5, Match.ALL))
        .addEqualityGroup(new FreeRiderRule(List.of("y"), 0.5, Match.ALL))
        .addEqualityGroup(new FreeRiderRule(List.of("x"), 0.25, Match.ALL))
        .addEqualityGroup(new FreeRiderRule(List.of("x"), 0.5, Match.ANY))
        .addEqualityGroup(OverCompetitionRule.of(List.of("x")),
            new OverCompetitionRule(List.of("x"), Match.ANY))
        .addEqualityGroup(new OverCompetitionRule(List.of("x"), Match.ALL))
        .addEqualityGroup(new OverCompetitionRule(List.of("x", "y"), Match.ANY))
        .testEquals();
    Reason r = new Reason("x", "X", ONE, 0.5, 0);
    new EqualsTester()
        .addEqualityGroup(r, new Reason("x", "X", ONE, 0.5, 0))
        .addEqualityGroup(new Reason("y", "X", ONE, 0.5, 0))
        .addEqualityGroup(new Reason("x", "Y", ONE, 0.5, 0))
        .addEqualityGroup(new Reason("x", "X", NONE, 0.5, 0))
        .addEqualityGroup(new Reason("x", "X", ONE, 0.25, 0))
        .addEqualityGroup(new Reason("x", "X", ONE, 0.5, 1))
        .addEqualityGroup(new Reasons("a", List.of(r), List.of(), List.of()),
            new Reasons("a", List.of(r), List.of(), List.of()))
        .addEqualityGroup(new Reasons("b", List.of(r), List.of(), List.of()))
        .addEqualityGroup(new Reasons("a", List.of(), List.of(r), List.of()))
        .addEqualityGroup(new Reasons("a", List.of(), List.of(), List.of(r)))
        .testEquals();
  }

  @Test
  void nullHostile() {
    ScorecardResult ann = TeamOfFive.member("ann");
    NullPointerTester tester = new NullPointerTester()
        .setDefault(double[].class, new double[] {1})
        .setDefault(List.class, List.of("x"))
        .setDefault(ScorecardResult.class, ann)
        .setDefault(OptionalDouble.class, ONE)
        .setDefault(OptionalInt.class, OptionalInt.of(1))
        .setDefault(Match.class, Match.ALL)
        .setDefault(java.util.ResourceBundle.class, new io.github.bsc4j.internal.FlagWords())
        .setDefault(FlagKind.class, FlagKind.FREE_RIDER)
        .setDefault(ContributionShares.Outcome.class, ContributionShares.Outcome.SHARED);
    for (Class<?> type : List.of(MemberShare.class, ContributionShares.class, RankedMember.class,
        Ranking.class, Flag.class, FreeRiderRule.class, OverCompetitionRule.class, Reason.class,
        Reasons.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(ContributionShares.of(List.of("x"), new double[] {1}));
    tester.testAllPublicInstanceMethods(FreeRiderRule.of(List.of("x")));
    tester.testAllPublicInstanceMethods(OverCompetitionRule.of(List.of("team-referrals")));
    tester.testAllPublicInstanceMethods(Reasons.of(ann, 1));
    assertThrows(NullPointerException.class,
        () -> ContributionShares.of(java.util.Arrays.asList("a", null), new double[] {1, 2}));
    assertThrows(NullPointerException.class,
        () -> FreeRiderRule.of(java.util.Arrays.asList("a", null)));
  }

  @Test
  void immutable() {
    List<String> ids = new ArrayList<>(List.of("x"));
    FreeRiderRule rule = FreeRiderRule.of(ids);
    Flag flag = new Flag(FlagKind.FREE_RIDER, "a", ids, "why");
    ids.add("y");
    assertEquals(List.of("x"), rule.indicatorIds());
    assertEquals(List.of("x"), flag.indicatorIds());
    assertThrows(UnsupportedOperationException.class, () -> rule.indicatorIds().add("z"));
    assertThrows(UnsupportedOperationException.class,
        () -> Ranking.rank(List.of("a"), new double[] {1}).add(null));
    assertThrows(UnsupportedOperationException.class,
        () -> Reasons.of(TeamOfFive.member("ann"), 3).lowered().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> ContributionShares.of(List.of("a"), new double[] {1}).members().clear());
  }
}
