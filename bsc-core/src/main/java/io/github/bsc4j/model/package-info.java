/**
 * The Balanced Scorecard domain model: scorecards, strategy, perspectives, objectives, indicators
 * and cause-effect links, with their builders and validation.
 *
 * <p>Every type here is immutable, compares by value and rejects {@code null} with a
 * {@link NullPointerException} naming the parameter. Definitions are validated as a whole: a
 * builder's {@code build()} either returns a fully valid object or throws one
 * {@link io.github.bsc4j.model.ScorecardValidationException} listing <em>every</em> problem found,
 * each naming the element by id, with a stable {@link io.github.bsc4j.model.ProblemCode}.
 *
 * <p>Small definition fragments ({@link io.github.bsc4j.model.Band}, {@link
 * io.github.bsc4j.model.Point}, {@link io.github.bsc4j.model.Thresholds}, {@link
 * io.github.bsc4j.model.Target}, {@link io.github.bsc4j.model.ScoringSpec}, {@link
 * io.github.bsc4j.model.AggregationSpec}, {@link io.github.bsc4j.model.Perspective}, {@link
 * io.github.bsc4j.model.StrategicTheme}, {@link io.github.bsc4j.model.CauseEffectLink}) check only
 * for {@code null} when created; their numbers and ids are validated together with the indicator,
 * objective or scorecard they are built into, so that one build reports all problems at once.
 *
 * <p>This package depends on {@code java.*} alone.
 */
package io.github.bsc4j.model;
