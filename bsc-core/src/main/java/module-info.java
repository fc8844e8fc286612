/**
 * bsc4j core: the Balanced Scorecard domain model and its validation ({@code model}), periods and
 * measurements ({@code data}), the scoring-rule SPI and registry ({@code scoring}), the
 * aggregation SPI and registry ({@code aggregation}), the formula language of derived indicators
 * ({@code formula}), the engine that compiles scorecards and evaluates them into explained
 * results ({@code engine}), and cascades of teams and people on top of it ({@code cascade}).
 *
 * <p>Only API packages are exported; the built-in rules and strategies live in non-exported
 * packages and are provided through {@link java.util.ServiceLoader}. The {@code model} package
 * depends on {@code java.*} alone.
 *
 * @uses io.github.bsc4j.scoring.ScoringRule
 * @uses io.github.bsc4j.aggregation.AggregationStrategy
 * @provides io.github.bsc4j.scoring.ScoringRule the eight built-in rules
 * @provides io.github.bsc4j.aggregation.AggregationStrategy the five built-in strategies
 */
module io.github.bsc4j.core {
  requires org.slf4j;

  exports io.github.bsc4j.model;
  exports io.github.bsc4j.data;
  exports io.github.bsc4j.scoring;
  exports io.github.bsc4j.aggregation;
  exports io.github.bsc4j.engine;
  exports io.github.bsc4j.formula;
  exports io.github.bsc4j.cascade;

  uses io.github.bsc4j.scoring.ScoringRule;
  uses io.github.bsc4j.aggregation.AggregationStrategy;

  provides io.github.bsc4j.scoring.ScoringRule with
      io.github.bsc4j.scoring.internal.LinearRule,
      io.github.bsc4j.scoring.internal.MinMaxRule,
      io.github.bsc4j.scoring.internal.RatioRule,
      io.github.bsc4j.scoring.internal.RelativeRule,
      io.github.bsc4j.scoring.internal.BinaryRule,
      io.github.bsc4j.scoring.internal.InRangeRule,
      io.github.bsc4j.scoring.internal.BandsRule,
      io.github.bsc4j.scoring.internal.PiecewiseRule;
  provides io.github.bsc4j.aggregation.AggregationStrategy with
      io.github.bsc4j.aggregation.internal.WeightedMean,
      io.github.bsc4j.aggregation.internal.Geometric,
      io.github.bsc4j.aggregation.internal.PowerMean,
      io.github.bsc4j.aggregation.internal.MinStrategy,
      io.github.bsc4j.aggregation.internal.MaxStrategy;
}
