package io.github.bsc4j.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Ranks members by score, highest first, by competition ranking: equal scores share a rank and
 * the next rank leaves a gap ("1, 2, 2, 4").
 *
 * <ul>
 *   <li>Scores tie only when they are exactly equal as doubles ({@code 0.0} and {@code -0.0}
 *       are equal); no tolerance, because a tolerance is not transitive (0.1 ties with 0.15 and
 *       0.15 with 0.2, but not 0.1 with 0.2) and would make a rank depend on who else is ranked.
 *   <li>The percentile is {@code (n − rank) / (n − 1)} for {@code n} ranked members: the share of
 *       the others this member scored at or above. Scores 90, 80, 80, 70 rank 1, 2, 2, 4 with
 *       percentiles 1, 2/3, 2/3, 0. A single ranked member has percentile 1.
 *   <li>Members without data (NaN) are never ranked and follow the ranked ones.
 *   <li>The list is the same whatever order the members are given in: ranked members by rank,
 *       equal ranks by member id; then members without data by member id (ids compare by {@link
 *       String#compareTo(String)}).
 * </ul>
 */
public final class Ranking {
  private Ranking() {}

  /**
   * Ranks members by score.
   *
   * @param memberIds the members, each once; ids follow the engine's rule for subject ids
   * @param scores one score per member, in the same order: a finite number, or NaN for a member
   *     without data
   * @return one entry per member: the ranked ones by rank then id, then the others by id
   *     (unmodifiable)
   * @throws NullPointerException if an argument or a member id is null
   * @throws IllegalArgumentException if there are not as many scores as members
   * @throws CascadeValidationException listing every malformed or repeated member id and every
   *     infinite score
   */
  public static List<RankedMember> rank(List<String> memberIds, double[] scores) {
    MemberInputs.check("ranking input", "score", memberIds, scores);
    double[] s = scores.clone();
    List<Integer> ranked = new ArrayList<>();
    List<Integer> unranked = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (Double.isNaN(s[i])) {
        unranked.add(i);
      } else {
        s[i] += 0.0; // -0.0 becomes 0.0, so that the two tie
        ranked.add(i);
      }
    }
    Comparator<Integer> byId = Comparator.comparing(memberIds::get);
    ranked.sort(Comparator.<Integer>comparingDouble(i -> -s[i]).thenComparing(byId));
    unranked.sort(byId);
    int n = ranked.size();
    List<RankedMember> out = new ArrayList<>(s.length);
    int rank = 0;
    for (int pos = 0; pos < n; pos++) {
      int i = ranked.get(pos);
      if (pos == 0 || s[i] != s[ranked.get(pos - 1)]) {
        rank = pos + 1;
      }
      double percentile = n == 1 ? 1.0 : (double) (n - rank) / (n - 1);
      out.add(new RankedMember(memberIds.get(i), OptionalDouble.of(s[i]), OptionalInt.of(rank),
          OptionalDouble.of(percentile)));
    }
    for (int i : unranked) {
      out.add(new RankedMember(memberIds.get(i), OptionalDouble.empty(), OptionalInt.empty(),
          OptionalDouble.empty()));
    }
    return List.copyOf(out);
  }
}
