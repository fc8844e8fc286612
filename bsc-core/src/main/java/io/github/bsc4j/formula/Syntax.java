package io.github.bsc4j.formula;

import java.util.Set;
import java.util.regex.Pattern;

/** What the parser reads, for the nodes to check that they can be printed and read back. */
final class Syntax {
  /** The functions, with the number of arguments checked by {@link #checkCall}. */
  static final Set<String> FUNCTIONS = Set.of("min", "max", "abs");

  /** The longest id written in brackets. */
  static final int MAX_BRACKETED_ID = 64;

  private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern BRACKETED = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private Syntax() {}

  /** An id written without brackets: an identifier that is not a function's name. */
  static boolean isBare(String id) {
    return BARE.matcher(id).matches() && !FUNCTIONS.contains(id);
  }

  /** An id the parser reads, bare or in brackets. */
  static boolean isId(String id) {
    return BARE.matcher(id).matches()
        || (id.length() <= MAX_BRACKETED_ID && BRACKETED.matcher(id).matches());
  }

  /**
   * Null when a call of a function in {@link #FUNCTIONS} has the right number of arguments,
   * otherwise what is wrong with it.
   */
  static String checkCall(String function, int arguments) {
    if (function.equals("abs") && arguments != 1) {
      return "abs takes 1 argument, got " + arguments;
    }
    if (!function.equals("abs") && arguments < 2) {
      return function + " takes 2 or more arguments, got " + arguments;
    }
    return null;
  }
}
