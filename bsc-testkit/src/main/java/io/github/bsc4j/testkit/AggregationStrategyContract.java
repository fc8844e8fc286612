package io.github.bsc4j.testkit;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws every aggregation strategy obeys, as jqwik properties an implementer inherits:
 *
 * <pre>{@code
 * class PenalisedMeanContractTest implements AggregationStrategyContract {
 *   @Override
 *   public AggregationStrategy strategy() {
 *     return new PenalisedMean();
 *   }
 * }
 * }</pre>
 *
 * <p>Checked: equal children give their score; the result lies between the smallest and the
 * largest child; permuting children, scaling every weight or splitting a child into two that
 * share its weight changes nothing; children of weight 0 are ignored; no data gives NaN, and
 * NO_DATA through the engine; raising a child never lowers the result (unless {@link #monotone()}
 * says otherwise); the same input gives the same bits; one shared instance gives each input the
 * result it gives alone, whatever it computed before and from any thread; contributions, where
 * provided, add up to the result; the strategy accepts its own {@link #spec()}; and, when {@link
 * #registeredAsService()}, {@link java.util.ServiceLoader} finds it. Results are compared within
 * {@link #tolerance()}, relative.
 */
public interface AggregationStrategyContract {

  /**
   * The strategy under test. Called for every computation of most checks, and once per input
   * plus once for the shared instance by {@link #sharedInstanceIsStatelessAndThreadSafe()}; a new
   * instance each time is best, but one shared instance works too.
   *
   * @return the strategy
   */
  AggregationStrategy strategy();

  /**
   * The spec, with valid parameters, that the checks use. Defaults to the strategy's name without
   * parameters; override for strategies that need some.
   *
   * @return the spec
   */
  default AggregationSpec spec() {
    return AggregationSpec.of(strategy().name());
  }

  /**
   * Whether raising one child's score never lowers the result. Override with false for a
   * strategy that documents otherwise; the monotonicity law is then not checked.
   *
   * @return true to check monotonicity
   */
  default boolean monotone() {
    return true;
  }

  /**
   * Whether the strategy is registered as a service ({@code module-info} {@code provides} and
   * {@code META-INF/services}) and must be found by {@link AggregationStrategies#load()}.
   *
   * @return true to check discovery
   */
  default boolean registeredAsService() {
    return false;
  }

  /**
   * The relative tolerance of numeric comparisons.
   *
   * @return the tolerance, {@code 1e-12} by default
   */
  default double tolerance() {
    return 1e-12;
  }

  /**
   * The children the properties draw.
   *
   * @return one to eight children, scores in {@code [0, 1.5]}, positive weights
   */
  @Provide
  default Arbitrary<WeightedScores> children() {
    return BscArbitraries.weightedScores();
  }

  /**
   * Runs the strategy under test with the contract's spec.
   *
   * @param children the children
   * @return the aggregate
   */
  default double aggregateOf(WeightedScores children) {
    return strategy().aggregate(
        AggregationInput.of(children.scores(), children.weights(), spec().parameters()));
  }

  /**
   * The strategy accepts the parameters of {@link #spec()}.
   */
  @Example
  default void acceptsItsOwnSpec() {
    List<ParameterProblem> problems = strategy().validate(spec());
    if (!problems.isEmpty()) {
      throw Violations.of("aggregation strategy", strategy().name(), "accepts its own spec",
          "validate(" + spec() + ") reported " + problems);
    }
  }

  /**
   * Equal children give their score.
   *
   * @param children weights to use
   * @param score the common score
   */
  @Property
  default void equalChildrenGiveTheirScore(
      @ForAll("children") WeightedScores children,
      @ForAll @DoubleRange(min = 0, max = 1.5) double score) {
    double[] same = new double[children.size()];
    Arrays.fill(same, score);
    WeightedScores equal = WeightedScores.of(same, children.weights());
    double result = aggregateOf(equal);
    if (!Violations.close(score, result, tolerance())) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "equal children give their score", "children " + equal + " gave " + result);
    }
  }

  /**
   * The result is finite and lies between the smallest and the largest child.
   *
   * @param children the children
   */
  @Property
  default void resultLiesBetweenSmallestAndLargestChild(
      @ForAll("children") WeightedScores children) {
    double result = aggregateOf(children);
    double min = Arrays.stream(children.scores()).min().orElseThrow();
    double max = Arrays.stream(children.scores()).max().orElseThrow();
    double slack = tolerance() * Math.max(1, max);
    if (!(Double.isFinite(result) && result >= min - slack && result <= max + slack)) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "the result lies between the smallest and the largest child",
          "children " + children + " gave " + result + ", outside [" + min + ", " + max + "]");
    }
  }

  /**
   * Permuting the children changes nothing.
   *
   * @param children the children
   * @param seed the permutation's seed
   */
  @Property
  default void permutingChildrenChangesNothing(
      @ForAll("children") WeightedScores children, @ForAll long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    double[] s = children.scores();
    double[] w = children.weights();
    double[] ps = new double[s.length];
    double[] pw = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      ps[i] = s[order.get(i)];
      pw[i] = w[order.get(i)];
    }
    WeightedScores permuted = WeightedScores.of(ps, pw);
    double before = aggregateOf(children);
    double after = aggregateOf(permuted);
    if (!Violations.close(before, after, tolerance())) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "permuting children changes nothing",
          "children " + children + " gave " + before + " but in the order " + permuted + " gave "
              + after);
    }
  }

  /**
   * Scaling every weight by the same factor changes nothing.
   *
   * @param children the children
   * @param thousandths the factor in thousandths, so from 0.001 to 1000
   */
  @Property
  default void scalingEveryWeightChangesNothing(
      @ForAll("children") WeightedScores children,
      @ForAll @IntRange(min = 1, max = 1_000_000) int thousandths) {
    double k = thousandths / 1000.0;
    double[] w = children.weights();
    for (int i = 0; i < w.length; i++) {
      w[i] *= k;
    }
    double before = aggregateOf(children);
    double after = aggregateOf(WeightedScores.of(children.scores(), w));
    if (!Violations.close(before, after, tolerance())) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "scaling every weight changes nothing",
          "children " + children + " gave " + before + " but " + after + " with every weight"
              + " multiplied by " + k);
    }
  }

  /**
   * Splitting a child into two children with its score that share its weight changes nothing:
   * the result depends on how much weight carries a score, not on how many children carry it.
   *
   * @param children the children
   * @param which the child to split (modulo the number of children)
   */
  @Property
  default void splittingAChildChangesNothing(
      @ForAll("children") WeightedScores children, @ForAll @IntRange(min = 0, max = 7) int which) {
    int j = which % children.size();
    double[] s = children.scores();
    double[] w = children.weights();
    double[] ss = new double[s.length + 1];
    double[] sw = new double[s.length + 1];
    for (int i = 0, k = 0; i < s.length; i++) {
      ss[k] = s[i];
      sw[k++] = i == j ? w[i] / 2 : w[i];
      if (i == j) {
        ss[k] = s[i];
        sw[k++] = w[i] / 2;
      }
    }
    double before = aggregateOf(children);
    double after = aggregateOf(WeightedScores.of(ss, sw));
    if (!Violations.close(before, after, tolerance())) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "splitting a child into two that share its weight changes nothing",
          "children " + children + " gave " + before + " but " + after + " after splitting child "
              + j + " (score " + s[j] + ", weight " + w[j] + ") into two of weight " + w[j] / 2
              + "; the result must depend on how much weight carries a score, not on how many"
              + " children carry it");
    }
  }

  /**
   * A child of weight 0 is ignored, wherever it stands and whatever it scores.
   *
   * @param children the children
   * @param position where to insert the zero-weight child (modulo size + 1)
   * @param score the zero-weight child's score
   */
  @Property
  default void childrenOfWeightZeroAreIgnored(
      @ForAll("children") WeightedScores children,
      @ForAll @IntRange(min = 0, max = 8) int position,
      @ForAll @DoubleRange(min = 0, max = 1.5) double score) {
    int at = position % (children.size() + 1);
    double[] s = children.scores();
    double[] w = children.weights();
    double[] zs = new double[s.length + 1];
    double[] zw = new double[s.length + 1];
    for (int i = 0, k = 0; i <= s.length; i++) {
      if (i == at) {
        zs[i] = score;
        zw[i] = 0;
      } else {
        zs[i] = s[k];
        zw[i] = w[k++];
      }
    }
    WeightedScores with = WeightedScores.of(zs, zw);
    double before = aggregateOf(children);
    double after = aggregateOf(with);
    if (!Violations.close(before, after, tolerance())) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "children of weight 0 are ignored",
          "children " + children + " gave " + before + " but " + with + " gave " + after);
    }
  }

  /**
   * No children, or only children of weight 0, is no data: NaN. A strategy must never turn
   * missing data into a score.
   */
  @Example
  default void noDataGivesNaN() {
    double empty = aggregateOf(WeightedScores.of(new double[0], new double[0]));
    double zero = aggregateOf(WeightedScores.of(new double[] {0.4, 0.9}, new double[] {0, 0}));
    if (!Double.isNaN(empty) || !Double.isNaN(zero)) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "no data gives NaN (NO_DATA), never a score",
          "no children gave " + empty + ", two children of weight 0 gave " + zero);
    }
  }

  /**
   * Through the engine: an objective aggregated by this strategy has NO_DATA when none of its
   * indicators has a measurement, and otherwise the score the strategy computes directly.
   *
   * @param children the indicator scores (as linear indicators from 0 to 10) and weights
   */
  @Property(tries = 100)
  default void throughTheEngineMissingDataIsNoDataAndScoresMatch(
      @ForAll("children") WeightedScores children) {
    AggregationStrategy strategy = strategy();
    ScorecardEngine engine =
        ScorecardEngine.of(ScoringRules.load(), Registries.with(strategy));
    Objective.Builder o = Objective.builder("o").perspective("p").aggregation(spec());
    Period period = BscArbitraries.PERIOD;
    Measurements.Builder m = Measurements.builder();
    double[] s = children.scores();
    double[] w = children.weights();
    for (int i = 0; i < s.length; i++) {
      double weight = w[i];
      o.indicator("i" + i, b -> b.lagging().baseline(0).target(10).cap(1.5).weight(weight));
      m.put("i" + i, period, s[i] * 10);
    }
    Scorecard card =
        Scorecard.builder("contract").perspective(Perspective.of("p", "P")).objective(o.build())
            .build();
    var plan = engine.compile(card);
    ScorecardResult none = engine.evaluate(plan, "subject", Measurements.builder().build(), period);
    Status noData = none.node("o").orElseThrow().status();
    if (noData != Status.NO_DATA) {
      throw Violations.of("aggregation strategy", strategy.name(),
          "an objective without measurements has NO_DATA", "the engine reported " + noData);
    }
    ScorecardResult some = engine.evaluate(plan, "subject", m.build(), period);
    double viaEngine = some.node("o").orElseThrow().score().orElse(Double.NaN);
    double direct = aggregateOf(children);
    if (!Violations.close(direct, viaEngine, 1e-9)) {
      throw Violations.of("aggregation strategy", strategy.name(),
          "the engine's objective score is the strategy's result",
          "children " + children + ": strategy " + direct + ", engine " + viaEngine);
    }
  }

  /**
   * Raising one child's score never lowers the result (skipped when {@link #monotone()} is
   * false).
   *
   * @param children the children
   * @param which the child to raise (modulo the number of children)
   * @param raise how much to raise it
   */
  @Property
  default void raisingAChildNeverLowersTheResult(
      @ForAll("children") WeightedScores children,
      @ForAll @IntRange(min = 0, max = 7) int which,
      @ForAll @DoubleRange(min = 0, max = 0.5) double raise) {
    if (!monotone()) {
      return;
    }
    int j = which % children.size();
    double[] raised = children.scores();
    raised[j] += raise;
    double before = aggregateOf(children);
    double after = aggregateOf(WeightedScores.of(raised, children.weights()));
    if (after < before - tolerance() * Math.max(1, Math.abs(before))) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "raising a child never lowers the result",
          "children " + children + " gave " + before + " but raising child " + j + " by " + raise
              + " gave " + after);
    }
  }

  /**
   * The same input, aggregated twice by the same instance, gives the same bits.
   *
   * @param children the children
   */
  @Property
  default void sameInputSameResult(@ForAll("children") WeightedScores children) {
    AggregationStrategy strategy = strategy();
    AggregationInput in =
        AggregationInput.of(children.scores(), children.weights(), spec().parameters());
    double first = strategy.aggregate(in);
    double second = strategy.aggregate(in);
    if (Double.doubleToLongBits(first) != Double.doubleToLongBits(second)) {
      throw Violations.of("aggregation strategy", strategy().name(), "the same input gives the"
          + " same result", "children " + children + " gave " + first + " then " + second);
    }
  }

  /**
   * Contributions, where provided, are one per child, finite, 0 for weight-0 children, and add
   * up in definition order to the result.
   *
   * @param children the children
   */
  @Property
  default void contributionsAddUpToTheResult(@ForAll("children") WeightedScores children) {
    AggregationInput in =
        AggregationInput.of(children.scores(), children.weights(), spec().parameters());
    Optional<double[]> parts = strategy().contributions(in);
    if (parts.isEmpty()) {
      return;
    }
    double[] c = parts.get();
    if (c.length != children.size()) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "one contribution per child", c.length + " contributions for " + children);
    }
    double sum = 0;
    for (double part : c) {
      if (!Double.isFinite(part)) {
        throw Violations.of("aggregation strategy", strategy().name(), "contributions are finite",
            Arrays.toString(c) + " for " + children);
      }
      sum += part;
    }
    double result = strategy().aggregate(in);
    if (!Violations.close(result, sum, tolerance())) {
      throw Violations.of("aggregation strategy", strategy().name(),
          "contributions add up to the result",
          "children " + children + " gave " + result + " but contributions " + Arrays.toString(c)
              + " add up to " + sum);
    }
  }

  /**
   * One shared instance gives every input the result it gives alone, in any order and from any
   * thread, as the engine needs: it keeps one instance of each strategy and calls it for every
   * node, from every evaluating thread. The inputs are 96 fixed pseudo-random sets of one to
   * eight children (some of weight 0) and two without data, with {@link #spec()}'s parameters.
   * First, every instance field of the strategy's class and superclasses must be final or
   * volatile: a field assigned during calls is state the threads share. The reference is each
   * input aggregated alone, on an instance of its own from {@link #strategy()}; then one
   * instance from {@link #strategy()} aggregates all inputs in order, in reverse order and
   * interleaved, which catches state carried between calls on every run; then 8 threads make
   * 2,500 calls each on that one instance at once. Every result must have the reference's bits.
   *
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  @Example
  default void sharedInstanceIsStatelessAndThreadSafe() throws InterruptedException {
    List<AggregationInput> inputs = new ArrayList<>();
    Random random = new Random(42);
    for (int i = 0; i < 96; i++) {
      int n = 1 + random.nextInt(8);
      double[] s = new double[n];
      double[] w = new double[n];
      for (int k = 0; k < n; k++) {
        int pick = random.nextInt(10);
        s[k] = pick == 0 ? 0 : pick == 1 ? 1 : pick == 2 ? 1.5 : random.nextDouble() * 1.5;
        w[k] = random.nextInt(8) == 0 ? 0 : 0.001 + random.nextDouble() * 10;
      }
      inputs.add(AggregationInput.of(s, w, spec().parameters()));
    }
    inputs.add(AggregationInput.of(new double[0], new double[0], spec().parameters()));
    inputs.add(AggregationInput.of(new double[] {0.4, 0.9}, new double[] {0, 0},
        spec().parameters()));
    AggregationStrategy shared = strategy();
    Concurrency.checkSharedInstance("aggregation strategy", shared.name(),
        "one shared instance gives each input the same result, in any order and from any thread",
        "gave", shared, inputs, in -> strategy().aggregate(in), shared::aggregate,
        in -> "children " + describe(in));
  }

  /**
   * Lists an input's children as {@link WeightedScores} does.
   *
   * @param in the input
   * @return the text
   */
  private static String describe(AggregationInput in) {
    double[] s = new double[in.size()];
    double[] w = new double[in.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = in.score(i);
      w[i] = in.weight(i);
    }
    return WeightedScores.of(s, w).toString();
  }

  /**
   * When {@link #registeredAsService()}, {@link AggregationStrategies#load()} finds the strategy
   * by name.
   */
  @Example
  default void discoverableThroughServiceLoaderWhenRegistered() {
    if (!registeredAsService()) {
      return;
    }
    AggregationStrategy mine = strategy();
    Optional<AggregationStrategy> found = AggregationStrategies.load().find(mine.name());
    if (found.isEmpty() || found.get().getClass() != mine.getClass()) {
      throw Violations.of("aggregation strategy", mine.name(), "discoverable through ServiceLoader",
          "AggregationStrategies.load() found " + found.map(f -> f.getClass().getName())
              .orElse("nothing") + " under that name; list " + mine.getClass().getName()
              + " in META-INF/services/io.github.bsc4j.aggregation.AggregationStrategy and in"
              + " module-info's provides");
    }
  }
}
