package io.github.bsc4j.formula;

import io.github.bsc4j.model.UserText;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Computes a tree with explicit stacks, left to right as written. A missing or non-finite input, a
 * division by zero, and an operation whose exact result the double cannot hold (an overflow to
 * infinity, or a product or quotient of non-zero numbers that underflows below {@link
 * Double#MIN_NORMAL}) make the value missing with the reason, so no wrong number is ever given.
 */
final class Evaluator {
  private Evaluator() {}

  /** Combines the values of a node's operands, which are on top of the value stack. */
  private record Apply(Expr node) {}

  static Formula.Value evaluate(Expr root, Function<String, OptionalDouble> values) {
    Deque<Object> todo = new ArrayDeque<>();
    double[] stack = new double[16];
    int top = 0; // the number of values on the stack
    todo.push(root);
    while (!todo.isEmpty()) {
      Object item = todo.pop();
      double result;
      if (item instanceof Expr.Num n) {
        result = n.value();
      } else if (item instanceof Expr.Ref r) {
        OptionalDouble v = values.apply(r.id());
        if (v == null) {
          throw new NullPointerException("values returned null for '" + UserText.quote(r.id())
              + "'");
        }
        if (v.isEmpty()) {
          return missing("input '" + UserText.quote(r.id()) + "' has no data");
        }
        result = v.getAsDouble();
        if (!Double.isFinite(result)) {
          return missing("input '" + UserText.quote(r.id()) + "' is not finite (" + result + ")");
        }
      } else if (item instanceof Expr.Neg n) {
        todo.push(new Apply(n));
        todo.push(n.operand());
        continue;
      } else if (item instanceof Expr.Binary b) {
        todo.push(new Apply(b));
        todo.push(b.right());
        todo.push(b.left());
        continue;
      } else if (item instanceof Expr.Call c) {
        todo.push(new Apply(c));
        for (int i = c.arguments().size() - 1; i >= 0; i--) {
          todo.push(c.arguments().get(i));
        }
        continue;
      } else {
        Expr node = ((Apply) item).node();
        if (node instanceof Expr.Neg) {
          result = -stack[--top];
        } else if (node instanceof Expr.Binary b) {
          double right = stack[--top];
          double left = stack[--top];
          String wrong = check(b, left, right);
          if (wrong != null) {
            return missing(wrong);
          }
          result = apply(b.operator(), left, right);
          wrong = checkResult(b, left, right, result);
          if (wrong != null) {
            return missing(wrong);
          }
        } else {
          Expr.Call c = (Expr.Call) node;
          List<Expr> args = c.arguments();
          top -= args.size();
          result = stack[top];
          if (c.function().equals("abs")) {
            result = Math.abs(result);
          }
          for (int i = 1; i < args.size(); i++) {
            double v = stack[top + i];
            result = c.function().equals("min") ? Math.min(result, v) : Math.max(result, v);
          }
        }
      }
      if (top == stack.length) {
        stack = Arrays.copyOf(stack, top * 2);
      }
      stack[top++] = result;
    }
    // Every operation of finite numbers that passed the checks is finite; -0.0 becomes 0.0.
    return Formula.Value.of(stack[0] + 0.0);
  }

  private static Formula.Value missing(String reason) {
    return Formula.Value.missing(reason);
  }

  private static double apply(char operator, double left, double right) {
    switch (operator) {
      case '+':
        return left + right;
      case '-':
        return left - right;
      case '*':
        return left * right;
      default:
        return left / right;
    }
  }

  private static String check(Expr.Binary b, double left, double right) {
    if (b.operator() == '/' && right == 0) {
      return "division by zero: " + UserText.quote(Printer.display(b.right())) + " is 0";
    }
    return null;
  }

  private static String checkResult(Expr.Binary b, double left, double right, double result) {
    if (Double.isInfinite(result)) {
      return UserText.quote(Printer.display(b)) + " overflows to " + result;
    }
    boolean scales = b.operator() == '*' || b.operator() == '/';
    if (scales && left != 0 && right != 0 && Math.abs(result) < Double.MIN_NORMAL) {
      return UserText.quote(Printer.display(b)) + " underflows below 2.2250738585072014e-308";
    }
    return null;
  }
}
