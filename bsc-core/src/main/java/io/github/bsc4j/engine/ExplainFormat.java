package io.github.bsc4j.engine;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * How {@link ScorecardResult#explain(ExplainFormat)} writes numbers and which words it uses.
 * Immutable; start from {@link #DEFAULT} and change one setting at a time with the {@code with}
 * methods.
 *
 * <ul>
 *   <li>{@link #locale()}: the decimal separator, grouping separator and minus sign of every
 *       number; {@link Locale#ROOT} by default, which writes {@code 1,150,000.5} (grouping with
 *       commas, a point before the decimals), whatever the JVM's default locale is.
 *   <li>{@link #scoreDigits()}: the decimals of scores, contributions and score changes, always
 *       written out ({@code 0.750}); 3 by default. Actual values, targets, baselines and weights
 *       show at most as many decimals, trailing zeros dropped ({@code 0.978}, {@code 1,150,000}),
 *       and a value below 1 keeps that many significant digits ({@code 0.000123}).
 *   <li>{@link #words()}: an application's {@link ResourceBundle} whose keys replace the
 *       library's English words; a key it lacks keeps the English word. The keys and their
 *       placeholders are listed in {@code docs/scoring.md}.
 * </ul>
 */
public final class ExplainFormat {
  /** The most score digits accepted. */
  public static final int MAX_SCORE_DIGITS = 12;

  /** Root-locale numbers, three score digits, the English words. */
  public static final ExplainFormat DEFAULT = new ExplainFormat(Locale.ROOT, 3, null);

  private final Locale locale;
  private final int scoreDigits;
  private final ResourceBundle words;

  private ExplainFormat(Locale locale, int scoreDigits, ResourceBundle words) {
    this.locale = locale;
    this.scoreDigits = scoreDigits;
    this.words = words;
  }

  /**
   * The locale whose separators numbers are written with.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The decimals of scores, contributions and score changes.
   *
   * @return a number from 0 to {@link #MAX_SCORE_DIGITS}
   */
  public int scoreDigits() {
    return scoreDigits;
  }

  /**
   * The application's words.
   *
   * @return the bundle, empty when the English defaults are used alone
   */
  public Optional<ResourceBundle> words() {
    return Optional.ofNullable(words);
  }

  /**
   * This format with another locale for numbers.
   *
   * @param locale the locale
   * @return the new format
   * @throws NullPointerException if {@code locale} is null
   */
  public ExplainFormat withLocale(Locale locale) {
    return new ExplainFormat(Objects.requireNonNull(locale, "locale"), scoreDigits, words);
  }

  /**
   * This format with another number of score decimals.
   *
   * @param scoreDigits the decimals, from 0 to {@link #MAX_SCORE_DIGITS}
   * @return the new format
   * @throws IllegalArgumentException if {@code scoreDigits} is out of range
   */
  public ExplainFormat withScoreDigits(int scoreDigits) {
    if (scoreDigits < 0 || scoreDigits > MAX_SCORE_DIGITS) {
      throw new IllegalArgumentException(
          "scoreDigits must lie in [0, " + MAX_SCORE_DIGITS + "], not " + scoreDigits);
    }
    return new ExplainFormat(locale, scoreDigits, words);
  }

  /**
   * This format with an application's words, for example {@code
   * ResourceBundle.getBundle("com.example.Explain", Locale.GERMAN)}.
   *
   * @param words the bundle; its keys replace the English words, the others stay
   * @return the new format
   * @throws NullPointerException if {@code words} is null
   */
  public ExplainFormat withWords(ResourceBundle words) {
    return new ExplainFormat(locale, scoreDigits, Objects.requireNonNull(words, "words"));
  }

  /**
   * This format with the library's English words alone.
   *
   * @return the new format
   */
  public ExplainFormat withDefaultWords() {
    return new ExplainFormat(locale, scoreDigits, null);
  }

  /**
   * Equal when the locale, digits and bundle (by identity) are.
   *
   * @param o the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ExplainFormat f
        && locale.equals(f.locale)
        && scoreDigits == f.scoreDigits
        && words == f.words;
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(locale, scoreDigits, System.identityHashCode(words));
  }

  /**
   * A short description for logs: {@code ExplainFormat[locale=de, scoreDigits=3, words=custom]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ExplainFormat[locale="
        + (locale.equals(Locale.ROOT) ? "root" : locale.toLanguageTag())
        + ", scoreDigits="
        + scoreDigits
        + ", words="
        + (words == null ? "default" : "custom")
        + "]";
  }
}
