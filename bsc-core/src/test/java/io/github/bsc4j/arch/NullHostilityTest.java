package io.github.bsc4j.arch;

import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.data.RollUps;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.IndicatorDetail;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.Trend;
import io.github.bsc4j.formula.Expr;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRules;
import io.github.bsc4j.scoring.Statuses;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public method outside the model (which ModelContractsTest covers) rejects null. */
class NullHostilityTest {

  @Test
  void publicApiRejectsNull() {
    Indicator indicator = Indicator.builder("i").lagging().baseline(0).target(1).build();
    Scorecard card = Scorecard.builder("c").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial").indicator(indicator)).build();
    ScorecardEngine engine = ScorecardEngine.create();
    CompiledScorecard plan = engine.compile(card);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(io.github.bsc4j.data.MeasurementLayout.class,
            io.github.bsc4j.data.MeasurementLayout.of(
                java.util.List.of("a"), java.util.List.of(Period.month(2026, 1))))
        .setDefault(Period.class, Period.month(2026, 1))
        .setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2026, 3))
        .setDefault(java.util.ResourceBundle.class, new java.util.ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[0][];
          }
        })
        .setDefault(Indicator.class, indicator)
        .setDefault(Scorecard.class, card)
        .setDefault(CompiledScorecard.class, plan)
        .setDefault(Target.class, Target.of(1))
        .setDefault(StatusCutoffs.class, StatusCutoffs.DEFAULT)
        .setDefault(Expr.class, new Expr.Num(1))
        .setDefault(double[].class, new double[] {1})
        .setDefault(io.github.bsc4j.engine.NodeResult.class,
            engine.evaluate(plan, "subject", Measurements.builder().build(), Period.month(2026, 1))
                .root())
        .setDefault(ScoringRules.class, ScoringRules.load())
        .setDefault(AggregationStrategies.class, AggregationStrategies.load());
    for (Class<?> type : List.of(Period.class, FiscalCalendar.class, Measurements.class,
        io.github.bsc4j.data.Comparison.class, io.github.bsc4j.data.PeriodKind.class,
        RollUps.class, Formula.class, Expr.Ref.class, Expr.Neg.class, Expr.Binary.class,
        Expr.Call.class, ScoringInput.class, ScoringRules.class, Statuses.class,
        ParameterProblem.class, AggregationInput.class, AggregationStrategies.class,
        ScorecardEngine.class, IndicatorDetail.class, Trend.class,
        io.github.bsc4j.engine.EvaluationOptions.class, io.github.bsc4j.engine.ResultRow.class,
        io.github.bsc4j.engine.ComparedPeriod.class, io.github.bsc4j.engine.NodeResult.class,
        io.github.bsc4j.engine.ScorecardResult.class,
        io.github.bsc4j.engine.UnknownIndicatorException.class,
        io.github.bsc4j.engine.InvalidSubjectException.class,
        io.github.bsc4j.engine.BatchReport.SubjectWarnings.class,
        InvalidMeasurementException.class, io.github.bsc4j.data.PeriodFormatException.class,
        io.github.bsc4j.formula.FormulaException.class,
        io.github.bsc4j.engine.ExtensionFailureException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(Period.month(2026, 1));
    tester.testAllPublicInstanceMethods(FiscalCalendar.CALENDAR);
    tester.testAllPublicInstanceMethods(Measurements.builder().build());
    tester.testAllPublicInstanceMethods(Measurements.builder());
    tester.testAllPublicInstanceMethods(Formula.parse("a + 1"));
    tester.testAllPublicInstanceMethods(ScoringRules.load());
    tester.testAllPublicInstanceMethods(ScoringRules.builder());
    tester.testAllPublicInstanceMethods(AggregationStrategies.load());
    tester.testAllPublicInstanceMethods(AggregationStrategies.builder());
    tester.testAllPublicInstanceMethods(engine);
    tester.testAllPublicInstanceMethods(io.github.bsc4j.engine.ExplainFormat.DEFAULT);
    tester.testAllPublicInstanceMethods(io.github.bsc4j.engine.EvaluationOptions.DEFAULT);
    io.github.bsc4j.engine.ScorecardResult result =
        engine.evaluate(plan, "subject", Measurements.builder().build(), Period.month(2026, 1));
    tester.testAllPublicInstanceMethods(result);
    tester.testAllPublicInstanceMethods(result.root());
    tester.testAllPublicInstanceMethods(AggregationInput.of(new double[] {1}, new double[] {1}));
  }
}
