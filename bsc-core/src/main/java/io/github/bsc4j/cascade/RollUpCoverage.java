package io.github.bsc4j.cascade;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.UserText;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How much of a team indicator's member data there is for a period: of the member-months in it
 * (each member counted once for each month they were active in the team), how many had a value
 * of the member indicator. A joiner in February adds two member-months to a first quarter, not
 * three; a member without a value in March adds one active member-month and none with data. A
 * {@link MemberFunction#COUNT} reads no data, so every active member-month counts as covered.
 *
 * @param teamIndicatorId the rolled-up team indicator
 * @param period the period
 * @param memberMonthsWithData the active member-months that had a value
 * @param activeMemberMonths the active member-months
 */
public record RollUpCoverage(
    String teamIndicatorId, Period period, int memberMonthsWithData, int activeMemberMonths) {

  /**
   * Creates a coverage.
   *
   * @param teamIndicatorId the rolled-up team indicator
   * @param period the period
   * @param memberMonthsWithData the active member-months that had a value
   * @param activeMemberMonths the active member-months
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is negative, or more member-months have data than
   *     are active
   */
  public RollUpCoverage {
    Objects.requireNonNull(teamIndicatorId, "teamIndicatorId");
    Objects.requireNonNull(period, "period");
    if (memberMonthsWithData < 0 || memberMonthsWithData > activeMemberMonths) {
      throw new IllegalArgumentException("member-months with data (" + memberMonthsWithData
          + ") must be between 0 and the active member-months (" + activeMemberMonths + ")");
    }
  }

  /**
   * The share of active member-months that had data.
   *
   * @return between 0 and 1, or empty when no member was active in the period
   */
  public OptionalDouble fraction() {
    return activeMemberMonths == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) memberMonthsWithData / activeMemberMonths);
  }

  /**
   * Tells whether every active member-month had data (true too when none was active).
   *
   * @return true if none is missing
   */
  public boolean complete() {
    return memberMonthsWithData == activeMemberMonths;
  }

  /**
   * The record's usual form, on one line: control characters in the id are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape("RollUpCoverage[teamIndicatorId=" + teamIndicatorId + ", period="
        + period + ", memberMonthsWithData=" + memberMonthsWithData + ", activeMemberMonths="
        + activeMemberMonths + "]");
  }
}
