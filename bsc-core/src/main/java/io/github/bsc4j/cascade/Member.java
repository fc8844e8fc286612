package io.github.bsc4j.cascade;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A person who belonged to a team for at least one month of a period, with the months they did:
 * what {@link Organisation#members(String, io.github.bsc4j.data.Period)} answers.
 *
 * @param personId the person's id
 * @param activeMonths the months of the period in which the person belonged to the team, in
 *     order, at least one
 */
public record Member(String personId, List<YearMonth> activeMonths) {
  /**
   * Creates a member.
   *
   * @param personId the person's id
   * @param activeMonths the months they belonged to the team, strictly increasing, at least one
   * @throws NullPointerException if an argument or a month is null
   * @throws IllegalArgumentException if {@code activeMonths} is empty or not strictly increasing
   */
  public Member {
    Objects.requireNonNull(personId, "personId");
    activeMonths = List.copyOf(Objects.requireNonNull(activeMonths, "activeMonths"));
    if (activeMonths.isEmpty()) {
      throw new IllegalArgumentException("a member is active in at least one month");
    }
    for (int i = 1; i < activeMonths.size(); i++) {
      if (!activeMonths.get(i).isAfter(activeMonths.get(i - 1))) {
        throw new IllegalArgumentException(
            "active months must be strictly increasing: " + activeMonths);
      }
    }
  }

  /**
   * The last month of the period in which the person belonged to the team.
   *
   * @return the last of {@link #activeMonths()}
   */
  public YearMonth lastMonth() {
    return activeMonths.get(activeMonths.size() - 1);
  }
}
