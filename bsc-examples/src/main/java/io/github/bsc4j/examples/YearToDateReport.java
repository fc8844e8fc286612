package io.github.bsc4j.examples;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import java.time.YearMonth;

/**
 * A year-to-date report as a manager reads it: a small sales scorecard evaluated for January to
 * March 2026 and compared with January to March 2025. Its output is shown, word for word, in
 * {@code docs/time-and-formulas.md}.
 */
public final class YearToDateReport {
  private YearToDateReport() {}

  /**
   * Prints the explained year-to-date result.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(report());
  }

  /**
   * The year-to-date result through March 2026, explained.
   *
   * @return the text {@link #main} prints
   */
  static String report() {
    // tag::report[]
    ScorecardEngine engine = ScorecardEngine.create();
    ScorecardResult ytd = engine.evaluate(engine.compile(scorecard()), "team-north",
        measurements(), Period.yearToDate(2026, 3), // January to March 2026
        EvaluationOptions.DEFAULT.withComparisons(Comparison.SAME_PERIOD_LAST_YEAR));
    return ytd.explain();
    // end::report[]
  }

  /**
   * A regional sales team's scorecard: revenue (summed over the months) and margin in the
   * financial perspective, satisfaction and the return rate (averaged) in the customer
   * perspective, and the headcount for information.
   *
   * @return the scorecard
   */
  static Scorecard scorecard() {
    return Scorecard.builder("sales-north")
        .name("Sales North")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("grow-revenue", o -> o
            .name("Grow profitable revenue")
            .perspective(Perspective.FINANCIAL)
            .indicator("revenue", i -> i
                .name("Sales revenue").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(1_000_000).target(1_200_000) // a month; summed over the period
                .rollUp(RollUp.SUM)
                .weight(2))
            .indicator("margin", i -> i
                .name("Profit margin").unit("%")
                .lagging().higherIsBetter()
                .baseline(18).target(22)
                .rollUp(RollUp.AVERAGE))
            .indicator("headcount", i -> i
                .name("Headcount")
                .lagging().higherIsBetter()
                .baseline(10).target(12)
                .rollUp(RollUp.LAST)
                .weight(0)))
        .objective("keep-customers", o -> o
            .name("Keep customers")
            .perspective(Perspective.CUSTOMER)
            .indicator("satisfaction", i -> i
                .name("Customer satisfaction").unit("%")
                .lagging().higherIsBetter()
                .baseline(78).target(85)
                .rollUp(RollUp.AVERAGE))
            .indicator("return-rate", i -> i
                .name("Return rate").unit("%")
                .lagging().lowerIsBetter()
                .baseline(4).target(2.5)
                .rollUp(RollUp.AVERAGE)))
        .build();
  }

  /**
   * January to March of 2025 and of 2026, as the CRM reports them.
   *
   * @return the measurements
   */
  static Measurements measurements() {
    double[][] revenue = {{1_000_000, 1_050_000, 1_080_000}, {1_100_000, 1_150_000, 1_200_000}};
    double[][] margin = {{19, 19, 20}, {20, 21, 22}};
    double[][] satisfaction = {{80, 80, 81}, {82, 83, 84}};
    double[][] returnRate = {{3.5, 3.6, 3.4}, {3.25, 3, 2.75}};
    double[][] headcount = {{9, 9, 9}, {10, 10, 11}};
    Measurements.Builder m = Measurements.builder();
    for (int y = 0; y < 2; y++) {
      for (int month = 1; month <= 3; month++) {
        Period p = Period.month(YearMonth.of(2025 + y, month));
        m.put("revenue", p, revenue[y][month - 1])
            .put("margin", p, margin[y][month - 1])
            .put("satisfaction", p, satisfaction[y][month - 1])
            .put("return-rate", p, returnRate[y][month - 1])
            .put("headcount", p, headcount[y][month - 1]);
      }
    }
    return m.build();
  }
}
