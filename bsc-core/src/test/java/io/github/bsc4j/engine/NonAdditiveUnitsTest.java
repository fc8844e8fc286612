package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/model.md: a win rate in percent is not summed over a quarter but
 * derived from won deals and opportunities, which are summed first.
 */
class NonAdditiveUnitsTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  /** Won 1 of 50 in January (2 %), 10 of 20 in February (50 %), 9 of 30 in March (30 %). */
  static final Measurements Q1 = Measurements.builder()
      .put("won", Period.month(2026, 1), 1).put("opportunities", Period.month(2026, 1), 50)
      .put("won", Period.month(2026, 2), 10).put("opportunities", Period.month(2026, 2), 20)
      .put("won", Period.month(2026, 3), 9).put("opportunities", Period.month(2026, 3), 30)
      .build();

  static final Scorecard CARD = Scorecard.builder("sales")
      .perspective(Perspective.CUSTOMER)
      .objective("win", o -> o.perspective("customer")
          .indicator("won", i -> i.leading().unit("deals").rollUp(RollUp.SUM).weight(0)
              .baseline(0).target(25))
          .indicator("opportunities", i -> i.leading().unit("deals").rollUp(RollUp.SUM)
              .weight(0).baseline(0).target(100))
          .indicator("win-rate", i -> i.lagging().unit(Unit.percent()).rollUp(RollUp.AVERAGE)
              .baseline(10).target(25).formula("100 * won / opportunities")))
      .build();

  static double actual(Period period, String id) {
    return ENGINE.evaluate(ENGINE.compile(CARD), "s1", Q1, period).node(id).orElseThrow().indicator()
        .orElseThrow().actual().orElseThrow();
  }

  @Test
  void eachMonthHasItsOwnRate() {
    assertEquals(2.0, actual(Period.month(2026, 1), "win-rate"), 0.0);
    assertEquals(50.0, actual(Period.month(2026, 2), "win-rate"), 0.0);
    assertEquals(30.0, actual(Period.month(2026, 3), "win-rate"), 0.0);
  }

  @Test
  void theQuarterRateIsWonOverOpportunitiesOfTheQuarterNotASumOfRates() {
    assertEquals(20.0, actual(Period.quarter(2026, 1), "won"), 0.0);
    assertEquals(100.0, actual(Period.quarter(2026, 1), "opportunities"), 0.0);
    assertEquals(20.0, actual(Period.quarter(2026, 1), "win-rate"), 0.0,
        "100 * 20 / 100; summing the months would say 82 %, averaging them 27.3 %");
  }
}
