package io.github.bsc4j.formula;

import java.util.List;
import java.util.Objects;

/** A node of a parsed formula. Immutable; compared by value. */
public sealed interface Expr permits Expr.Num, Expr.Ref, Expr.Neg, Expr.Binary, Expr.Call {

  /**
   * A number literal; never negative (a minus sign is a {@link Neg}).
   *
   * @param value the value, finite and not negative
   */
  record Num(double value) implements Expr {}

  /**
   * A reference to another indicator's value.
   *
   * @param id the indicator's id
   */
  record Ref(String id) implements Expr {
    /**
     * Creates a reference.
     *
     * @param id the id
     * @throws NullPointerException if {@code id} is null
     */
    public Ref {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * Unary minus.
   *
   * @param operand what is negated
   */
  record Neg(Expr operand) implements Expr {
    /**
     * Creates a negation.
     *
     * @param operand the operand
     * @throws NullPointerException if {@code operand} is null
     */
    public Neg {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /**
   * A binary operation.
   *
   * @param operator one of {@code + - * /}
   * @param left the left operand
   * @param right the right operand
   */
  record Binary(char operator, Expr left, Expr right) implements Expr {
    /**
     * Creates an operation.
     *
     * @param operator the operator
     * @param left the left operand
     * @param right the right operand
     * @throws NullPointerException if an operand is null
     * @throws IllegalArgumentException if the operator is not one of {@code + - * /}
     */
    public Binary {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      if ("+-*/".indexOf(operator) < 0) {
        throw new IllegalArgumentException("operator must be one of + - * /, was " + operator);
      }
    }
  }

  /**
   * A function call: {@code min} and {@code max} of two or more arguments, {@code abs} of one.
   *
   * @param function the function's name
   * @param arguments the arguments (unmodifiable)
   */
  record Call(String function, List<Expr> arguments) implements Expr {
    /**
     * Creates a call.
     *
     * @param function the function
     * @param arguments the arguments
     * @throws NullPointerException if an argument is null
     */
    public Call {
      Objects.requireNonNull(function, "function");
      arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
    }
  }
}
