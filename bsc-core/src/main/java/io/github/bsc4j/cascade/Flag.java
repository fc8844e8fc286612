package io.github.bsc4j.cascade;

import java.util.List;
import java.util.Objects;

/**
 * A warning about one member, raised by a flag rule, saying why with the numbers.
 *
 * @param kind what the flag warns about, for machines
 * @param subjectId the member flagged
 * @param indicatorIds the indicators whose numbers raised the flag, in the rule's order
 *     (unmodifiable, never empty)
 * @param reason why, in English, with the numbers: {@code "'revenue': share 4% (40 of 1000),
 *     below 50% of the fair share 1/5 = 20%"}
 */
public record Flag(FlagKind kind, String subjectId, List<String> indicatorIds, String reason) {

  /**
   * Creates a flag.
   *
   * @param kind the kind
   * @param subjectId the member
   * @param indicatorIds the indicators that raised it
   * @param reason why
   * @throws NullPointerException if an argument or an indicator id is null
   * @throws IllegalArgumentException if {@code indicatorIds} is empty
   */
  public Flag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    indicatorIds = List.copyOf(Objects.requireNonNull(indicatorIds, "indicatorIds"));
    if (indicatorIds.isEmpty()) {
      throw new IllegalArgumentException("a flag names at least one indicator");
    }
    Objects.requireNonNull(reason, "reason");
  }
}
