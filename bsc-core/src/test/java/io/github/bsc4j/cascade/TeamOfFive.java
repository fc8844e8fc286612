package io.github.bsc4j.cascade;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import java.util.List;

/**
 * The hand-computed team of docs/cascades.md, "Shares, flags, ranks and reasons": team 'north'
 * of five salespeople in March 2026, with a lone star (ann), a free rider (eve) and a member
 * without data (dia). Every indicator scores linearly from 0 to a target of 100.
 */
final class TeamOfFive {
  static final Period MARCH = Period.month(2026, 3);
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final List<String> MEMBERS = List.of("ann", "ben", "cem", "dia", "eve");
  static final double NaN = Double.NaN;
  /** Revenue per member; dia has no data. */
  static final double[] REVENUE = {125, 100, 80, NaN, 15};
  /** New customers won per member. */
  static final double[] NEW_CUSTOMERS = {4, 3, 0, NaN, 1};

  private TeamOfFive() {}

  /**
   * The individual template: financial 3, customer 1; revenue (weight 3, cap 1.5) and margin in
   * 'sell'; satisfaction, referrals, visits (weight 2) and the informational calls in 'serve'.
   */
  static Scorecard individual(MissingDataPolicy serveMissing) {
    return Scorecard.builder("rep")
        .perspective(Perspective.FINANCIAL.withWeight(3))
        .perspective(Perspective.CUSTOMER)
        .objective("sell", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("revenue", i -> i.lagging().baseline(0).target(100).weight(3).cap(1.5))
            .indicator("margin", i -> i.lagging().baseline(0).target(100)))
        .objective("serve", o -> o.perspective(Perspective.CUSTOMER).missingData(serveMissing)
            .indicator("satisfaction", i -> i.lagging().baseline(0).target(100))
            .indicator("referrals", i -> i.leading().baseline(0).target(100))
            .indicator("calls", i -> i.leading().baseline(0).target(100).weight(0))
            .indicator("visits", i -> i.leading().baseline(0).target(100).weight(2)))
        .build();
  }

  /** The team template: team revenue, and the collaborative team referrals and joint visits. */
  static Scorecard team() {
    return Scorecard.builder("team")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("grow", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("team-revenue", i -> i.lagging().baseline(0).target(400)))
        .objective("cooperate", o -> o.perspective(Perspective.CUSTOMER)
            .indicator("team-referrals", i -> i.leading().baseline(0).target(100))
            .indicator("joint-visits", i -> i.leading().baseline(0).target(100)))
        .build();
  }

  /** One member's March: revenue, margin, satisfaction, referrals, calls, visits (NaN: none). */
  static Measurements month(double... values) {
    String[] ids = {"revenue", "margin", "satisfaction", "referrals", "calls", "visits"};
    Measurements.Builder b = Measurements.builder();
    for (int i = 0; i < ids.length; i++) {
      if (!Double.isNaN(values[i])) {
        b.put(ids[i], MARCH, values[i]);
      }
    }
    return b.build();
  }

  static ScorecardResult member(String id, MissingDataPolicy serveMissing) {
    CompiledScorecard plan = ENGINE.compile(individual(serveMissing));
    Measurements m = switch (id) {
      // 1.03125: sell 0.75 * 1.25 + 0.25 * 0.75 = 1.125, serve (1 + 0.5) / 2 = 0.75 (visits
      // skipped), 0.75 * 1.125 + 0.25 * 0.75.
      case "ann" -> month(125, 75, 100, 50, 500, NaN);
      // 0.9375: sell 1, serve (1 + 1 + 2 * 0.5) / 4 = 0.75.
      case "ben" -> month(100, 100, 100, 100, 0, 50);
      // 0.7625: sell 0.75 * 0.8 + 0.25 * 0.6 = 0.75, serve 0.8.
      case "cem" -> month(80, 60, 80, 80, 10, 80);
      // No data at all.
      case "dia" -> month(NaN, NaN, NaN, NaN, NaN, NaN);
      // 0.303125: sell 0.75 * 0.15 + 0.25 * 0.4 = 0.2125, serve (0.9 + 0.6 + 2 * 0.4) / 4.
      case "eve" -> month(15, 40, 90, 60, 5, 40);
      default -> throw new IllegalArgumentException(id);
    };
    return ENGINE.evaluate(plan, id, m, MARCH);
  }

  static ScorecardResult member(String id) {
    return member(id, MissingDataPolicy.SKIP);
  }

  /** The team's March: revenue 320 of 400, referrals 50, joint visits as given. */
  static ScorecardResult team(double jointVisits) {
    return ENGINE.evaluate(ENGINE.compile(team()), "north", Measurements.builder()
        .put("team-revenue", MARCH, 320)
        .put("team-referrals", MARCH, 50)
        .put("joint-visits", MARCH, jointVisits)
        .build(), MARCH);
  }
}
