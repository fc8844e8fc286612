package io.github.bsc4j.formula;

import io.github.bsc4j.model.UserText;
import java.util.List;
import java.util.Objects;

/**
 * A node of a parsed formula. Immutable; compared by value. Every node is one the parser can read
 * back from its print: numbers are finite, not negative and not subnormal, ids and calls are
 * well-formed. Equality, hashing and {@code toString} use explicit stacks, so a tree of any depth,
 * also one built by hand, never overflows the thread's stack.
 */
public sealed interface Expr permits Expr.Num, Expr.Ref, Expr.Neg, Expr.Binary, Expr.Call {

  /**
   * A number literal; never negative (a minus sign is a {@link Neg}).
   *
   * @param value the value: finite, not negative, and 0 or at least {@link Double#MIN_NORMAL}
   *     (like a literal the parser accepts); -0.0 becomes 0.0
   */
  record Num(double value) implements Expr {
    /**
     * Creates a number.
     *
     * @param value the value
     * @throws IllegalArgumentException if {@code value} is NaN, infinite, negative, or neither 0
     *     nor at least {@link Double#MIN_NORMAL}
     */
    public Num {
      if (!(value == 0 || (value >= Double.MIN_NORMAL && value <= Double.MAX_VALUE))) {
        throw new IllegalArgumentException("value must be finite, not negative and 0 or at least "
            + Double.MIN_NORMAL + ", was " + value);
      }
      value = value == 0 ? 0.0 : value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Num n && Double.compare(value, n.value) == 0;
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.describe(this);
    }
  }

  /**
   * A reference to another indicator's value.
   *
   * @param id the indicator's id: an identifier {@code [A-Za-z_][A-Za-z0-9_]*}, or an id {@code
   *     [A-Za-z][A-Za-z0-9_.-]*} of at most 64 characters (written in brackets)
   */
  record Ref(String id) implements Expr {
    /**
     * Creates a reference.
     *
     * @param id the id
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if the parser could not read {@code id}
     */
    public Ref {
      Objects.requireNonNull(id, "id");
      if (!Syntax.isId(id)) {
        throw new IllegalArgumentException("id must be [A-Za-z_][A-Za-z0-9_]* or"
            + " [A-Za-z][A-Za-z0-9_.-]* of at most " + Syntax.MAX_BRACKETED_ID
            + " characters, was '" + UserText.quote(id) + "'");
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Ref r && id.equals(r.id);
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.describe(this);
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Neg n && Trees.equal(this, n);
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.describe(this);
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Binary b && Trees.equal(this, b);
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.describe(this);
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
     * @param function the function: {@code abs}, {@code max} or {@code min}
     * @param arguments the arguments: one for {@code abs}, two or more for the others
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the function is unknown or gets the wrong number of
     *     arguments
     */
    public Call {
      Objects.requireNonNull(function, "function");
      arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
      if (!Syntax.FUNCTIONS.contains(function)) {
        throw new IllegalArgumentException("function must be abs, max or min, was '"
            + UserText.quote(function) + "'");
      }
      String wrong = Syntax.checkCall(function, arguments.size());
      if (wrong != null) {
        throw new IllegalArgumentException(wrong);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Call c && Trees.equal(this, c);
    }

    @Override
    public int hashCode() {
      return Trees.hash(this);
    }

    @Override
    public String toString() {
      return Trees.describe(this);
    }
  }
}
