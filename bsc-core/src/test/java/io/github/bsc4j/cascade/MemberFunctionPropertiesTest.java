package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Laws of member roll-ups: a result never depends on the order the members are listed in, for
 * every function, AVERAGE and SUM included, exactly (to the last bit): the values are sorted
 * before they are added.
 */
class MemberFunctionPropertiesTest {

  @Property(tries = 300)
  void resultsDoNotDependOnMemberOrder(
      @ForAll @Size(max = 12) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
      @ForAll long seed) {
    double[] given = values.stream().mapToDouble(Double::doubleValue).toArray();
    List<Double> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));
    double[] other = shuffled.stream().mapToDouble(Double::doubleValue).toArray();
    int active = given.length + (int) Math.floorMod(seed, 3L); // some without data
    for (MemberFunction f : MemberFunction.values()) {
      OptionalDouble a = f.combine(given, active);
      OptionalDouble b = f.combine(other, active);
      assertEquals(a, b, f + " of " + values + " and " + shuffled);
    }
  }

  @Property(tries = 200)
  void throughTeamMeasurementsTooWhateverTheMembershipOrder(
      @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = 0, max = 1e5) Double> revenue,
      @ForAll long seed) {
    YearMonth jan = YearMonth.of(2026, 1);
    List<String> members = new ArrayList<>();
    Map<String, MeasurementSource> sources = new HashMap<>();
    for (int i = 0; i < revenue.size(); i++) {
      String id = "p" + i;
      members.add(id);
      if (i % 4 != 3) { // every fourth member has no data
        sources.put(id, Measurements.builder()
            .put("revenue", Period.month(jan), revenue.get(i)).build());
      }
    }
    List<String> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, new Random(seed));
    TeamMeasurements a = TeamMeasurements.of(SalesTeamFixture.SALES, Map.of(jan, members),
        sources, MeasurementSource.EMPTY);
    TeamMeasurements b = TeamMeasurements.of(SalesTeamFixture.SALES, Map.of(jan, shuffled),
        sources, MeasurementSource.EMPTY);
    for (MemberRollUp r : SalesTeamFixture.ROLL_UPS) {
      String id = r.teamIndicatorId();
      assertEquals(a.value(id, Period.month(jan)), b.value(id, Period.month(jan)), id);
    }
  }

  @Property(tries = 300)
  void everyFunctionButCountLiesBetweenMinAndMax(
      @ForAll @Size(min = 1, max = 12)
          List<@DoubleRange(min = -1e300, max = 1e300) Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    double min = MemberFunction.MIN.combine(v, v.length).orElseThrow();
    double max = MemberFunction.MAX.combine(v, v.length).orElseThrow();
    for (MemberFunction f : List.of(MemberFunction.AVERAGE, MemberFunction.MEDIAN)) {
      double x = f.combine(v, v.length).orElseThrow();
      assertTrue(min <= x && x <= max, f + " " + x + " outside [" + min + ", " + max + "]");
    }
  }

  @Test
  void combineByHand() {
    double[] v = {110, 90, 60, 30};
    assertEquals(OptionalDouble.of(290), MemberFunction.SUM.combine(v, 4));
    assertEquals(OptionalDouble.of(72.5), MemberFunction.AVERAGE.combine(v, 4));
    assertEquals(OptionalDouble.of(75), MemberFunction.MEDIAN.combine(v, 4));
    assertEquals(OptionalDouble.of(90),
        MemberFunction.MEDIAN.combine(new double[] {110, 90, 60}, 3));
    assertEquals(OptionalDouble.of(30), MemberFunction.MIN.combine(v, 4));
    assertEquals(OptionalDouble.of(110), MemberFunction.MAX.combine(v, 4));
    assertEquals(OptionalDouble.of(6), MemberFunction.COUNT.combine(v, 6));
    assertEquals(OptionalDouble.empty(), MemberFunction.COUNT.combine(new double[0], 0));
    assertEquals(OptionalDouble.of(2), MemberFunction.COUNT.combine(new double[0], 2));
    assertEquals(OptionalDouble.empty(), MemberFunction.AVERAGE.combine(new double[0], 2));
    assertEquals(110.0, v[0], 0.0, "the values given are not sorted in place");
  }

  @Test
  void aSumBeyondTheRangeOfDoubleHasNoValueAnAverageOrMedianStaysInRange() {
    double[] big = {Double.MAX_VALUE, Double.MAX_VALUE};
    assertEquals(OptionalDouble.empty(), MemberFunction.SUM.combine(big, 2));
    assertEquals(OptionalDouble.of(Double.MAX_VALUE), MemberFunction.AVERAGE.combine(big, 2));
    assertEquals(OptionalDouble.of(Double.MAX_VALUE), MemberFunction.MEDIAN.combine(big, 2));
  }

  @Test
  void badArgumentsAreRejected() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> MemberFunction.SUM.combine(new double[] {1, 2}, 1));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> MemberFunction.SUM.combine(new double[] {Double.NaN}, 1));
  }
}
