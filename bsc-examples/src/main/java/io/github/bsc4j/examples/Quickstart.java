package io.github.bsc4j.examples;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.SubjectKind;

/** The README's quickstart, kept here so the build compiles it and a test runs it. */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Builds the quickstart scorecard.
   *
   * @return a small two-perspective scorecard
   */
  public static Scorecard scorecard() {
    // tag::quickstart[]
    Scorecard card = Scorecard.builder("sales-team")
        .name("Sales team")
        .subjectKind(SubjectKind.TEAM)
        .vision("The sales team customers recommend")
        .theme("growth", "Profitable growth")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("grow-revenue", o -> o
            .name("Grow revenue")
            .perspective(Perspective.FINANCIAL)
            .theme("growth")
            .indicator("revenue", i -> i
                .name("Sales revenue").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(1_000_000).target(1_200_000)
                .thresholds(1_200_000, 1_050_000)
                .rollUp(RollUp.SUM)
                .rationale("Revenue is the outcome the team is paid for")
                .action(Status.OFF_TRACK, "Review the pipeline with every salesperson")
                .risk("Discounting to close deals early")))
        .objective("keep-customers", o -> o
            .name("Keep customers")
            .perspective(Perspective.CUSTOMER)
            .indicator("return-rate", i -> i
                .name("Return rate").unit("%")
                .lagging().lowerIsBetter()
                .baseline(4.0).target(2.5)
                .thresholds(2.5, 4.0)))
        .link("keep-customers", "grow-revenue")
        .build();
    // end::quickstart[]
    return card;
  }

  /**
   * The README's scoring section: evaluates the quickstart scorecard for March 2026.
   *
   * @param card the quickstart scorecard
   * @return the result
   */
  public static ScorecardResult evaluate(Scorecard card) {
    // tag::scoring[]
    ScorecardEngine engine = ScorecardEngine.create();
    CompiledScorecard plan = engine.compile(card);            // immutable, share it between threads
    Measurements march = Measurements.builder()
        .put("revenue", Period.month(2026, 3), 1_150_000)
        .put("return-rate", Period.month(2026, 3), 3.1)
        .build();                                              // or implement MeasurementSource
    ScorecardResult result = engine.evaluate(plan, "E-1001", march, Period.month(2026, 3));
    System.out.println(result.explain());
    // end::scoring[]
    return result;
  }
}
