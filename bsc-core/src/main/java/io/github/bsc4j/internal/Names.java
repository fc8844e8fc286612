package io.github.bsc4j.internal;

import java.util.regex.Pattern;

/** Name rules shared by the registries of rules and strategies. */
public final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private Names() {}

  /**
   * Checks an extension's name.
   *
   * @param what "scoring rule" or "aggregation strategy"
   * @param name the name
   * @param type the implementing class, for the message
   * @throws IllegalArgumentException if the name is malformed
   */
  public static void checkName(String what, String name, Class<?> type) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what
              + " name '"
              + name
              + "' of "
              + type.getName()
              + " is malformed: names match [A-Za-z][A-Za-z0-9_.-]* and have at most 64"
              + " characters");
    }
  }
}
