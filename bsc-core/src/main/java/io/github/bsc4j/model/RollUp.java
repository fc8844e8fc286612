package io.github.bsc4j.model;

/** How an indicator's values over shorter periods combine into a longer period's value. */
public enum RollUp {
  /** Add the values up (revenue, units sold). */
  SUM,
  /** Average the values (satisfaction, rates). */
  AVERAGE,
  /** Take the latest value (headcount, balances). */
  LAST,
  /** Take the smallest value. */
  MIN,
  /** Take the largest value. */
  MAX
}
