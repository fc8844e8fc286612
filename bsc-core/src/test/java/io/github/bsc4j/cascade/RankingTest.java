package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Competition ranking, percentiles and members without data, computed by hand. */
class RankingTest {
  static final double NaN = Double.NaN;

  static RankedMember ranked(String id, double score, int rank, double percentile) {
    return new RankedMember(id, OptionalDouble.of(score), OptionalInt.of(rank),
        OptionalDouble.of(percentile));
  }

  static RankedMember unranked(String id) {
    return new RankedMember(id, OptionalDouble.empty(), OptionalInt.empty(),
        OptionalDouble.empty());
  }

  @Test
  void competitionRankingWithATieAndAMemberWithoutData() {
    // Four ranked members: ranks 1, 2, 2, 4; percentiles (4 - rank) / 3.
    List<RankedMember> expected = List.of(ranked("ann", 1.2, 1, 1), ranked("ben", 0.9, 2, 2.0 / 3),
        ranked("cem", 0.9, 2, 2.0 / 3), ranked("eve", 0.6, 4, 0), unranked("dia"));
    assertEquals(expected, Ranking.rank(List.of("ann", "ben", "cem", "dia", "eve"),
        new double[] {1.2, 0.9, 0.9, NaN, 0.6}));
    // Any input order gives the same list: ties and members without data by id.
    assertEquals(expected, Ranking.rank(List.of("dia", "eve", "cem", "ben", "ann"),
        new double[] {NaN, 0.6, 0.9, 0.9, 1.2}));
  }

  @Test
  void theDocumentedExample() {
    // docs/cascades.md: scores 90, 80, 80, 70 rank 1, 2, 2, 4 with percentiles 1, 2/3, 2/3, 0.
    assertEquals(List.of(ranked("p", 90, 1, 1), ranked("q", 80, 2, 2.0 / 3),
        ranked("r", 80, 2, 2.0 / 3), ranked("s", 70, 4, 0)),
        Ranking.rank(List.of("s", "r", "q", "p"), new double[] {70, 80, 80, 90}));
  }

  @Test
  void membersWithoutDataFollowByIdAndAreNeverRanked() {
    assertEquals(List.of(ranked("zed", 0.5, 1, 1), unranked("amy"), unranked("bob")),
        Ranking.rank(List.of("bob", "zed", "amy"), new double[] {NaN, 0.5, NaN}));
    assertEquals(List.of(unranked("amy"), unranked("bob")),
        Ranking.rank(List.of("bob", "amy"), new double[] {NaN, NaN}));
    assertEquals(List.of(), Ranking.rank(List.of(), new double[0]));
  }

  @Test
  void tiesAreExactEquality() {
    // 0.1 + 0.2 is not 0.3 as a double, so the two do not tie; 0.0 and -0.0 do, and each of
    // them scored at or above one of the three others (the other): (4 - 3) / 3.
    assertEquals(List.of(ranked("b", 0.30000000000000004, 1, 1), ranked("a", 0.3, 2, 2.0 / 3),
        ranked("c", 0, 3, 1.0 / 3), ranked("d", 0, 3, 1.0 / 3)),
        Ranking.rank(List.of("a", "b", "c", "d"), new double[] {0.3, 0.1 + 0.2, 0.0, -0.0}));
  }

  @Test
  void everyoneTiedIsTopAndALoneMemberToo() {
    assertEquals(List.of(ranked("a", 1, 1, 1), ranked("b", 1, 1, 1), ranked("c", 1, 1, 1)),
        Ranking.rank(List.of("c", "b", "a"), new double[] {1, 1, 1}));
    assertEquals(List.of(ranked("solo", 0.2, 1, 1)),
        Ranking.rank(List.of("solo"), new double[] {0.2}));
  }

  @Test
  void everyProblemAtOnceWithExactMessages() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> Ranking.rank(List.of("", "ann", "ann"),
            new double[] {1, Double.NEGATIVE_INFINITY, 2}));
    assertEquals("ranking input is invalid: 3 problems\n"
        + "  - [] MALFORMED_ID: member id '' is blank\n"
        + "  - [ann] NON_FINITE_NUMBER: score of member 'ann' must be a finite number, or NaN"
        + " for no data; was -Infinity\n"
        + "  - [ann] DUPLICATE_ID: member 'ann' is listed twice", e.getMessage());
    IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
        () -> Ranking.rank(List.of("ann"), new double[] {1, 2}));
    assertEquals("1 member ids but 2 scores; give one score per member, NaN for no data",
        mismatch.getMessage());
  }

  @Test
  void rankedMemberChecksItsParts() {
    assertEquals("score, rank and percentile are all present or all absent",
        assertThrows(IllegalArgumentException.class, () -> new RankedMember("a",
            OptionalDouble.of(1), OptionalInt.empty(), OptionalDouble.empty())).getMessage());
    assertEquals("score, rank and percentile are all present or all absent",
        assertThrows(IllegalArgumentException.class, () -> new RankedMember("a",
            OptionalDouble.of(1), OptionalInt.of(1), OptionalDouble.empty())).getMessage());
    assertEquals("rank must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> ranked("a", 1, 0, 1)).getMessage());
    assertEquals("percentile must lie in [0, 1], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> ranked("a", 1, 1, 1.5)).getMessage());
    assertEquals("percentile must lie in [0, 1], was NaN",
        assertThrows(IllegalArgumentException.class, () -> ranked("a", 1, 1, NaN)).getMessage());
    assertEquals(true, ranked("a", 1, 1, 1).ranked());
    assertEquals(false, unranked("a").ranked());
  }
}
