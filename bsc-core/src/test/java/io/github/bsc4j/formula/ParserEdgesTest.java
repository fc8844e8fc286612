package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.model.ProblemCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The parser at the edges of its grammar: space where the grammar allows it, the first and last
 * letters of the alphabet, the characters allowed inside brackets, and the exact position and
 * wording of the errors that describe what was found.
 */
class ParserEdgesTest {

  private static FormulaException error(String text) {
    return assertThrows(FormulaException.class, () -> Formula.parse(text));
  }

  @Test
  void spaceIsAllowedBetweenAFunctionAndItsParenthesis() {
    Formula f = Formula.parse("max (a, b)");
    assertEquals(new Expr.Call("max", List.of(new Expr.Ref("a"), new Expr.Ref("b"))), f.root());
    assertEquals("max(a,b)", f.toString());
  }

  @Test
  void spaceIsAllowedEverywhereAroundTokens() {
    Formula f = Formula.parse(" \t( a\n+ min( b ,\r c ) ) * - 2 ");
    assertEquals(Formula.parse("(a+min(b,c))*-2"), f);
    assertEquals(" \t( a\n+ min( b ,\r c ) ) * - 2 ", f.text());
  }

  @Test
  void anEmptyCallIsReportedAsMissingArgumentsEvenWithSpaceInside() {
    FormulaException e = error("max( )");
    assertEquals(5, e.position());
    assertEquals("function 'max' needs arguments", e.reason());
  }

  @Test
  void theFirstAndLastLettersAreLettersBareAndInBrackets() {
    assertEquals(Set.of("a", "z", "A", "Z"), Formula.parse("a + z + A + Z").references());
    assertEquals(Set.of("a", "z", "A", "Z"), Formula.parse("[a] + [z] + [A] + [Z]").references());
  }

  @Test
  void charactersNextToTheAlphabetAreNotLetters() {
    for (String text : List.of("[`]", "[{]", "[@]", "[[]")) {
      FormulaException e = error(text);
      assertEquals(1, e.position(), text);
      assertEquals(ProblemCode.FORMULA_SYNTAX, e.problems().get(0).code(), text);
    }
  }

  @Test
  void bracketedIdsMayContainUnderscoreDotAndHyphenAfterTheFirstLetter() {
    assertEquals(new Expr.Ref("a_b.c-d9"), Formula.parse("[a_b.c-d9]").root());
    FormulaException e = error("[_a]");
    assertEquals(1, e.position());
    assertEquals("unexpected character '_' in the bracketed id opened at position 0; ids match"
        + " [A-Za-z][A-Za-z0-9_.-]*", e.reason());
  }

  @Test
  void aDeleteCharacterAfterAnIdIsAnUnexpectedTokenNotPartOfTheId() {
    // U+007F is ASCII: only characters above it are reported as part of a malformed id.
    FormulaException e = error("ab\u007f");
    assertEquals(2, e.position());
    assertEquals("expected an operator or the end, found the control character U+007F",
        e.reason());
    FormulaException above = error("ab\u00e9");
    assertEquals(2, above.position());
    assertEquals("unexpected character '\u00e9' (U+00E9) after 'ab'; write ids containing '.' or"
        + " '-' in brackets, like [ab.x]", above.reason());
  }

  @Test
  void aStrayNumberIsDescribedWithItsDecimals() {
    FormulaException e = error("a 12.5");
    assertEquals(2, e.position());
    assertEquals("expected an operator or the end, found the number 12.5", e.reason());
  }

  @Test
  void aStrayIdIsDescribedWhole() {
    FormulaException e = error("a b2_c+d");
    assertEquals(2, e.position());
    assertEquals("expected an operator or the end, found 'b2_c'", e.reason());
  }

  @Test
  void numbersThatRoundToZeroAreRejectedWhateverTheirLeadingDigit() {
    for (String text : List.of("1e-400", "9e-400", "0.1e-400", "0.9e-320")) {
      FormulaException e = error(text);
      assertEquals(0, e.position(), text);
      assertEquals(ProblemCode.FORMULA_SYNTAX, e.problems().get(0).code(), text);
    }
    assertEquals(new Expr.Num(0), Formula.parse("0.000e-400").root());
  }
}
