package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.cascade.AlignmentReport.Link;
import io.github.bsc4j.cascade.AlignmentReport.ObjectiveRef;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Alignment over three levels: the organisation's objectives, a team's that support them (one
 * with a misspelt id, one supporting nothing), and an individual's (one naming an organisation
 * objective, two levels up, which is not allowed).
 */
class AlignmentReportTest {

  /** A scorecard whose objectives support the ids given ("" for none), in map order. */
  static Scorecard card(String id, List<Map.Entry<String, String>> objectives) {
    Scorecard.Builder b = Scorecard.builder(id).perspective(Perspective.FINANCIAL);
    for (Map.Entry<String, String> o : objectives) {
      Objective.Builder ob = Objective.builder(o.getKey()).perspective("financial")
          .indicator(o.getKey() + "-kpi", i -> i.lagging().baseline(0).target(1));
      if (!o.getValue().isEmpty()) {
        ob.supports(o.getValue());
      }
      b.objective(ob);
    }
    return b.build();
  }

  static final Scorecard ORG = card("org", List.of(
      Map.entry("grow-revenue", ""),
      Map.entry("delight-customers", ""),
      Map.entry("develop-people", "")));
  static final Scorecard TEAM = card("team", List.of(
      Map.entry("t-revenue", "grow-revenue"),
      Map.entry("t-retention", "delight-customers"),
      Map.entry("t-process", ""),
      Map.entry("t-typo", "grow-revnue")));
  static final Scorecard REP = card("rep", List.of(
      Map.entry("r-sales", "t-revenue"),
      Map.entry("r-calls", "grow-revenue"),
      Map.entry("r-learn", "")));

  static ObjectiveRef ref(String card, String objective) {
    return new ObjectiveRef(card, objective);
  }

  static final String TYPO = "[t-typo] DANGLING_REFERENCE: objective 't-typo' of scorecard 'team'"
      + " supports 'grow-revnue', which is not an objective of scorecard 'org'";

  @Test
  void oneLevelListsUnsupportedParentsUnalignedChildrenLinksAndDanglingSupports() {
    AlignmentReport report = AlignmentReport.of(ORG, TEAM);
    assertEquals(List.of(ref("org", "develop-people")), report.unsupported());
    assertEquals(List.of(ref("team", "t-process")), report.unaligned());
    assertEquals(List.of(
            new Link(ref("team", "t-revenue"), ref("org", "grow-revenue")),
            new Link(ref("team", "t-retention"), ref("org", "delight-customers"))),
        report.links());
    assertEquals(List.of(TYPO), report.problems().stream().map(Problem::toString).toList());
    assertFalse(report.isAligned());
  }

  @Test
  void aChainChecksEachLevelAgainstTheLevelJustAboveIt() {
    AlignmentReport report = AlignmentReport.of(List.of(ORG, TEAM, REP));
    assertEquals(List.of(ref("org", "develop-people"), ref("team", "t-retention"),
        ref("team", "t-process"), ref("team", "t-typo")), report.unsupported());
    assertEquals(List.of(ref("team", "t-process"), ref("rep", "r-learn")), report.unaligned());
    assertEquals(List.of(
            new Link(ref("team", "t-revenue"), ref("org", "grow-revenue")),
            new Link(ref("team", "t-retention"), ref("org", "delight-customers")),
            new Link(ref("rep", "r-sales"), ref("team", "t-revenue"))),
        report.links());
    assertEquals(List.of(TYPO,
            "[r-calls] DANGLING_REFERENCE: objective 'r-calls' of scorecard 'rep' supports"
                + " 'grow-revenue', which is not an objective of scorecard 'team'"),
        report.problems().stream().map(Problem::toString).toList());
    CascadeValidationException e =
        assertThrows(CascadeValidationException.class, report::throwIfProblems);
    assertEquals("the alignment of objectives is invalid: 2 problems\n  - " + TYPO + "\n  - "
        + e.problems().get(1), e.getMessage());
    assertEquals("org/develop-people", report.unsupported().get(0).toString());
  }

  @Test
  void aFullyAlignedPairHasNoGapsAndNoProblems() {
    Scorecard team = card("team", List.of(Map.entry("a", "grow-revenue"),
        Map.entry("b", "delight-customers"), Map.entry("c", "develop-people"),
        Map.entry("d", "grow-revenue")));
    AlignmentReport report = AlignmentReport.of(ORG, team);
    assertTrue(report.isAligned());
    assertSame(report, report.throwIfProblems());
    assertEquals(4, report.links().size());
    assertEquals(new ObjectiveRef("org", "grow-revenue"), report.links().get(3).parent());
  }

  @Test
  void gapsAloneDoNotThrowAndFewerThanTwoLevelsIsAProblem() {
    Scorecard loose = card("loose", List.of(Map.entry("x", "")));
    AlignmentReport report = AlignmentReport.of(ORG, loose);
    assertSame(report, report.throwIfProblems());
    assertEquals(3, report.unsupported().size());
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> AlignmentReport.of(List.of(ORG)));
    assertEquals(List.of("[levels] MISSING_ATTRIBUTE: an alignment report needs at least two"
        + " levels, a parent and a child scorecard; got 1"),
        e.problems().stream().map(Problem::toString).toList());
    assertEquals(ProblemCode.MISSING_ATTRIBUTE, e.code());
  }

  @Test
  void valueTypesAreEqualByValueAndRejectNull() {
    new EqualsTester()
        .addEqualityGroup(AlignmentReport.of(ORG, TEAM), AlignmentReport.of(ORG, TEAM))
        .addEqualityGroup(AlignmentReport.of(List.of(ORG, TEAM, REP)))
        .testEquals();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Scorecard.class, ORG)
        .setDefault(ObjectiveRef.class, ref("a", "b"));
    for (Class<?> type : List.of(AlignmentReport.class, ObjectiveRef.class, Link.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(AlignmentReport.of(ORG, TEAM));
  }
}
