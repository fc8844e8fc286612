package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.RollUp;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * {@link RollUps#combine(RollUp, double[], int)}: the first {@code count} values combine exactly
 * as an array of them alone would, whatever lies after them, and a count outside the array is
 * refused.
 */
class RollUpsCountTest {

  /** Finite values, often huge enough that their sum overflows, and subnormals. */
  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.doubles().between(-1e6, 1e6)),
        Tuple.of(2, Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, 1e308,
            -1e308, 1.5e308, Double.MIN_VALUE, -0.0, 0.0, 0x1p-1022)),
        Tuple.of(1, Arbitraries.doubles().between(-Double.MAX_VALUE,
            Double.MAX_VALUE)));
  }

  /** Anything at all after the counted values: they must never be read. */
  @Provide
  Arbitrary<Double> anything() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE)),
        Tuple.of(1, Arbitraries.doubles()));
  }

  @Property(tries = 2_000)
  void theFirstCountValuesCombineAsAnArrayOfThemAlone(
      @ForAll RollUp rollUp,
      @ForAll @Size(min = 1, max = 14) List<@From("finite") Double> counted,
      @ForAll @Size(max = 4) List<@From("anything") Double> after) {
    double[] values = new double[counted.size() + after.size()];
    for (int i = 0; i < counted.size(); i++) {
      values[i] = counted.get(i);
    }
    for (int i = 0; i < after.size(); i++) {
      values[counted.size() + i] = after.get(i);
    }
    double[] copy = values.clone();
    int count = counted.size();
    double expected = RollUps.combine(rollUp, Arrays.copyOf(values, count));
    double actual = RollUps.combine(rollUp, values, count);
    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
        rollUp + " of the first " + count + " of " + Arrays.toString(values) + ": " + expected
            + " vs " + actual);
    assertTrue(Arrays.equals(copy, values), "the values are not changed");
    if (rollUp == RollUp.AVERAGE) {
      assertTrue(Double.isFinite(actual), "an average of finite values is finite: " + actual);
    }
  }

  @Property(tries = 300)
  void theWholeArrayIsTheArrayVersion(
      @ForAll RollUp rollUp,
      @ForAll @Size(min = 1, max = 10) List<@From("finite") Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
    assertEquals(Double.doubleToRawLongBits(RollUps.combine(rollUp, values)),
        Double.doubleToRawLongBits(RollUps.combine(rollUp, values, values.length)));
  }

  @Example
  void anAverageOverflowingInTheCountedValuesIgnoresAnInfinityAfterThem() {
    double max = Double.MAX_VALUE;
    // The plain sum of the three counted values overflows; the average of them does not,
    // whatever follows them in the array.
    assertEquals(max, RollUps.combine(RollUp.AVERAGE,
        new double[] {max, max, max, Double.POSITIVE_INFINITY}, 3));
    assertEquals(1e308, RollUps.combine(RollUp.AVERAGE,
        new double[] {1.5e308, 1.5e308, 0, Double.NaN}, 3), 1e293);
    assertEquals(Double.POSITIVE_INFINITY,
        RollUps.combine(RollUp.SUM, new double[] {max, max, Double.NaN}, 2));
    assertEquals(2.0, RollUps.combine(RollUp.LAST, new double[] {1, 2, 3}, 2));
    assertEquals(1.0, RollUps.combine(RollUp.MIN, new double[] {1, 2, -3}, 2));
    assertEquals(2.0, RollUps.combine(RollUp.MAX, new double[] {1, 2, 30}, 2));
    assertEquals(1.5, RollUps.combine(RollUp.AVERAGE, new double[] {1, 2, 30}, 2));
    assertEquals(3.0, RollUps.combine(RollUp.SUM, new double[] {1, 2, 30}, 2));
  }

  @Example
  void aCountOutsideTheArrayIsRefusedWithTheMessagesOfTheCode() {
    double[] three = {1, 2, 3};
    for (RollUp rollUp : RollUp.values()) {
      assertEquals("no values to roll up", assertThrows(IllegalArgumentException.class,
          () -> RollUps.combine(rollUp, three, 0)).getMessage());
      assertEquals("count must lie in [1, 3], was 4", assertThrows(
          IllegalArgumentException.class, () -> RollUps.combine(rollUp, three, 4)).getMessage());
      assertEquals("count must lie in [1, 3], was -1", assertThrows(
          IllegalArgumentException.class, () -> RollUps.combine(rollUp, three, -1)).getMessage());
      assertEquals("no values to roll up", assertThrows(IllegalArgumentException.class,
          () -> RollUps.combine(rollUp, new double[0], 1)).getMessage());
      assertEquals("no values to roll up", assertThrows(IllegalArgumentException.class,
          () -> RollUps.combine(rollUp, new double[0])).getMessage());
      assertEquals("values", assertThrows(NullPointerException.class,
          () -> RollUps.combine(rollUp, null, 1)).getMessage());
    }
    assertEquals("rollUp", assertThrows(NullPointerException.class,
        () -> RollUps.combine(null, three, 1)).getMessage());
  }

  @Example
  void oneCountedValueIsItselfForEveryRollUp() {
    for (RollUp rollUp : RollUp.values()) {
      assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(
          RollUps.combine(rollUp, new double[] {-0.0, 5}, 1)), rollUp.toString());
      assertEquals(Double.MAX_VALUE,
          RollUps.combine(rollUp, new double[] {Double.MAX_VALUE, Double.NaN}, 1));
    }
  }
}
