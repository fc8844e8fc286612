package io.github.bsc4j.model.internal;

import java.util.regex.Pattern;

/**
 * The one rule for ids: what the model checks for scorecards, perspectives, themes, objectives
 * and indicators, and what the cascade checks for organisations, units, teams and people. It
 * lives in a non-exported package under {@code model} so that both use the same rule without
 * making it API.
 */
public final class Ids {
  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 64;

  /** The rule, in words, for messages. */
  public static final String RULE =
      "ids match [A-Za-z][A-Za-z0-9_.-]* and have at most " + MAX_LENGTH + " characters";

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private Ids() {}

  /**
   * Tells whether {@code id} is a well-formed id.
   *
   * @param id the id
   * @return true if it matches {@link #RULE}
   */
  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH && ID.matcher(id).matches();
  }
}
