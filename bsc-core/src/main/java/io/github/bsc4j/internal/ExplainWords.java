package io.github.bsc4j.internal;

import java.util.ListResourceBundle;

/**
 * The English words of {@code ScorecardResult.explain()}: the defaults that an application's
 * bundle may replace key by key (see {@link Words}). Every key, with its placeholders, is listed
 * in {@code docs/scoring.md}; a test keeps the two in step.
 */
public final class ExplainWords extends ListResourceBundle {
  private static final Object[][] CONTENTS = {
    // Lines: {0} the node's label, {1} the period (scorecard only), last the details.
    {"explain.line.scorecard", "{0}, {1}: {2}"},
    {"explain.line", "{0}: {1}"},
    {"explain.separator", ", "},
    // Labels: {0} the kind's word, {1} the id, {2} the name.
    {"explain.node", "{0} {1}"},
    {"explain.node.named", "{0} {1} \"{2}\""},
    {"explain.kind.SCORECARD", "Scorecard"},
    {"explain.kind.PERSPECTIVE", "Perspective"},
    {"explain.kind.OBJECTIVE", "Objective"},
    {"explain.kind.INDICATOR", "Indicator"},
    {"explain.period", "period {0}"},
    // Indicator inputs: {0} the values, {1} the rule's name.
    {"explain.inputs", "{0} -> {1}"},
    {"explain.actual", "actual {0}"},
    {"explain.target", "target {0}"},
    {"explain.baseline", "baseline {0}"},
    {"explain.value.missing", "missing"},
    {"explain.value.unit", "{0} {1}"},
    {"explain.percent", "{0}%"},
    // Outcome: {0} the score, {1} the status.
    {"explain.score", "score {0} {1}"},
    {"explain.status.ON_TRACK", "ON TRACK"},
    {"explain.status.AT_RISK", "AT RISK"},
    {"explain.status.OFF_TRACK", "OFF TRACK"},
    {"explain.status.NO_DATA", "NO DATA"},
    {"explain.weight", "weight {0} ({1})"},
    {"explain.weight.informational", "weight {0}, informational"},
    {"explain.contributes", "contributes {0}"},
    {"explain.coverage", "coverage {0}"},
    // Trend: {0} the direction, {1} the signed change of score, {2} the period compared with.
    {"explain.trend", "trend {0} {1} vs {2}"},
    {"explain.trend.UP", "up"},
    {"explain.trend.DOWN", "down"},
    {"explain.trend.FLAT", "flat"},
    {"explain.note", " ({0})"},
    {"explain.action", "action: {0}"},
    {"explain.informational", "informational, not counted:"},
  };

  /** Creates the bundle. */
  public ExplainWords() {}

  /**
   * The keys and their English words.
   *
   * @return the pairs
   */
  @Override
  protected Object[][] getContents() {
    return CONTENTS.clone();
  }
}
