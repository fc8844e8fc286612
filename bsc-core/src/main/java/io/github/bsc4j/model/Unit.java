package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The unit of an indicator's values: the symbol shown after a number, and what kind of quantity
 * it is, which says whether values of consecutive periods may be added up. Revenue in EUR is
 * additive (three months of revenue make the quarter's); a win rate in percent is not (a 2 % and
 * a 50 % month do not make a 52 % quarter), nor is a ratio or a level such as a headcount. An
 * indicator whose unit is not {@link #additive()} cannot roll up with {@link RollUp#SUM}: that is
 * the validation problem {@link ProblemCode#NON_ADDITIVE_ROLL_UP}.
 *
 * <pre>{@code
 * Unit.of("EUR")          // quantity, additive
 * Unit.of("%")            // percentage: "%" always means a percentage
 * Unit.percent()          // the same
 * Unit.ratio()            // a ratio without symbol, e.g. 0.25
 * Unit.level("FTE")       // a level: headcount, stock, satisfaction score
 * }</pre>
 *
 * @param symbol the symbol printed after values ({@code "EUR"}, {@code "%"}); may be empty
 * @param kind what kind of quantity the values are
 */
public record Unit(String symbol, Kind kind) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The symbol of {@link #percent()}; {@link #of(String)} reads it as a percentage. */
  public static final String PERCENT_SYMBOL = "%";

  /** No unit: an empty symbol, a quantity. The default of every indicator. */
  public static final Unit NONE = new Unit("", Kind.QUANTITY);

  /** What kind of quantity a unit measures, and so whether its values add up over time. */
  public enum Kind {
    /** A flow that adds up over time: money, counts, hours. The only additive kind. */
    QUANTITY,
    /** A share in percent; combine numerator and denominator instead of adding percentages. */
    PERCENTAGE,
    /** A quotient of two quantities (a rate as a fraction, revenue per head). */
    RATIO,
    /** A level or stock measured at a moment: headcount, a satisfaction score, a temperature. */
    LEVEL
  }

  /**
   * Creates a unit.
   *
   * @param symbol the symbol, may be empty
   * @param kind the kind
   * @throws NullPointerException if an argument is null
   */
  public Unit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * A unit by its symbol: {@code "%"} is a percentage, any other symbol an additive quantity (use
   * {@link #level(String)} or {@link #ratio(String)} for symbols of those kinds).
   *
   * @param symbol the symbol, may be empty
   * @return the unit
   * @throws NullPointerException if {@code symbol} is null
   */
  public static Unit of(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    return new Unit(symbol, symbol.equals(PERCENT_SYMBOL) ? Kind.PERCENTAGE : Kind.QUANTITY);
  }

  /**
   * A percentage, symbol {@code "%"}.
   *
   * @return the unit
   */
  public static Unit percent() {
    return new Unit(PERCENT_SYMBOL, Kind.PERCENTAGE);
  }

  /**
   * A ratio without symbol (a rate as a fraction, 0.25 for a quarter).
   *
   * @return the unit
   */
  public static Unit ratio() {
    return new Unit("", Kind.RATIO);
  }

  /**
   * A ratio with a symbol ({@code "EUR/head"}).
   *
   * @param symbol the symbol
   * @return the unit
   * @throws NullPointerException if {@code symbol} is null
   */
  public static Unit ratio(String symbol) {
    return new Unit(symbol, Kind.RATIO);
  }

  /**
   * A level or stock ({@code "FTE"}, {@code "points"}).
   *
   * @param symbol the symbol
   * @return the unit
   * @throws NullPointerException if {@code symbol} is null
   */
  public static Unit level(String symbol) {
    return new Unit(symbol, Kind.LEVEL);
  }

  /**
   * Tells whether values of consecutive periods may be added up: true for quantities only.
   *
   * @return true if the kind is {@link Kind#QUANTITY}
   */
  public boolean additive() {
    return kind == Kind.QUANTITY;
  }

  /**
   * The record's usual form, on one line: control characters in the symbol are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape("Unit[symbol=" + symbol + ", kind=" + kind + "]");
  }
}
