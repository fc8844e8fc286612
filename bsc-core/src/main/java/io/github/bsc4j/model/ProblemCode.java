package io.github.bsc4j.model;

/**
 * Stable codes for the problems validation can report. Applications may switch on them, map them
 * to their own messages or translate them; a code's meaning never changes once released.
 */
public enum ProblemCode {
  /** An id does not match {@code [A-Za-z][A-Za-z0-9_.-]*} or is longer than 64 characters. */
  MALFORMED_ID,
  /** Two elements of one scorecard share an id (ids share one namespace per scorecard). */
  DUPLICATE_ID,
  /** A reference (objective to perspective or theme, link to objective) names no such element. */
  DANGLING_REFERENCE,
  /** A number in a definition is NaN or infinite. */
  NON_FINITE_NUMBER,
  /** A weight is negative. */
  NEGATIVE_WEIGHT,
  /** Every weight on one level (the indicators of an objective, ...) is zero. */
  ALL_WEIGHTS_ZERO,
  /** An indicator's score cap is below 1. */
  CAP_BELOW_ONE,
  /** Baseline and target contradict the polarity (a higher-is-better target below its baseline). */
  POLARITY_INCONSISTENT,
  /** Good and bad thresholds are in the wrong order for the indicator's polarity. */
  THRESHOLD_ORDER,
  /** Thresholds of the wrong shape for the polarity (a range for a directional indicator...). */
  THRESHOLD_POLARITY_MISMATCH,
  /** Two scoring bands cover the same values. */
  OVERLAPPING_BANDS,
  /**
   * Two entries of a target schedule cover the same dates, or two memberships of one person (in
   * two teams or twice in one) cover the same month.
   */
  OVERLAPPING_PERIODS,
  /** An interval is empty or reversed: a band, a min/max pair, a schedule entry, a range. */
  EMPTY_INTERVAL,
  /** Piecewise points whose x values are not strictly increasing. */
  NOT_STRICTLY_INCREASING,
  /** A baseline, target or threshold lies outside the indicator's declared min/max. */
  OUTSIDE_MIN_MAX,
  /** A number outside its allowed domain (a coverage above 1, a negative score, ...). */
  VALUE_OUT_OF_RANGE,
  /** A required attribute was never set (an indicator's kind, a scorecard's perspectives). */
  MISSING_ATTRIBUTE,
  /** A text that must not be blank is blank (a formula, a rule name). */
  BLANK_TEXT,
  /** A text is longer than allowed (formulas: 4,096 characters). */
  TEXT_TOO_LONG,
  /** A cause-effect link from an objective to itself. */
  SELF_LINK,
  /** The same cause-effect link defined twice. */
  DUPLICATE_LINK,
  /** Cause-effect links that form a cycle; the strategy map must be acyclic. */
  LINK_CYCLE,
  /** An indicator names a scoring rule the engine's registry does not know (found at compile). */
  UNKNOWN_SCORING_RULE,
  /** A node names an aggregation strategy the engine's registry does not know (at compile). */
  UNKNOWN_AGGREGATION,
  /**
   * A scoring rule or aggregation strategy rejected its parameters or the indicator it was given
   * (a missing baseline for {@code linear}, a gap between bands...); found at compile.
   */
  BAD_PARAMETER,
  /** A derived indicator's formula is malformed; the message gives the position (at compile). */
  FORMULA_SYNTAX,
  /** A formula refers to an id that is not an indicator of the scorecard (at compile). */
  UNKNOWN_REFERENCE,
  /** Derived indicators whose formulas depend on each other in a cycle (at compile). */
  FORMULA_CYCLE,
  /**
   * A size that a definition or a request names is beyond the library's limit (formula length
   * and depth, derived-chain depth, carry-forward length, period span, schedule length, year
   * range); the message names the limit. {@code docs/quality.md} lists every limit.
   */
  LIMIT_EXCEEDED,
  /** A text that should be a period is not one (see {@code Period} and {@code FiscalCalendar}). */
  MALFORMED_PERIOD,
  /** A scoring rule or aggregation strategy threw, or returned a result that breaks its contract. */
  EXTENSION_FAILURE,
  /** A scoring rule or aggregation strategy could not be loaded or registered. */
  EXTENSION_REGISTRATION,
  /**
   * An indicator whose {@link Unit} does not add up over time (a percentage, a ratio, a level)
   * rolls up with {@link RollUp#SUM}; the message points to the fix: a derived indicator over
   * numerator and denominator, which are rolled up first, or another roll-up.
   */
  NON_ADDITIVE_ROLL_UP,
  /**
   * Measurements name an id that is not a measured indicator of the scorecard (a misspelt or
   * removed indicator, or a derived one, whose formula gives its value); a warning on the result,
   * or an error under the strict policy (found when evaluating).
   */
  UNKNOWN_INDICATOR,
  /**
   * Units of an organisation whose parents form a cycle (a unit under itself, or two units each
   * under the other); an organisation must be a tree. Reported once per cycle, naming its
   * first-defined unit.
   */
  SUBJECT_CYCLE,
  /**
   * A team template's member roll-up that cannot give values: onto a derived team indicator (its
   * formula gives its value), or over a derived member indicator (no member's measurements hold
   * it; roll the formula's inputs up instead).
   */
  INVALID_MEMBER_ROLL_UP,
  /**
   * Measurements name a subject (a person, a team) that the organisation does not know: a
   * misspelt id, or someone who was never added; reported, never dropped silently.
   */
  UNKNOWN_SUBJECT,
  /**
   * A payout curve that would pay less for a higher score: a negative accelerator rate, a payout
   * at the threshold above 100 %, or retroactive tiers whose rates fall (reaching the next tier
   * would lower the payout).
   */
  DECREASING_PAYOUT,
  /**
   * An organisation plan names, for a free-rider rule or a pool split by share, a team indicator
   * that is not the {@code SUM} of a member indicator: contribution shares are parts of a sum, so
   * they exist only for summed indicators.
   */
  UNSUMMED_INDICATOR
}
