package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equality, hashing and the record-style text of {@link Expr} trees, and what a {@link Formula}
 * derives from its tree: every node takes part, wherever it sits in the tree.
 */
class ExprTreesTest {

  private static final Expr A = new Expr.Ref("a");
  private static final Expr B = new Expr.Ref("b");
  private static final Expr ONE = new Expr.Num(1);
  private static final Expr TWO = new Expr.Num(2);

  private static Expr neg(Expr e) {
    return new Expr.Neg(e);
  }

  private static Expr bin(char op, Expr l, Expr r) {
    return new Expr.Binary(op, l, r);
  }

  private static Expr call(String f, Expr... args) {
    return new Expr.Call(f, List.of(args));
  }

  /** Pairs of trees that differ in exactly one place, in every kind of position. */
  private static List<Expr[]> nearMisses() {
    return List.of(
        new Expr[] {ONE, TWO},
        new Expr[] {A, B},
        new Expr[] {neg(ONE), neg(TWO)},
        new Expr[] {neg(neg(A)), neg(A)},
        new Expr[] {neg(neg(A)), neg(ONE)},
        new Expr[] {neg(A), neg(call("abs", A))},
        new Expr[] {bin('+', A, B), bin('-', A, B)},
        new Expr[] {bin('+', A, B), bin('+', A, A)},
        new Expr[] {bin('+', A, B), bin('+', B, B)},
        new Expr[] {bin('*', ONE, A), bin('*', TWO, A)},
        new Expr[] {bin('*', neg(A), B), bin('*', A, B)},
        new Expr[] {call("max", A, B), call("min", A, B)},
        new Expr[] {call("max", A, B), call("max", B, B)},
        new Expr[] {call("max", A, B), call("max", A, A)},
        new Expr[] {call("max", A, B), call("max", A, B, B)},
        new Expr[] {call("max", ONE, B), call("max", TWO, B)},
        new Expr[] {call("abs", A), neg(A)},
        new Expr[] {bin('+', call("abs", A), B), bin('+', call("abs", B), B)});
  }

  @Test
  void treesThatDifferInOneNodeAreUnequalAndHashDifferently() {
    for (Expr[] pair : nearMisses()) {
      assertNotEquals(pair[0], pair[1], pair[0] + " vs " + pair[1]);
      assertNotEquals(pair[1], pair[0], pair[1] + " vs " + pair[0]);
      assertNotEquals(pair[0].hashCode(), pair[1].hashCode(), pair[0] + " vs " + pair[1]);
    }
  }

  @Test
  void separatelyBuiltEqualTreesAreEqualWithEqualHashes() {
    Expr x = bin('+', neg(call("max", A, new Expr.Num(1.5), bin('/', B, TWO))), A);
    Expr y = bin('+', neg(call("max", new Expr.Ref("a"), new Expr.Num(1.5),
        bin('/', new Expr.Ref("b"), new Expr.Num(2)))), new Expr.Ref("a"));
    assertEquals(x, y);
    assertEquals(x.hashCode(), y.hashCode());
  }

  @Test
  void smallTreesHashWithoutCollisions() {
    // All 2-leaf trees over a few leaves and each operator or function: 120 distinct trees.
    List<Expr> leaves = List.of(A, B, ONE, TWO, neg(A));
    Set<Expr> trees = new LinkedHashSet<>();
    for (Expr l : leaves) {
      for (Expr r : leaves) {
        for (char op : "+-*/".toCharArray()) {
          trees.add(bin(op, l, r));
        }
        trees.add(call("max", l, r));
        trees.add(call("min", l, r));
      }
    }
    assertEquals(150, trees.size());
    Set<Integer> hashes = new HashSet<>();
    trees.forEach(t -> hashes.add(t.hashCode()));
    assertEquals(150, hashes.size());
  }

  @Test
  void toStringIsTheRecordsUsualText() {
    assertEquals("Num[value=1.5]", new Expr.Num(1.5).toString());
    assertEquals("Ref[id=a.b]", new Expr.Ref("a.b").toString());
    assertEquals("Neg[operand=Ref[id=a]]", neg(A).toString());
    assertEquals("Binary[operator=*, left=Num[value=2.0], right=Ref[id=b]]",
        bin('*', TWO, B).toString());
    assertEquals("Call[function=max, arguments=[Ref[id=a], Num[value=1.0], Neg[operand=Ref[id=b]]]]",
        call("max", A, ONE, neg(B)).toString());
    assertEquals("Call[function=abs, arguments=[Ref[id=a]]]", call("abs", A).toString());
  }

  @Test
  void referencesComeFromEveryPositionInFirstUseOrder() {
    assertEquals(List.of("c", "a", "b", "d", "e"),
        List.copyOf(Formula.parse("-c + max(a, -b, c) * min(abs(d), e)").references()));
    assertEquals(List.of("x", "y"), List.copyOf(Formula.parse("max(x, y)").references()));
    assertEquals(List.of("x"), List.copyOf(Formula.parse("--x").references()));
  }

  @Test
  void textIsTheTextAsWrittenAndTheTreesPrintForATreeBuiltByHand() {
    assertEquals("a  +b", Formula.parse("a  +b").text());
    assertEquals("a+b", Formula.of(bin('+', A, B)).text());
  }

  @Test
  void formulasHashByTheirTree() {
    assertEquals(Formula.parse("a+b").hashCode(), Formula.parse(" a + b ").hashCode());
    assertNotEquals(Formula.parse("a+b").hashCode(), Formula.parse("a-b").hashCode());
    assertNotEquals(Formula.parse("a").hashCode(), Formula.parse("b").hashCode());
  }

  @Test
  void aValueIsEitherFiniteWithoutReasonOrAbsentWithOne() {
    assertTrue(Formula.Value.of(1.5).isPresent());
    assertEquals(java.util.OptionalDouble.of(1.5), Formula.Value.of(1.5).value());
    assertEquals(java.util.Optional.empty(), Formula.Value.of(1.5).missingReason());
    assertEquals(java.util.Optional.of("x is missing"),
        Formula.Value.missing("x is missing").missingReason());
    assertEquals(java.util.OptionalDouble.empty(), Formula.Value.missing("x").value());
    assertEquals("value must be finite, was NaN",
        assertThrows(IllegalArgumentException.class, () -> Formula.Value.of(Double.NaN))
            .getMessage());
    assertEquals("value must be finite, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> Formula.Value.of(Double.POSITIVE_INFINITY)).getMessage());
    assertEquals("a value and a missing reason cannot both be present",
        assertThrows(IllegalArgumentException.class, () -> new Formula.Value(
            java.util.OptionalDouble.of(1.0), java.util.Optional.of("why"))).getMessage());
    assertEquals("either a value or a missing reason must be present",
        assertThrows(IllegalArgumentException.class, () -> new Formula.Value(
            java.util.OptionalDouble.empty(), java.util.Optional.empty())).getMessage());
  }

}
