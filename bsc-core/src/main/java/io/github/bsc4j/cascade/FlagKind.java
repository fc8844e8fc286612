package io.github.bsc4j.cascade;

/** What a {@link Flag} warns about; stable, for applications to switch on. */
public enum FlagKind {
  /**
   * A member's contribution share is below a fraction of the fair share; see {@link
   * FreeRiderRule}.
   */
  FREE_RIDER,
  /**
   * A member is on track on their own scorecard while their team is off track on collaborative
   * indicators; see {@link OverCompetitionRule}.
   */
  OVER_COMPETITION
}
