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
    {"line.scorecard", "{0}, {1}: {2}"},
    {"line", "{0}: {1}"},
    {"separator", ", "},
    // Labels: {0} the kind's word, {1} the id, {2} the name.
    {"node", "{0} {1}"},
    {"node.named", "{0} {1} \"{2}\""},
    {"kind.SCORECARD", "Scorecard"},
    {"kind.PERSPECTIVE", "Perspective"},
    {"kind.OBJECTIVE", "Objective"},
    {"kind.INDICATOR", "Indicator"},
    {"period", "period {0}"},
    // Indicator inputs: {0} the values, {1} the rule's name.
    {"inputs", "{0} -> {1}"},
    {"actual", "actual {0}"},
    {"target", "target {0}"},
    {"baseline", "baseline {0}"},
    {"value.missing", "missing"},
    {"value.unit", "{0} {1}"},
    {"percent", "{0}%"},
    // Outcome: {0} the score, {1} the status.
    {"score", "score {0} {1}"},
    {"status.ON_TRACK", "ON TRACK"},
    {"status.AT_RISK", "AT RISK"},
    {"status.OFF_TRACK", "OFF TRACK"},
    {"status.NO_DATA", "NO DATA"},
    {"weight", "weight {0} ({1})"},
    {"weight.informational", "weight {0}, informational"},
    {"contributes", "contributes {0}"},
    {"coverage", "coverage {0}"},
    // Trend: {0} the direction, {1} the signed change of score, {2} the period compared with.
    {"trend", "trend {0} {1} vs {2}"},
    {"trend.UP", "up"},
    {"trend.DOWN", "down"},
    {"trend.FLAT", "flat"},
    {"note", " ({0})"},
    {"action", "action: {0}"},
    {"informational", "informational, not counted:"},
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
