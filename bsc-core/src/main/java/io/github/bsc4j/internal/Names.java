package io.github.bsc4j.internal;

import java.util.regex.Pattern;

/** The name rule shared by the registries of rules and strategies. */
public final class Names {
  /** The rule, in words, for messages. */
  public static final String RULE = "[A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters";

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private Names() {}

  /**
   * Tells whether a rule's or strategy's name is well formed.
   *
   * @param name the name
   * @return true if it matches {@link #RULE}
   */
  public static boolean isValid(String name) {
    return NAME.matcher(name).matches();
  }
}
