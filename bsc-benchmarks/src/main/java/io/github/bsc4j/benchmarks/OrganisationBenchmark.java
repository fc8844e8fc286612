package io.github.bsc4j.benchmarks;

import io.github.bsc4j.cascade.FreeRiderRule;
import io.github.bsc4j.cascade.MemberFunction;
import io.github.bsc4j.cascade.MemberRollUp;
import io.github.bsc4j.cascade.Organisation;
import io.github.bsc4j.cascade.OrganisationEvaluation;
import io.github.bsc4j.cascade.OrganisationPlan;
import io.github.bsc4j.cascade.PayoutCurve;
import io.github.bsc4j.cascade.ScorecardTemplate;
import io.github.bsc4j.cascade.SubjectMeasurements;
import io.github.bsc4j.cascade.TeamPool;
import io.github.bsc4j.cascade.TeamTemplate;
import io.github.bsc4j.cascade.TierMode;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating a sales organisation of {@link #people} people in one team per 20 people (one unit
 * per 100 teams) for Q1 2026 with {@link OrganisationPlan}, per evaluation of the whole
 * organisation (divide by the people for a figure per person): team roll-ups of revenue and
 * referrals, blended scores, payouts, free-rider and over-competition flags, rankings and a pool
 * per team, with the default comparison. The templates are those of bsc-core's
 * {@code SalesOrganisationFixture} (a two-indicator rep scorecard, a two-indicator team one); the
 * data is a formula of the person and the month: every tenth person joins in February, every
 * seventh has no February. 100,000 people is the scale target.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
public class OrganisationBenchmark {
  /** People in the organisation, twenty to a team. */
  @Param({"10000", "100000"})
  public int people;

  private static final YearMonth JANUARY = YearMonth.of(2026, 1);
  private static final Period Q1 = Period.quarter(2026, 1);

  private OrganisationPlan plan;
  private Organisation organisation;
  private SubjectMeasurements data;

  /** Creates the benchmark's state; JMH calls it. */
  public OrganisationBenchmark() {}

  /** Builds the organisation, its data and the plan, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    ScorecardEngine engine = ScorecardEngine.create();
    ScorecardDefaults defaults =
        ScorecardDefaults.DEFAULT.withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS);
    Scorecard rep = Scorecard.builder("rep").defaults(defaults)
        .perspective(Perspective.FINANCIAL)
        .objective("sell", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().unit("EUR").rollUp(RollUp.SUM)
                .baseline(0).target(100).cap(1.5).weight(3))
            .indicator("referrals", i -> i.leading().unit("referrals").rollUp(RollUp.SUM)
                .baseline(0).target(2).cap(1.5).weight(1)))
        .build();
    Scorecard team = Scorecard.builder("team").defaults(defaults)
        .perspective(Perspective.FINANCIAL)
        .objective("grow", o -> o.perspective("financial")
            .indicator("team-revenue", i -> i.lagging().unit("EUR").rollUp(RollUp.SUM)
                .baseline(0).target(300).cap(1.5))
            .indicator("team-referrals", i -> i.leading().unit("referrals").rollUp(RollUp.SUM)
                .baseline(0).target(6).cap(1.5)))
        .build();
    TeamTemplate sales = TeamTemplate.of(
        ScorecardTemplate.compile(engine, team), ScorecardTemplate.compile(engine, rep),
        List.of(MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM),
            MemberRollUp.of("team-referrals", "referrals", MemberFunction.SUM)),
        List.of("team-referrals"));
    plan = OrganisationPlan.builder(sales)
        .blend(1, 1)
        .payout(PayoutCurve.builder("sales-2026").threshold(0.5, 0.5).target(1.0)
            .tier(1.0, 2.0).cap(1.5).mode(TierMode.MARGINAL).build())
        .freeRider(FreeRiderRule.of(List.of("team-revenue")))
        .pool(TeamPool.byBlendedScore(1_000_000))
        .build();
    Organisation.Builder b = Organisation.builder("org");
    int teams = people / 20;
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
      b.membership(id, "t" + (p % teams),
          p % 10 == 0 ? JANUARY.plusMonths(1) : JANUARY.minusYears(1));
      sources.put(id, source(p));
    }
    organisation = b.build();
    data = SubjectMeasurements.of(sources);
  }

  /**
   * Evaluates the organisation for Q1 2026.
   *
   * @return the evaluation
   */
  @Benchmark
  public OrganisationEvaluation evaluate() {
    return plan.evaluate(organisation, data, Q1);
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
        switch (indicatorId) {
          case "revenue":
            return OptionalDouble.of(40 + h % 160);
          case "referrals":
            return OptionalDouble.of(h % 4);
          default:
            return OptionalDouble.empty();
        }
      }

      @Override
      public Set<String> indicatorIds() {
        return Set.of("revenue", "referrals");
      }
    };
  }
}
