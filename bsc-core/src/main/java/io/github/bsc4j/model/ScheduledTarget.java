package io.github.bsc4j.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a target schedule: the target {@code value} applies from {@code start}
 * (inclusive) to {@code end} (exclusive).
 *
 * @param start the first day the value applies
 * @param end the first day it no longer applies; after {@code start}
 * @param value the target value
 */
public record ScheduledTarget(LocalDate start, LocalDate end, double value) {

  /**
   * Creates an entry.
   *
   * @param start first day (inclusive)
   * @param end end day (exclusive)
   * @param value the target value
   * @throws NullPointerException if a date is null
   */
  public ScheduledTarget {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * Creates an entry.
   *
   * @param start first day (inclusive)
   * @param end end day (exclusive)
   * @param value the target value
   * @return the entry
   */
  public static ScheduledTarget of(LocalDate start, LocalDate end, double value) {
    return new ScheduledTarget(start, end, value);
  }

  /**
   * Tells whether this entry applies on {@code date}.
   *
   * @param date the date
   * @return true if {@code start <= date < end}
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(end);
  }
}
