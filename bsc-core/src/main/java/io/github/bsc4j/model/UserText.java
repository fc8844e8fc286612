package io.github.bsc4j.model;

import java.util.Objects;

/**
 * Renders text that users typed (ids, names, periods, formulas) safely inside messages,
 * explanations and outlines: control characters and line breaks are escaped so that no text can
 * forge an extra line, and {@link #quote(String) quoted} text is cut to at most {@value
 * #MAX_QUOTED} characters with an ellipsis so a megabyte of input never becomes a megabyte of
 * message.
 */
public final class UserText {
  /** The most characters of user text that {@link #quote(String)} keeps. */
  public static final int MAX_QUOTED = 200;

  private UserText() {}

  /**
   * Escapes control characters: {@code \n}, {@code \r}, {@code \t} as those two-character
   * sequences and every other ISO control character (and the line and paragraph separators
   * U+2028 and U+2029, and the bidirectional embedding, override and isolate characters U+202A..
   * U+202E and U+2066..U+2069, which can make text read backwards) as {@code \}{@code uXXXX}.
   * Text without them is returned as it is.
   *
   * @param text the text
   * @return the escaped text, on one line
   * @throws NullPointerException if {@code text} is null
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (needsEscape(c)) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Escapes {@code text} and cuts it to at most {@value #MAX_QUOTED} characters, ending a cut
   * text with "…" and the number of characters left out: {@code "aaaa…(+999800 chars)"}.
   *
   * @param text the text
   * @return the text to put in a message
   * @throws NullPointerException if {@code text} is null
   */
  public static String quote(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_QUOTED) {
      int keep = MAX_QUOTED;
      if (Character.isHighSurrogate(text.charAt(keep - 1))) {
        keep--;
      }
      String head = escape(text.substring(0, keep));
      return head + "…(+" + (text.length() - keep) + " chars)";
    }
    return escape(text);
  }

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
