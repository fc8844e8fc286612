package io.github.bsc4j.data;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;

/**
 * Thrown when a measurement is NaN or infinite; the message names the indicator and period. Its
 * code is {@link ProblemCode#NON_FINITE_NUMBER} and its element the indicator.
 */
public final class InvalidMeasurementException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The indicator whose value was rejected. */
  private final String indicatorId;

  /** The period of the rejected value, as its label. */
  private final String period;

  /**
   * Creates the exception.
   *
   * @param indicatorId the indicator
   * @param period the period
   * @param value the rejected value
   * @throws NullPointerException if {@code indicatorId} or {@code period} is null
   */
  public InvalidMeasurementException(String indicatorId, Period period, double value) {
    super(
        new Problem(
            UserText.quote(Objects.requireNonNull(indicatorId, "indicatorId")),
            ProblemCode.NON_FINITE_NUMBER,
            "measurement of indicator '"
                + UserText.quote(indicatorId)
                + "' for period "
                + Objects.requireNonNull(period, "period")
                + " must be a finite number, was "
                + value),
        null);
    this.indicatorId = indicatorId;
    this.period = String.valueOf(period);
  }

  /**
   * The indicator whose value was rejected.
   *
   * @return the indicator id
   */
  public String indicatorId() {
    return indicatorId;
  }

  /**
   * The period of the rejected value.
   *
   * @return the period's label
   */
  public String period() {
    return period;
  }
}
