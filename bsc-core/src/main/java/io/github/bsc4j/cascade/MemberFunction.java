package io.github.bsc4j.cascade;

import io.github.bsc4j.data.RollUps;
import io.github.bsc4j.model.RollUp;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a team indicator's value for one month is made from its members' values of that month
 * (see {@link MemberRollUp} and {@link TeamMeasurements}).
 *
 * <p>Every function but {@link #COUNT} combines the values of the members that have one. The
 * values are sorted before they are combined, so a result never depends on the order in which
 * the members are listed: {@link #SUM} and {@link #AVERAGE} add in ascending order and are
 * exactly equal, to the last bit, for any order of the same members.
 */
public enum MemberFunction {
  /** The total of the members' values (revenue, deals won). */
  SUM,
  /** The mean of the members' values (satisfaction, win rate). */
  AVERAGE,
  /** The middle value; of an even count, the mean of the two middle values. */
  MEDIAN,
  /** The smallest value. */
  MIN,
  /** The largest value. */
  MAX,
  /**
   * The number of members active in the month, whether they have data or not: headcount. It
   * reads no member indicator.
   */
  COUNT;

  /**
   * Combines one month's member values.
   *
   * @param values the values of the members that have one, in any order; not changed
   * @param activeMembers the members active in the month, with data or without (at least {@code
   *     values.length}); only {@link #COUNT} uses it
   * @return the combined value; empty when there is nothing to combine ({@link #COUNT} of no
   *     active member, any other function of no value), or when a {@link #SUM} overflows the
   *     range of {@code double}
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException if a value is NaN or infinite, or {@code activeMembers} is
   *     negative or below {@code values.length}
   */
  public OptionalDouble combine(double[] values, int activeMembers) {
    Objects.requireNonNull(values, "values");
    if (activeMembers < values.length) {
      throw new IllegalArgumentException("activeMembers " + activeMembers + " is below the "
          + values.length + " values given");
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("a member value is " + v + "; values must be finite");
      }
    }
    if (this == COUNT) {
      return activeMembers == 0 ? OptionalDouble.empty() : OptionalDouble.of(activeMembers);
    }
    if (values.length == 0) {
      return OptionalDouble.empty();
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double result;
    switch (this) {
      case SUM:
        result = RollUps.combine(RollUp.SUM, sorted);
        break;
      case AVERAGE:
        result = RollUps.combine(RollUp.AVERAGE, sorted);
        break;
      case MEDIAN:
        result = median(sorted);
        break;
      case MIN:
        result = sorted[0];
        break;
      default:
        result = sorted[sorted.length - 1];
        break;
    }
    return Double.isFinite(result) ? OptionalDouble.of(result) : OptionalDouble.empty();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    if (n % 2 == 1) {
      return sorted[n / 2];
    }
    double a = sorted[n / 2 - 1];
    double b = sorted[n / 2];
    double mean = (a + b) / 2;
    return Double.isFinite(mean) ? mean : a / 2 + b / 2; // no overflow for finite a and b
  }
}
