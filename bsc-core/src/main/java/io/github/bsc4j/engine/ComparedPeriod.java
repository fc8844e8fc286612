package io.github.bsc4j.engine;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.Period;
import java.util.Objects;

/**
 * One comparison an evaluation made: which kind, and the period it compared with, with that
 * period's code and label in the scorecard's calendar.
 *
 * @param comparison the kind of comparison
 * @param period the period compared with
 * @param code the period's canonical code, such as {@code 2026-02}
 * @param label the period's human label, such as {@code Feb 2026}
 */
public record ComparedPeriod(Comparison comparison, Period period, String code, String label) {

  /**
   * Creates a compared period.
   *
   * @param comparison the comparison
   * @param period the period
   * @param code the code
   * @param label the label
   * @throws NullPointerException if an argument is null
   */
  public ComparedPeriod {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
  }
}
