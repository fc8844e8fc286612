package io.github.bsc4j.internal;

import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of user-facing text (period labels, explanations), looked up in an application's
 * {@link ResourceBundle} first and in the library's English defaults second, so a translation may
 * replace every word or only some.
 *
 * <p>Patterns hold numbered placeholders {@code {0}}, {@code {1}}, … that {@link #fill} replaces
 * with already formatted text; nothing else in a pattern is special (no {@code MessageFormat}
 * quoting rules), so translators may write apostrophes freely.
 */
public final class Words {
  private final ResourceBundle custom;
  private final ResourceBundle defaults;

  private Words(ResourceBundle custom, ResourceBundle defaults) {
    this.custom = custom;
    this.defaults = defaults;
  }

  /**
   * Words from an application's bundle, falling back to the library's defaults.
   *
   * @param custom the application's bundle, or null for the defaults alone
   * @param defaults the library's default bundle for these keys
   * @return the lookup
   * @throws NullPointerException if {@code defaults} is null
   */
  public static Words of(ResourceBundle custom, ResourceBundle defaults) {
    return new Words(custom, Objects.requireNonNull(defaults, "defaults"));
  }

  /**
   * The word or pattern for a key.
   *
   * @param key the key
   * @return the application's text when its bundle has the key, else the default
   * @throws MissingResourceException if neither bundle has the key (a bug in the library)
   */
  public String get(String key) {
    if (custom != null && custom.containsKey(key)) {
      return custom.getString(key);
    }
    return defaults.getString(key);
  }

  /**
   * The pattern for a key with its placeholders replaced.
   *
   * @param key the key
   * @param args the texts for {@code {0}}, {@code {1}}, …
   * @return the filled pattern
   * @throws MissingResourceException if neither bundle has the key
   */
  public String format(String key, String... args) {
    return fill(get(key), args);
  }

  /**
   * Replaces {@code {0}}, {@code {1}}, … in a pattern with the given texts; a placeholder with no
   * text given is left as it is, and replaced text is never scanned again.
   *
   * @param pattern the pattern
   * @param args the replacement texts
   * @return the filled pattern
   */
  public static String fill(String pattern, String... args) {
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    int i = 0;
    while (i < pattern.length()) {
      char ch = pattern.charAt(i);
      int close = ch == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3) {
        String digits = pattern.substring(i + 1, close);
        if (digits.chars().allMatch(Character::isDigit)) {
          int n = Integer.parseInt(digits);
          if (n < args.length) {
            out.append(args[n]);
            i = close + 1;
            continue;
          }
        }
      }
      out.append(ch);
      i++;
    }
    return out.toString();
  }
}
