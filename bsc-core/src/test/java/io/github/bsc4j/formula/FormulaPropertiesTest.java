package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the formula language: printing round-trips, and nothing but the typed error escapes. */
class FormulaPropertiesTest {

  @Provide
  Arbitrary<Expr> trees() {
    return tree(4);
  }

  private static Arbitrary<Expr> tree(int depth) {
    Arbitrary<Expr> leaf = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1e6).ofScale(3).map(Expr.Num::new),
        Arbitraries.of(0.0, 1.0, 1e-7, 1e20, 123456789.125).map(Expr.Num::new),
        Arbitraries.of("revenue", "a", "_tmp", "gross-margin", "team.headcount", "x1", "min-value")
            .map(Expr.Ref::new));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expr> sub = Arbitraries.lazy(() -> tree(depth - 1));
    return Arbitraries.frequencyOf(List.of(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(1, sub.map(Expr.Neg::new)),
        net.jqwik.api.Tuple.of(4, net.jqwik.api.Combinators.combine(
                Arbitraries.of('+', '-', '*', '/'), sub, sub)
            .as((op, l, r) -> (Expr) new Expr.Binary(op, l, r))),
        net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(
                Arbitraries.of("min", "max"), sub.list().ofMinSize(2).ofMaxSize(3))
            .as((f, args) -> (Expr) new Expr.Call(f, args))),
        net.jqwik.api.Tuple.of(1, sub.map(e -> (Expr) new Expr.Call("abs", List.of(e))))));
  }

  @Property
  void printThenParseGivesTheSameTree(@ForAll("trees") Expr tree) {
    Formula printed = Formula.of(tree);
    assertEquals(tree, Formula.parse(printed.toString()).root(), printed.toString());
  }

  @Provide
  Arbitrary<String> formulaText() {
    return Arbitraries.strings()
        .withChars("ab_[]().,+-*/ 0123456789eEminaxs%^\t")
        .withCharRange('\u00e0', '\u00e5')
        .ofMaxLength(40);
  }

  @Property(tries = 3000)
  void randomTextNeverRaisesAnythingButTheTypedError(@ForAll("formulaText") String text) {
    try {
      Formula f = Formula.parse(text);
      assertEquals(f, Formula.parse(f.toString()), "a parsed formula prints parseably");
    } catch (FormulaException expected) {
      // the only exception allowed
    }
  }

  @Property(tries = 300)
  void anyStringAtAllIsParsedOrRejectedWithTheTypedError(@ForAll String text) {
    try {
      Formula.parse(text);
    } catch (FormulaException expected) {
      // the only exception allowed
    }
  }
}
