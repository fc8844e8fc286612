package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormulaTest {

  static Formula.Value eval(String text, Map<String, Double> values) {
    return Formula.parse(text).evaluate(id -> values.containsKey(id)
        ? OptionalDouble.of(values.get(id)) : OptionalDouble.empty());
  }

  @Test
  void precedenceAssociativityAndFunctions() {
    Map<String, Double> v = Map.of("a", 8.0, "b", 2.0, "c", 3.0, "gross-margin", 30.0,
        "team.headcount", 6.0);
    assertEquals(14.0, eval("a + b * c", v).value().getAsDouble());
    assertEquals(30.0, eval("(a + b) * c", v).value().getAsDouble());
    assertEquals(3.0, eval("a - b - c", v).value().getAsDouble(), "left associative");
    assertEquals(2.0, eval("a / b / b", v).value().getAsDouble(), "left associative");
    assertEquals(-6.0, eval("-a + b", v).value().getAsDouble());
    assertEquals(10.0, eval("--a + b", v).value().getAsDouble());
    assertEquals(5.0, eval("[gross-margin] / [team.headcount]", v).value().getAsDouble());
    assertEquals(2.0, eval("min(a, b, c)", v).value().getAsDouble());
    assertEquals(8.0, eval("max(a, b, c)", v).value().getAsDouble());
    assertEquals(5.0, eval("abs(b - c * (a - 1) / 3)", v).value().getAsDouble());
    assertEquals(1500.0, eval("1.5e3", v).value().getAsDouble());
    assertEquals(0.25, eval("1 / 4", v).value().getAsDouble());
    assertEquals(6.0, eval(" a-b ", v).value().getAsDouble(), "a-b is subtraction");
  }

  @Test
  void referencesInOrderOfFirstAppearance() {
    assertEquals(List.of("revenue", "gross-margin", "headcount"),
        List.copyOf(Formula.parse("revenue * [gross-margin] / headcount + revenue").references()));
    assertEquals(Set.of(), Formula.parse("1 + 2").references());
  }

  @Test
  void missingInputsAndDivisionByZeroMakeTheValueMissingWithTheReason() {
    Formula.Value missing = eval("revenue / headcount", Map.of("revenue", 10.0));
    assertFalse(missing.isPresent());
    assertTrue(missing.value().isEmpty());
    assertEquals("input 'headcount' has no data", missing.missingReason().orElseThrow());
    assertEquals("division by zero: headcount - 2 is 0",
        eval("revenue / (headcount - 2)", Map.of("revenue", 10.0, "headcount", 2.0))
            .missingReason().orElseThrow());
    assertEquals("a * a overflows to Infinity",
        eval("a * a", Map.of("a", 1e200)).missingReason().orElseThrow());
  }

  @Test
  void canonicalPrintParsesBackToTheSameTree() {
    for (String text : List.of("a + b * c", "(a + b) * c", "a - (b - c)", "a / (b * c)",
        "-(a + b)", "--a", "a - -b", "min(a, -b, [x-y])", "1e20 + 0.001", "abs(a) / 2",
        "[x.y] * _z")) {
      Formula f = Formula.parse(text);
      assertEquals(f, Formula.parse(f.toString()), text + " printed as " + f);
    }
    assertEquals("(a+b)*c", Formula.parse("( a+b )*c").toString());
    assertEquals("a-(b-c)", Formula.parse("a - (b - c)").toString());
    assertEquals("a-b-c", Formula.parse("(a-b)-c").toString());
    assertEquals("[gross-margin]/headcount", Formula.parse("[gross-margin] / [headcount]")
        .toString());
  }

  static Stream<Arguments> malformed() {
    String deep = "(".repeat(10_000) + "a" + ")".repeat(10_000);
    String huge = "a+".repeat(524_288);
    return Stream.of(
        Arguments.of("", 0, "the formula is empty"),
        Arguments.of("   ", 0, "the formula is empty"),
        Arguments.of("a +", 3, "expected a number, an indicator id, a function or '(', found the"
            + " end of the formula"),
        Arguments.of("a + * b", 4, "expected a number, an indicator id, a function or '(', found"
            + " '*'"),
        Arguments.of("* a", 0, "expected a number, an indicator id, a function or '(', found '*'"),
        Arguments.of("(a + b", 6, "expected ')' to close the '(' at position 0, found the end of"
            + " the formula"),
        Arguments.of("a + b)", 5, "expected an operator or the end, found ')'"),
        Arguments.of("()", 1, "expected a number, an indicator id, a function or '(', found ')'"),
        Arguments.of("a b", 2, "expected an operator or the end, found 'b'"),
        Arguments.of("2 3", 2, "expected an operator or the end, found the number 3"),
        Arguments.of("2x", 1, "expected an operator after the number 2, found 'x'"),
        Arguments.of("1.", 2, "expected a digit after the decimal point, found the end of the"
            + " formula"),
        Arguments.of(".5", 0, "expected a number, an indicator id, a function or '(', found '.'"),
        Arguments.of("1e", 2, "expected the digits of an exponent, found the end of the formula"),
        Arguments.of("1e+", 3, "expected the digits of an exponent, found the end of the formula"),
        Arguments.of("1e999", 0, "the number 1e999 is too large"),
        Arguments.of("sqrt(a)", 0, "unknown function 'sqrt'; the functions are abs, max and min"),
        Arguments.of("min()", 4, "function 'min' needs arguments"),
        Arguments.of("min(a)", 0, "function 'min' takes 2 or more arguments, got 1"),
        Arguments.of("abs(a, b)", 0, "function 'abs' takes 1 argument, got 2"),
        Arguments.of("max(a, b", 8, "expected ')' to close the call of 'max' at position 0,"
            + " found the end of the formula"),
        Arguments.of("max(a,, b)", 6, "expected a number, an indicator id, a function or '(',"
            + " found ','"),
        Arguments.of("[gross-margin", 0, "the '[' is never closed with ']'"),
        Arguments.of("[]", 0, "empty brackets: expected an indicator id between '[' and ']'"),
        Arguments.of("[1abc]", 1, "unexpected character '1' in the bracketed id opened at"
            + " position 0; ids match [A-Za-z][A-Za-z0-9_.-]*"),
        Arguments.of("[a b]", 2, "unexpected character ' ' in the bracketed id opened at"
            + " position 0; ids match [A-Za-z][A-Za-z0-9_.-]*"),
        Arguments.of("team.headcount", 4, "unexpected character '.' after 'team'; write ids"
            + " containing '.' or '-' in brackets, like [team.x]"),
        Arguments.of("umsätze", 3, "unexpected character 'ä' (U+00E4) after 'ums'; write ids"
            + " containing '.' or '-' in brackets, like [ums.x]"),
        Arguments.of("ümsatz", 0, "expected a number, an indicator id, a function or '(', found"
            + " 'ü' (U+00FC)"),
        Arguments.of("a % b", 2, "expected an operator or the end, found '%'"),
        Arguments.of("a ^ 2", 2, "expected an operator or the end, found '^'"),
        Arguments.of("a\u0000b", 1, "expected an operator or the end, found the control"
            + " character U+0000"),
        Arguments.of("a == b", 2, "expected an operator or the end, found '='"),
        Arguments.of("-".repeat(65) + "a", 64, "the formula nests deeper than 64 levels"),
        Arguments.of(deep.substring(0, 4096), 64, "the formula nests deeper than 64 levels"),
        Arguments.of(deep, 4096, "the formula has 20001 characters, at most 4096 are allowed"),
        Arguments.of(huge, 4096, "the formula has 1048576 characters, at most 4096 are allowed"),
        Arguments.of("abs(" + "abs(".repeat(64) + "a" + ")".repeat(65), 259,
            "the formula nests deeper than 64 levels"));
  }

  @ParameterizedTest(name = "[{index}] position {1}")
  @MethodSource("malformed")
  void malformedFormulasGetATypedErrorWithThePosition(String text, int position, String reason) {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(text));
    assertEquals(reason, e.reason());
    assertEquals(position, e.position());
    assertEquals("at position " + position + ": " + reason, e.getMessage());
  }

  @Test
  void atLeastThirtyMalformedFormulasAreCovered() {
    assertTrue(malformed().count() >= 30);
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    String nested = "(".repeat(64) + "a" + ")".repeat(64);
    assertEquals(List.of("a"), List.copyOf(Formula.parse(nested).references()));
    String longest = "a" + "+a".repeat(2047) + " ";
    assertEquals(4096, longest.length());
    Formula f = Formula.parse(longest);
    assertEquals(3072.0, f.evaluate(id -> OptionalDouble.of(1.5)).value().getAsDouble(), "2048 terms of 1.5");
    assertEquals(longest.strip(), f.toString());
    Formula again = Formula.parse(f.toString());
    assertEquals(f, again);
    assertEquals(f.hashCode(), again.hashCode());
    assertEquals(f.root(), again.root());
    assertEquals(f.root().hashCode(), again.root().hashCode());
    assertTrue(f.root().toString().startsWith("Binary[operator=+, left=Binary[operator=+, left="));
  }
}
