package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.ProblemCode;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws of the formula language: printing round-trips and never lengthens, nothing but the typed
 * error escapes the parser, and evaluation never throws. Trees include left chains thousands of
 * levels deep and every kind of node; the suite runs with -Xss256k.
 */
class FormulaPropertiesTest {

  private static final List<String> IDS = List.of("revenue", "a", "_tmp", "gross-margin",
      "team.headcount", "x1", "min-value", "min", "abs", "e", "E1", "a".repeat(64),
      "b" + "-".repeat(63), "long_" + "x".repeat(100));

  private static Arbitrary<Expr> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1e6).ofScale(3).map(Expr.Num::new),
        Arbitraries.of(0.0, -0.0, 1.0, 1e-7, 1e20, 123456789.125, 0.1 + 0.2, 2e23, 1e23,
            Double.MAX_VALUE, Double.MIN_NORMAL, 1e5, 1e-3).map(Expr.Num::new),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(Double::longBitsToDouble)
            .filter(v -> Double.isFinite(v) && v >= Double.MIN_NORMAL).map(Expr.Num::new));
  }

  private static Arbitrary<Expr> leaves() {
    return Arbitraries.oneOf(numbers(), Arbitraries.of(IDS).map(Expr.Ref::new));
  }

  private static Arbitrary<Expr> tree(int depth) {
    Arbitrary<Expr> leaf = leaves();
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expr> sub = Arbitraries.lazy(() -> tree(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf),
        Tuple.of(1, sub.map(Expr.Neg::new)),
        Tuple.of(4, Combinators.combine(Arbitraries.of('+', '-', '*', '/'), sub, sub)
            .as((op, l, r) -> (Expr) new Expr.Binary(op, l, r))),
        Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"),
                sub.list().ofMinSize(2).ofMaxSize(3))
            .as((f, args) -> (Expr) new Expr.Call(f, args))),
        Tuple.of(1, sub.map(e -> (Expr) new Expr.Call("abs", List.of(e)))),
        Tuple.of(1, leftChain(sub, 1, 6)));
  }

  /** A left-deep chain of operations, as the parser builds for {@code a+b-c*d...}. */
  private static Arbitrary<Expr> leftChain(Arbitrary<Expr> operand, int min, int max) {
    return Combinators.combine(operand,
            Combinators.combine(Arbitraries.of('+', '-', '*', '/'), operand)
                .as(Tuple::of).list().ofMinSize(min).ofMaxSize(max))
        .as((first, rest) -> {
          Expr e = first;
          for (Tuple.Tuple2<Character, Expr> t : rest) {
            e = new Expr.Binary(t.get1(), e, t.get2());
          }
          return e;
        });
  }

  /** A deep negation or call nest, around the nesting limit. */
  private static Arbitrary<Expr> nest() {
    return Combinators.combine(leaves(), Arbitraries.integers().between(55, 70),
            Arbitraries.of("neg", "abs", "paren", "mixed"))
        .as((leaf, n, kind) -> {
          Expr e = leaf;
          for (int i = 0; i < n; i++) {
            String k = kind.equals("mixed") ? List.of("neg", "abs", "paren").get(i % 3) : kind;
            e = switch (k) {
              case "neg" -> new Expr.Neg(e);
              case "abs" -> new Expr.Call("abs", List.of(e));
              default -> new Expr.Binary('/', new Expr.Ref("a"), e);
            };
          }
          return e;
        });
  }

  /**
   * A left-deep chain of 1,000 to 2,100 terms, as the parser builds for {@code a+b-c*d...},
   * made from a seed (generating each term with jqwik would be slow).
   */
  private static Arbitrary<Expr> longChain() {
    return Combinators.combine(Arbitraries.integers().between(800, 2100), Arbitraries.longs())
        .as((terms, seed) -> {
          // Mostly one-character terms, so that some chains fit in 4,096 characters.
          Random random = new Random(seed);
          // One precedence: (a+b)*c+d... would nest a parenthesis at every change.
          String ops = random.nextBoolean() ? "+-" : "*/";
          Expr e = term(random);
          for (int i = 1; i < terms; i++) {
            e = new Expr.Binary(ops.charAt(random.nextInt(2)), e, term(random));
          }
          return e;
        });
  }

  private static Expr term(Random random) {
    Expr leaf = random.nextBoolean() ? new Expr.Ref(random.nextInt(8) == 0 ? "gross-margin" : "a")
        : new Expr.Num(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3) / 2.0);
    switch (random.nextInt(16)) {
      case 0:
        return new Expr.Neg(leaf);
      case 1:
        return new Expr.Call("abs", List.of(leaf));
      case 2:
        return new Expr.Call("max", List.of(leaf, new Expr.Ref("a")));
      case 3:
        return new Expr.Binary('+', leaf, new Expr.Num(1)); // printed in parentheses
      default:
        return leaf;
    }
  }

  @Provide
  Arbitrary<Expr> trees() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, tree(4)),
        Tuple.of(2, longChain()),
        Tuple.of(2, nest()));
  }

  @Property(tries = 1000)
  void printThenParseGivesTheSameTree(@ForAll("trees") Expr tree) {
    Formula printed;
    try {
      printed = Formula.of(tree);
    } catch (FormulaException e) {
      assertEquals(ProblemCode.LIMIT_EXCEEDED, e.problems().get(0).code());
      return;
    }
    Formula back = Formula.parse(printed.toString());
    assertEquals(tree, back.root(), printed.toString());
    assertEquals(printed, back);
    assertEquals(printed.hashCode(), back.hashCode());
    assertEquals(tree.hashCode(), back.root().hashCode());
    assertEquals(printed.toString(), back.toString());
  }

  @Property(tries = 1000)
  void ofAcceptsExactlyTheTreesWhosePrintTheParserAccepts(@ForAll("trees") Expr tree) {
    String print = Printer.print(tree);
    FormulaException fromParser = null;
    try {
      Formula.parse(print);
    } catch (FormulaException e) {
      fromParser = e;
    }
    FormulaException fromOf = null;
    try {
      Formula.of(tree);
    } catch (FormulaException e) {
      fromOf = e;
    }
    assertEquals(fromParser == null, fromOf == null, print);
    if (fromOf != null) {
      assertEquals(ProblemCode.LIMIT_EXCEEDED, fromOf.problems().get(0).code());
      assertEquals(fromParser.problems().get(0).code(), fromOf.problems().get(0).code());
      assertEquals(fromParser.position(), fromOf.position());
      if (print.length() <= Formula.MAX_LENGTH) {
        assertEquals(fromParser.reason(), fromOf.reason());
      }
    }
  }

  /** Valid source text, with spaces, redundant parentheses, brackets and numbers as written. */
  private static Arbitrary<String> source(int depth) {
    Arbitrary<String> space = Arbitraries.of("", "", "", " ", "  ", "\t", "\r\n");
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> number = Combinators.combine(digits,
            Arbitraries.oneOf(Arbitraries.just(""), digits.map(d -> "." + d)),
            Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(
                Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(2))
                .as((e, sign, d) -> e + sign + d)))
        .as((i, f, e) -> i + f + e);
    Arbitrary<String> id = Arbitraries.of("a", "[a]", "revenue", "[revenue]", "[gross-margin]",
        "[team.headcount]", "_x", "[min]", "x1", "[X_1]", "e", "E");
    Arbitrary<String> edge = Arbitraries.of("1e300", "2.2250738585072014E-308", "1.0E-5",
        "17976931348623157e292", "0.000000000000000000000000000001", "100000", "0.10",
        "2e23", "1.9999999999999998E23", "007", "0e-999", "1.000000000000000000000001");
    Arbitrary<String> leaf = Arbitraries.frequencyOf(Tuple.of(5, number), Tuple.of(5, id),
        Tuple.of(1, edge));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> sub = Arbitraries.lazy(() -> source(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaf),
        Tuple.of(1, Combinators.combine(space, sub, space).as((s, e, t) -> "(" + s + e + t + ")")),
        Tuple.of(1, Combinators.combine(space, sub).as((s, e) -> "-" + s + e)),
        Tuple.of(4, Combinators.combine(sub, space, Arbitraries.of("+", "-", "*", "/"), space,
            sub).as((l, s, op, t, r) -> l + s + op + t + r)),
        Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), sub, space, sub)
            .as((f, a, s, b) -> f + "(" + a + "," + s + b + ")")),
        Tuple.of(1, Combinators.combine(space, sub).as((s, e) -> "abs(" + s + e + ")")));
  }

  @Provide
  Arbitrary<String> validText() {
    return Arbitraries.frequencyOf(
            Tuple.of(8, source(5)),
            Tuple.of(1, source(1).list().ofMinSize(100).ofMaxSize(700)
                .map(terms -> String.join("-", terms))))
        .filter(FormulaPropertiesTest::parses);
  }

  private static boolean parses(String text) {
    try {
      Formula.parse(text);
      return true;
    } catch (FormulaException e) {
      return false;
    }
  }

  @Property(tries = 1000)
  void theCanonicalPrintIsNeverLongerThanTheText(@ForAll("validText") String text) {
    Formula f = Formula.parse(text);
    String print = f.toString();
    assertTrue(print.length() <= text.length(), text + " printed as " + print);
    Formula back = Formula.parse(print);
    assertEquals(f, back);
    assertEquals(print, back.toString(), "the canonical print is a fixed point");
  }

  @Provide
  Arbitrary<String> formulaText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789+-*/()[],. e")
            .ofMaxLength(60),
        Arbitraries.strings().withChars("ab_[]().,+-*/ 0123456789eEminaxs%^\t")
            .withCharRange('\u00e0', '\u00e5').ofMaxLength(40),
        Arbitraries.strings().withChars("a1(-)+*/e.").ofMinLength(3000).ofMaxLength(4200),
        Arbitraries.strings().all().ofMaxLength(60));
  }

  @Property(tries = 1000)
  void randomTextNeverRaisesAnythingButTheTypedError(@ForAll("formulaText") String text) {
    Formula f;
    try {
      f = Formula.parse(text);
    } catch (FormulaException expected) {
      return; // the only exception allowed
    }
    String print = f.toString();
    assertTrue(print.length() <= text.length(), text + " printed as " + print);
    assertEquals(f, Formula.parse(print), "a parsed formula prints parseably");
    Formula.Value v = f.evaluate(id -> OptionalDouble.of(id.length()));
    assertTrue(v.isPresent() ? Double.isFinite(v.value().getAsDouble()) : v.missingReason().isPresent());
  }

  @Provide
  Arbitrary<List<Double>> inputs() {
    return Arbitraries.oneOf(
            Arbitraries.doubles(),
            Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0.0,
                -0.0, 1e-200, 1e200, -1.0),
            Arbitraries.longs().map(Double::longBitsToDouble))
        .list().ofMinSize(1).ofMaxSize(IDS.size() + 1);
  }

  @Property(tries = 1000)
  void evaluationGivesAFiniteValueOrAReasonAndNeverThrows(@ForAll("trees") Expr tree,
      @ForAll("inputs") List<Double> inputs) {
    Formula.Value v = Evaluator.evaluate(tree, id -> {
      int i = IDS.indexOf(id);
      return i >= inputs.size() ? OptionalDouble.empty() : OptionalDouble.of(inputs.get(i));
    });
    if (v.isPresent()) {
      assertTrue(Double.isFinite(v.value().getAsDouble()), v.toString());
      assertFalse(Double.doubleToRawLongBits(v.value().getAsDouble()) == Double.doubleToRawLongBits(-0.0));
    } else {
      assertTrue(v.value().isEmpty());
      assertFalse(v.missingReason().orElseThrow().isEmpty());
    }
  }

  @Property(tries = 300)
  void aValuesFunctionReturningNullIsTheOnlyWayToAnException(@ForAll("trees") Expr tree) {
    try {
      Formula.Value v = Evaluator.evaluate(tree, id -> null);
      assertTrue(v.isPresent() || v.missingReason().isPresent());
    } catch (NullPointerException expected) {
      assertTrue(expected.getMessage().startsWith("values returned null for '"));
    }
  }
}
