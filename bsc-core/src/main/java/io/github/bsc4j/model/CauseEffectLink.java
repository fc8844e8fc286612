package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A cause-effect link of the strategy map: achieving objective {@code from} drives objective
 * {@code to}. Validated with the scorecard it is built into: both ends must be objectives of that
 * scorecard, the links must form no cycle, and the strength must lie in {@code [0, 1]}.
 *
 * @param from the cause's objective id
 * @param to the effect's objective id
 * @param strength how strongly the cause drives the effect, in {@code [0, 1]}
 * @param sign whether improving the cause improves or worsens the effect
 */
public record CauseEffectLink(String from, String to, double strength, LinkSign sign)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a link.
   *
   * @param from the cause
   * @param to the effect
   * @param strength the strength
   * @param sign the sign
   * @throws NullPointerException if an argument is null
   */
  public CauseEffectLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sign, "sign");
  }

  /**
   * A positive link of strength 1.
   *
   * @param from the cause
   * @param to the effect
   * @return the link
   */
  public static CauseEffectLink of(String from, String to) {
    return new CauseEffectLink(from, to, 1.0, LinkSign.POSITIVE);
  }

  /**
   * The record's usual form, on one line: control characters in user text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape(
        "CauseEffectLink[from=" + from + ", to=" + to + ", strength=" + strength + ", sign="
            + sign + "]");
  }

  /** The id used in problems about this link: {@code from->to}. */
  String label() {
    return from + "->" + to;
  }
}
