package io.github.bsc4j.formula;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed formula of a derived indicator. Immutable and thread-safe; two formulas are equal when
 * their trees are, however the text was spaced or parenthesised.
 *
 * <pre>{@code
 * Formula perHead = Formula.parse("[sales-revenue] / headcount");
 * perHead.references();                                   // [sales-revenue, headcount]
 * perHead.evaluate(id -> OptionalDouble.of(values.get(id)));
 * }</pre>
 *
 * <p>Grammar: numbers ({@code 12}, {@code 0.5}, {@code 1e6}), bare ids {@code
 * [A-Za-z_][A-Za-z0-9_]*}, any id in brackets ({@code [gross-margin]}, so {@code a-b} always means
 * subtraction), {@code + - * /} with the usual precedence and left associativity, unary minus,
 * parentheses, {@code min(a, b, ...)}, {@code max(a, b, ...)} and {@code abs(a)}. At most {@value
 * #MAX_LENGTH} characters and {@value #MAX_NESTING} levels of nesting.
 *
 * <p>Nothing here depends on the thread's stack size: evaluation, printing, equality and hashing
 * use explicit stacks, and the parser recurses at most {@value #MAX_NESTING} levels.
 */
public final class Formula {
  /** The longest formula accepted, in characters. */
  public static final int MAX_LENGTH = 4096;

  /** The deepest nesting of parentheses, calls and unary minus accepted. */
  public static final int MAX_NESTING = 64;

  private final String text;
  private final Expr root;
  private final String canonical;
  private final Set<String> references;

  private Formula(String text, Expr root, String canonical) {
    this.text = text;
    this.root = root;
    this.canonical = canonical;
    Set<String> refs = new LinkedHashSet<>();
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Expr e = todo.pop();
      if (e instanceof Expr.Ref r) {
        refs.add(r.id());
      } else if (e instanceof Expr.Neg n) {
        todo.push(n.operand());
      } else if (e instanceof Expr.Binary b) {
        todo.push(b.right());
        todo.push(b.left());
      } else if (e instanceof Expr.Call c) {
        for (int i = c.arguments().size() - 1; i >= 0; i--) {
          todo.push(c.arguments().get(i));
        }
      }
    }
    this.references = Collections.unmodifiableSet(refs);
  }

  /**
   * Parses a formula.
   *
   * @param text the formula's text
   * @return the formula
   * @throws NullPointerException if {@code text} is null
   * @throws FormulaException with the position and what was expected, if the text is malformed
   *     ({@link io.github.bsc4j.model.ProblemCode#FORMULA_SYNTAX}, also for a number that is too
   *     large, or not 0 but below {@link Double#MIN_NORMAL}), or longer than {@value #MAX_LENGTH}
   *     characters or nested deeper than {@value #MAX_NESTING} ({@link
   *     io.github.bsc4j.model.ProblemCode#LIMIT_EXCEEDED})
   */
  public static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    Expr root = Parser.parse(text);
    return new Formula(text, root, Printer.print(root));
  }

  /**
   * A formula from a tree, for instance one built by hand or by a generator.
   *
   * @param root the tree
   * @return the formula; its text is the canonical print of the tree
   * @throws NullPointerException if {@code root} is null
   * @throws FormulaException ({@link io.github.bsc4j.model.ProblemCode#LIMIT_EXCEEDED}) if {@link
   *     #parse(String)} would not accept the canonical print back: longer than {@value
   *     #MAX_LENGTH} characters, or nested deeper than {@value #MAX_NESTING} levels (parentheses,
   *     calls and unary minus, counted as the parser counts them); the position is in the print
   */
  public static Formula of(Expr root) {
    Objects.requireNonNull(root, "root");
    String canonical = Printer.checked(root);
    return new Formula(canonical, root, canonical);
  }

  /**
   * The text the formula was parsed from.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The parsed tree.
   *
   * @return the root node
   */
  public Expr root() {
    return root;
  }

  /**
   * The ids the formula refers to, in order of first appearance.
   *
   * @return an unmodifiable set
   */
  public Set<String> references() {
    return references;
  }

  /**
   * Computes the formula, left to right as written. A missing input or one that is not finite, a
   * division by zero, or an operation whose result overflows to infinity or underflows (a product
   * or quotient of numbers other than 0 that is below {@link Double#MIN_NORMAL}) make the value
   * missing, with the reason. A present value is finite and never -0.0.
   *
   * @param values the value of each referenced id; empty when it has none
   * @return the value, or the reason there is none
   * @throws NullPointerException if {@code values} is null or returns null
   */
  public Value evaluate(Function<String, OptionalDouble> values) {
    Objects.requireNonNull(values, "values");
    return Evaluator.evaluate(root, values);
  }

  /**
   * The canonical text, compact: no spaces, only the parentheses the tree needs, ids in brackets
   * only when they are not bare identifiers, and each number in the shortest text that reads back
   * as the same double ({@code 1e5}, {@code 0.5}, {@code 1500}, {@code 125e-9}). Parsing it gives
   * an equal formula, and it is never longer than the text the formula was parsed from, so it is
   * always a valid formula.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return canonical;
  }

  /**
   * Compares the trees.
   *
   * @param o the other object
   * @return true if both formulas have equal trees
   */
  @Override
  public boolean equals(Object o) {
    // The canonical print is one-to-one: equal prints are equal trees.
    return o instanceof Formula f && canonical.equals(f.canonical);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * The outcome of evaluating a formula: a finite value, or the reason there is none. Exactly one
   * of the two is present; absence is an empty {@code Optional}, never NaN.
   *
   * @param value the value, finite; empty when missing
   * @param missingReason why the value is missing; empty when it is not
   */
  public record Value(OptionalDouble value, Optional<String> missingReason) {
    /**
     * Creates an outcome; prefer {@link #of(double)} and {@link #missing(String)}.
     *
     * @param value the value
     * @param missingReason the reason
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException unless exactly one of the two is present, or if the value
     *     is not finite
     */
    public Value {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(missingReason, "missingReason");
      if (value.isPresent() == missingReason.isPresent()) {
        throw new IllegalArgumentException(value.isPresent()
            ? "a value and a missing reason cannot both be present"
            : "either a value or a missing reason must be present");
      }
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        throw new IllegalArgumentException("value must be finite, was " + value.getAsDouble());
      }
    }

    /**
     * A present value.
     *
     * @param value the value, finite
     * @return the outcome
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public static Value of(double value) {
      return new Value(OptionalDouble.of(value), Optional.empty());
    }

    /**
     * A missing value and why.
     *
     * @param reason why the value is missing
     * @return the outcome
     * @throws NullPointerException if {@code reason} is null
     */
    public static Value missing(String reason) {
      return new Value(OptionalDouble.empty(), Optional.of(reason));
    }

    /**
     * Tells whether there is a value.
     *
     * @return true unless missing
     */
    public boolean isPresent() {
      return value.isPresent();
    }
  }

}
