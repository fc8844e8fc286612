package io.github.bsc4j.formula;

import java.util.OptionalDouble;
import java.util.function.Function;

/** Computes a tree; missing inputs and divisions by zero make the value missing. */
final class Evaluator {
  private Evaluator() {}

  /** Signals a missing value up the tree without a result object per node. */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing(String reason) {
      super(reason, null, false, false);
    }
  }

  static Formula.Value evaluate(Expr root, Function<String, OptionalDouble> values) {
    try {
      double v = eval(root, values);
      if (!Double.isFinite(v)) {
        return new Formula.Value(Double.NaN, "the result is not finite (" + v + ")");
      }
      return new Formula.Value(v, "");
    } catch (Missing m) {
      return new Formula.Value(Double.NaN, m.getMessage());
    }
  }

  private static double eval(Expr e, Function<String, OptionalDouble> values) {
    if (e instanceof Expr.Num n) {
      return n.value();
    }
    if (e instanceof Expr.Ref r) {
      OptionalDouble v = values.apply(r.id());
      if (v == null) {
        throw new NullPointerException("values returned null for '" + r.id() + "'");
      }
      if (v.isEmpty()) {
        throw new Missing("input '" + r.id() + "' has no data");
      }
      return v.getAsDouble();
    }
    if (e instanceof Expr.Neg n) {
      return -eval(n.operand(), values);
    }
    if (e instanceof Expr.Binary b) {
      double left = eval(b.left(), values);
      double right = eval(b.right(), values);
      switch (b.operator()) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        default:
          if (right == 0) {
            throw new Missing("division by zero: " + Printer.print(b.right()) + " is 0");
          }
          return left / right;
      }
    }
    Expr.Call c = (Expr.Call) e;
    double result = eval(c.arguments().get(0), values);
    if (c.function().equals("abs")) {
      return Math.abs(result);
    }
    for (int i = 1; i < c.arguments().size(); i++) {
      double v = eval(c.arguments().get(i), values);
      result = c.function().equals("min") ? Math.min(result, v) : Math.max(result, v);
    }
    return result;
  }
}
