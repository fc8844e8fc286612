package io.github.bsc4j.testkit;

/** Which targets a scoring rule supports; decides the indicators the kit generates. */
public enum TargetKind {
  /** Targets and baselines above 0 ({@code ratio}). */
  POSITIVE,
  /** Any finite target and baseline, zero and negative included ({@code linear}, {@code relative}). */
  ANY,
  /** The rule uses no baseline or target ({@code bands}, {@code piecewise}, {@code in-range}). */
  NONE
}
