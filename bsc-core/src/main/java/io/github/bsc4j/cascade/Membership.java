package io.github.bsc4j.cascade;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's membership of a team, by month: from the month they joined to the last month they
 * belonged, inclusive, or with no end.
 *
 * <p>A value as given; {@link Organisation.Builder#build()} is what checks it (a known person and
 * team, {@code until} not before {@code from}, years within the supported range, no overlap with
 * the person's other memberships).
 *
 * @param personId the person's id
 * @param teamId the team's id
 * @param from the first month of the membership
 * @param until the last month of the membership, inclusive; empty while it lasts
 */
public record Membership(
    String personId, String teamId, YearMonth from, Optional<YearMonth> until) {
  /**
   * Creates a membership.
   *
   * @param personId the person's id
   * @param teamId the team's id
   * @param from the first month
   * @param until the last month, inclusive, if any
   * @throws NullPointerException if an argument is null
   */
  public Membership {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /**
   * Tells whether the membership covers {@code month}.
   *
   * @param month the month
   * @return true if {@code from <= month} and, when it has an end, {@code month <= until}
   * @throws NullPointerException if {@code month} is null
   */
  public boolean isActiveIn(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return !month.isBefore(from) && until.map(u -> !month.isAfter(u)).orElse(true);
  }
}
