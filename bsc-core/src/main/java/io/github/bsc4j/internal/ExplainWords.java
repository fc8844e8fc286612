package io.github.bsc4j.internal;

import java.util.ListResourceBundle;

/**
 * The English words of {@code ScorecardResult.explain()}: the defaults that an application's
 * bundle may replace key by key (see {@link Words}). Every key, with its placeholders, is listed
 * in {@code docs/scoring.md}; a test keeps the two in step.
 */
public final class ExplainWords extends ListResourceBundle {
  private static final Object[][] CONTENTS = {
    // The scorecard's line: {0} its label, {1} the subject, {2} the period (with the periods it
    // is compared with), {3} its details. Other lines: {0} the node's label, {1} its details.
    {"explain.line.scorecard", "{0} for {1}, {2}: {3}"},
    {"explain.line", "{0}: {1}"},
    {"explain.separator", ", "},
    {"explain.period.compared", "{0} vs {1}"},
    // Labels: {0} the kind's word, {1} the id, {2} the name.
    {"explain.node", "{0} {1}"},
    {"explain.node.named", "{0} {1} \"{2}\""},
    {"explain.kind.SCORECARD", "Scorecard"},
    {"explain.kind.PERSPECTIVE", "Perspective"},
    {"explain.kind.OBJECTIVE", "Objective"},
    {"explain.kind.INDICATOR", "Indicator"},
    // Indicator inputs: {0} the values, {1} the rule's name.
    {"explain.inputs", "{0} -> {1}"},
    {"explain.actual", "actual {0}"},
    {"explain.target", "target {0}"},
    {"explain.baseline", "baseline {0}"},
    {"explain.value.missing", "missing"},
    {"explain.value.unit", "{0} {1}"},
    {"explain.value.points", "{0} points"},
    {"explain.percent", "{0}%"},
    // Outcome: {0} the score, {1} the status (with where it came from).
    {"explain.score", "score {0} {1}"},
    {"explain.status.ON_TRACK", "ON TRACK"},
    {"explain.status.AT_RISK", "AT RISK"},
    {"explain.status.OFF_TRACK", "OFF TRACK"},
    {"explain.status.NO_DATA", "NO DATA"},
    {"explain.status.source", "{0} ({1})"},
    {"explain.source.THRESHOLDS", "by thresholds"},
    {"explain.source.SCORE_CUTOFFS", "by score cut-offs"},
    {"explain.source.CHILDREN", "by its children"},
    {"explain.weight", "weight {0} ({1})"},
    {"explain.weight.informational", "weight {0}, informational"},
    {"explain.contributes", "contributes {0}"},
    {"explain.coverage", "coverage {0}"},
    {"explain.completeness", "completeness {0}"},
    // Trends: {0} the direction, {1} the change of score, {2} the period compared with.
    {"explain.trend", "trend {0} {1} vs {2}"},
    {"explain.trend.direction", "trend {0} vs {1}"},
    {"explain.trend.none", "no trend vs {0}"},
    {"explain.trend.IMPROVED", "improved"},
    {"explain.trend.WORSENED", "worsened"},
    {"explain.trend.UNCHANGED", "unchanged"},
    {"explain.trend.actualChange", " (actual {0})"},
    {"explain.trend.actualChange.relative", " (actual {0}, {1})"},
    {"explain.trend.notComparable", " (not comparable: {0} changed)"},
    {"explain.difference.COVERAGE", "coverage"},
    {"explain.difference.TARGET", "target"},
    {"explain.difference.DEFINITION", "definition"},
    {"explain.note", " ({0})"},
    {"explain.action", "action: {0}"},
    {"explain.informational", "informational, not counted:"},
    {"explain.warning", "warning: {0}"},
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
