package io.github.bsc4j.data;

import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Period roll-ups: how monthly values, targets and baselines combine into a longer period's.
 *
 * <p>Values: {@code SUM} adds, {@code AVERAGE} averages, {@code LAST} takes the latest, {@code
 * MIN} and {@code MAX} the smallest and largest, always in time order.
 *
 * <p>Targets and baselines roll up the same way. A constant is a monthly value: a {@code SUM}
 * indicator's constant target of 100 is 300 for a quarter; for every other roll-up it stays 100.
 * A schedule gives a value only for a period it covers on every day; a period with any day no
 * entry covers has none (the engine reports NO_DATA, "no target scheduled for ..."), whatever the
 * roll-up. Only entries overlapping the period count:
 *
 * <ul>
 *   <li>{@code SUM} takes the share of each entry that lies in the period (an entry's value is
 *       for its whole date range; the share is by months when the entry and the period are both
 *       whole months, by days otherwise), so an annual target of 1,200 is 100 a month;
 *   <li>{@code AVERAGE} averages the entries' values weighted by how much of the period each
 *       covers: by months when the period is whole months and every entry meets it in whole
 *       months (a change of value falls on the 1st of a month), by days otherwise;
 *   <li>{@code LAST} takes the value of the entry covering the period's last day, never
 *       pro-rated;
 *   <li>{@code MIN} and {@code MAX} take the smallest and largest value of the entries
 *       overlapping the period.
 * </ul>
 *
 * <p>The work is proportional to the schedule's entries (at most {@value
 * Target#MAX_SCHEDULE_ENTRIES}; sorting them for {@code AVERAGE}, {@code LAST}, {@code MIN} and
 * {@code MAX}), and for a constant {@code SUM} target and {@link #periodScale} to the period's
 * months (at most {@value Period#MAX_MONTHS}); nothing is proportional to the days of a period or
 * the length of a schedule entry, which may span up to the whole supported range of years.
 *
 * <p>Overflow: the values and targets are finite, but a {@code SUM} of large ones may exceed the
 * range of {@code double}; the result is then an infinity. An {@code AVERAGE} of finite values or
 * schedule entries is always finite and lies within them: when their (weighted) sum overflows,
 * the values are scaled down by a power of two before they are added. Callers that need a finite
 * result check for it.
 */
public final class RollUps {
  private RollUps() {}

  /**
   * Combines values in time order. The values are added in the order given, so the result is
   * deterministic. A {@code SUM} of finite values whose sum exceeds the range of {@code double}
   * is an infinity; an {@code AVERAGE} of finite values is always finite (when the plain sum
   * overflows, the values are scaled down by a power of two before they are added, in the same
   * order). A NaN
   * among the values makes {@code SUM}, {@code AVERAGE}, {@code MIN} and {@code MAX} NaN. The
   * engine only passes finite values and checks the result.
   *
   * @param rollUp how to combine
   * @param values the values, oldest first, at least one
   * @return the combined value (see above for overflow and NaN)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public static double combine(RollUp rollUp, double[] values) {
    Objects.requireNonNull(values, "values");
    return combine(rollUp, values, values.length);
  }

  /**
   * Combines the first {@code count} values of an array, as {@link #combine(RollUp, double[])}
   * combines an array of those values alone; it neither copies nor allocates, so that a batch
   * can reuse one array for every roll-up.
   *
   * @param rollUp how to combine
   * @param values the values, oldest first
   * @param count how many of them, from the first; at least 1
   * @return the combined value
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code count} is not in {@code [1, values.length]}
   */
  public static double combine(RollUp rollUp, double[] values, int count) {
    Objects.requireNonNull(rollUp, "rollUp");
    Objects.requireNonNull(values, "values");
    if (count < 1 || count > values.length) {
      throw new IllegalArgumentException(count == 0 || values.length == 0
          ? "no values to roll up"
          : "count must lie in [1, " + values.length + "], was " + count);
    }
    double result = values[0];
    switch (rollUp) {
      case SUM:
      case AVERAGE:
        for (int i = 1; i < count; i++) {
          result += values[i];
        }
        if (rollUp == RollUp.SUM) {
          return result;
        }
        if (Double.isInfinite(result) && allFinite(values, count)) {
          // The sum overflowed but the average of finite values is always in range: add the
          // values scaled down by a power of two no smaller than their count (exact, and the
          // scaled sum cannot overflow), still in order, then divide and scale back.
          // Ordinary averages never come here and keep their exact bits.
          int k = 32 - Integer.numberOfLeadingZeros(count - 1); // 2^k >= count
          result = 0;
          for (int i = 0; i < count; i++) {
            result += Math.scalb(values[i], -k);
          }
          return Math.scalb(result / count, k);
        }
        return result / count;
      case LAST:
        return values[count - 1];
      case MIN:
        for (int i = 1; i < count; i++) {
          result = Math.min(result, values[i]);
        }
        return result;
      default:
        for (int i = 1; i < count; i++) {
          result = Math.max(result, values[i]);
        }
        return result;
    }
  }

  private static boolean allFinite(double[] values, int count) {
    for (int i = 0; i < count; i++) {
      if (!Double.isFinite(values[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a constant monthly 1 rolls up to over a period: for a {@code SUM} indicator the number
   * of months in the period, fractional for part months (by days: 1 to 15 April is 0.5), so 3 for
   * a quarter and 12 for a year; 1 for every other roll-up. It is {@link #targetFor
   * targetFor(Target.of(1), rollUp, period)}.
   *
   * <p>The engine divides a period's actual value, target and baseline by it before it scores
   * and classifies them, so that an indicator's raw-value parameters (thresholds, bounds, bands,
   * points, ranges), which are stated per month, mean the same over any period (see {@link
   * io.github.bsc4j.scoring.ScoringInput}).
   *
   * @param rollUp the indicator's roll-up
   * @param period the period
   * @return the scale, positive and finite: from 1/31 (one day of a 31-day month) up to the
   *     number of months the period touches
   * @throws NullPointerException if an argument is null
   */
  public static double periodScale(RollUp rollUp, Period period) {
    Objects.requireNonNull(rollUp, "rollUp");
    Objects.requireNonNull(period, "period");
    return rollUp == RollUp.SUM ? monthsIn(period) : 1.0;
  }

  /**
   * The target (or baseline) that applies to a period.
   *
   * @param target the constant or scheduled target
   * @param rollUp the indicator's roll-up
   * @param period the period
   * @return the value (see the class description for each roll-up), or empty where a schedule
   *     leaves any day of the period uncovered; an infinity if a {@code SUM} target's finite
   *     values add up beyond the range of {@code double}. The entries of a schedule must not
   *     overlap (as {@link io.github.bsc4j.model.Indicator} validation ensures); for overlapping
   *     ones the result is unspecified.
   * @throws NullPointerException if an argument is null
   */
  public static OptionalDouble targetFor(Target target, RollUp rollUp, Period period) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(rollUp, "rollUp");
    Objects.requireNonNull(period, "period");
    if (target instanceof Target.Constant c) {
      if (rollUp != RollUp.SUM) {
        return OptionalDouble.of(c.value());
      }
      return OptionalDouble.of(c.value() * monthsIn(period));
    }
    List<ScheduledTarget> entries = ((Target.Schedule) target).entries();
    if (rollUp == RollUp.SUM) {
      return sumOfShares(entries, period);
    }
    List<ScheduledTarget> overlapping = new ArrayList<>();
    long covered = 0;
    for (ScheduledTarget e : entries) {
      long days = overlapDays(e.start(), e.end(), period.start(), period.end());
      if (days > 0) {
        covered += days;
        overlapping.add(e);
      }
    }
    if (covered != period.lengthInDays()) {
      return OptionalDouble.empty();
    }
    overlapping.sort(Comparator.comparing(ScheduledTarget::start));
    double result = overlapping.get(0).value();
    switch (rollUp) {
      case LAST:
        // In time order, the last entry is the one covering the period's last day.
        return OptionalDouble.of(overlapping.get(overlapping.size() - 1).value());
      case MIN:
        for (ScheduledTarget e : overlapping) {
          result = Math.min(result, e.value());
        }
        return OptionalDouble.of(result);
      case MAX:
        for (ScheduledTarget e : overlapping) {
          result = Math.max(result, e.value());
        }
        return OptionalDouble.of(result);
      default:
        return OptionalDouble.of(weightedAverage(overlapping, period));
    }
  }

  /**
   * The average of the entries covering a period, each weighted by how much of the period it
   * covers: in months when the period is whole months and every entry meets it in whole months,
   * else in days. The entries are in time order, cover the period and do not overlap. The result
   * lies within the entries' values, also where the plain weighted sum would overflow.
   */
  private static double weightedAverage(List<ScheduledTarget> entries, Period period) {
    boolean byMonths = period.isWholeMonths();
    for (ScheduledTarget e : entries) {
      byMonths &= (e.start().getDayOfMonth() == 1 || !e.start().isAfter(period.start()))
          && (e.end().getDayOfMonth() == 1 || !e.end().isBefore(period.end()));
    }
    ChronoUnit unit = byMonths ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
    long[] weights = new long[entries.size()];
    long total = 0;
    double sum = 0;
    double lowest = entries.get(0).value();
    double highest = lowest;
    for (int i = 0; i < weights.length; i++) {
      ScheduledTarget e = entries.get(i);
      weights[i] = unit.between(later(e.start(), period.start()), earlier(e.end(), period.end()));
      total += weights[i];
      sum += weights[i] * e.value();
      lowest = Math.min(lowest, e.value());
      highest = Math.max(highest, e.value());
    }
    double average = sum / total;
    if (!Double.isFinite(average)) {
      // A weighted value or the sum overflowed: add the values scaled down by a power of two
      // above twice the total weight (the scaled sum cannot overflow), then divide and scale
      // back, as combine does for an AVERAGE.
      int k = 65 - Long.numberOfLeadingZeros(total); // 2^k > 2 * total
      sum = 0;
      for (int i = 0; i < weights.length; i++) {
        sum += weights[i] * Math.scalb(entries.get(i).value(), -k);
      }
      average = Math.scalb(sum / total, k);
    }
    // Rounding may not take an average outside its values (nor equal values off their value).
    return Math.max(lowest, Math.min(highest, average));
  }

  /** Months in a period, fractional for partial months (by days). */
  private static double monthsIn(Period period) {
    if (period.isWholeMonths()) {
      return period.months().size();
    }
    double months = 0;
    for (YearMonth m = YearMonth.from(period.start());
        m.atDay(1).isBefore(period.end());
        m = m.plusMonths(1)) {
      LocalDate first = m.atDay(1);
      months += overlapDays(first, first.plusMonths(1), period.start(), period.end())
          / (double) m.lengthOfMonth();
    }
    return months;
  }

  private static OptionalDouble sumOfShares(List<ScheduledTarget> entries, Period period) {
    double sum = 0;
    long covered = 0;
    for (ScheduledTarget e : entries) {
      // An entry's range is not a Period: it may be longer than a period may be, and is
      // measured by date arithmetic, never by listing its months.
      long days = overlapDays(e.start(), e.end(), period.start(), period.end());
      if (days == 0) {
        continue;
      }
      covered += days;
      boolean wholeMonths = e.start().getDayOfMonth() == 1 && e.end().getDayOfMonth() == 1;
      if (wholeMonths && period.isWholeMonths()) {
        long overlapMonths = ChronoUnit.MONTHS.between(
            later(e.start(), period.start()), earlier(e.end(), period.end()));
        sum += e.value() * overlapMonths / ChronoUnit.MONTHS.between(e.start(), e.end());
      } else {
        sum += e.value() * days / ChronoUnit.DAYS.between(e.start(), e.end());
      }
    }
    return covered == period.lengthInDays() ? OptionalDouble.of(sum) : OptionalDouble.empty();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** Days shared by [aStart, aEnd) and [bStart, bEnd); 0 when they do not overlap. */
  private static long overlapDays(LocalDate aStart, LocalDate aEnd, LocalDate bStart,
      LocalDate bEnd) {
    return Math.max(0, ChronoUnit.DAYS.between(later(aStart, bStart), earlier(aEnd, bEnd)));
  }
}
