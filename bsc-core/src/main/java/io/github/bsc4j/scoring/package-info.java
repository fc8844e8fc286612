/**
 * Scoring: the {@link io.github.bsc4j.scoring.ScoringRule} SPI that turns an indicator's actual
 * value into a score, the {@link io.github.bsc4j.scoring.ScoringRules} registry (built-ins and
 * custom rules found through {@link java.util.ServiceLoader} or registered in code), and
 * {@link io.github.bsc4j.scoring.Statuses}, which turns values and scores into traffic lights.
 */
package io.github.bsc4j.scoring;
