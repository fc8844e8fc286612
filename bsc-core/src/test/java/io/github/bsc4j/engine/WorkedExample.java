package io.github.bsc4j.engine;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.SubjectKind;
import java.util.List;

/**
 * The worked example of docs/scoring.md: fourteen indicators over the four perspectives, both
 * polarities and in-range, all eight built-in rules, weighted-mean and geometric aggregation, a
 * missing value skipped and a missing value counted as zero.
 */
final class WorkedExample {
  static final Period MARCH = Period.month(2026, 3);

  private WorkedExample() {}

  static Scorecard scorecard() {
    return Scorecard.builder("sales-team")
        .name("Sales team")
        .subjectKind(SubjectKind.TEAM)
        .perspective(Perspective.FINANCIAL.withWeight(2))
        .perspective(Perspective.CUSTOMER)
        .perspective(Perspective.INTERNAL_PROCESS)
        .perspective(Perspective.LEARNING_AND_GROWTH)
        .objective("grow-revenue", o -> o
            .perspective(Perspective.FINANCIAL).weight(3)
            .indicator("sales-revenue", i -> i
                .lagging().unit("EUR").baseline(1_000_000).target(1_200_000).weight(2)
                .action(Status.AT_RISK, "Re-plan the top ten opportunities"))
            .indicator("profit-margin", i -> i
                .lagging().unit("%").baseline(15).target(20).scoring(ScoringSpec.ratio()))
            .indicator("new-product-revenue", i -> i
                .lagging().unit("EUR")
                .scoring(ScoringSpec.piecewise(List.of(
                    Point.of(0, 0), Point.of(100_000, 0.5), Point.of(200_000, 1))))))
        .objective("control-cost", o -> o
            .perspective(Perspective.FINANCIAL)
            .aggregation(AggregationSpec.geometric())
            .indicator("marketing-cost-ratio", i -> i
                .leading().lowerIsBetter().unit("%").baseline(14).target(10)
                .scoring(ScoringSpec.ratio()))
            .indicator("cost-per-transaction", i -> i
                .leading().lowerIsBetter().unit("EUR").baseline(50).target(40)))
        .objective("delight-customers", o -> o
            .perspective(Perspective.CUSTOMER)
            .indicator("customer-satisfaction", i -> i
                .lagging().unit("%").cap(1.2)
                .scoring(ScoringSpec.bands(List.of(
                    Band.of(0, 70, 0), Band.of(70, 80, 0.5), Band.of(80, 90, 1),
                    Band.of(90, 100, 1.2)))))
            .indicator("return-rate", i -> i
                .lagging().lowerIsBetter().unit("%").baseline(4).target(2).thresholds(2, 3)
                .action(Status.OFF_TRACK, "Call every customer who returned goods")))
        .objective("win-customers", o -> o
            .perspective(Perspective.CUSTOMER)
            .indicator("new-customer-share", i -> i
                .lagging().unit("%").baseline(10).target(15))
            .indicator("success-rate", i -> i
                .leading().unit("%").baseline(20).target(25).scoring(ScoringSpec.binary())))
        .objective("respond-fast", o -> o
            .perspective(Perspective.INTERNAL_PROCESS).weight(2)
            .indicator("response-time", i -> i
                .leading().lowerIsBetter().unit("hours").bounds(0, 48)
                .scoring(ScoringSpec.minMax())))
        .objective("keep-stock", o -> o
            .perspective(Perspective.INTERNAL_PROCESS)
            .indicator("stock-days", i -> i
                .leading().inRange().unit("days").scoring(ScoringSpec.inRange(20, 30, 10))))
        .objective("develop-people", o -> o
            .perspective(Perspective.LEARNING_AND_GROWTH)
            .missingData(MissingDataPolicy.ZERO)
            .indicator("training-hours", i -> i
                .leading().unit("hours").baseline(200).target(320))
            .indicator("staff-net-promoter", i -> i
                .leading().baseline(-20).target(-5).scoring(ScoringSpec.relative()))
            .indicator("staff-turnover", i -> i
                .lagging().lowerIsBetter().unit("%").baseline(15).target(10).weight(2)))
        .link("develop-people", "respond-fast")
        .link("respond-fast", "delight-customers")
        .link("delight-customers", "grow-revenue")
        .build();
  }

  /** March's measurements: new-customer-share and staff-turnover are missing. */
  static Measurements march() {
    return Measurements.builder()
        .put("sales-revenue", MARCH, 1_150_000)
        .put("profit-margin", MARCH, 18)
        .put("new-product-revenue", MARCH, 150_000)
        .put("marketing-cost-ratio", MARCH, 12.5)
        .put("cost-per-transaction", MARCH, 44)
        .put("customer-satisfaction", MARCH, 84)
        .put("return-rate", MARCH, 3.5)
        .put("success-rate", MARCH, 27)
        .put("response-time", MARCH, 12)
        .put("stock-days", MARCH, 34)
        .put("training-hours", MARCH, 260)
        .put("staff-net-promoter", MARCH, -7.5)
        .build();
  }
}
