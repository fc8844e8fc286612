package io.github.bsc4j.testkit;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The laws every scoring rule obeys, as jqwik properties an implementer inherits:
 *
 * <pre>{@code
 * class LogisticRuleContractTest implements ScoringRuleContract {
 *   @Override
 *   public ScoringRule rule() {
 *     return new LogisticRule();
 *   }
 *
 *   @Override
 *   public ScoringSpec spec() {
 *     return ScoringSpec.of("logistic", Map.of("midpoint", 50.0, "steepness", 0.1));
 *   }
 * }
 * }</pre>
 *
 * <p>The kit generates indicators with {@link #spec()}, the {@link #polarities()} and {@link
 * #targets()} the rule supports, and caps of 1, 1.2 and 1.5, keeping those the rule accepts. It
 * checks: scores are finite and within {@code [0, cap]}; they move with the actual value as
 * {@link #monotonicity()} says; meeting a constant target scores 1 when {@link
 * #scoresOneAtTarget()}; the same input gives the same bits; one shared instance gives each input
 * the score it gives alone, whatever it scored before and from any thread; every definition in
 * {@link #badDefinitions()} is rejected by the engine's compile with a {@link
 * ScorecardValidationException} problem {@code BAD_PARAMETER} naming the indicator; and, when
 * {@link #registeredAsService()}, {@link java.util.ServiceLoader} finds the rule.
 */
public interface ScoringRuleContract {

  /**
   * The rule under test. Called for every score of most checks, and once per input plus once for
   * the shared instance by {@link #sharedInstanceIsStatelessAndThreadSafe}; a new instance each
   * time is best, but one shared instance works too.
   *
   * @return the rule
   */
  ScoringRule rule();

  /**
   * The scoring spec, with valid parameters, of the generated indicators. Defaults to the rule's
   * name without parameters.
   *
   * @return the spec
   */
  default ScoringSpec spec() {
    return ScoringSpec.of(rule().name());
  }

  /**
   * The polarities the rule supports.
   *
   * @return higher- and lower-is-better by default
   */
  default Set<Polarity> polarities() {
    return Set.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
  }

  /**
   * The targets the rule supports.
   *
   * @return {@link TargetKind#ANY} by default
   */
  default TargetKind targets() {
    return TargetKind.ANY;
  }

  /**
   * How the score moves with the actual value.
   *
   * @return {@link Monotonicity#IN_POLARITY_DIRECTION} by default
   */
  default Monotonicity monotonicity() {
    return Monotonicity.IN_POLARITY_DIRECTION;
  }

  /**
   * For {@link Monotonicity#PEAK_IN_RANGE}: the range where the score peaks. Defaults to the
   * spec's parameters {@code low} and {@code high}.
   *
   * @param indicator a generated indicator
   * @return {@code {low, high}}
   */
  default double[] peakRange(Indicator indicator) {
    return new double[] {
      indicator.scoring().parameters().get("low"), indicator.scoring().parameters().get("high")
    };
  }

  /**
   * Whether an actual value equal to a constant target scores exactly 1.
   *
   * @return true by default
   */
  default boolean scoresOneAtTarget() {
    return true;
  }

  /**
   * Definitions the model accepts but the rule must reject (a missing parameter, a target the rule
   * cannot use); each must make the engine's compile fail with {@code BAD_PARAMETER}. Empty by
   * default, in which case that check is reported as skipped.
   *
   * @return the bad definitions
   */
  default List<Indicator> badDefinitions() {
    return List.of();
  }

  /**
   * Whether the rule is registered as a service and must be found by {@link ScoringRules#load()}.
   *
   * @return false by default
   */
  default boolean registeredAsService() {
    return false;
  }

  /**
   * The indicators the properties draw: {@link BscArbitraries#indicatorsFor} with this contract's
   * spec, polarities and targets, keeping those the rule accepts.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Indicator> indicators() {
    ScoringRule rule = rule();
    return BscArbitraries.indicatorsFor(spec(), polarities(), targets())
        .filter(i -> rule.validate(i).isEmpty());
  }

  /**
   * The actual values the properties draw.
   *
   * @return values in {@code [-1e6, 1e6]}
   */
  @Provide
  default Arbitrary<Double> actuals() {
    return BscArbitraries.actuals();
  }

  /**
   * Scores one value with the rule under test.
   *
   * @param indicator the indicator
   * @param actual the actual value
   * @return the score
   */
  default double scoreOf(Indicator indicator, double actual) {
    return rule().score(ScoringInput.of(indicator, actual));
  }

  /**
   * Scores are finite and lie in {@code [0, cap]}.
   *
   * @param indicator the indicator
   * @param actual the actual value
   */
  @Property
  default void scoresAreFiniteAndWithinZeroAndTheCap(
      @ForAll("indicators") Indicator indicator, @ForAll("actuals") double actual) {
    double s = scoreOf(indicator, actual);
    if (!(Double.isFinite(s) && s >= 0 && s <= indicator.cap())) {
      throw Violations.of("scoring rule", rule().name(), "scores lie in [0, cap]",
          "actual " + actual + " scored " + s + " with cap " + indicator.cap() + " on " + indicator);
    }
  }

  /**
   * Scores move with the actual value as {@link #monotonicity()} says.
   *
   * @param indicator the indicator
   * @param a one actual value
   * @param b another
   */
  @Property
  default void scoresMoveWithTheValueAsDeclared(
      @ForAll("indicators") Indicator indicator,
      @ForAll("actuals") double a,
      @ForAll("actuals") double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    double sLo = scoreOf(indicator, lo);
    double sHi = scoreOf(indicator, hi);
    switch (monotonicity()) {
      case IN_POLARITY_DIRECTION -> {
        boolean lower = indicator.polarity() == Polarity.LOWER_IS_BETTER;
        if (lower ? sLo < sHi : sLo > sHi) {
          throw Violations.of("scoring rule", rule().name(),
              "the score never falls as the value improves (" + indicator.polarity() + ")",
              "actual " + lo + " scored " + sLo + " but " + hi + " scored " + sHi + " on "
                  + indicator);
        }
      }
      case PEAK_IN_RANGE -> {
        double[] range = peakRange(indicator);
        boolean rising = hi <= range[0] && sLo > sHi;
        boolean falling = lo >= range[1] && sLo < sHi;
        boolean notPeak = lo >= range[0] && lo <= range[1] && sLo < sHi;
        if (rising || falling || notPeak) {
          throw Violations.of("scoring rule", rule().name(),
              "the score peaks inside [" + range[0] + ", " + range[1] + "] and falls outside",
              "actual " + lo + " scored " + sLo + " and " + hi + " scored " + sHi + " on "
                  + indicator);
        }
      }
      default -> {
        // Monotonicity.NONE: nothing promised.
      }
    }
  }

  /**
   * Meeting a constant target scores exactly 1 (when {@link #scoresOneAtTarget()}).
   *
   * @param indicator the indicator
   */
  @Property
  default void meetingTheTargetScoresOne(@ForAll("indicators") Indicator indicator) {
    if (!scoresOneAtTarget()
        || !(indicator.target().orElse(null) instanceof Target.Constant target)) {
      return;
    }
    double s = scoreOf(indicator, target.value());
    if (Math.abs(s - 1.0) > 1e-12) {
      throw Violations.of("scoring rule", rule().name(), "meeting the target scores 1",
          "actual = target " + target.value() + " scored " + s + " on " + indicator);
    }
  }

  /**
   * The same input, scored twice by the same instance, gives the same bits.
   *
   * @param indicator the indicator
   * @param actual the actual value
   */
  @Property
  default void sameInputSameScore(
      @ForAll("indicators") Indicator indicator, @ForAll("actuals") double actual) {
    ScoringRule rule = rule();
    ScoringInput in = ScoringInput.of(indicator, actual);
    double first = rule.score(in);
    double second = rule.score(in);
    if (Double.doubleToLongBits(first) != Double.doubleToLongBits(second)) {
      throw Violations.of("scoring rule", rule().name(), "the same input gives the same score",
          "actual " + actual + " scored " + first + " then " + second + " on " + indicator);
    }
  }

  /**
   * Each of {@link #badDefinitions()} makes the engine's compile fail with {@code BAD_PARAMETER}
   * naming the indicator and a parameter.
   */
  @Example
  default void badDefinitionsAreRejectedWithTheLibrarysTypedError() {
    List<Indicator> bad = badDefinitions();
    org.junit.jupiter.api.Assumptions.assumeFalse(bad.isEmpty(),
        "no badDefinitions() given: supply definitions the rule must reject to check them");
    ScoringRule rule = rule();
    ScorecardEngine engine = ScorecardEngine.of(Registries.with(rule), AggregationStrategies.load());
    for (Indicator indicator : bad) {
      Scorecard card = Scorecard.builder("contract").perspective(Perspective.of("p", "P"))
          .objective("o", o -> o.perspective("p").indicator(indicator)).build();
      List<Problem> problems;
      try {
        engine.compile(card);
        throw Violations.of("scoring rule", rule.name(), "bad definitions are rejected",
            "compile accepted " + indicator);
      } catch (ScorecardValidationException e) {
        problems = e.problems();
      }
      boolean named = problems.stream().anyMatch(p -> p.code() == ProblemCode.BAD_PARAMETER
          && p.elementId().equals(indicator.id())
          && p.message().contains("scoring rule '" + rule.name() + "', parameter '"));
      if (!named) {
        throw Violations.of("scoring rule", rule.name(), "bad definitions are rejected",
            "compiling " + indicator + " reported " + problems + ", not a BAD_PARAMETER naming"
                + " the indicator and a parameter");
      }
    }
  }

  /**
   * Every parameter problem the rule reports for a bad definition names a parameter.
   */
  @Example
  default void parameterProblemsNameAParameter() {
    for (Indicator indicator : badDefinitions()) {
      for (ParameterProblem p : rule().validate(indicator)) {
        if (p.parameter().isBlank() || p.message().isBlank()) {
          throw Violations.of("scoring rule", rule().name(), "problems name the parameter",
              "validate(" + indicator + ") reported " + p);
        }
      }
    }
  }

  /**
   * One shared instance gives every input the score it gives alone, in any order and from any
   * thread, as the engine needs: it keeps one instance of each rule and calls it for every
   * indicator, from every evaluating thread. The inputs are each drawn indicator with actual
   * values at and between its baseline, target, bounds and parameters (see {@link
   * #probeValues(Indicator)}). First, every instance field of the rule's class and superclasses
   * must be final or volatile: a field assigned during calls is state the threads share. The
   * reference is each input scored alone, on an instance of its own from {@link #rule()}; then
   * one instance from {@link #rule()} scores all inputs in order, in reverse order and
   * interleaved, which catches state carried between calls on every run; then 8 threads make
   * 2,500 calls each on that one instance at once. Every score must have the reference's bits.
   *
   * @param indicators one to four indicators
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  @Property(tries = 5)
  default void sharedInstanceIsStatelessAndThreadSafe(
      @ForAll @Size(min = 1, max = 4) List<@From("indicators") Indicator> indicators)
      throws InterruptedException {
    List<ScoringInput> inputs = new ArrayList<>();
    for (Indicator indicator : indicators) {
      for (double actual : probeValues(indicator)) {
        inputs.add(ScoringInput.of(indicator, actual));
      }
    }
    ScoringRule shared = rule();
    Concurrency.checkSharedInstance("scoring rule", shared.name(),
        "one shared instance gives each input the same score, in any order and from any thread",
        "scored", shared, inputs, in -> rule().score(in), shared::score,
        in -> "actual " + in.actual() + " on " + in.indicator());
  }

  /**
   * The actual values {@link #sharedInstanceIsStatelessAndThreadSafe} scores for one indicator,
   * in increasing order: 0, the baseline, constant target, min, max, the spec's parameters, band
   * edges and point positions, the quarter points between consecutive ones, and a half span
   * beyond the lowest and the highest; all within {@code [-1e6, 1e6]}, at most 64.
   *
   * @param indicator the indicator
   * @return the values
   */
  default double[] probeValues(Indicator indicator) {
    return ProbeValues.of(indicator);
  }

  /**
   * When {@link #registeredAsService()}, {@link ScoringRules#load()} finds the rule by name.
   */
  @Example
  default void discoverableThroughServiceLoaderWhenRegistered() {
    if (!registeredAsService()) {
      return;
    }
    ScoringRule mine = rule();
    Optional<ScoringRule> found = ScoringRules.load().find(mine.name());
    if (found.isEmpty() || found.get().getClass() != mine.getClass()) {
      throw Violations.of("scoring rule", mine.name(), "discoverable through ServiceLoader",
          "ScoringRules.load() found " + found.map(f -> f.getClass().getName()).orElse("nothing")
              + " under that name; list " + mine.getClass().getName()
              + " in META-INF/services/io.github.bsc4j.scoring.ScoringRule and in module-info's"
              + " provides");
    }
  }
}
