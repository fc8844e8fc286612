package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formulas at and past their limits: nothing depends on the stack size (the suite runs with
 * -Xss256k), numbers are never silently rounded to 0, and printing round-trips compactly.
 */
class FormulaHardeningTest {

  private static final Expr A = new Expr.Ref("a");

  private static Formula.Value eval(String text, Map<String, Double> values) {
    return Formula.parse(text).evaluate(id -> values.containsKey(id)
        ? OptionalDouble.of(values.get(id)) : OptionalDouble.empty());
  }

  private static Expr negations(int n, Expr inner) {
    Expr e = inner;
    for (int i = 0; i < n; i++) {
      e = new Expr.Neg(e);
    }
    return e;
  }

  private static Expr leftChain(char op, int terms) {
    Expr e = A;
    for (int i = 1; i < terms; i++) {
      e = new Expr.Binary(op, e, A);
    }
    return e;
  }

  // --- 1. Stack safety ---

  @Test
  void longChainsOfEveryOperatorEvaluatePrintCompareAndHash() {
    // 2048 terms: 4,095 characters, a left-deep tree 2,047 levels deep.
    Map<Character, Double> expected = Map.of('+', 3072.0, '-', 1.5 - 2047 * 1.5, '*', 1.0,
        '/', 1.0);
    Map<Character, Double> a = Map.of('+', 1.5, '-', 1.5, '*', -1.0, '/', -1.0);
    for (char op : "+-*/".toCharArray()) {
      String text = "a" + (op + "a").repeat(2047);
      assertEquals(4095, text.length());
      Formula f = Formula.parse(text);
      assertEquals(expected.get(op), f.evaluate(id -> OptionalDouble.of(a.get(op))).value().getAsDouble(),
          "chain of " + op);
      assertEquals(text, f.toString());
      assertEquals(f, Formula.parse(f.toString()));
      assertEquals(f.hashCode(), Formula.parse(text).hashCode());
      assertEquals(f, Formula.of(leftChain(op, 2048)));
      assertEquals(leftChain(op, 2048), f.root());
    }
  }

  @Test
  void aFormulaOfFifteenHundredTermsPrintsComparesAndHashes() {
    String text = "a+" + "b+".repeat(1498) + "c";
    Formula f = Formula.parse(text);
    Formula g = Formula.parse("((a)) + " + text.substring(2).replace("+c", " + [c]"));
    assertEquals(text, f.toString());
    assertEquals(f, g);
    assertEquals(f.hashCode(), g.hashCode());
    assertEquals(f.root(), g.root());
    assertEquals(f.root().hashCode(), g.root().hashCode());
    assertEquals(f.root().toString(), g.root().toString());
    assertNotEquals(f, Formula.parse(text.replace("c", "d")));
    assertNotEquals(f.root(), Formula.parse(text.replace("c", "d")).root());
    assertEquals(List.of("a", "b", "c"), List.copyOf(f.references()));
  }

  @Test
  void deepTreesBuiltByHandCompareHashAndPrintWithoutRecursion() {
    Expr deep = negations(100_000, A);
    Expr same = negations(100_000, A);
    Expr other = negations(100_000, new Expr.Ref("b"));
    assertEquals(deep, same);
    assertEquals(deep.hashCode(), same.hashCode());
    assertNotEquals(deep, other);
    String printed = deep.toString();
    assertEquals("Neg[operand=".repeat(100_000) + "Ref[id=a]" + "]".repeat(100_000), printed);

    Expr chain = leftChain('*', 100_000);
    assertEquals(chain, leftChain('*', 100_000));
    assertEquals(chain.hashCode(), leftChain('*', 100_000).hashCode());
    assertNotEquals(chain, leftChain('/', 100_000));
    assertTrue(chain.toString().endsWith("right=Ref[id=a]], right=Ref[id=a]]"));

    List<Expr> args = new ArrayList<>(List.of(A, A));
    Expr call = new Expr.Call("max", args);
    for (int i = 0; i < 50_000; i++) {
      call = new Expr.Call("max", List.of(call, new Expr.Num(i)));
    }
    assertEquals(call.hashCode(), call.hashCode());
    assertTrue(call.toString().startsWith(
        "Call[function=max, arguments=[Call[function=max, arguments=[Call["));
  }

  @Test
  void deepTreesBuiltByHandEvaluateAndPrintWithoutRecursion() {
    assertEquals(-2.0, Evaluator.evaluate(negations(100_001, A), id -> OptionalDouble.of(2))
        .value().getAsDouble());
    assertEquals(150_000.0, Evaluator.evaluate(leftChain('+', 100_000),
        id -> OptionalDouble.of(1.5)).value().getAsDouble());
    assertEquals("a" + "*a".repeat(99_999), Printer.print(leftChain('*', 100_000)));
    assertEquals("-".repeat(100_000) + "a", Printer.print(negations(100_000, A)));
    Expr rightNested = A;
    for (int i = 0; i < 10_000; i++) {
      rightNested = new Expr.Binary('-', A, rightNested);
    }
    assertEquals("a-(".repeat(9_999) + "a-a" + ")".repeat(9_999), Printer.print(rightNested));
    assertEquals(1.0, Evaluator.evaluate(rightNested, id -> OptionalDouble.of(1)).value().getAsDouble(),
        "1-(1-(1-...(1-1))) of 10,001 ones");
  }

  @Test
  void recordsStillCompareAndPrintLikeRecords() {
    Expr e = new Expr.Binary('-', new Expr.Num(2), new Expr.Call("abs", List.of(
        new Expr.Neg(new Expr.Ref("x")))));
    assertEquals("Binary[operator=-, left=Num[value=2.0], right=Call[function=abs,"
        + " arguments=[Neg[operand=Ref[id=x]]]]]", e.toString());
    assertEquals(e, Formula.parse("2 - abs(-x)").root());
    assertNotEquals(e, Formula.parse("2 - abs(-y)").root());
    assertNotEquals(e, Formula.parse("2 + abs(-x)").root());
    assertNotEquals(new Expr.Call("min", List.of(A, A)), new Expr.Call("max", List.of(A, A)));
    assertNotEquals(new Expr.Call("min", List.of(A, A)),
        new Expr.Call("min", List.of(A, A, A)));
    assertNotEquals(new Expr.Num(1), new Expr.Num(2));
    assertNotEquals(new Expr.Num(1), A);
    assertNotEquals(A, null);
    assertEquals(new Expr.Num(0.0), new Expr.Num(-0.0));
    assertEquals(new Expr.Num(0.0).hashCode(), new Expr.Num(-0.0).hashCode());
  }

  static Stream<Arguments> tooDeepOrTooLongTrees() {
    Expr paren = A;
    for (int i = 0; i < 66; i++) {
      paren = new Expr.Binary('-', A, paren);
    }
    Expr calls = A;
    for (int i = 0; i < 65; i++) {
      calls = new Expr.Call("abs", List.of(calls));
    }
    return Stream.of(
        Arguments.of(negations(65, A), 64, "the formula nests deeper than 64 levels"),
        Arguments.of(negations(100_000, A), 4096,
            "the canonical text is longer than 4096 characters, the most allowed"),
        // a-(a-(a-(...))): the 65th '(' is at 2 + 3 * 64
        Arguments.of(paren, 194, "the formula nests deeper than 64 levels"),
        // abs(abs(...)): the 65th '(' is at 3 + 4 * 64
        Arguments.of(calls, 259, "the formula nests deeper than 64 levels"),
        // -(a*-(a*...)): each is two levels, the 65th opens at the '-' at 4 * 32
        Arguments.of(nestedNegatedProducts(33), 128, "the formula nests deeper than 64 levels"),
        Arguments.of(leftChain('+', 2049), 4096,
            "the canonical text is longer than 4096 characters, the most allowed"),
        Arguments.of(new Expr.Ref("a".repeat(4097)), 4096,
            "the canonical text is longer than 4096 characters, the most allowed"));
  }

  private static Expr nestedNegatedProducts(int n) {
    Expr e = A;
    for (int i = 0; i < n; i++) {
      e = new Expr.Neg(new Expr.Binary('*', A, e));
    }
    return e;
  }

  @ParameterizedTest(name = "[{index}] position {1}")
  @MethodSource("tooDeepOrTooLongTrees")
  void treesTheParserWouldNotAcceptBackAreRejected(Expr tree, int position, String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.of(tree));
    assertEquals(ProblemCode.LIMIT_EXCEEDED, e.problems().get(0).code());
    assertEquals(reason, e.reason());
    assertEquals(position, e.position());
  }

  @Test
  void treesAtTheLimitsAreAccepted() {
    assertEquals("-".repeat(64) + "a", Formula.of(negations(64, A)).toString());
    assertEquals(4095, Formula.of(leftChain('+', 2048)).toString().length());
    Expr longest = new Expr.Binary('+', leftChain('+', 2047), new Expr.Ref("bb"));
    assertEquals(4096, Formula.of(longest).toString().length());
    assertEquals(Formula.parse(Formula.of(longest).toString()), Formula.of(longest));
  }

  @Test
  void theParserTooGivesLimitProblemsTheirCode() {
    for (String text : List.of("-".repeat(65) + "a", "a".repeat(4097))) {
      assertEquals(ProblemCode.LIMIT_EXCEEDED,
          assertThrows(FormulaException.class, () -> Formula.parse(text)).problems().get(0)
              .code());
    }
  }

  static Stream<Arguments> anyShapeOf4096Characters() {
    return Stream.of(
        Arguments.of("-".repeat(2000) + "a", 64, "the formula nests deeper than 64 levels"),
        Arguments.of("-".repeat(4095) + "a", 64, "the formula nests deeper than 64 levels"),
        Arguments.of("(".repeat(4095) + "a", 64, "the formula nests deeper than 64 levels"),
        Arguments.of("(-".repeat(2047) + "a", 64, "the formula nests deeper than 64 levels"),
        Arguments.of("min(".repeat(1023) + "a", 259, "the formula nests deeper than 64 levels"),
        Arguments.of("-(".repeat(2047) + "a", 64, "the formula nests deeper than 64 levels"),
        Arguments.of("a*".repeat(2048), 4096, "expected a number, an indicator id, a function"
            + " or '(', found the end of the formula"),
        Arguments.of("[".repeat(4096), 1, "unexpected character '[' in the bracketed id opened"
            + " at position 0; ids match [A-Za-z][A-Za-z0-9_.-]*"),
        Arguments.of(")".repeat(4096), 0, "expected a number, an indicator id, a function or '(',"
            + " found ')'"));
  }

  @ParameterizedTest(name = "[{index}] position {1}")
  @MethodSource("anyShapeOf4096Characters")
  void noInputOfTheLongestLengthOverflowsTheParser(String text, int position, String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(position, e.position());
  }

  @Test
  void longChainsOfNegatedTermsAreAccepted() {
    // -a is one level each time, not nested: 1,365 of them are fine.
    Formula f = Formula.parse("a" + "*-a".repeat(1365));
    assertEquals(-1.0, f.evaluate(id -> OptionalDouble.of(1)).value().getAsDouble());
    assertEquals(f, Formula.parse(f.toString()));
    Formula g = Formula.parse("a" + "--a".repeat(1365));
    assertEquals(1366.0, g.evaluate(id -> OptionalDouble.of(1)).value().getAsDouble());
  }

  static Stream<Arguments> charactersThatMustNotReachAMessageAsTheyAre() {
    String expected = "expected a number, an indicator id, a function or '(', found ";
    String operator = "expected an operator or the end, found ";
    return Stream.of(
        Arguments.of("\uD83D\uDE00", 0, expected + "'\uD83D\uDE00' (U+1F600)"),
        Arguments.of("\uD83D", 0, expected + "the character U+D83D"),
        Arguments.of("a \uDE00", 2, operator + "the character U+DE00"),
        Arguments.of("a\u202Eb", 1, "unexpected character the character U+202E after 'a'; write"
            + " ids containing '.' or '-' in brackets, like [a.x]"),
        Arguments.of("a \u2028", 2, operator + "the character U+2028"),
        Arguments.of("a \u0085", 2, operator + "the control character U+0085"),
        Arguments.of("[a\uD83D\uDE00]", 2, "unexpected character '\uD83D\uDE00' (U+1F600) in"
            + " the bracketed id opened at position 0; ids match [A-Za-z][A-Za-z0-9_.-]*"));
  }

  @ParameterizedTest(name = "[{index}] position {1}")
  @MethodSource("charactersThatMustNotReachAMessageAsTheyAre")
  void messagesShowWholeCodePointsAndNameInvisibleOnes(String text, int position,
      String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(position, e.position());
  }

  // --- 2. Literals that underflow ---

  static Stream<Arguments> underflowingLiterals() {
    String tooSmall = ": a number that is not 0 must be at least 2.2250738585072014e-308";
    return Stream.of(
        Arguments.of("a*1e-400", 2, "the number 1e-400 is too small" + tooSmall),
        Arguments.of("4.9e-324", 0, "the number 4.9e-324 is too small" + tooSmall),
        Arguments.of("1 + 2.2250738585072009E-308", 4,
            "the number 2.2250738585072009E-308 is too small" + tooSmall),
        Arguments.of("0.00001e-305", 0, "the number 0.00001e-305 is too small" + tooSmall),
        Arguments.of("1e999", 0, "the number 1e999 is too large"),
        Arguments.of("-1" + "0".repeat(400), 1, "the number 1" + "0".repeat(199)
            + "…(+201 chars) is too large"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("underflowingLiterals")
  void literalsThatUnderflowAreRejectedLikeThoseThatOverflow(String text, int position,
      String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(position, e.position());
    assertEquals(ProblemCode.FORMULA_SYNTAX, e.problems().get(0).code());
  }

  @Test
  void zeroAndTheSmallestNormalNumberAreAccepted() {
    assertEquals(0.0, eval("0e-400 + 0.000", Map.of()).value().getAsDouble());
    assertEquals(Double.MIN_NORMAL, eval("2.2250738585072014e-308", Map.of()).value().getAsDouble());
    assertEquals(1e-307, eval("1e-307", Map.of()).value().getAsDouble());
  }

  // --- 3. Numbers and printing ---

  @Test
  void numbersAreFiniteAndNotNegative() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, -1, -1e20, Double.MIN_VALUE, Double.MIN_NORMAL / 2}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Expr.Num(bad));
      assertEquals("value must be finite, not negative and 0 or at least"
          + " 2.2250738585072014E-308, was " + bad, e.getMessage());
    }
    assertEquals(0, Double.compare(0.0, new Expr.Num(-0.0).value()), "-0.0 becomes 0.0");
    assertEquals("0", Formula.of(new Expr.Num(-0.0)).toString());
    assertEquals("-1e20", Formula.of(new Expr.Neg(new Expr.Num(1e20))).toString());
  }

  @Test
  void refsAndCallsAreOnlyWhatTheParserCanRead() {
    for (String bad : List.of("", "a b", "1a", "-a", "a" + "-".repeat(64), "ü", "a\n", "[a]",
        "_a.b")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Expr.Ref(bad));
      assertTrue(e.getMessage().startsWith("id must be [A-Za-z_][A-Za-z0-9_]* or"
          + " [A-Za-z][A-Za-z0-9_.-]* of at most 64 characters, was "), e.getMessage());
    }
    assertEquals("[a" + "-".repeat(63) + "]",
        Formula.of(new Expr.Ref("a" + "-".repeat(63))).toString());
    assertEquals("[min]+_x", Formula.of(new Expr.Binary('+', new Expr.Ref("min"),
        new Expr.Ref("_x"))).toString());
    assertEquals("function must be abs, max or min, was 'sqrt'",
        assertThrows(IllegalArgumentException.class,
            () -> new Expr.Call("sqrt", List.of(A))).getMessage());
    assertEquals("abs takes 1 argument, got 2", assertThrows(IllegalArgumentException.class,
        () -> new Expr.Call("abs", List.of(A, A))).getMessage());
    assertEquals("min takes 2 or more arguments, got 1",
        assertThrows(IllegalArgumentException.class,
            () -> new Expr.Call("min", List.of(A))).getMessage());
  }

  @Test
  void numbersPrintInTheirShortestForm() {
    Map<Double, String> shortest = Map.ofEntries(
        Map.entry(100000.0, "1e5"), Map.entry(0.5, "0.5"), Map.entry(1.0e300, "1e300"),
        Map.entry(1500.0, "1500"), Map.entry(15000.0, "15e3"), Map.entry(0.01, "0.01"),
        Map.entry(0.001, "1e-3"), Map.entry(1.5e-9, "1.5e-9"), Map.entry(1.25e-7, "125e-9"),
        Map.entry(123456789.125, "123456789.125"), Map.entry(1e20, "1e20"),
        Map.entry(0.1 + 0.2, "0.30000000000000004"),
        Map.entry(Double.MAX_VALUE, "17976931348623157e292"),
        Map.entry(Double.MIN_NORMAL, "22250738585072014e-324"),
        // Java 17's Double.toString gives 1.9999999999999998E23, 9.999999999999999E22 and
        // 8.409999999999999E21 for these, which are not the shortest.
        Map.entry(2e23, "2e23"), Map.entry(1e23, "1e23"), Map.entry(8.41e21, "841e19"),
        Map.entry(0.0, "0"), Map.entry(7.0, "7"), Map.entry(12.5, "12.5"));
    shortest.forEach((v, text) -> {
      Formula f = Formula.of(new Expr.Num(v));
      assertEquals(text, f.toString(), "print of " + v);
      assertEquals(v, ((Expr.Num) Formula.parse(text).root()).value());
    });
  }

  @Test
  void theCanonicalPrintIsCompact() {
    assertEquals("(a+b)*c", Formula.parse("( a+b )*c").toString());
    assertEquals("(revenue+1e5)/2", Formula.parse("( [revenue] + 100000 ) / 2.0").toString());
    assertEquals("0.5+1e300", Formula.parse("0.50 + 1.0E300").toString());
    assertEquals("a-(b-c)", Formula.parse("a - (b - c)").toString());
    assertEquals("a-b-c", Formula.parse("(a-b)-c").toString());
    assertEquals("a--b", Formula.parse("a - -b").toString());
    assertEquals("-(a*b)+-a*b", Formula.parse("-(a*b) + (-a)*b").toString());
    assertEquals("[gross-margin]/headcount", Formula.parse("[gross-margin] / [headcount]")
        .toString());
    assertEquals("min(a,-b,[x-y],abs(1e6))", Formula.parse("min(a, -b, [x-y], abs(1000000))")
        .toString());
  }

  @Test
  void aValidFormulaOf3004CharactersPrintsAsAValidFormula() {
    String text = "a" + "+a".repeat(1500) + "+bb";
    assertEquals(3004, text.length());
    Formula f = Formula.parse(text);
    assertEquals(text, f.toString(), "the old print had 6,006 characters");
    assertEquals(f, Formula.parse(f.toString()));
  }

  // --- 5. Values that would be silently wrong ---

  @Test
  void anInputThatIsNotFiniteMakesTheValueMissing() {
    assertEquals("input 'x' is not finite (Infinity)",
        eval("1 / x", Map.of("x", Double.POSITIVE_INFINITY)).missingReason().orElseThrow());
    assertEquals("input 'x' is not finite (NaN)",
        eval("min(x, 1)", Map.of("x", Double.NaN)).missingReason().orElseThrow());
  }

  @Test
  void anIntermediateOverflowOrUnderflowMakesTheValueMissing() {
    assertEquals("a * a overflows to Infinity",
        eval("1 / (a * a) * 1e300", Map.of("a", 1e200)).missingReason().orElseThrow());
    assertEquals("-a * a overflows to -Infinity",
        eval("min(-a * a, 1)", Map.of("a", 1e200)).missingReason().orElseThrow());
    assertEquals("a * a underflows below 2.2250738585072014e-308",
        eval("a * a * 1e300", Map.of("a", 1e-200)).missingReason().orElseThrow());
    assertEquals("1 / a underflows below 2.2250738585072014e-308",
        eval("1 / a", Map.of("a", 1e308)).missingReason().orElseThrow());
    assertEquals(0.0, eval("a - a", Map.of("a", 1e-300)).value().getAsDouble(), "exact zero is fine");
    assertEquals(1e-300, eval("a * 1", Map.of("a", 1e-300)).value().getAsDouble());
  }

  @Test
  void divisionByZeroShowsTheDivisorReadably() {
    assertEquals("division by zero: headcount - 2 is 0",
        eval("revenue / (headcount - 2)", Map.of("revenue", 10.0, "headcount", 2.0))
            .missingReason().orElseThrow());
    String longDivisor = "a" + "+a".repeat(299);
    Formula.Value v = eval("1/(" + longDivisor + ")", Map.of("a", 0.0));
    assertEquals("division by zero: " + "a + ".repeat(50) + "…(+997 chars) is 0",
        v.missingReason().orElseThrow());
  }

  @Test
  void negativeZeroIsNeverAResult() {
    Formula.Value v = eval("-0 * a", Map.of("a", 1.0));
    assertEquals(0, Double.compare(0.0, v.value().getAsDouble()), "not -0.0");
    assertEquals(0, Double.compare(0.0, eval("min(-a, a)", Map.of("a", 0.0)).value().getAsDouble()));
  }

  @Test
  void aValueIsEitherFiniteOrMissingWithAReason() {
    assertThrows(IllegalArgumentException.class, () -> Formula.Value.of(Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Formula.Value.of(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> new Formula.Value(
        java.util.OptionalDouble.of(1), java.util.Optional.of("reason")));
    assertThrows(IllegalArgumentException.class, () -> new Formula.Value(
        java.util.OptionalDouble.empty(), java.util.Optional.empty()));
    assertTrue(Formula.Value.of(1).isPresent());
    assertFalse(Formula.Value.missing("reason").isPresent());
  }

  @Test
  void aNullFromTheValuesFunctionIsANullPointerException() {
    Supplier<Formula.Value> call = () -> Formula.parse("a + b").evaluate(id -> null);
    assertEquals("values returned null for 'a'",
        assertThrows(NullPointerException.class, call::get).getMessage());
  }
}
