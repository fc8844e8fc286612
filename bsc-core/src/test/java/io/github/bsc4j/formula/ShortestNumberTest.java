package io.github.bsc4j.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Numbers print with the fewest significant digits that read back exactly, also at powers of two,
 * where the nearest decimal of those digits can miss while its neighbour hits.
 */
class ShortestNumberTest {

  private static String print(double v) {
    String text = Formula.of(new Expr.Num(v)).toString();
    assertEquals(new Expr.Num(v), Formula.parse(text).root(), text);
    return text;
  }

  @Test
  void powersOfTwoWhereOnlyTheNeighbourOfTheNearestDecimalReadsBack() {
    // 2^574 = 6.18326003682761345...e172: rounded to 16 digits, ...7613 reads back as another
    // double; ...7614, one unit above, reads back as 2^574. Without the neighbour it takes 17.
    assertEquals("6183260036827614e157", print(Math.scalb(1.0, 574)));
    assertEquals("5386379163185535e198", print(Math.scalb(1.0, 710)));
  }
}
