package io.github.bsc4j.internal;

import java.util.ListResourceBundle;

/**
 * The English words of the reasons that cascade flags give: the defaults that an application's
 * bundle may replace key by key (see {@link Words}). Every key, with its placeholders, is listed
 * in {@code docs/cascades.md}; a test keeps the two in step.
 */
public final class FlagWords extends ListResourceBundle {
  private static final Object[][] CONTENTS = {
    // One indicator a free rider is below the line on: {0} the indicator id, {1} the share, {2}
    // the member's value, {3} the team total, {4} the fraction, {5} n, {6} the fair share 1/n.
    {"flag.freeRider.indicator",
        "{0}: share {1} ({2} of {3}), below {4} of the fair share 1/{5} = {6}"},
    {"flag.freeRider.separator", "; "},
    // {0} the member's score, {1} the team, {2} the collaborative indicators off track.
    {"flag.overCompetition",
        "own scorecard on track (score {0}) while team {1} is off track on collaborative {2}"},
    // One collaborative indicator: {0} its id, {1} the team's score on it.
    {"flag.overCompetition.indicator", "{0} (score {1})"},
    {"flag.overCompetition.separator", ", "},
  };

  /** Creates the bundle (for {@link java.util.ResourceBundle} and tests). */
  public FlagWords() {}

  @Override
  protected Object[][] getContents() {
    return CONTENTS;
  }
}
