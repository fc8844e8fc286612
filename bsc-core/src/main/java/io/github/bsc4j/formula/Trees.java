package io.github.bsc4j.formula;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Equality, hashing and the record-style {@code toString} of {@link Expr} trees, with explicit
 * stacks instead of recursion: a tree built by hand may be any depth, and none of these may
 * depend on the thread's stack size.
 */
final class Trees {
  private Trees() {}

  /** Structural equality, as the records' generated {@code equals} would give. */
  static boolean equal(Expr a, Expr b) {
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(b);
    todo.push(a);
    while (!todo.isEmpty()) {
      Expr x = todo.pop();
      Expr y = todo.pop();
      if (x == y) {
        continue;
      }
      if (x instanceof Expr.Num n) {
        if (!(y instanceof Expr.Num m) || Double.compare(n.value(), m.value()) != 0) {
          return false;
        }
      } else if (x instanceof Expr.Ref r) {
        if (!(y instanceof Expr.Ref s) || !r.id().equals(s.id())) {
          return false;
        }
      } else if (x instanceof Expr.Neg n) {
        if (!(y instanceof Expr.Neg m)) {
          return false;
        }
        todo.push(m.operand());
        todo.push(n.operand());
      } else if (x instanceof Expr.Binary p) {
        if (!(y instanceof Expr.Binary q) || p.operator() != q.operator()) {
          return false;
        }
        todo.push(q.right());
        todo.push(p.right());
        todo.push(q.left());
        todo.push(p.left());
      } else {
        Expr.Call c = (Expr.Call) x;
        if (!(y instanceof Expr.Call d) || !c.function().equals(d.function())
            || c.arguments().size() != d.arguments().size()) {
          return false;
        }
        for (int i = c.arguments().size() - 1; i >= 0; i--) {
          todo.push(d.arguments().get(i));
          todo.push(c.arguments().get(i));
        }
      }
    }
    return true;
  }

  /** A hash of the nodes in pre-order; equal trees have equal pre-orders. */
  static int hash(Expr root) {
    int h = 1;
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Expr e = todo.pop();
      if (e instanceof Expr.Num n) {
        h = 31 * h + Double.hashCode(n.value());
      } else if (e instanceof Expr.Ref r) {
        h = 31 * h + 7 + r.id().hashCode();
      } else if (e instanceof Expr.Neg n) {
        h = 31 * h + 11;
        todo.push(n.operand());
      } else if (e instanceof Expr.Binary b) {
        h = 31 * h + 13 * b.operator();
        todo.push(b.right());
        todo.push(b.left());
      } else {
        Expr.Call c = (Expr.Call) e;
        h = 31 * (31 * h + c.function().hashCode()) + c.arguments().size();
        for (int i = c.arguments().size() - 1; i >= 0; i--) {
          todo.push(c.arguments().get(i));
        }
      }
    }
    return h;
  }

  /** The records' usual {@code toString} text, such as {@code Neg[operand=Ref[id=a]]}. */
  static String describe(Expr root) {
    StringBuilder sb = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object item = todo.pop();
      if (item instanceof String s) {
        sb.append(s);
      } else if (item instanceof Expr.Num n) {
        sb.append("Num[value=").append(n.value()).append(']');
      } else if (item instanceof Expr.Ref r) {
        sb.append("Ref[id=").append(r.id()).append(']');
      } else if (item instanceof Expr.Neg n) {
        sb.append("Neg[operand=");
        todo.push("]");
        todo.push(n.operand());
      } else if (item instanceof Expr.Binary b) {
        sb.append("Binary[operator=").append(b.operator()).append(", left=");
        todo.push("]");
        todo.push(b.right());
        todo.push(", right=");
        todo.push(b.left());
      } else {
        Expr.Call c = (Expr.Call) item;
        sb.append("Call[function=").append(c.function()).append(", arguments=[");
        todo.push("]]");
        List<Expr> args = c.arguments();
        for (int i = args.size() - 1; i >= 0; i--) {
          todo.push(args.get(i));
          if (i > 0) {
            todo.push(", ");
          }
        }
      }
    }
    return sb.toString();
  }
}
