package io.github.bsc4j.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.InvalidPeriodException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.data.PeriodFormatException;
import io.github.bsc4j.engine.ExtensionFailureException;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.formula.FormulaException;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.CauseEffectLink;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.LinkSign;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.model.ScorecardValidationTest;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.model.Thresholds;
import io.github.bsc4j.scoring.ExtensionRegistrationException;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: one row per bad input a user can give the library, across builders,
 * formulas, periods, measurements, parameters and extensions. Each row states the exception type,
 * the problem code and the element the problem must name; the test checks all three, and that
 * the message names the element (or, where the row says so, another text that locates it).
 * Adding a row is the way to pin a new edge.
 */
class BadInputCorpusTest {
  private static final Period MARCH = Period.month(2026, 3);
  private static final ScorecardEngine ENGINE = ScorecardEngine.create();

  /**
   * One bad input.
   *
   * @param name what the row tries
   * @param type the exact exception type expected
   * @param code a code one of its problems must have
   * @param element the element id that problem must name
   * @param mentions a text the exception's message must contain (usually the element)
   * @param action the bad input
   */
  record Row(
      String name,
      Class<? extends BscException> type,
      ProblemCode code,
      String element,
      String mentions,
      Executable action) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row row(String name, Class<? extends BscException> type, ProblemCode code,
      String element, Executable action) {
    return new Row(name, type, code, element, element, action);
  }

  private static Row row(String name, Class<? extends BscException> type, ProblemCode code,
      String element, String mentions, Executable action) {
    return new Row(name, type, code, element, mentions, action);
  }

  private static Row model(String name, ProblemCode code, String element, Executable action) {
    return row(name, ScorecardValidationException.class, code, element, action);
  }

  private static Row formula(String name, ProblemCode code, String text, int position) {
    return row(name, FormulaException.class, code, FormulaException.ELEMENT,
        "at position " + position + ":", () -> Formula.parse(text));
  }

  private static Row period(String name, ProblemCode code, String element, Executable action) {
    return row(name, InvalidPeriodException.class, code, element, action);
  }

  private static Row periodText(String name, ProblemCode code, String text) {
    return row(name, PeriodFormatException.class, code, text, () -> Period.parse(text));
  }

  // ----- a valid card to break: the one ScorecardValidationTest breaks rule by rule ---------

  static Scorecard.Builder card(UnaryOperator<Indicator.Builder> revenue) {
    return ScorecardValidationTest.revenue(revenue);
  }

  static Scorecard.Builder card() {
    return ScorecardValidationTest.card();
  }

  static Executable build(Scorecard.Builder builder) {
    return builder::build;
  }

  static Executable compile(Scorecard.Builder builder) {
    Scorecard card = builder.build();
    return () -> ENGINE.compile(card);
  }

  static Executable compileWith(ScorecardEngine engine, Scorecard.Builder builder) {
    Scorecard card = builder.build();
    return () -> engine.compile(card);
  }

  /** Evaluates the card for March with every indicator measured, through {@code engine}. */
  static Executable evaluateWith(ScorecardEngine engine, Scorecard.Builder builder) {
    Scorecard card = builder.build();
    Measurements m = Measurements.of(MARCH,
        Map.of("revenue", 110.0, "returns", 3.0, "response", 16.0, "training", 15.0));
    return () -> engine.evaluate(engine.compile(card), "subject", m, MARCH);
  }

  static String nested(int depth) {
    return "(".repeat(depth) + "a" + ")".repeat(depth);
  }

  // ----- extensions that misbehave -------------------------------------------------------------

  record Rule(String name, ToDoubleFunction<ScoringInput> score, List<ParameterProblem> problems)
      implements ScoringRule {
    Rule(String name, ToDoubleFunction<ScoringInput> score) {
      this(name, score, List.of());
    }

    @Override
    public List<ParameterProblem> validate(Indicator indicator) {
      return problems;
    }

    @Override
    public double score(ScoringInput input) {
      return score.applyAsDouble(input);
    }
  }

  record Strategy(String name, ToDoubleFunction<AggregationInput> result,
      Optional<double[]> parts) implements AggregationStrategy {
    Strategy(String name, ToDoubleFunction<AggregationInput> result) {
      this(name, result, Optional.empty());
    }

    @Override
    public double aggregate(AggregationInput input) {
      return result.applyAsDouble(input);
    }

    @Override
    public Optional<double[]> contributions(AggregationInput input) {
      return parts;
    }
  }

  static ScorecardEngine withRule(ScoringRule rule) {
    return ScorecardEngine.of(ScoringRules.builder().addServiceLoaded().add(rule).build(),
        AggregationStrategies.load());
  }

  static ScorecardEngine withStrategy(AggregationStrategy strategy) {
    return ScorecardEngine.of(ScoringRules.load(),
        AggregationStrategies.builder().addServiceLoaded().add(strategy).build());
  }

  static Scorecard.Builder revenueScoredBy(String rule) {
    return card(i -> i.scoring(rule));
  }

  static Scorecard.Builder growAggregatedBy(String strategy) {
    return Scorecard.builder("sales")
        .perspective(Perspective.FINANCIAL)
        .objective("grow", o -> o
            .perspective(Perspective.FINANCIAL)
            .aggregation(AggregationSpec.of(strategy))
            .indicator("revenue", i -> i.lagging().baseline(100).target(120))
            .indicator("margin", i -> i.lagging().baseline(10).target(20)));
  }

  static Executable evaluateGrow(ScorecardEngine engine, String strategy) {
    Scorecard card = growAggregatedBy(strategy).build();
    Measurements m = Measurements.of(MARCH, Map.of("revenue", 110.0, "margin", 15.0));
    return () -> engine.evaluate(engine.compile(card), "subject", m, MARCH);
  }

  @SuppressWarnings("unchecked")
  static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  // ----- the corpus ----------------------------------------------------------------------------

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    String megabyte = "x".repeat(1_000_000);

    // Builders: ids, references, numbers, consistency, links, limits.
    rows.add(model("malformed indicator id", ProblemCode.MALFORMED_ID, "1revenue",
        build(card().objective("x", o -> o.perspective("financial")
            .indicator("1revenue", i -> i.lagging().baseline(0).target(1))))));
    rows.add(model("malformed scorecard id", ProblemCode.MALFORMED_ID, "9",
        build(Scorecard.builder("9").perspective(Perspective.FINANCIAL))));
    rows.add(model("id of 65 characters", ProblemCode.MALFORMED_ID, "a".repeat(65),
        build(card().theme("a".repeat(65), "Long"))));
    rows.add(model("megabyte id, cut in the message", ProblemCode.MALFORMED_ID,
        "y".repeat(200) + "…(+999800 chars)",
        build(card().theme("y".repeat(1_000_000), "Huge"))));
    rows.add(model("indicator id used twice", ProblemCode.DUPLICATE_ID, "revenue",
        build(card().objective("x", o -> o.perspective("financial")
            .indicator("revenue", i -> i.lagging().baseline(0).target(1))))));
    rows.add(model("objective id equals a perspective id", ProblemCode.DUPLICATE_ID, "financial",
        build(card().objective("financial", o -> o.perspective("financial")))));
    rows.add(model("scorecard id equals an indicator id", ProblemCode.DUPLICATE_ID, "sales",
        build(card().perspective(Perspective.of("people", "People"))
            .objective("people-x", o -> o.perspective("people")
                .indicator("sales", i -> i.lagging().baseline(0).target(1))))));
    rows.add(model("objective in an unknown perspective", ProblemCode.DANGLING_REFERENCE, "x",
        build(card().objective("x", o -> o.perspective("custmer")))));
    rows.add(model("objective in an unknown theme", ProblemCode.DANGLING_REFERENCE, "x",
        build(card().objective("x", o -> o.perspective("financial").theme("nope")))));
    rows.add(model("link to an unknown objective", ProblemCode.DANGLING_REFERENCE, "learn->ghost",
        build(card().link("learn", "ghost"))));
    rows.add(model("NaN target", ProblemCode.NON_FINITE_NUMBER, "revenue",
        build(card(i -> i.target(Double.NaN)))));
    rows.add(model("infinite baseline", ProblemCode.NON_FINITE_NUMBER, "revenue",
        build(card(i -> i.baseline(Double.POSITIVE_INFINITY)))));
    rows.add(model("infinite objective weight", ProblemCode.NON_FINITE_NUMBER, "x",
        build(card().objective("x", o -> o.perspective("financial")
            .weight(Double.POSITIVE_INFINITY)))));
    rows.add(model("negative indicator weight", ProblemCode.NEGATIVE_WEIGHT, "revenue",
        build(card(i -> i.weight(-1)))));
    rows.add(model("all indicator weights zero", ProblemCode.ALL_WEIGHTS_ZERO, "grow",
        build(card(i -> i.weight(0)))));
    rows.add(model("cap below 1", ProblemCode.CAP_BELOW_ONE, "revenue",
        build(card(i -> i.cap(0.9)))));
    rows.add(model("minimum coverage above 1", ProblemCode.VALUE_OUT_OF_RANGE, "sales",
        build(card().defaults(ScorecardDefaults.DEFAULT.withMinimumCoverage(1.5)))));
    rows.add(model("link strength above 1", ProblemCode.VALUE_OUT_OF_RANGE, "learn->keep",
        build(card().link(new CauseEffectLink("learn", "keep", 2, LinkSign.POSITIVE)))));
    rows.add(model("higher-is-better target below baseline", ProblemCode.POLARITY_INCONSISTENT,
        "revenue", build(card(i -> i.target(90)))));
    rows.add(model("thresholds in the wrong order", ProblemCode.THRESHOLD_ORDER, "revenue",
        build(card(i -> i.thresholds(100, 120)))));
    rows.add(model("range thresholds on a directional indicator",
        ProblemCode.THRESHOLD_POLARITY_MISMATCH, "revenue",
        build(card(i -> i.thresholds(Thresholds.range(10, 20, 5, 30))))));
    rows.add(model("overlapping bands", ProblemCode.OVERLAPPING_BANDS, "revenue",
        build(card(i -> i.scoring(ScoringSpec.bands(List.of(
            Band.of(0, 50, 0.2), Band.of(40, 1000, 1))))))));
    rows.add(model("empty min/max interval", ProblemCode.EMPTY_INTERVAL, "revenue",
        build(card(i -> i.bounds(1000, 1000)))));
    rows.add(model("piecewise x not increasing", ProblemCode.NOT_STRICTLY_INCREASING, "revenue",
        build(card(i -> i.scoring(ScoringSpec.piecewise(List.of(
            Point.of(100, 0), Point.of(100, 1))))))));
    rows.add(model("baseline outside min/max", ProblemCode.OUTSIDE_MIN_MAX, "revenue",
        build(card(i -> i.baseline(-5)))));
    rows.add(model("indicator without a kind", ProblemCode.MISSING_ATTRIBUTE, "k",
        build(card().objective("x", o -> o.perspective("financial")
            .indicator("k", i -> i.baseline(0).target(1))))));
    rows.add(model("blank formula", ProblemCode.BLANK_TEXT, "revenue",
        build(card(i -> i.formula("  ")))));
    rows.add(model("formula over 4,096 characters", ProblemCode.TEXT_TOO_LONG, "revenue",
        build(card(i -> i.formula("a".repeat(4097))))));
    rows.add(model("link from an objective to itself", ProblemCode.SELF_LINK, "grow->grow",
        build(card().link("grow", "grow"))));
    rows.add(model("the same link twice", ProblemCode.DUPLICATE_LINK, "learn->fast",
        build(card().link("learn", "fast"))));
    rows.add(model("links in a cycle", ProblemCode.LINK_CYCLE, "grow",
        build(card().link("grow", "fast"))));
    rows.add(model("carry-forward past 120 months", ProblemCode.LIMIT_EXCEEDED, "revenue",
        build(card(i -> i.carryForward(Integer.MAX_VALUE)))));
    rows.add(model("overlapping target schedule", ProblemCode.OVERLAPPING_PERIODS, "revenue",
        build(card(i -> i.target(Target.schedule(List.of(
            ScheduledTarget.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), 120),
            ScheduledTarget.of(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 1), 130))))))));
    rows.add(model("schedule entry in year 10000", ProblemCode.VALUE_OUT_OF_RANGE,
        "[9999-12-01, +10000-02-01)", () -> ScheduledTarget.of(
            LocalDate.of(9999, 12, 1), LocalDate.of(10000, 2, 1), 1)));

    // Parameters and names, found when compiling.
    rows.add(model("unknown scoring rule", ProblemCode.UNKNOWN_SCORING_RULE, "revenue",
        compile(card(i -> i.scoring("linaer")))));
    rows.add(model("unknown aggregation", ProblemCode.UNKNOWN_AGGREGATION, "grow",
        compile(growAggregatedBy("avg"))));
    rows.add(model("min-max without bounds", ProblemCode.BAD_PARAMETER, "returns",
        compile(Scorecard.builder("sales").perspective(Perspective.CUSTOMER)
            .objective("keep", o -> o.perspective("customer")
                .indicator("returns", i -> i.lagging().lowerIsBetter().baseline(4).target(2)
                    .scoring(ScoringSpec.minMax()))))));
    rows.add(model("in-range with a zero tolerance", ProblemCode.BAD_PARAMETER, "temp",
        compile(Scorecard.builder("plant").perspective(Perspective.INTERNAL_PROCESS)
            .objective("run", o -> o.perspective("internal-process")
                .indicator("temp", i -> i.leading().inRange()
                    .scoring(ScoringSpec.inRange(18, 22, 0)))))));
    rows.add(model("power mean without p", ProblemCode.BAD_PARAMETER, "grow",
        compile(growAggregatedBy("power-mean"))));
    rows.add(model("NaN power-mean exponent", ProblemCode.NON_FINITE_NUMBER, "sales",
        build(card().aggregation(AggregationSpec.powerMean(Double.NaN)))));
    rows.add(model("formula syntax at compile", ProblemCode.FORMULA_SYNTAX, "revenue",
        compile(card(i -> i.formula("returns +")))));
    rows.add(model("formula nested too deep at compile", ProblemCode.LIMIT_EXCEEDED, "revenue",
        compile(card(i -> i.formula(nested(65))))));
    rows.add(model("formula naming an unknown indicator", ProblemCode.UNKNOWN_REFERENCE,
        "revenue", compile(card(i -> i.formula("returns * ghost")))));
    rows.add(model("derived indicators in a cycle", ProblemCode.FORMULA_CYCLE, "revenue",
        compile(card(i -> i.formula("revenue + 1")))));

    // Formulas on their own.
    rows.add(formula("empty formula", ProblemCode.FORMULA_SYNTAX, "", 0));
    rows.add(formula("dangling operator", ProblemCode.FORMULA_SYNTAX, "a +", 3));
    rows.add(formula("unclosed parenthesis", ProblemCode.FORMULA_SYNTAX, "(a + b", 6));
    rows.add(formula("unclosed bracket", ProblemCode.FORMULA_SYNTAX, "[gross-margin", 0));
    rows.add(formula("unknown function", ProblemCode.FORMULA_SYNTAX, "sqrt(a)", 0));
    rows.add(formula("abs of two arguments", ProblemCode.FORMULA_SYNTAX, "abs(a, b)", 0));
    rows.add(formula("literal too large", ProblemCode.FORMULA_SYNTAX, "a * 1e999", 4));
    rows.add(formula("literal too small", ProblemCode.FORMULA_SYNTAX, "a * 1e-400", 4));
    rows.add(formula("unexpected character", ProblemCode.FORMULA_SYNTAX, "a $ b", 2));
    rows.add(formula("nested 65 deep", ProblemCode.LIMIT_EXCEEDED, nested(65), 64));
    rows.add(formula("4,097 characters", ProblemCode.LIMIT_EXCEEDED, "a".repeat(4097), 4096));

    // Periods.
    rows.add(periodText("month 13", ProblemCode.MALFORMED_PERIOD, "2026-13"));
    rows.add(periodText("not a period at all", ProblemCode.MALFORMED_PERIOD, "last March"));
    rows.add(periodText("empty period text", ProblemCode.MALFORMED_PERIOD, ""));
    rows.add(row("megabyte period text", PeriodFormatException.class, ProblemCode.TEXT_TOO_LONG,
        "x".repeat(200) + "…(+999800 chars)", () -> Period.parse(megabyte)));
    rows.add(row("fiscal quarter 5", PeriodFormatException.class, ProblemCode.MALFORMED_PERIOD,
        "FY2026-Q5", () -> FiscalCalendar.startingIn(java.time.Month.APRIL).parse("FY2026-Q5")));
    rows.add(period("quarter 5", ProblemCode.VALUE_OUT_OF_RANGE, "2026-Q5",
        () -> Period.quarter(2026, 5)));
    rows.add(period("half 3", ProblemCode.VALUE_OUT_OF_RANGE, "2026-H3",
        () -> Period.half(2026, 3)));
    rows.add(period("year 10000", ProblemCode.VALUE_OUT_OF_RANGE, "10000-01",
        () -> Period.month(10_000, 1)));
    rows.add(period("year 999,999,999", ProblemCode.VALUE_OUT_OF_RANGE, "999999999",
        () -> Period.year(999_999_999)));
    rows.add(period("end before start", ProblemCode.EMPTY_INTERVAL, "[2026-02-01, 2026-01-01)",
        () -> Period.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))));
    rows.add(period("last day before first day", ProblemCode.EMPTY_INTERVAL,
        "2026-02-01..2026-01-31",
        () -> Period.days(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31))));
    rows.add(period("a span of 2,000 years", ProblemCode.LIMIT_EXCEEDED, "2000-01..3999-12",
        () -> Period.months(java.time.YearMonth.of(2000, 1), java.time.YearMonth.of(3999, 12))));
    rows.add(period("a quarter of four months", ProblemCode.VALUE_OUT_OF_RANGE,
        "[2026-01-01, 2026-05-01)", () -> new Period(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 5, 1), io.github.bsc4j.data.PeriodKind.QUARTER)));

    // Measurements.
    rows.add(row("NaN measurement", InvalidMeasurementException.class,
        ProblemCode.NON_FINITE_NUMBER, "revenue",
        () -> Measurements.builder().put("revenue", MARCH, Double.NaN)));
    rows.add(row("infinite measurement", InvalidMeasurementException.class,
        ProblemCode.NON_FINITE_NUMBER, "revenue",
        () -> Measurements.of(MARCH, Map.of("revenue", Double.NEGATIVE_INFINITY))));
    rows.add(row("a source that answers NaN", InvalidMeasurementException.class,
        ProblemCode.NON_FINITE_NUMBER, "returns", () -> {
          MeasurementSource nan = (id, p) ->
              id.equals("returns") ? OptionalDouble.of(Double.NaN) : OptionalDouble.of(5);
          ENGINE.evaluate(ENGINE.compile(card().build()), "subject", nan, MARCH);
        }));

    // Extensions.
    rows.add(row("rule that throws", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "revenue", evaluateWith(
            withRule(new Rule("boom", in -> {
              throw new IllegalStateException("boom");
            })), revenueScoredBy("boom"))));
    rows.add(row("rule that throws an AssertionError", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "revenue", evaluateWith(
            withRule(new Rule("asserts", in -> {
              throw new AssertionError("unreachable");
            })), revenueScoredBy("asserts"))));
    rows.add(row("rule that throws a checked exception sneakily", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "revenue", evaluateWith(
            withRule(new Rule("sneaky", in -> {
              throw BadInputCorpusTest.<RuntimeException>sneaky(
                  new java.io.IOException("disk"));
            })), revenueScoredBy("sneaky"))));
    rows.add(row("rule that answers NaN", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "revenue", evaluateWith(
            withRule(new Rule("nan", in -> Double.NaN)), revenueScoredBy("nan"))));
    rows.add(row("rule that answers above the cap", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "revenue", evaluateWith(
            withRule(new Rule("big", in -> 1.5)), revenueScoredBy("big"))));
    rows.add(row("rule whose validate answers null", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "revenue", compileWith(
            withRule(new Rule("nullish", in -> 0.5, null)), revenueScoredBy("nullish"))));
    rows.add(model("rule that rejects its parameters", ProblemCode.BAD_PARAMETER, "revenue",
        compileWith(withRule(new Rule("picky", in -> 0.5,
            List.of(ParameterProblem.of("k", "must be set")))), revenueScoredBy("picky"))));
    rows.add(row("strategy that answers 2 under cap 1", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "grow",
        evaluateGrow(withStrategy(new Strategy("two", in -> 2.0)), "two")));
    rows.add(row("strategy that answers a negative score", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "grow",
        evaluateGrow(withStrategy(new Strategy("minus", in -> -0.1)), "minus")));
    rows.add(row("strategy whose contributions do not add up", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "grow", evaluateGrow(withStrategy(
            new Strategy("off", in -> 0.5, Optional.of(new double[] {0.1, 0.1}))), "off")));
    rows.add(row("strategy whose contributions are null", ExtensionFailureException.class,
        ProblemCode.EXTENSION_FAILURE, "grow",
        evaluateGrow(withStrategy(new Strategy("nulls", in -> 0.5, null)), "nulls")));
    rows.add(row("rule name taken by another class", ExtensionRegistrationException.class,
        ProblemCode.EXTENSION_REGISTRATION, "linear",
        () -> ScoringRules.builder().addServiceLoaded().add(new Rule("linear", in -> 0))));
    rows.add(row("malformed rule name", ExtensionRegistrationException.class,
        ProblemCode.EXTENSION_REGISTRATION, "no spaces",
        () -> ScoringRules.builder().add(new Rule("no spaces", in -> 0))));
    rows.add(row("strategy name taken by another class", ExtensionRegistrationException.class,
        ProblemCode.EXTENSION_REGISTRATION, "min",
        () -> AggregationStrategies.builder().addServiceLoaded()
            .add(new Strategy("min", in -> 0))));
    return rows;
  }

  static Stream<Row> corpus() {
    return rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void badInputGetsATypedExceptionNamingTheElementAndTheRule(Row row) {
    BscException e = assertThrows(BscException.class, row.action(), row.name());
    assertEquals(row.type(), e.getClass(), () -> row.name() + ": " + e);
    Problem p = e.problems().stream()
        .filter(x -> x.code() == row.code() && x.elementId().equals(row.element()))
        .findFirst()
        .orElseGet(() -> fail(row.name() + ": no " + row.code() + " problem naming '"
            + row.element() + "' in " + e.problems()));
    assertTrue(e.getMessage().contains(row.mentions()),
        () -> row.name() + ": the message does not mention '" + row.mentions() + "': "
            + e.getMessage());
    assertTrue(e.getMessage().length() < 4_000,
        () -> row.name() + ": a message of " + e.getMessage().length() + " characters");
    assertTrue(p.message().length() < 2_000, () -> row.name() + ": " + p.message().length());
  }

  @Test
  void theCorpusCoversEveryAreaWithAtLeastSixtyRows() {
    List<Row> rows = rows();
    assertTrue(rows.size() >= 60, "rows: " + rows.size());
    assertEquals(rows.size(), rows.stream().map(Row::name).distinct().count(), "unique names");
    for (Class<?> type : List.of(ScorecardValidationException.class, FormulaException.class,
        PeriodFormatException.class, InvalidPeriodException.class,
        InvalidMeasurementException.class, ExtensionFailureException.class,
        ExtensionRegistrationException.class)) {
      assertTrue(rows.stream().anyMatch(r -> r.type() == type), type.getSimpleName());
    }
  }
}
