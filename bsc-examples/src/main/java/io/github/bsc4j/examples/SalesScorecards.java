package io.github.bsc4j.examples;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.SubjectKind;
import io.github.bsc4j.model.UpdateFrequency;
import java.time.YearMonth;

/**
 * The reference scenario's scorecards, after a paper on the Balanced Scorecard for sales-team
 * performance evaluation (its KPI definitions are in {@code docs/sales-team-kpis.md}): a team
 * scorecard over the four perspectives. Later releases add the individual scorecard and the blend
 * of both.
 */
public final class SalesScorecards {
  /** The month the example evaluates first. */
  public static final Period MARCH_2026 = Period.month(2026, 3);

  private SalesScorecards() {}

  /**
   * The team's monthly measurements from January 2025 to May 2026, as an application would load
   * them from its CRM and HR systems. March 2026 holds the values the README and docs discuss;
   * the other months drift steadily towards it. The share of revenue from new customers has not
   * been reported in 2026 yet.
   *
   * @return the measurements
   */
  public static Measurements team2025To2026() {
    Measurements.Builder m = Measurements.builder();
    for (int i = 0; i < 17; i++) {
      Period month = Period.month(YearMonth.of(2025, 1).plusMonths(i));
      int fromMarch = i - 14; // 0 in March 2026
      double headcount = i >= 12 ? 10 : 9;
      double revenue = 1_150_000 + 10_000.0 * fromMarch;
      m.put("sales-revenue", month, revenue)
          .put("profit-margin", month, 21 + 0.25 * fromMarch)
          .put("customer-satisfaction", month, 82 + 0.5 * fromMarch)
          .put("return-rate", month, 3.1 - 0.05 * fromMarch)
          .put("response-time", month, 10 - 0.5 * fromMarch)
          .put("rework", month, 4 - fromMarch)
          .put("training-hours", month, 260 + 5.0 * fromMarch)
          .put("staff-turnover", month, 12 - 0.2 * fromMarch)
          .put("headcount", month, headcount);
      if (i < 12) {
        m.put("new-customer-revenue-share", month, 12 + 0.1 * i);
      }
    }
    return m.build();
  }

  /**
   * The sales team's scorecard: ten indicators from the paper's team catalogue, leading and
   * lagging, both polarities, plus the headcount that revenue per head divides by (weight 0),
   * with the cause-effect chain from people to revenue.
   *
   * @return the team scorecard
   */
  public static Scorecard team() {
    return Scorecard.builder("sales-team")
        .name("Sales team")
        .subjectKind(SubjectKind.TEAM)
        .description("Team scorecard of a regional sales team, reviewed monthly")
        .vision("The sales team our customers recommend and our best people want to join")
        .mission("Grow market share and profit by customer-oriented selling")
        .theme("growth", "Profitable growth")
        .theme("intimacy", "Customer intimacy")
        .perspectives(Perspective.standard())
        // Financial: raise market share and profitability.
        .objective("grow-revenue", o -> o
            .name("Grow profitable revenue")
            .perspective(Perspective.FINANCIAL)
            .theme("growth")
            .weight(2)
            .owner("Head of sales")
            .indicator("sales-revenue", i -> i
                .name("Sales revenue").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(1_000_000).target(1_200_000)
                .thresholds(1_200_000, 1_050_000)
                .rollUp(RollUp.SUM)
                .weight(2)
                .rationale("The outcome the team exists for")
                .action(Status.AT_RISK, "Re-plan the quarter's top ten opportunities")
                .action(Status.OFF_TRACK, "Review the pipeline with every salesperson")
                .risk("Discounting to close deals early")
                .risk("Stuffing the channel at period end"))
            .indicator("profit-margin", i -> i
                .name("Sales profit margin").unit("%")
                .lagging().higherIsBetter()
                .rollUp(RollUp.AVERAGE)
                .baseline(18).target(22)
                .thresholds(22, 18)
                .rationale("Revenue bought with discounts does not pay")
                .risk("Walking away from strategic low-margin accounts"))
            .indicator("revenue-per-head", i -> i
                .name("Revenue per head").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(100_000).target(120_000)
                .rollUp(RollUp.SUM)
                .formula("[sales-revenue] / headcount")
                .rationale("Productivity of the team, not only its size")))
        // Customer: customer-oriented selling, the largest possible market share.
        .objective("delight-customers", o -> o
            .name("Delight customers")
            .perspective(Perspective.CUSTOMER)
            .theme("intimacy")
            .indicator("customer-satisfaction", i -> i
                .name("Customer satisfaction").unit("%")
                .lagging().higherIsBetter()
                .baseline(78).target(85)
                .bounds(0, 100)
                .thresholds(85, 75)
                .rollUp(RollUp.AVERAGE)
                .updateFrequency(UpdateFrequency.QUARTERLY)
                .rationale("Satisfied customers rebuy and recommend")
                .action(Status.OFF_TRACK, "Call every detractor within a week"))
            .indicator("return-rate", i -> i
                .name("Return rate").unit("%")
                .lagging().lowerIsBetter()
                .baseline(4).target(2.5)
                .thresholds(2.5, 4)
                .rollUp(RollUp.AVERAGE)
                .rationale("Returns undo revenue and signal overselling")
                .risk("Refusing legitimate returns")))
        .objective("win-new-customers", o -> o
            .name("Win new customers")
            .perspective(Perspective.CUSTOMER)
            .theme("growth")
            .indicator("new-customer-revenue-share", i -> i
                .name("Revenue share from new customers").unit("%")
                .lagging().higherIsBetter()
                .baseline(10).target(15)
                .rollUp(RollUp.AVERAGE)
                .rationale("Market share grows only with new customers")))
        // Internal process: the processes behind the customer and financial goals.
        .objective("respond-fast", o -> o
            .name("Respond fast to customer requests")
            .perspective(Perspective.INTERNAL_PROCESS)
            .theme("intimacy")
            .indicator("response-time", i -> i
                .name("Response time to customer requests").unit("hours")
                .leading().lowerIsBetter()
                .baseline(24).target(8)
                .thresholds(8, 24)
                .rollUp(RollUp.AVERAGE)
                .rationale("Slow answers lose deals before price is discussed")
                .risk("Fast but empty answers")))
        .objective("reduce-rework", o -> o
            .name("Get it right first time")
            .perspective(Perspective.INTERNAL_PROCESS)
            .indicator("rework", i -> i
                .name("Rework").unit("cases")
                .leading().lowerIsBetter()
                .baseline(12).target(5)
                .rollUp(RollUp.SUM)
                .risk("Hiding rework instead of fixing its cause")))
        // Learning and growth: learn and adapt to keep the products in the market.
        .objective("develop-people", o -> o
            .name("Develop capable salespeople")
            .perspective(Perspective.LEARNING_AND_GROWTH)
            .indicator("training-hours", i -> i
                .name("Training hours").unit("hours")
                .leading().higherIsBetter()
                .baseline(200).target(320)
                .rollUp(RollUp.SUM)
                .rationale("Skills drive response time and success rate")
                .risk("Training for the sake of the hours"))
            .indicator("staff-turnover", i -> i
                .name("Staff turnover").unit("%")
                .lagging().lowerIsBetter()
                .baseline(15).target(10)
                .thresholds(10, 15)
                .rollUp(RollUp.AVERAGE))
            .indicator("headcount", i -> i
                .name("Team headcount").unit("people")
                .lagging().higherIsBetter()
                .baseline(9).target(10)
                .weight(0)
                .rollUp(RollUp.LAST)
                .rationale("Informational: the denominator of revenue per head")))
        .link("develop-people", "respond-fast")
        .link("respond-fast", "delight-customers")
        .link("reduce-rework", "delight-customers")
        .link("delight-customers", "grow-revenue")
        .link("win-new-customers", "grow-revenue")
        .build();
  }
}
