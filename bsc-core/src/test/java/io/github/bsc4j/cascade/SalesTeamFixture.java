package io.github.bsc4j.cascade;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Unit;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A team of four over January to March 2026, computed by hand in docs/cascades.md ("Templates
 * and member roll-ups"): ann, ben and cay all quarter, dan joins in February; ben has no revenue
 * for February; dan's January value (before he joined) must not count.
 *
 * <pre>
 *          ann  ben  cay  dan      SUM  AVERAGE  MEDIAN  MIN  MAX  COUNT
 * Jan      100   80   60  (999)    240   80       80      60   100   3
 * Feb      120    -   70   50      240   80       70      50   120   4
 * Mar      110   90   60   30      290   72.5     75      30   110   4
 * </pre>
 */
final class SalesTeamFixture {
  private SalesTeamFixture() {}

  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);
  static final Period Q1 = Period.quarter(2026, 1);

  static final Scorecard PERSON = Scorecard.builder("person")
      .perspective(Perspective.FINANCIAL)
      .objective("sell", o -> o.perspective("financial")
          .indicator("revenue", i -> i.lagging().unit("EUR").rollUp(RollUp.SUM)
              .baseline(0).target(300))
          .indicator("win-rate", i -> i.leading().unit(Unit.percent()).rollUp(RollUp.AVERAGE)
              .baseline(0).target(50))
          .indicator("deals", i -> i.leading().unit("deals").rollUp(RollUp.SUM)
              .baseline(0).target(10))
          .indicator("revenue-per-deal", i -> i.lagging().unit(Unit.ratio("EUR/deal"))
              .rollUp(RollUp.AVERAGE).baseline(0).target(30).formula("revenue / deals")))
      .build();

  static final Scorecard TEAM = Scorecard.builder("team")
      .perspective(Perspective.FINANCIAL)
      .objective("grow", o -> o.perspective("financial")
          .indicator("team-revenue", i -> i.lagging().unit("EUR").rollUp(RollUp.SUM)
              .baseline(0).target(700))
          .indicator("avg-revenue", i -> i.lagging().unit(Unit.level("EUR")).rollUp(RollUp.AVERAGE)
              .baseline(0).target(80))
          .indicator("median-revenue", i -> i.lagging().unit(Unit.level("EUR"))
              .rollUp(RollUp.AVERAGE).baseline(0).target(80))
          .indicator("min-revenue", i -> i.lagging().unit(Unit.level("EUR")).rollUp(RollUp.MIN)
              .baseline(0).target(50))
          .indicator("max-revenue", i -> i.lagging().unit(Unit.level("EUR")).rollUp(RollUp.MAX)
              .baseline(0).target(120))
          .indicator("headcount", i -> i.lagging().unit(Unit.level("people")).rollUp(RollUp.LAST)
              .baseline(0).target(4).weight(0))
          .indicator("revenue-per-head", i -> i.lagging().unit(Unit.ratio("EUR/head"))
              .rollUp(RollUp.AVERAGE).baseline(0).target(200)
              .formula("[team-revenue] / headcount"))
          .indicator("team-nps", i -> i.leading().unit(Unit.level("points"))
              .rollUp(RollUp.AVERAGE).baseline(0).target(40)))
      .build();

  static final ScorecardTemplate PERSON_TEMPLATE = ScorecardTemplate.compile(ENGINE, PERSON);
  static final ScorecardTemplate TEAM_TEMPLATE = ScorecardTemplate.compile(ENGINE, TEAM);

  static final List<MemberRollUp> ROLL_UPS = List.of(
      MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM),
      MemberRollUp.of("avg-revenue", "revenue", MemberFunction.AVERAGE),
      MemberRollUp.of("median-revenue", "revenue", MemberFunction.MEDIAN),
      MemberRollUp.of("min-revenue", "revenue", MemberFunction.MIN),
      MemberRollUp.of("max-revenue", "revenue", MemberFunction.MAX),
      MemberRollUp.count("headcount"));

  static final TeamTemplate SALES =
      TeamTemplate.of(TEAM_TEMPLATE, PERSON_TEMPLATE, ROLL_UPS, List.of("team-revenue"));

  static final Map<YearMonth, List<String>> ACTIVE = Map.of(
      JAN, List.of("ann", "ben", "cay"),
      FEB, List.of("ann", "ben", "cay", "dan"),
      MAR, List.of("ann", "ben", "cay", "dan"));

  static Measurements revenue(Object... monthAndValue) {
    Measurements.Builder b = Measurements.builder();
    for (int i = 0; i < monthAndValue.length; i += 2) {
      b.put("revenue", Period.month((YearMonth) monthAndValue[i]),
          ((Number) monthAndValue[i + 1]).doubleValue());
    }
    return b.build();
  }

  static final Map<String, MeasurementSource> MEMBERS = Map.of(
      "ann", revenue(JAN, 100, FEB, 120, MAR, 110),
      "ben", revenue(JAN, 80, MAR, 90),
      "cay", revenue(JAN, 60, FEB, 70, MAR, 60),
      "dan", revenue(JAN, 999, FEB, 50, MAR, 30));

  static final MeasurementSource TEAM_OWN = Measurements.builder()
      .put("team-nps", Q1, 35).build();

  static TeamMeasurements north() {
    return TeamMeasurements.of(SALES, ACTIVE, MEMBERS, TEAM_OWN);
  }
}
