package io.github.bsc4j.engine;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;

/**
 * The 12-month example of docs/time-and-formulas.md: monthly revenue (SUM), satisfaction
 * (AVERAGE), headcount (LAST) and revenue per head derived from the first and the last.
 */
final class TwelveMonths {
  static final double[] REVENUE = {90, 95, 110, 100, 105, 120, 100, 110, 115, 120, 125, 130};
  static final double[] SATISFACTION = {80, 84, 86, 88, 90, 92, 85, 87, 89, 90, 91, 93};
  static final double[] HEADCOUNT = {9, 9, 10, 10, 10, 12, 12, 12, 12, 12, 12, 12};

  private TwelveMonths() {}

  static Scorecard scorecard() {
    return Scorecard.builder("sales-2026")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("grow", o -> o
            .perspective(Perspective.FINANCIAL)
            .indicator("revenue", i -> i
                .lagging().rollUp(RollUp.SUM).baseline(80).target(100).cap(1.2).weight(2))
            .indicator("revenue-per-head", i -> i
                .lagging().rollUp(RollUp.SUM).baseline(8).target(10)
                .formula("revenue / headcount"))
            .indicator("headcount", i -> i
                .lagging().rollUp(RollUp.LAST).baseline(8).target(10).weight(0)))
        .objective("delight", o -> o
            .perspective(Perspective.CUSTOMER)
            .indicator("satisfaction", i -> i
                .lagging().rollUp(RollUp.AVERAGE).baseline(70).target(90)))
        .build();
  }

  /** Monthly measurements of 2026; revenue per head is never measured, always derived. */
  static Measurements year2026() {
    Measurements.Builder m = Measurements.builder();
    for (int k = 0; k < 12; k++) {
      Period month = Period.month(2026, k + 1);
      m.put("revenue", month, REVENUE[k]);
      m.put("satisfaction", month, SATISFACTION[k]);
      m.put("headcount", month, HEADCOUNT[k]);
    }
    return m.build();
  }
}
