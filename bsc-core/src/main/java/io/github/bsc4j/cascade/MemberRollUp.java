package io.github.bsc4j.cascade;

import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.UserText;
import java.util.Objects;
import java.util.Optional;

/**
 * Declares that a team indicator's monthly value is made from its members' values of a member
 * indicator: {@code MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM)}, or {@code
 * MemberRollUp.count("headcount")} for the number of active members. A {@link TeamTemplate}
 * validates its roll-ups against its two scorecards; this record checks only its own shape.
 *
 * <p>Members active in a month without a value follow {@code missingData}:
 *
 * <ul>
 *   <li>{@link MissingDataPolicy#SKIP} (the default): they are left out; the others' values are
 *       combined (the month's {@link RollUpCoverage} shows how many were left out);
 *   <li>{@link MissingDataPolicy#ZERO}: each counts as a value of 0, as long as at least one
 *       active member has a value (a month where nobody reported has no value, not a zero);
 *   <li>{@link MissingDataPolicy#STRICT}: the month has no value unless every active member has
 *       one.
 * </ul>
 *
 * {@link MemberFunction#COUNT} reads no data, so the policy does not change it.
 *
 * @param teamIndicatorId the measured indicator of the team template that receives the value
 * @param memberIndicatorId the measured indicator of the member template whose values are
 *     combined; empty for {@link MemberFunction#COUNT}, present for every other function
 * @param function how the values are combined
 * @param missingData what a member without a value in a month counts as
 */
public record MemberRollUp(
    String teamIndicatorId,
    Optional<String> memberIndicatorId,
    MemberFunction function,
    MissingDataPolicy missingData) {

  /**
   * Creates a roll-up.
   *
   * @param teamIndicatorId the team indicator that receives the value
   * @param memberIndicatorId the member indicator combined; empty for COUNT only
   * @param function how the values are combined
   * @param missingData what a member without a value counts as
   * @throws NullPointerException if an argument, or the member indicator id inside the optional,
   *     is null
   * @throws IllegalArgumentException if {@code function} is {@link MemberFunction#COUNT} and a
   *     member indicator is given, or another function and none is given
   */
  public MemberRollUp {
    Objects.requireNonNull(teamIndicatorId, "teamIndicatorId");
    Objects.requireNonNull(memberIndicatorId, "memberIndicatorId");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(missingData, "missingData");
    if (function == MemberFunction.COUNT && memberIndicatorId.isPresent()) {
      throw new IllegalArgumentException("roll-up onto '" + UserText.quote(teamIndicatorId)
          + "': COUNT counts the active members and reads no member indicator, but '"
          + UserText.quote(memberIndicatorId.get()) + "' is given");
    }
    if (function != MemberFunction.COUNT && memberIndicatorId.isEmpty()) {
      throw new IllegalArgumentException("roll-up onto '" + UserText.quote(teamIndicatorId)
          + "': " + function + " needs a member indicator");
    }
  }

  /**
   * A roll-up of a member indicator that leaves members without data out ({@link
   * MissingDataPolicy#SKIP}).
   *
   * @param teamIndicatorId the team indicator that receives the value
   * @param memberIndicatorId the member indicator whose values are combined
   * @param function how they are combined, not {@link MemberFunction#COUNT}
   * @return the roll-up
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code function} is {@link MemberFunction#COUNT} (use
   *     {@link #count(String)})
   */
  public static MemberRollUp of(
      String teamIndicatorId, String memberIndicatorId, MemberFunction function) {
    Objects.requireNonNull(memberIndicatorId, "memberIndicatorId");
    return new MemberRollUp(
        teamIndicatorId, Optional.of(memberIndicatorId), function, MissingDataPolicy.SKIP);
  }

  /**
   * A headcount: the number of members active in each month, whatever their data.
   *
   * @param teamIndicatorId the team indicator that receives the count
   * @return the roll-up
   * @throws NullPointerException if {@code teamIndicatorId} is null
   */
  public static MemberRollUp count(String teamIndicatorId) {
    return new MemberRollUp(
        teamIndicatorId, Optional.empty(), MemberFunction.COUNT, MissingDataPolicy.SKIP);
  }

  /**
   * This roll-up with another policy for members without data.
   *
   * @param policy the policy
   * @return the new roll-up
   * @throws NullPointerException if {@code policy} is null
   */
  public MemberRollUp withMissingData(MissingDataPolicy policy) {
    return new MemberRollUp(teamIndicatorId, memberIndicatorId, function, policy);
  }

  /**
   * The record's usual form, on one line: control characters in the ids are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape("MemberRollUp[teamIndicatorId=" + teamIndicatorId
        + ", memberIndicatorId=" + memberIndicatorId + ", function=" + function
        + ", missingData=" + missingData + "]");
  }
}
