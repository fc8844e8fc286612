package io.github.bsc4j.cascade;

/** What a {@link TeamPool} is split by among a team's members. */
public enum PoolBasis {
  /** Each member's blended score; members whose blended score has no data take no part. */
  BLENDED_SCORE,
  /**
   * Each member's contribution share on one summed team indicator; members without a share take
   * no part.
   */
  SHARE
}
