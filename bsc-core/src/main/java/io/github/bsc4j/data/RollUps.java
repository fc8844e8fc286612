package io.github.bsc4j.data;

import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * A schedule entry is the value for its own date range: a {@code SUM} indicator takes the share
 * of each entry that overlaps the period (by months when both are whole months, by days
 * otherwise), so an annual target of 1,200 is 100 a month; every other roll-up takes, for each
 * month of the period, the entry covering that month's first day in the period (the period's
 * first day in its first month) and rolls those up — so a {@code LAST} target is never pro-rated.
 *
 * <p>The work is bounded by the period (at most {@value Period#MAX_MONTHS} months) times the
 * schedule's entries (at most {@value Target#MAX_SCHEDULE_ENTRIES}); nothing is proportional to
 * the length of a schedule entry, which may span up to the whole supported range of years.
 *
 * <p>Overflow: the values and targets are finite, but a {@code SUM} of large ones may exceed the
 * range of {@code double}; the result is then an infinity. An {@code AVERAGE} of finite values is
 * always finite: when their sum overflows, the values are scaled down before they are added. Callers
 * that need a finite result check for it.
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
    Objects.requireNonNull(rollUp, "rollUp");
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to roll up");
    }
    double result = values[0];
    switch (rollUp) {
      case SUM:
      case AVERAGE:
        for (int i = 1; i < values.length; i++) {
          result += values[i];
        }
        if (rollUp == RollUp.SUM) {
          return result;
        }
        if (Double.isInfinite(result) && allFinite(values)) {
          // The sum overflowed but the average of finite values is always in range: add the
          // values scaled down by a power of two no smaller than their count (exact, and the
          // scaled sum cannot overflow), still in order, then divide and scale back.
          // Ordinary averages never come here and keep their exact bits.
          int k = 32 - Integer.numberOfLeadingZeros(values.length - 1); // 2^k >= length
          result = 0;
          for (double v : values) {
            result += Math.scalb(v, -k);
          }
          return Math.scalb(result / values.length, k);
        }
        return result / values.length;
      case LAST:
        return values[values.length - 1];
      case MIN:
        for (double v : values) {
          result = Math.min(result, v);
        }
        return result;
      default:
        for (double v : values) {
          result = Math.max(result, v);
        }
        return result;
    }
  }

  private static boolean allFinite(double[] values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
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
   * @return the value, or empty where a schedule leaves part of the period uncovered; an infinity
   *     if a {@code SUM} target's finite values add up beyond the range of {@code double}. The
   *     entries of a schedule must not overlap (as {@link io.github.bsc4j.model.Indicator}
   *     validation ensures); for overlapping ones the result is unspecified.
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
    List<LocalDate> days = firstDaysOfMonths(period);
    double[] values = new double[days.size()];
    for (int i = 0; i < values.length; i++) {
      OptionalDouble v = target.valueOn(days.get(i));
      if (v.isEmpty()) {
        return OptionalDouble.empty();
      }
      values[i] = v.getAsDouble();
    }
    return OptionalDouble.of(combine(rollUp, values));
  }

  /**
   * The first day in the period of each month it touches: the first of the month, or the
   * period's own first day in its first month.
   */
  private static List<LocalDate> firstDaysOfMonths(Period period) {
    List<LocalDate> days = new ArrayList<>();
    days.add(period.start());
    for (LocalDate d = period.start().withDayOfMonth(1).plusMonths(1);
        d.isBefore(period.end());
        d = d.plusMonths(1)) {
      days.add(d);
    }
    return days;
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
