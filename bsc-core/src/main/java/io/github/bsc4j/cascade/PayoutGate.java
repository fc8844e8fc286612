package io.github.bsc4j.cascade;

import io.github.bsc4j.model.Status;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A condition on pay: no payout while a named indicator (ethics violations, compliance training)
 * is {@link Status#OFF_TRACK}. Pure: it takes the gate indicator's status, looked up by whoever
 * evaluates the member, and the payout the curve gave.
 *
 * <p>{@link Status#ON_TRACK} and {@link Status#AT_RISK} open the gate; {@link Status#OFF_TRACK}
 * closes it (the payout is 0); {@link Status#NO_DATA} holds it: the payout is NO_DATA (empty), as
 * it is for a member without a score. Paying would ignore the gate and paying nothing would treat
 * "unknown" as a violation; both are guesses about pay, so the library leaves the decision to a
 * person instead.
 *
 * @param indicatorId the id of the gate indicator, well formed
 */
public record PayoutGate(String indicatorId) {

  /**
   * Creates a gate on an indicator.
   *
   * @param indicatorId the id of the gate indicator
   * @throws NullPointerException if {@code indicatorId} is null
   * @throws CascadeValidationException if the id is malformed ({@code MALFORMED_ID})
   */
  public PayoutGate {
    Objects.requireNonNull(indicatorId, "indicatorId");
    PayChecks p = new PayChecks();
    p.id(indicatorId, "the gate indicator");
    p.throwIfAny("payout gate");
  }

  /**
   * Creates a gate on an indicator; the same as the constructor.
   *
   * @param indicatorId the id of the gate indicator
   * @return the gate
   * @throws NullPointerException if {@code indicatorId} is null
   * @throws CascadeValidationException if the id is malformed ({@code MALFORMED_ID})
   */
  public static PayoutGate on(String indicatorId) {
    return new PayoutGate(indicatorId);
  }

  /**
   * Applies the gate to a payout.
   *
   * @param gateStatus the gate indicator's status for the member and period
   * @param payout the payout the curve gave, or empty when it gave none
   * @return {@code payout} when the gate is open (ON_TRACK, AT_RISK), exactly 0 when it is closed
   *     (OFF_TRACK), empty (NO_DATA) when the gate indicator has no data
   * @throws NullPointerException if an argument is null
   */
  public OptionalDouble apply(Status gateStatus, OptionalDouble payout) {
    Objects.requireNonNull(gateStatus, "gateStatus");
    Objects.requireNonNull(payout, "payout");
    return switch (gateStatus) {
      case ON_TRACK, AT_RISK -> payout;
      case OFF_TRACK -> OptionalDouble.of(0.0);
      case NO_DATA -> OptionalDouble.empty();
    };
  }
}
