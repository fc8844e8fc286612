package io.github.bsc4j.data;

/** Thrown when a measurement is NaN or infinite; the message names the indicator and period. */
public final class InvalidMeasurementException extends IllegalArgumentException {
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
        "measurement of indicator '"
            + java.util.Objects.requireNonNull(indicatorId, "indicatorId")
            + "' for period "
            + java.util.Objects.requireNonNull(period, "period")
            + " must be a finite number, was "
            + value);
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
