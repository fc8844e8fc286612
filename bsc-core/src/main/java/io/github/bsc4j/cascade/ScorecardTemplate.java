package io.github.bsc4j.cascade;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Scorecard;
import java.util.Objects;
import java.util.function.Function;

/**
 * One scorecard definition applied to many subjects: the individual scorecard every salesperson
 * shares, or the team scorecard every team shares. The definition is compiled once, when the
 * template is made; evaluating it for 100,000 people reuses that one immutable {@link
 * CompiledScorecard}, never rebuilding or recompiling it. Immutable and thread-safe.
 *
 * <pre>{@code
 * ScorecardTemplate person = ScorecardTemplate.compile(engine, individualScorecard);
 * ScorecardResult r = person.evaluate("ana", anasMeasurements, Period.quarter(2026, 1));
 * }</pre>
 */
public final class ScorecardTemplate {
  private final ScorecardEngine engine;
  private final CompiledScorecard plan;

  private ScorecardTemplate(ScorecardEngine engine, CompiledScorecard plan) {
    this.engine = engine;
    this.plan = plan;
  }

  /**
   * Compiles a scorecard once into a template.
   *
   * @param engine the engine that compiles the scorecard and evaluates the template
   * @param scorecard the definition shared by every subject
   * @return the template
   * @throws NullPointerException if an argument is null
   * @throws io.github.bsc4j.model.ScorecardValidationException if the engine rejects the
   *     scorecard (see {@link ScorecardEngine#compile(Scorecard)})
   */
  public static ScorecardTemplate compile(ScorecardEngine engine, Scorecard scorecard) {
    Objects.requireNonNull(engine, "engine");
    return compile(engine, scorecard, engine::compile);
  }

  /** Compiles through {@code compiler}, which tests count calls of. */
  static ScorecardTemplate compile(
      ScorecardEngine engine,
      Scorecard scorecard,
      Function<Scorecard, CompiledScorecard> compiler) {
    Objects.requireNonNull(scorecard, "scorecard");
    return new ScorecardTemplate(engine, Objects.requireNonNull(compiler.apply(scorecard), "plan"));
  }

  /**
   * A template over a scorecard compiled already.
   *
   * @param engine the engine that evaluates the template
   * @param plan the compiled scorecard
   * @return the template
   * @throws NullPointerException if an argument is null
   */
  public static ScorecardTemplate of(ScorecardEngine engine, CompiledScorecard plan) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(plan, "plan");
    return new ScorecardTemplate(engine, plan);
  }

  /**
   * The template's id: its scorecard's id.
   *
   * @return the id
   */
  public String id() {
    return plan.scorecard().id();
  }

  /**
   * The definition shared by every subject.
   *
   * @return the scorecard
   */
  public Scorecard scorecard() {
    return plan.scorecard();
  }

  /**
   * The compiled plan, the same object for every evaluation of this template.
   *
   * @return the plan
   */
  public CompiledScorecard plan() {
    return plan;
  }

  /**
   * The engine that evaluates this template.
   *
   * @return the engine
   */
  public ScorecardEngine engine() {
    return engine;
  }

  /**
   * Evaluates the template for one subject with the default options (see {@link
   * ScorecardEngine#evaluate(CompiledScorecard, String, MeasurementSource, Period)}).
   *
   * @param subjectId the subject's id
   * @param measurements the subject's actual values
   * @param period the period
   * @return the result, naming the subject
   * @throws NullPointerException if an argument is null
   * @throws io.github.bsc4j.engine.InvalidSubjectException if {@code subjectId} is not a valid
   *     subject id
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws io.github.bsc4j.engine.ExtensionFailureException if a rule or strategy misbehaves
   */
  public ScorecardResult evaluate(String subjectId, MeasurementSource measurements, Period period) {
    return engine.evaluate(plan, subjectId, measurements, period);
  }

  /**
   * Evaluates the template for one subject (see {@link ScorecardEngine#evaluate(
   * CompiledScorecard, String, MeasurementSource, Period, EvaluationOptions)}).
   *
   * @param subjectId the subject's id
   * @param measurements the subject's actual values
   * @param period the period
   * @param options the comparisons to make and the policy for unknown measurements
   * @return the result, naming the subject
   * @throws NullPointerException if an argument is null
   * @throws io.github.bsc4j.engine.InvalidSubjectException if {@code subjectId} is not a valid
   *     subject id
   * @throws io.github.bsc4j.engine.UnknownIndicatorException under {@code REJECT}, if the
   *     measurements hold values for ids that are not measured indicators of the scorecard
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws io.github.bsc4j.engine.ExtensionFailureException if a rule or strategy misbehaves
   */
  public ScorecardResult evaluate(
      String subjectId, MeasurementSource measurements, Period period, EvaluationOptions options) {
    return engine.evaluate(plan, subjectId, measurements, period, options);
  }

  /**
   * Names the template.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ScorecardTemplate[" + plan + "]";
  }
}
