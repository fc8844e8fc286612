package io.github.bsc4j.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An indicator's target: one constant value, or a schedule of values over date ranges. Validated
 * with the indicator it is built into.
 */
public sealed interface Target extends Serializable permits Target.Constant, Target.Schedule {
  /**
   * The most entries a schedule may have. Every period a schedule is rolled up over looks its
   * entries up, so their number bounds the work of an evaluation.
   */
  int MAX_SCHEDULE_ENTRIES = 10_000;

  /**
   * A constant target.
   *
   * @param value the target value
   * @return the target
   */
  static Target of(double value) {
    return new Constant(value);
  }

  /**
   * A schedule of targets, one per date range.
   *
   * @param entries the entries; ranges must not overlap
   * @return the target
   * @throws NullPointerException if {@code entries} or an entry is null
   * @throws ScorecardValidationException with code {@link ProblemCode#LIMIT_EXCEEDED} if there
   *     are more than {@value #MAX_SCHEDULE_ENTRIES} entries
   */
  static Target schedule(List<ScheduledTarget> entries) {
    return new Schedule(entries);
  }

  /**
   * The target value that applies on {@code date}.
   *
   * @param date the date
   * @return the value, or empty if a schedule has no entry covering {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  OptionalDouble valueOn(LocalDate date);

  /**
   * Every number this target holds, in definition order (for validation and reports).
   *
   * @return the values
   */
  List<Double> values();

  /**
   * A target that is the same for every period.
   *
   * @param value the target value
   */
  record Constant(double value) implements Target {
    private static final long serialVersionUID = 1L;

    @Override
    public OptionalDouble valueOn(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return OptionalDouble.of(value);
    }

    @Override
    public List<Double> values() {
      return List.of(value);
    }
  }

  /**
   * Targets that change over time, one per date range; ranges must not overlap. At most {@value
   * Target#MAX_SCHEDULE_ENTRIES} entries.
   *
   * @param entries the entries in definition order (unmodifiable, at least one)
   */
  record Schedule(List<ScheduledTarget> entries) implements Target {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a schedule. The number of entries is checked at once, before anything looks at
     * them; every other rule (at least one entry, no overlaps, finite values) is checked with the
     * indicator the schedule is built into, together with the indicator's other problems.
     *
     * @param entries the entries
     * @throws NullPointerException if {@code entries} or an entry is null
     * @throws ScorecardValidationException with code {@link ProblemCode#LIMIT_EXCEEDED} if there
     *     are more than {@value Target#MAX_SCHEDULE_ENTRIES} entries
     */
    public Schedule {
      Objects.requireNonNull(entries, "entries");
      if (entries.size() > MAX_SCHEDULE_ENTRIES) {
        throw new ScorecardValidationException(
            "a schedule",
            List.of(
                new Problem(
                    "schedule",
                    ProblemCode.LIMIT_EXCEEDED,
                    "a schedule has "
                        + entries.size()
                        + " entries, at most "
                        + MAX_SCHEDULE_ENTRIES
                        + " are allowed")));
      }
      entries = SerialForms.list(entries, ScheduledTarget.class, "entries");
    }

    @Override
    public OptionalDouble valueOn(LocalDate date) {
      Objects.requireNonNull(date, "date");
      for (ScheduledTarget e : entries) {
        if (e.covers(date)) {
          return OptionalDouble.of(e.value());
        }
      }
      return OptionalDouble.empty();
    }

    @Override
    public List<Double> values() {
      List<Double> values = new ArrayList<>(entries.size());
      for (ScheduledTarget e : entries) {
        values.add(e.value());
      }
      return List.copyOf(values);
    }
  }
}
