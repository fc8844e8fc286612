/**
 * The engine: {@link io.github.bsc4j.engine.ScorecardEngine#compile compile} a scorecard once into
 * an immutable, thread-safe {@link io.github.bsc4j.engine.CompiledScorecard}, then {@link
 * io.github.bsc4j.engine.ScorecardEngine#evaluate evaluate} it for any subject and period into a
 * {@link io.github.bsc4j.engine.ScorecardResult} tree that explains itself, or score many subjects
 * at once with {@link io.github.bsc4j.engine.ScorecardEngine#scores scores}, whose {@link
 * io.github.bsc4j.engine.BatchReport} lists the subjects that failed without stopping the others.
 */
package io.github.bsc4j.engine;
