package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.MissingDataPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of shares, ranks and reasons: shares add up to 1 and do not depend on the members' order,
 * ranking does not depend on it either, ranks are competition ranks, and reasons' points add up
 * to the score's distance from target under weighted means.
 */
class ShareAndRankPropertiesTest {

  /** Values over the whole range of magnitudes, some members without data (NaN). */
  @Provide
  Arbitrary<double[]> values() {
    Arbitrary<Double> value = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1e6),
        Arbitraries.integers().between(-1074, 1023).map(e -> Math.scalb(1.0, e))
            .flatMap(m -> Arbitraries.doubles().between(1, 2).map(f -> Math.min(f * m,
                Double.MAX_VALUE))),
        Arbitraries.just(0.0),
        Arbitraries.just(Double.NaN));
    return value.array(double[].class).ofMinSize(1).ofMaxSize(60);
  }

  /** Scores with many ties and some members without data. */
  @Provide
  Arbitrary<double[]> scores() {
    Arbitrary<Double> score = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 6).map(i -> i * 0.25),
        Arbitraries.doubles().between(-2, 2),
        Arbitraries.just(-0.0),
        Arbitraries.just(Double.NaN));
    return score.array(double[].class).ofMaxSize(60);
  }

  static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("m" + i);
    }
    return ids;
  }

  /** A permutation of {@code 0 .. n-1}. */
  static List<Integer> permutation(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  @Property
  void sharesAddUpToOne(@ForAll("values") double[] values) {
    ContributionShares s = ContributionShares.of(ids(values.length), values);
    if (s.outcome() != ContributionShares.Outcome.SHARED) {
      return;
    }
    int n = s.membersWithData();
    double sum = 0;
    for (MemberShare m : s.members()) {
      assertEquals(m.value().isPresent(), m.share().isPresent());
      if (m.share().isPresent()) {
        double share = m.share().getAsDouble();
        assertTrue(share >= 0 && share <= 1, () -> "share " + share);
        sum += share;
      }
    }
    double bound = (n + 2) * Math.ulp(1.0) / 2;
    assertTrue(Math.abs(sum - 1) <= bound, "sum " + sum + " of " + n + " shares");
  }

  @Property
  void sharesDoNotDependOnTheMembersOrder(
      @ForAll("values") double[] values, @ForAll long seed) {
    List<String> ids = ids(values.length);
    ContributionShares s = ContributionShares.of(ids, values);
    List<Integer> order = permutation(values.length, seed);
    List<String> shuffledIds = new ArrayList<>();
    double[] shuffled = new double[values.length];
    for (int i = 0; i < order.size(); i++) {
      shuffledIds.add(ids.get(order.get(i)));
      shuffled[i] = values[order.get(i)];
    }
    ContributionShares t = ContributionShares.of(shuffledIds, shuffled);
    assertEquals(s.outcome(), t.outcome());
    assertEquals(s.total(), t.total());
    for (String id : ids) {
      assertEquals(s.member(id), t.member(id));
    }
  }

  @Property
  void rankingDoesNotDependOnTheInputOrder(
      @ForAll("scores") double[] scores, @ForAll long seed) {
    List<String> ids = ids(scores.length);
    List<Integer> order = permutation(scores.length, seed);
    List<String> shuffledIds = new ArrayList<>();
    double[] shuffled = new double[scores.length];
    for (int i = 0; i < order.size(); i++) {
      shuffledIds.add(ids.get(order.get(i)));
      shuffled[i] = scores[order.get(i)];
    }
    assertEquals(Ranking.rank(ids, scores), Ranking.rank(shuffledIds, shuffled));
  }

  @Property
  void ranksAreCompetitionRanks(@ForAll("scores") double[] scores) {
    List<RankedMember> ranks = Ranking.rank(ids(scores.length), scores);
    assertEquals(scores.length, ranks.size());
    List<Double> withData = new ArrayList<>();
    for (double s : scores) {
      if (!Double.isNaN(s)) {
        withData.add(s);
      }
    }
    int n = withData.size();
    Map<Double, Integer> rankOfScore = new HashMap<>();
    for (int pos = 0; pos < ranks.size(); pos++) {
      RankedMember m = ranks.get(pos);
      assertEquals(pos < n, m.ranked(), "ranked members come first");
      if (!m.ranked()) {
        continue;
      }
      double score = m.score().getAsDouble();
      int rank = m.rank().getAsInt();
      assertTrue(rank >= 1 && rank <= n);
      long higher = withData.stream().filter(s -> s > score).count();
      assertEquals(higher + 1, rank, "one more than the members scoring higher");
      Integer earlier = rankOfScore.putIfAbsent(score + 0.0, rank);
      assertTrue(earlier == null || earlier == rank, "equal scores, equal ranks");
      double percentile = n == 1 ? 1 : (double) (n - rank) / (n - 1);
      assertEquals(percentile, m.percentile().getAsDouble());
    }
  }

  @Property
  void pointsAddUpToTheDistanceFromTarget(
      @ForAll("measurements") double[] values, @ForAll boolean zero) {
    Measurements m = TeamOfFive.month(values);
    ScorecardResult r = TeamOfFive.ENGINE.evaluate(TeamOfFive.ENGINE.compile(
        TeamOfFive.individual(zero ? MissingDataPolicy.ZERO : MissingDataPolicy.SKIP)),
        "p", m, TeamOfFive.MARCH);
    Reasons reasons = Reasons.of(r, Integer.MAX_VALUE);
    double sum = 0;
    for (List<Reason> list : List.of(reasons.lifted(), reasons.lowered(), reasons.noData())) {
      for (Reason reason : list) {
        sum += reason.points();
      }
    }
    double expected = r.score().isPresent() ? r.score().getAsDouble() - 1 : 0;
    assertEquals(expected, sum, 1e-12);
    for (int i = 1; i < reasons.lifted().size(); i++) {
      assertTrue(reasons.lifted().get(i - 1).points() >= reasons.lifted().get(i).points());
    }
    for (int i = 1; i < reasons.lowered().size(); i++) {
      assertTrue(reasons.lowered().get(i - 1).points() <= reasons.lowered().get(i).points());
    }
  }

  /** Six monthly values for the individual template, some missing. */
  @Provide
  Arbitrary<double[]> measurements() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0, 200), Arbitraries.just(Double.NaN))
        .array(double[].class).ofSize(6);
  }
}
