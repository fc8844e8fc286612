package io.github.bsc4j.formula;

/** Prints a tree as canonical text that parses back to the same tree. */
final class Printer {
  private Printer() {}

  static String print(Expr e) {
    StringBuilder sb = new StringBuilder();
    print(e, sb);
    return sb.toString();
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Binary b) {
      return b.operator() == '+' || b.operator() == '-' ? 1 : 2;
    }
    return e instanceof Expr.Neg ? 3 : 4;
  }

  private static void print(Expr e, StringBuilder sb) {
    if (e instanceof Expr.Num n) {
      double v = n.value();
      sb.append(v == Math.rint(v) && v < 1e15 ? Long.toString((long) v) : Double.toString(v));
    } else if (e instanceof Expr.Ref r) {
      sb.append(Formula.isBare(r.id()) ? r.id() : "[" + r.id() + "]");
    } else if (e instanceof Expr.Neg n) {
      sb.append('-');
      wrap(n.operand(), precedence(n.operand()) < 3, sb);
    } else if (e instanceof Expr.Binary b) {
      int p = precedence(b);
      wrap(b.left(), precedence(b.left()) < p, sb);
      sb.append(' ').append(b.operator()).append(' ');
      // Left associativity: a right operand of the same precedence keeps its parentheses.
      wrap(b.right(), precedence(b.right()) <= p, sb);
    } else {
      Expr.Call c = (Expr.Call) e;
      sb.append(c.function()).append('(');
      for (int i = 0; i < c.arguments().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        print(c.arguments().get(i), sb);
      }
      sb.append(')');
    }
  }

  private static void wrap(Expr e, boolean parentheses, StringBuilder sb) {
    if (parentheses) {
      sb.append('(');
      print(e, sb);
      sb.append(')');
    } else {
      print(e, sb);
    }
  }
}
