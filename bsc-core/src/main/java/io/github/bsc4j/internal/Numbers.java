package io.github.bsc4j.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number formatting for messages and explanations. */
public final class Numbers {
  private Numbers() {}

  /**
   * Formats a number exactly, without exponent or a trailing ".0": 1200000, 0.15, -3.5.
   *
   * @param v the number
   * @return the text; "NaN" or "Infinity" for those
   */
  public static String plain(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * Formats a number rounded half-even to at most {@code decimals} decimal places.
   *
   * @param v the number
   * @param decimals the most decimal places shown
   * @return the text
   */
  public static String rounded(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN);
    d = d.stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /**
   * Formats a share as a percentage with one decimal: 0.6667 as "66.7%".
   *
   * @param share the share, 1 = 100%
   * @return the text
   */
  public static String percent(double share) {
    return rounded(share * 100, 1) + "%";
  }

  /**
   * Formats a number exactly, as {@link #plain(double)} does, with a comma between thousands in
   * its whole part: 3201000 as "3,201,000", 1234.5 as "1,234.5".
   *
   * @param v the number
   * @return the text; "NaN" or "Infinity" for those
   */
  public static String grouped(double v) {
    String plain = plain(v);
    if (!Double.isFinite(v)) {
      return plain;
    }
    int sign = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + 8).append(plain, 0, sign);
    for (int i = sign; i < end; i++) {
      if (i > sign && (end - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }

  /**
   * Formats a number with exactly {@code decimals} decimal places, rounded half up from its
   * shortest decimal form: 1 as "1.000", 0.1 as "0.100" for three places.
   *
   * @param v the number
   * @param decimals the decimal places
   * @return the text; "NaN" or "Infinity" for those
   */
  public static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
