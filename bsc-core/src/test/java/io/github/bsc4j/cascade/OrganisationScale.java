package io.github.bsc4j.cascade;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A measurement command, not a test: evaluates an organisation of 100,000 people in 5,000 teams
 * (under 50 units) for Q1 2026 with its default comparison, with deterministic data (every tenth
 * person joins in February, every seventh has no February), and prints the wall time of each
 * run. Run it as docs/cascades.md ("Evaluating an organisation", "Cost") says:
 *
 * <pre>
 * ./mvnw -B -o -q test-compile -pl bsc-core
 * java -Xss1m -cp bsc-core/target/classes:bsc-core/target/test-classes:$(ls \
 *     ~/.m2/repository/org/slf4j/slf4j-api/2.*&#47;slf4j-api-2.*.jar | head -n 1) \
 *     io.github.bsc4j.cascade.OrganisationScale [people] [teams] [runs]
 * </pre>
 */
public final class OrganisationScale {
  private OrganisationScale() {}

  /**
   * Builds the organisation and its data, then times evaluations.
   *
   * @param args people (100000), teams (5000), timed runs (5), all optional
   */
  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int teams = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    YearMonth jan = YearMonth.of(2026, 1);
    long t0 = System.nanoTime();
    Organisation.Builder b = Organisation.builder("org");
    int units = Math.max(1, teams / 100);
    for (int u = 0; u < units; u++) {
      b.unit("u" + u, "Unit " + u, "org");
    }
    for (int t = 0; t < teams; t++) {
      b.team("t" + t, "Team " + t, "u" + (t % units));
    }
    Map<String, MeasurementSource> sources = new HashMap<>();
    for (int p = 0; p < people; p++) {
      String id = "p" + p;
      b.person(id, "Person " + p);
      b.membership(id, "t" + (p % teams), p % 10 == 0 ? jan.plusMonths(1) : jan.minusYears(1));
      sources.put(id, source(p));
    }
    Organisation org = b.build();
    SubjectMeasurements data = SubjectMeasurements.of(sources);
    OrganisationPlan plan = OrganisationPlan.builder(SalesOrganisationFixture.SALES)
        .blend(1, 1)
        .payout(SalesOrganisationFixture.curve())
        .freeRider(FreeRiderRule.of(List.of("team-revenue")))
        .pool(TeamPool.byBlendedScore(1_000_000))
        .build();
    System.out.printf("built %,d people in %,d teams in %.2f s%n", people, teams,
        (System.nanoTime() - t0) / 1e9);
    Period q1 = Period.quarter(2026, 1);
    for (int w = 0; w < 2; w++) {
      long s = System.nanoTime();
      plan.evaluate(org, data, q1);
      System.out.printf("warm-up %d: %.2f s%n", w + 1, (System.nanoTime() - s) / 1e9);
    }
    for (int r = 0; r < runs; r++) {
      long s = System.nanoTime();
      OrganisationEvaluation e = plan.evaluate(org, data, q1);
      double secs = (System.nanoTime() - s) / 1e9;
      System.out.printf("run %d: %.2f s (%,d members, %,d teams, first %s %s)%n", r + 1, secs,
          e.members().size(), e.teams().size(), e.members().get(0).personId(),
          e.members().get(0).blended().score());
    }
  }

  /** Person {@code p}'s values for October 2025 to March 2026, derived from p and the month. */
  private static MeasurementSource source(int p) {
    return new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        if (!period.isWholeMonths() || !period.start().plusMonths(1).equals(period.end())) {
          return OptionalDouble.empty();
        }
        YearMonth m = YearMonth.from(period.start());
        int k = (int) (m.getYear() * 12L + m.getMonthValue() - (2025 * 12L + 10));
        if (k < 0 || k > 5 || (p % 7 == 0 && m.getMonthValue() == 2)) {
          return OptionalDouble.empty();
        }
        int h = (p * 31 + k * 17) & 0xff;
        return switch (indicatorId) {
          case "revenue" -> OptionalDouble.of(40 + h % 160);
          case "referrals" -> OptionalDouble.of(h % 4);
          default -> OptionalDouble.empty();
        };
      }

      @Override
      public Set<String> indicatorIds() {
        return Set.of("revenue", "referrals");
      }
    };
  }
}
