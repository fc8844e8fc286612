package io.github.bsc4j.formula;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

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
 */
public final class Formula {
  /** The longest formula accepted, in characters. */
  public static final int MAX_LENGTH = 4096;

  /** The deepest nesting of parentheses, calls and unary minus accepted. */
  public static final int MAX_NESTING = 64;

  private static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String text;
  private final Expr root;
  private final Set<String> references;

  private Formula(String text, Expr root) {
    this.text = text;
    this.root = root;
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
   * @throws FormulaException with the position and what was expected, if the text is malformed,
   *     longer than {@value #MAX_LENGTH} characters or nested deeper than {@value #MAX_NESTING}
   */
  public static Formula parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Formula(text, Parser.parse(text));
  }

  /**
   * A formula from a tree, for instance one built by hand or by a generator.
   *
   * @param root the tree
   * @return the formula; its text is the canonical print of the tree
   * @throws NullPointerException if {@code root} is null
   */
  public static Formula of(Expr root) {
    Objects.requireNonNull(root, "root");
    return new Formula(Printer.print(root), root);
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
   * Computes the formula. A missing input, a division by zero or a result that is not finite
   * make the value missing, with the reason.
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
   * The canonical text: single spaces around binary operators, ids in brackets unless they are
   * bare identifiers, only the parentheses the tree needs. Parsing it gives an equal formula.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return Printer.print(root);
  }

  /**
   * Compares the trees.
   *
   * @param o the other object
   * @return true if both formulas have equal trees
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Formula f && root.equals(f.root);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return root.hashCode();
  }

  static boolean isBare(String id) {
    return BARE.matcher(id).matches() && !Parser.FUNCTIONS.contains(id);
  }

  /**
   * The outcome of evaluating a formula: a finite value, or the reason there is none.
   *
   * @param value the value; NaN when missing
   * @param missingReason why the value is missing; empty when it is not
   */
  public record Value(double value, String missingReason) {
    /**
     * Creates an outcome.
     *
     * @param value the value
     * @param missingReason the reason, empty when there is a value
     * @throws NullPointerException if {@code missingReason} is null
     */
    public Value {
      Objects.requireNonNull(missingReason, "missingReason");
    }

    /**
     * Tells whether there is a value.
     *
     * @return true unless missing
     */
    public boolean isPresent() {
      return missingReason.isEmpty();
    }
  }
}
