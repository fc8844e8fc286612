package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.SubjectKind;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The organisation on a small sales organisation: one region, three teams, a leaver (ben, last
 * month March), a mid-year joiner (cai, from June), a mover (dan, farmers through April, closers
 * from May) and people who stay.
 */
class OrganisationTest {

  static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  static List<YearMonth> months(int year, int first, int last) {
    return Period.months(ym(year, first), ym(year, last)).months();
  }

  static Organisation acme() {
    return Organisation.builder("acme").name("Acme Sales")
        .unit("north", "North region", "acme")
        .team("hunters", "Hunters", "north")
        .team("farmers", "Farmers", "north")
        .team("closers", "Closers", "north")
        .person("ana", "Ana")
        .person("ben", "Ben")
        .person("cai", "Cai")
        .person("dan", "Dan")
        .person("eva", "Eva")
        .person("fay", "Fay")
        .membership("dan", "closers", ym(2026, 5))
        .membership("ana", "hunters", ym(2026, 1))
        .membership("ben", "hunters", ym(2026, 1), ym(2026, 3))
        .membership("cai", "farmers", ym(2026, 6))
        .membership("dan", "farmers", ym(2026, 1), ym(2026, 4))
        .membership("eva", "closers", ym(2025, 7))
        .membership("fay", "farmers", ym(2026, 1))
        .build();
  }

  @Test
  void subjectsAreListedInDefinitionOrderWithTheirKindAndParent() {
    Organisation acme = acme();
    assertEquals("acme", acme.id());
    assertEquals("Acme Sales", acme.name());
    assertEquals(Optional.of(new Subject("acme", "Acme Sales", SubjectKind.ORGANISATION,
        Optional.empty())), acme.subject("acme"));
    assertEquals(List.of(new Subject("north", "North region", SubjectKind.UNIT,
        Optional.of("acme"))), acme.units());
    assertEquals(List.of("hunters", "farmers", "closers"),
        acme.teams().stream().map(Subject::id).toList());
    assertEquals(Optional.of(new Subject("farmers", "Farmers", SubjectKind.TEAM,
        Optional.of("north"))), acme.subject("farmers"));
    assertEquals(List.of("ana", "ben", "cai", "dan", "eva", "fay"),
        acme.people().stream().map(Subject::id).toList());
    assertEquals(Optional.of(new Subject("dan", "Dan", SubjectKind.PERSON, Optional.empty())),
        acme.subject("dan"));
    assertEquals(Optional.empty(), acme.subject("nobody"));
    assertEquals(acme.teams(), acme.teamsUnder("north"));
    assertEquals(acme.teams(), acme.teamsUnder("acme"));
    assertEquals("Organisation[acme, name=Acme Sales, units=1, teams=3, people=6,"
        + " memberships=7]", acme.toString());
  }

  @Test
  void aJuneJoinerCountsInAJulyYearToDateForJuneAndJuly() {
    Organisation acme = acme();
    Period ytdJuly = Period.yearToDate(2026, 7);
    assertEquals(List.of(
            new Member("cai", List.of(ym(2026, 6), ym(2026, 7))),
            new Member("dan", months(2026, 1, 4)),
            new Member("fay", months(2026, 1, 7))),
        acme.members("farmers", ytdJuly));
    assertEquals(List.of(
            new Member("ana", months(2026, 1, 7)),
            new Member("ben", months(2026, 1, 3))),
        acme.members("hunters", ytdJuly));
    assertEquals(List.of(
            new Member("dan", months(2026, 5, 7)),
            new Member("eva", months(2026, 1, 7))),
        acme.members("closers", ytdJuly));
  }

  @Test
  void aLeaverIsNoMemberOfAPeriodAfterTheirLastMonth() {
    Organisation acme = acme();
    assertEquals(List.of(new Member("ana", months(2026, 4, 6))),
        acme.members("hunters", Period.quarter(2026, 2)));
    assertEquals(List.of("ana", "ben"), acme.membersIn("hunters", ym(2026, 3)));
    assertEquals(List.of("ana"), acme.membersIn("hunters", ym(2026, 4)));
    assertEquals(List.of(), acme.members("farmers", Period.year(2025)));
    assertEquals(List.of(new Member("eva", months(2025, 7, 12))),
        acme.members("closers", Period.year(2025)));
  }

  @Test
  void aMoverCountsInEachTeamForTheirMonthsThereAndTheirResultsNameTheLastOne() {
    Organisation acme = acme();
    assertEquals(List.of("dan", "fay"), acme.membersIn("farmers", ym(2026, 4)));
    assertEquals(List.of("fay"), acme.membersIn("farmers", ym(2026, 5)));
    assertEquals(List.of("cai", "fay"), acme.membersIn("farmers", ym(2026, 6)));
    assertEquals(List.of("dan", "eva"), acme.membersIn("closers", ym(2026, 5)));
    assertEquals(Optional.of("farmers"), acme.teamOf("dan", ym(2026, 4)));
    assertEquals(Optional.of("closers"), acme.teamOf("dan", ym(2026, 5)));
    assertEquals(Optional.of("closers"), acme.teamOf("dan", Period.yearToDate(2026, 7)));
    assertEquals(Optional.of("farmers"), acme.teamOf("dan", Period.yearToDate(2026, 4)));
    assertEquals(Optional.of("hunters"), acme.teamOf("ben", Period.yearToDate(2026, 7)));
    assertEquals(Optional.empty(), acme.teamOf("ben", Period.quarter(2026, 2)));
    assertEquals(Optional.empty(), acme.teamOf("cai", ym(2026, 5)));
    assertEquals(Optional.empty(), acme.teamOf("cai", Period.quarter(2026, 1)));
    assertEquals(Optional.empty(), acme.teamOf("dan", ym(2025, 12)));
    assertEquals(List.of(
            new Membership("dan", "farmers", ym(2026, 1), Optional.of(ym(2026, 4))),
            new Membership("dan", "closers", ym(2026, 5), Optional.empty())),
        acme.memberships("dan"));
  }

  @Test
  void aPeriodOfDaysUsesEveryMonthItTouches() {
    Period days = Period.days(java.time.LocalDate.of(2026, 4, 20),
        java.time.LocalDate.of(2026, 5, 10));
    assertEquals(List.of(new Member("dan", List.of(ym(2026, 4))),
        new Member("fay", List.of(ym(2026, 4), ym(2026, 5)))), acme().members("farmers", days));
    assertEquals(Optional.of("closers"), acme().teamOf("dan", days));
  }

  @Test
  void nestedUnitsListTheirTeamsInDefinitionOrder() {
    Organisation org = Organisation.builder("org")
        .unit("south", "South", "org")
        .team("s1", "S1", "south")
        .unit("coast", "Coast", "south")
        .team("c1", "C1", "coast")
        .team("top", "Top", "org")
        .team("s2", "S2", "south")
        .unit("empty", "Empty", "org")
        .person("p", "P")
        .membership("p", "c1", ym(2026, 1))
        .build();
    assertEquals(List.of("s1", "c1", "s2"),
        org.teamsUnder("south").stream().map(Subject::id).toList());
    assertEquals(List.of("c1"), org.teamsUnder("coast").stream().map(Subject::id).toList());
    assertEquals(List.of("s1", "c1", "top", "s2"),
        org.teamsUnder("org").stream().map(Subject::id).toList());
    assertEquals(List.of(), org.teamsUnder("empty"));
  }

  @Test
  void questionsNamingNoSubjectOfTheKindAskedForThrow() {
    Organisation acme = acme();
    UnknownSubjectException e = assertThrows(UnknownSubjectException.class,
        () -> acme.members("ghost", Period.month(2026, 1)));
    assertEquals("organisation 'acme' has no team 'ghost'", e.getMessage());
    assertEquals(ProblemCode.DANGLING_REFERENCE, e.code());
    assertEquals("ghost", e.elementId());
    assertEquals("'north' of organisation 'acme' is a unit, not a team",
        assertThrows(UnknownSubjectException.class,
            () -> acme.membersIn("north", ym(2026, 1))).getMessage());
    assertEquals("'ana' of organisation 'acme' is a person, not a unit or the organisation",
        assertThrows(UnknownSubjectException.class, () -> acme.teamsUnder("ana")).getMessage());
    assertEquals("organisation 'acme' has no unit 'x'",
        assertThrows(UnknownSubjectException.class, () -> acme.teamsUnder("x")).getMessage());
    assertEquals("'hunters' of organisation 'acme' is a team, not a person",
        assertThrows(UnknownSubjectException.class,
            () -> acme.teamOf("hunters", ym(2026, 1))).getMessage());
    assertEquals("organisation 'acme' has no person 'zed'",
        assertThrows(UnknownSubjectException.class, () -> acme.memberships("zed")).getMessage());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsExactMessage() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("acme")
            .unit("north", "North", "acme")
            .unit("loop-a", "A", "loop-b")
            .unit("loop-b", "B", "loop-a")
            .unit("self", "Self", "self")
            .unit("bad id", "Bad", "acme")
            .team("t1", "T1", "north")
            .team("t2", "T2", "t1")
            .team("t3", "T3", "nowhere")
            .person("north", "Dup")
            .person("ana", "Ana")
            .person("ben", "Ben")
            .person("cy", "Cy")
            .membership("ana", "t1", ym(2026, 1), ym(2026, 6))
            .membership("ana", "t2", ym(2026, 4))
            .membership("cy", "t1", ym(2026, 5), ym(2026, 2))
            .membership("cy", "ghost", ym(2026, 1))
            .membership("zed", "t1", ym(2026, 1))
            .membership("cy", "north", ym(2026, 1))
            .membership("t1", "t1", ym(2026, 1))
            .membership("cy", "t1", ym(0, 12))
            .membership("cy", "t1", ym(2026, 1), ym(10000, 1))
            .build());
    List<String> expected = List.of(
        "[bad id] MALFORMED_ID: unit id 'bad id' is malformed: ids match [A-Za-z][A-Za-z0-9_.-]*"
            + " and have at most 64 characters",
        "[north] DUPLICATE_ID: id 'north' of a person is already used by a unit; ids must be"
            + " unique within an organisation",
        "[t2] DANGLING_REFERENCE: team 't2' lies under 't1', which is a team; a team lies under"
            + " a unit or the organisation",
        "[t3] DANGLING_REFERENCE: team 't3' lies under 'nowhere', which is not a subject of the"
            + " organisation",
        "[loop-a] SUBJECT_CYCLE: units form a cycle, each lying under the next: 'loop-a' ->"
            + " 'loop-b' -> 'loop-a'; an organisation is a tree",
        "[self] SUBJECT_CYCLE: units form a cycle, each lying under the next: 'self' -> 'self';"
            + " an organisation is a tree",
        "[cy] EMPTY_INTERVAL: membership of 'cy' in 't1' ends in 2026-02, before it starts in"
            + " 2026-05",
        "[cy] DANGLING_REFERENCE: membership of 'cy' in 'ghost' names team 'ghost', which is not"
            + " a subject of the organisation",
        "[zed] DANGLING_REFERENCE: membership of 'zed' in 't1' names person 'zed', who is not a"
            + " subject of the organisation",
        "[cy] DANGLING_REFERENCE: membership of 'cy' in 'north' names 'north' as its team, which"
            + " is a unit",
        "[t1] DANGLING_REFERENCE: membership of 't1' in 't1' names 't1' as its person, which is"
            + " a team",
        "[cy] VALUE_OUT_OF_RANGE: membership of 'cy' in 't1' starts in 0000-12, outside the"
            + " supported years 1..9999",
        "[cy] VALUE_OUT_OF_RANGE: membership of 'cy' in 't1' ends in 10000-01, outside the"
            + " supported years 1..9999",
        "[ana] OVERLAPPING_PERIODS: person 'ana' is in team 't1' 2026-01..2026-06 and in team"
            + " 't2' from 2026-04 on: memberships of one person must not overlap",
        "[ben] MISSING_ATTRIBUTE: person 'ben' belongs to no team: give them at least one"
            + " membership");
    assertEquals(expected, e.problems().stream().map(Problem::toString).toList());
    assertEquals("organisation 'acme' is invalid: 15 problems\n  - "
        + String.join("\n  - ", expected), e.getMessage());
  }

  @Test
  void theOrganisationsOwnIdIsCheckedAndClaimedToo() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("1org").team("1org", "T", "1org").build());
    assertEquals(List.of(
        "[1org] MALFORMED_ID: organisation id '1org' is malformed: ids match"
            + " [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters",
        "[1org] MALFORMED_ID: team id '1org' is malformed: ids match [A-Za-z][A-Za-z0-9_.-]*"
            + " and have at most 64 characters",
        "[1org] DUPLICATE_ID: id '1org' of a team is already used by the organisation; ids must"
            + " be unique within an organisation"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void oneMembershipTwiceOrOnePersonInTwoTeamsAtOnceOverlaps() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Organisation.builder("o").team("a", "A", "o").team("b", "B", "o")
            .person("p", "P")
            .membership("p", "a", ym(2026, 1), ym(2026, 12))
            .membership("p", "b", ym(2026, 12), ym(2027, 1))
            .membership("p", "a", ym(2026, 3), ym(2026, 3))
            .membership("p", "a", ym(2028, 1))
            .membership("p", "b", ym(2028, 1), ym(2028, 1))
            .build());
    assertEquals(List.of(
        "[p] OVERLAPPING_PERIODS: person 'p' is in team 'a' 2026-01..2026-12 and in team 'a'"
            + " 2026-03..2026-03: memberships of one person must not overlap",
        "[p] OVERLAPPING_PERIODS: person 'p' is in team 'a' 2026-01..2026-12 and in team 'b'"
            + " 2026-12..2027-01: memberships of one person must not overlap",
        "[p] OVERLAPPING_PERIODS: person 'p' is in team 'a' from 2028-01 on and in team 'b'"
            + " 2028-01..2028-01: memberships of one person must not overlap"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void adjacentMembershipsDoNotOverlap() {
    Organisation o = Organisation.builder("o").team("a", "A", "o").team("b", "B", "o")
        .person("p", "P")
        .membership("p", "b", ym(2026, 7))
        .membership("p", "a", ym(2026, 1), ym(2026, 6))
        .build();
    assertEquals(Optional.of("a"), o.teamOf("p", ym(2026, 6)));
    assertEquals(Optional.of("b"), o.teamOf("p", ym(2026, 7)));
    assertEquals(Optional.of("b"), o.teamOf("p", ym(9999, 12)));
  }

  @Test
  void theBuilderStopsAtTheFirstSubjectOrMembershipPastTheLimit() {
    assertEquals(1_000_000, Organisation.MAX_SUBJECTS);
    assertEquals(5_000_000, Organisation.MAX_MEMBERSHIPS);
    Organisation.Builder b = new Organisation.Builder("acme", 2, 1).team("t", "T", "acme")
        .person("a", "A").membership("a", "t", ym(2026, 1));
    CascadeValidationException subjects =
        assertThrows(CascadeValidationException.class, () -> b.person("c", "C"));
    assertEquals("organisation 'acme' is invalid: 1 problem\n  - [acme] LIMIT_EXCEEDED:"
        + " organisation 'acme' is too large: it has 2 units, teams and people, the most one may"
        + " have; person 'c' is one too many", subjects.getMessage());
    CascadeValidationException memberships = assertThrows(CascadeValidationException.class,
        () -> b.membership("a", "t", ym(2027, 1)));
    assertEquals(List.of("[acme] LIMIT_EXCEEDED: organisation 'acme' is too large: it has 1"
        + " memberships, the most one may have; the membership of 'a' in 't' is one too many"),
        memberships.problems().stream().map(Problem::toString).toList());
    assertEquals(2, b.build().teams().size() + b.build().people().size());
  }

  @Test
  void organisationsAreEqualByValueWhateverOrderMembershipsWereAddedIn() {
    Organisation reordered = Organisation.builder("acme").name("Acme Sales")
        .unit("north", "North region", "acme")
        .team("hunters", "Hunters", "north")
        .team("farmers", "Farmers", "north")
        .team("closers", "Closers", "north")
        .person("ana", "Ana").person("ben", "Ben").person("cai", "Cai")
        .person("dan", "Dan").person("eva", "Eva").person("fay", "Fay")
        .membership("fay", "farmers", ym(2026, 1))
        .membership("eva", "closers", ym(2025, 7))
        .membership("dan", "farmers", ym(2026, 1), ym(2026, 4))
        .membership("cai", "farmers", ym(2026, 6))
        .membership("ben", "hunters", ym(2026, 1), ym(2026, 3))
        .membership("ana", "hunters", ym(2026, 1))
        .membership("dan", "closers", ym(2026, 5))
        .build();
    new EqualsTester()
        .addEqualityGroup(acme(), acme(), reordered)
        .addEqualityGroup(Organisation.builder("acme").team("t", "T", "acme")
            .person("p", "P").membership("p", "t", ym(2026, 1)).build())
        .addEqualityGroup(Organisation.builder("acme").team("t", "T", "acme")
            .person("p", "P").membership("p", "t", ym(2026, 2)).build())
        .addEqualityGroup(Organisation.builder("acme").name("Other").team("t", "T", "acme")
            .person("p", "P").membership("p", "t", ym(2026, 1)).build())
        .testEquals();
    assertEquals(acme().memberships(), reordered.memberships());
  }

  @Test
  void valueTypesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(new Subject("a", "A", SubjectKind.TEAM, Optional.of("o")),
            new Subject("a", "A", SubjectKind.TEAM, Optional.of("o")))
        .addEqualityGroup(new Subject("a", "A", SubjectKind.UNIT, Optional.of("o")))
        .addEqualityGroup(new Subject("a", "A", SubjectKind.TEAM, Optional.empty()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Member("p", List.of(ym(2026, 1))),
            new Member("p", List.of(ym(2026, 1))))
        .addEqualityGroup(new Member("p", List.of(ym(2026, 1), ym(2026, 2))))
        .addEqualityGroup(new Member("q", List.of(ym(2026, 1))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Membership("p", "t", ym(2026, 1), Optional.empty()),
            new Membership("p", "t", ym(2026, 1), Optional.empty()))
        .addEqualityGroup(new Membership("p", "t", ym(2026, 1), Optional.of(ym(2026, 1))))
        .addEqualityGroup(new Membership("p", "u", ym(2026, 1), Optional.empty()))
        .testEquals();
  }

  @Test
  void aMemberHasIncreasingMonthsAndKnowsItsLast() {
    assertEquals(ym(2026, 7), new Member("p", months(2026, 1, 7)).lastMonth());
    assertThrows(IllegalArgumentException.class, () -> new Member("p", List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Member("p", List.of(ym(2026, 2), ym(2026, 1))));
    assertThrows(IllegalArgumentException.class,
        () -> new Member("p", List.of(ym(2026, 2), ym(2026, 2))));
    Membership open = new Membership("p", "t", ym(2026, 3), Optional.empty());
    assertEquals(false, open.isActiveIn(ym(2026, 2)));
    assertEquals(true, open.isActiveIn(ym(2026, 3)));
    assertEquals(true, open.isActiveIn(ym(9999, 12)));
    Membership closed = new Membership("p", "t", ym(2026, 3), Optional.of(ym(2026, 4)));
    assertEquals(true, closed.isActiveIn(ym(2026, 4)));
    assertEquals(false, closed.isActiveIn(ym(2026, 5)));
  }

  @Test
  void everyPublicMethodRejectsNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Period.class, Period.month(2026, 1))
        .setDefault(YearMonth.class, ym(2026, 1))
        .setDefault(String.class, "ana")
        .setDefault(Problem.class, new Problem("x", ProblemCode.DANGLING_REFERENCE, "m"));
    for (Class<?> type : List.of(Organisation.class, Subject.class, Member.class,
        Membership.class, UnknownSubjectException.class, CascadeValidationException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(acme());
    tester.testAllPublicInstanceMethods(Organisation.builder("o"));
    tester.testAllPublicInstanceMethods(new Membership("p", "t", ym(2026, 1), Optional.empty()));
    tester.testAllPublicInstanceMethods(new Member("p", List.of(ym(2026, 1))));
  }
}
