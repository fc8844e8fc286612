package io.github.bsc4j.model;

/** The traffic light of an indicator, objective, perspective or scorecard. */
public enum Status {
  /** Target met (green). */
  ON_TRACK,
  /** Short of target but not alarming (amber). */
  AT_RISK,
  /** Well short of target (red). */
  OFF_TRACK,
  /** Not enough data to judge. Never the same as a score of 0. */
  NO_DATA
}
