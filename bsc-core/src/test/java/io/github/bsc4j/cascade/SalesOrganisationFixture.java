package io.github.bsc4j.cascade;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small organisation computed by hand in docs/cascades.md ("Evaluating an organisation"):
 * teams north (ana, bob, and cid, who joins in February) and south (dee, and eli, who has no
 * data for February), over Q1 2026. bob rides free on north's revenue; dee sells alone while
 * south passes no referrals.
 *
 * <pre>
 *              revenue (Jan Feb Mar)   referrals (Jan Feb Mar)
 * north  ana   150 150 150             2 2 2
 *        bob    10  10  10             1 1 1
 *        cid     -  100 100            -  2 2    (member from February)
 * south  dee   200 200 200             0 0 0
 *        eli   120   -  120            1 -  1
 * </pre>
 */
final class SalesOrganisationFixture {
  private SalesOrganisationFixture() {}

  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);
  static final Period Q1 = Period.quarter(2026, 1);

  static final Scorecard REP = Scorecard.builder("rep")
      .defaults(ScorecardDefaults.DEFAULT.withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS))
      .perspective(Perspective.FINANCIAL)
      .objective("sell", o -> o.perspective("financial")
          .indicator("revenue", i -> i.lagging().unit("EUR").rollUp(RollUp.SUM)
              .baseline(0).target(100).cap(1.5).weight(3))
          .indicator("referrals", i -> i.leading().unit("referrals").rollUp(RollUp.SUM)
              .baseline(0).target(2).cap(1.5).weight(1)))
      .build();

  static final Scorecard TEAM = Scorecard.builder("team")
      .defaults(ScorecardDefaults.DEFAULT.withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS))
      .perspective(Perspective.FINANCIAL)
      .objective("grow", o -> o.perspective("financial")
          .indicator("team-revenue", i -> i.lagging().unit("EUR").rollUp(RollUp.SUM)
              .baseline(0).target(300).cap(1.5))
          .indicator("team-referrals", i -> i.leading().unit("referrals").rollUp(RollUp.SUM)
              .baseline(0).target(6).cap(1.5)))
      .build();

  static final TeamTemplate SALES = TeamTemplate.of(
      ScorecardTemplate.compile(ENGINE, TEAM), ScorecardTemplate.compile(ENGINE, REP),
      List.of(MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM),
          MemberRollUp.of("team-referrals", "referrals", MemberFunction.SUM)),
      List.of("team-referrals"));

  static final Organisation ACME = Organisation.builder("acme").name("Acme")
      .team("north", "North", "acme")
      .team("south", "South", "acme")
      .person("ana", "Ana").person("bob", "Bob").person("cid", "Cid")
      .person("dee", "Dee").person("eli", "Eli")
      .membership("ana", "north", JAN)
      .membership("bob", "north", JAN)
      .membership("cid", "north", FEB)
      .membership("dee", "south", JAN)
      .membership("eli", "south", JAN)
      .build();

  static Measurements rep(Object... monthRevenueReferrals) {
    Measurements.Builder b = Measurements.builder();
    for (int i = 0; i < monthRevenueReferrals.length; i += 3) {
      Period m = Period.month((YearMonth) monthRevenueReferrals[i]);
      b.put("revenue", m, ((Number) monthRevenueReferrals[i + 1]).doubleValue());
      b.put("referrals", m, ((Number) monthRevenueReferrals[i + 2]).doubleValue());
    }
    return b.build();
  }

  static Map<String, MeasurementSource> sources() {
    Map<String, MeasurementSource> m = new LinkedHashMap<>();
    m.put("ana", rep(JAN, 150, 2, FEB, 150, 2, MAR, 150, 2));
    m.put("bob", rep(JAN, 10, 1, FEB, 10, 1, MAR, 10, 1));
    m.put("cid", rep(FEB, 100, 2, MAR, 100, 2));
    m.put("dee", rep(JAN, 200, 0, FEB, 200, 0, MAR, 200, 0));
    m.put("eli", rep(JAN, 120, 1, MAR, 120, 1));
    return m;
  }

  static PayoutCurve curve() {
    return PayoutCurve.builder("sales-2026").threshold(0.5, 0.5).target(1.0)
        .tier(1.0, 2.0).cap(1.5).mode(TierMode.MARGINAL).build();
  }

  static OrganisationPlan plan() {
    return OrganisationPlan.builder(SALES)
        .blend(1, 1)
        .payout(curve())
        .freeRider(FreeRiderRule.of(List.of("team-revenue")))
        .pool(TeamPool.byBlendedScore(100_000))
        .build();
  }

  /** Revenue only, the same each month of Q1: no referrals at all. */
  static Measurements revenueOnly(double monthly) {
    Measurements.Builder b = Measurements.builder();
    for (YearMonth m : List.of(JAN, FEB, MAR)) {
      b.put("revenue", Period.month(m), monthly);
    }
    return b.build();
  }
}
