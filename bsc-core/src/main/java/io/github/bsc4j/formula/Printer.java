package io.github.bsc4j.formula;

import io.github.bsc4j.model.ProblemCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Prints a tree as text that parses back to the same tree, with an explicit stack. The canonical
 * print is compact: no spaces, only the parentheses the tree needs, ids bare where possible and
 * every number in its shortest form, so it is never longer than any text that parses to the tree.
 * The display print, for messages, puts spaces around binary operators and after commas.
 */
final class Printer {
  private Printer() {}

  /** Opens a level of nesting, as the parser counts it, at the last character appended. */
  private record Enter(String text) {}

  /** Closes a level of nesting after appending its text. */
  private record Exit(String text) {}

  private static final Exit END = new Exit("");
  private static final Exit CLOSE = new Exit(")");
  private static final Enter OPEN = new Enter("(");

  /** The canonical print, without limits. */
  static String print(Expr e) {
    return render(e, false, false);
  }

  /** The print for messages: spaces around binary operators and after commas. */
  static String display(Expr e) {
    return render(e, true, false);
  }

  /**
   * The canonical print of a tree the parser must accept back.
   *
   * @throws FormulaException ({@link ProblemCode#LIMIT_EXCEEDED}) if the print is longer than
   *     {@link Formula#MAX_LENGTH} or nests deeper than {@link Formula#MAX_NESTING}
   */
  static String checked(Expr e) {
    return render(e, false, true);
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Binary b) {
      return b.operator() == '+' || b.operator() == '-' ? 1 : 2;
    }
    // Negations, numbers, ids and calls alike: none needs parentheses as an operand.
    return 3;
  }

  private static String render(Expr root, boolean spaced, boolean limited) {
    StringBuilder sb = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    int depth = 0;
    int tooDeepAt = -1;
    while (!todo.isEmpty()) {
      Object item = todo.pop();
      if (item instanceof String s) {
        sb.append(s);
      } else if (item instanceof Enter enter) {
        sb.append(enter.text());
        if (++depth > Formula.MAX_NESTING && tooDeepAt < 0) {
          tooDeepAt = sb.length() - 1;
        }
      } else if (item instanceof Exit exit) {
        sb.append(exit.text());
        depth--;
      } else if (item instanceof Expr.Num n) {
        sb.append(number(n.value()));
      } else if (item instanceof Expr.Ref r) {
        if (Syntax.isBare(r.id())) {
          sb.append(r.id());
        } else {
          sb.append('[').append(r.id()).append(']');
        }
      } else if (item instanceof Expr.Neg n) {
        todo.push(END);
        push(todo, n.operand(), precedence(n.operand()) < 3);
        todo.push(new Enter("-"));
      } else if (item instanceof Expr.Binary b) {
        int p = precedence(b);
        // Left associativity: a right operand of the same precedence keeps its parentheses.
        push(todo, b.right(), precedence(b.right()) <= p);
        todo.push(spaced ? " " + b.operator() + " " : String.valueOf(b.operator()));
        push(todo, b.left(), precedence(b.left()) < p);
      } else {
        Expr.Call c = (Expr.Call) item;
        todo.push(CLOSE);
        for (int i = c.arguments().size() - 1; i >= 0; i--) {
          todo.push(c.arguments().get(i));
          if (i > 0) {
            todo.push(spaced ? ", " : ",");
          }
        }
        todo.push(OPEN);
        todo.push(c.function());
      }
      if (limited && sb.length() > Formula.MAX_LENGTH) {
        throw new FormulaException(Formula.MAX_LENGTH, ProblemCode.LIMIT_EXCEEDED,
            "the canonical text is longer than " + Formula.MAX_LENGTH
                + " characters, the most allowed");
      }
    }
    if (limited && tooDeepAt >= 0) {
      throw new FormulaException(tooDeepAt, ProblemCode.LIMIT_EXCEEDED,
          "the formula nests deeper than " + Formula.MAX_NESTING + " levels");
    }
    return sb.toString();
  }

  private static void push(Deque<Object> todo, Expr e, boolean parentheses) {
    if (parentheses) {
      todo.push(CLOSE);
      todo.push(e);
      todo.push(OPEN);
    } else {
      todo.push(e);
    }
  }

  /**
   * The shortest text the parser reads as exactly {@code v}: the fewest significant digits that
   * parse back to {@code v}, written plain ({@code 1500}, {@code 0.5}) or with an exponent
   * ({@code 1e5}, {@code 125e-9}), whichever is shorter; plain, then the exponent form with one
   * digit before the point, wins a tie.
   *
   * @param v finite and not negative
   */
  static String number(double v) {
    if (v == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(v);
    BigDecimal digits = null;
    for (int p = 1; p <= 17 && digits == null; p++) {
      BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      // At a power of two the doubles are closer together below than above, so the nearest
      // p-digit decimal may miss while its neighbour hits.
      BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(nearest.precision() - nearest.scale()
          - p);
      for (BigDecimal candidate : new BigDecimal[] {nearest, nearest.add(unit),
          nearest.subtract(unit)}) {
        // A candidate of 0 (1 - 1 when p is 1) never parses back to v, which is above 0.
        if (Double.parseDouble(candidate.toString()) == v) {
          digits = candidate;
          break;
        }
      }
    }
    if (digits == null) {
      digits = exact; // unreachable: 17 significant digits always round-trip
    }
    digits = digits.stripTrailingZeros();
    String d = digits.unscaledValue().toString();
    int p = d.length();
    int q = -digits.scale(); // v == d * 10^q
    String best;
    if (q >= 0) {
      best = d + "0".repeat(q);
    } else if (-q < p) {
      best = d.substring(0, p + q) + "." + d.substring(p + q);
    } else {
      best = "0." + "0".repeat(-q - p) + d;
    }
    for (int k = 1; k <= p; k++) {
      String mantissa = k == p ? d : d.substring(0, k) + "." + d.substring(k);
      String text = mantissa + "e" + (q + p - k);
      if (text.length() < best.length()) {
        best = text;
      }
    }
    return best;
  }
}
