package io.github.bsc4j.formula;

import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser with an explicit nesting bound, so no input can overflow the stack:
 * only parentheses, calls and unary minus recurse, at most {@link Formula#MAX_NESTING} levels (a
 * few frames each); sums and products are loops.
 *
 * <pre>
 * formula := sum END
 * sum     := product (('+' | '-') product)*
 * product := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := number | identifier | '[' id ']' | function '(' sum (',' sum)* ')' | '(' sum ')'
 * </pre>
 */
final class Parser {
  private final String text;
  private int pos;
  private int depth;

  private Parser(String text) {
    this.text = text;
  }

  static Expr parse(String text) {
    if (text.length() > Formula.MAX_LENGTH) {
      throw new FormulaException(Formula.MAX_LENGTH, ProblemCode.LIMIT_EXCEEDED,
          "the formula has " + text.length() + " characters, at most " + Formula.MAX_LENGTH
              + " are allowed");
    }
    Parser p = new Parser(text);
    p.skipSpace();
    if (p.pos == text.length()) {
      throw new FormulaException(0, "the formula is empty");
    }
    Expr e = p.sum(); // leaves pos past any trailing space, as product() does
    if (p.pos < text.length()) {
      throw new FormulaException(p.pos, "expected an operator or the end, found " + p.describe());
    }
    return e;
  }

  /** A sum; like {@link #product()}, it returns with pos past any space that follows it. */
  private Expr sum() {
    Expr left = product();
    while (true) {
      char c = peek();
      if (c != '+' && c != '-') {
        return left;
      }
      pos++;
      left = new Expr.Binary(c, left, product());
    }
  }

  /** A product; it returns with pos past any space that follows it. */
  private Expr product() {
    Expr left = unary();
    while (true) {
      skipSpace();
      char c = peek();
      if (c != '*' && c != '/') {
        return left;
      }
      pos++;
      left = new Expr.Binary(c, left, unary());
    }
  }

  private Expr unary() {
    skipSpace();
    if (peek() == '-') {
      int at = pos++;
      enter(at);
      Expr operand = unary();
      depth--;
      return new Expr.Neg(operand);
    }
    return primary();
  }

  /** A primary; called only by {@link #unary()}, which has skipped the space before it. */
  private Expr primary() {
    int start = pos;
    if (pos >= text.length()) {
      throw new FormulaException(pos, "expected a number, an indicator id, a function or '(',"
          + " found the end of the formula");
    }
    char c = text.charAt(pos);
    if (c == '(') {
      pos++;
      enter(start);
      Expr inner = sum();
      expect(')', "to close the '(' at position " + start);
      depth--;
      return inner;
    }
    if (c == '[') {
      return bracketed();
    }
    if (isDigit(c)) {
      return number();
    }
    if (isIdentStart(c)) {
      String name = identifier();
      skipSpace();
      if (peek() == '(') {
        return call(name, start);
      }
      return new Expr.Ref(name);
    }
    throw new FormulaException(pos, "expected a number, an indicator id, a function or '(', found "
        + describe());
  }

  private Expr call(String name, int start) {
    if (!Syntax.FUNCTIONS.contains(name)) {
      throw new FormulaException(start, "unknown function '" + name + "'; the functions are abs,"
          + " max and min");
    }
    int open = pos++;
    enter(open);
    List<Expr> args = new ArrayList<>();
    skipSpace();
    if (peek() == ')') {
      throw new FormulaException(pos, "function '" + name + "' needs arguments");
    }
    args.add(sum());
    while (peek() == ',') {
      pos++;
      args.add(sum());
    }
    expect(')', "to close the call of '" + name + "' at position " + start);
    depth--;
    if (name.equals("abs") && args.size() != 1) {
      throw new FormulaException(start, "function 'abs' takes 1 argument, got " + args.size());
    }
    if (!name.equals("abs") && args.size() < 2) {
      throw new FormulaException(start,
          "function '" + name + "' takes 2 or more arguments, got " + args.size());
    }
    return new Expr.Call(name, args);
  }

  private Expr bracketed() {
    int open = pos++;
    int start = pos;
    while (pos < text.length() && text.charAt(pos) != ']') {
      char c = text.charAt(pos);
      boolean ok = pos == start ? isLetter(c) : isLetter(c) || isDigit(c) || "_.-".indexOf(c) >= 0;
      if (!ok) {
        throw new FormulaException(pos, "unexpected character " + charAt(pos)
            + " in the bracketed id opened at position " + open
            + "; ids match [A-Za-z][A-Za-z0-9_.-]*");
      }
      pos++;
    }
    if (pos >= text.length()) {
      throw new FormulaException(open, "the '[' is never closed with ']'");
    }
    if (pos == start) {
      throw new FormulaException(open, "empty brackets: expected an indicator id between '[' and"
          + " ']'");
    }
    String id = text.substring(start, pos);
    if (id.length() > 64) {
      throw new FormulaException(start, "the id '" + UserText.quote(id)
          + "' is longer than 64 characters");
    }
    pos++;
    return new Expr.Ref(id);
  }

  private Expr number() {
    int start = pos;
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw new FormulaException(pos, "expected a digit after the decimal point, found "
            + describe());
      }
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw new FormulaException(pos, "expected the digits of an exponent, found " + describe());
      }
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    String literal = text.substring(start, pos);
    double value = Double.parseDouble(literal);
    if (!Double.isFinite(value)) {
      throw new FormulaException(start, "the number " + UserText.quote(literal) + " is too large");
    }
    if (value < Double.MIN_NORMAL && !isZero(literal)) {
      // Rounded to 0, or to a subnormal that has lost precision: as wrong as an overflow.
      throw new FormulaException(start, "the number " + UserText.quote(literal) + " is too small:"
          + " a number that is not 0 must be at least 2.2250738585072014e-308");
    }
    if (pos < text.length() && (isIdentStart(text.charAt(pos)) || text.charAt(pos) == '[')) {
      throw new FormulaException(pos, "expected an operator after the number "
          + UserText.quote(literal) + ", found " + describe());
    }
    return new Expr.Num(value);
  }

  /** Whether a literal's digits before its exponent are all 0. */
  private static boolean isZero(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == 'e' || c == 'E') {
        return true;
      }
      if (c >= '1' && c <= '9') {
        return false;
      }
    }
    return true;
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && (isIdentStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
      pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) > 127)) {
      String before = UserText.quote(text.substring(start, pos));
      throw new FormulaException(pos, "unexpected character " + charAt(pos)
          + " after '" + before + "'; write ids containing '.' or '-' in brackets, like ["
          + before + ".x]");
    }
    return text.substring(start, pos);
  }

  private void enter(int at) {
    if (++depth > Formula.MAX_NESTING) {
      throw new FormulaException(at, ProblemCode.LIMIT_EXCEEDED,
          "the formula nests deeper than " + Formula.MAX_NESTING + " levels");
    }
  }

  /** Consumes {@code c}; called after {@link #sum()}, so no space precedes it. */
  private void expect(char c, String why) {
    if (peek() != c) {
      throw new FormulaException(pos, "expected '" + c + "' " + why + ", found " + describe());
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private String describe() {
    if (pos >= text.length()) {
      return "the end of the formula";
    }
    char c = text.charAt(pos);
    if (isDigit(c)) {
      int end = pos;
      while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      return "the number " + UserText.quote(text.substring(pos, end));
    }
    if (isIdentStart(c)) {
      int end = pos;
      while (end < text.length() && (isIdentStart(text.charAt(end)) || isDigit(text.charAt(end)))) {
        end++;
      }
      return "'" + UserText.quote(text.substring(pos, end)) + "'";
    }
    return charAt(pos);
  }

  /**
   * The character at {@code at} for a message: a whole code point (both halves of a surrogate
   * pair), shown only by its number when it is a control, format (such as a bidirectional
   * override), separator, unpaired surrogate, private or unassigned character, so that no message
   * carries invisible or malformed text.
   */
  private String charAt(int at) {
    int cp = text.codePointAt(at);
    if (Character.isISOControl(cp)) {
      return String.format("the control character U+%04X", cp);
    }
    if (cp < 128) {
      return "'" + (char) cp + "'";
    }
    switch (Character.getType(cp)) {
      case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED:
        return String.format("the character U+%04X", cp);
      default:
        return String.format("'%s' (U+%04X)", Character.toString(cp), cp);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isIdentStart(char c) {
    return isLetter(c) || c == '_';
  }
}
