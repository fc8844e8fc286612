package io.github.bsc4j.data;

import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Target;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
 * month of the period, the entry covering that month's first day and rolls those up — so a
 * {@code LAST} target is never pro-rated.
 */
public final class RollUps {
  private RollUps() {}

  /**
   * Combines values in time order.
   *
   * @param rollUp how to combine
   * @param values the values, oldest first, at least one
   * @return the combined value
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
        return rollUp == RollUp.SUM ? result : result / values.length;
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

  /**
   * The target (or baseline) that applies to a period.
   *
   * @param target the constant or scheduled target
   * @param rollUp the indicator's roll-up
   * @param period the period
   * @return the value, or empty where a schedule leaves part of the period uncovered
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
    List<YearMonth> months =
        period.isWholeMonths() ? period.months() : List.of(YearMonth.from(period.start()));
    double[] values = new double[months.size()];
    for (int i = 0; i < values.length; i++) {
      OptionalDouble v = target.valueOn(months.get(i).atDay(1));
      if (v.isEmpty()) {
        return OptionalDouble.empty();
      }
      values[i] = v.getAsDouble();
    }
    return OptionalDouble.of(combine(rollUp, values));
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
      Period month = Period.month(m);
      months += overlapDays(month, period) / (double) month.lengthInDays();
    }
    return months;
  }

  private static OptionalDouble sumOfShares(List<ScheduledTarget> entries, Period period) {
    double sum = 0;
    long covered = 0;
    for (ScheduledTarget e : entries) {
      Period range = new Period(e.start(), e.end());
      long days = overlapDays(range, period);
      if (days == 0) {
        continue;
      }
      covered += days;
      if (range.isWholeMonths() && period.isWholeMonths()) {
        long overlapMonths = ChronoUnit.MONTHS.between(
            later(range, period).withDayOfMonth(1), earlier(range, period));
        sum += e.value() * overlapMonths / range.months().size();
      } else {
        sum += e.value() * days / range.lengthInDays();
      }
    }
    return covered == period.lengthInDays() ? OptionalDouble.of(sum) : OptionalDouble.empty();
  }

  private static java.time.LocalDate later(Period a, Period b) {
    return a.start().isAfter(b.start()) ? a.start() : b.start();
  }

  private static java.time.LocalDate earlier(Period a, Period b) {
    return a.end().isBefore(b.end()) ? a.end() : b.end();
  }

  private static long overlapDays(Period a, Period b) {
    long days = ChronoUnit.DAYS.between(later(a, b), earlier(a, b));
    return Math.max(0, days);
  }
}
