package io.github.bsc4j.data;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a measurement is NaN or infinite; the message names the indicator and period, and
 * the subject when a batch of subjects is evaluated. Its
 * code is {@link ProblemCode#NON_FINITE_NUMBER} and its element the indicator.
 */
public final class InvalidMeasurementException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The subject's index in its batch, or -1 when none was given. */
  private final int subjectIndex;

  /** The indicator whose value was rejected. */
  private final String indicatorId;

  /** The period of the rejected value, as its label. */
  private final String period;

  /** The subject whose value was rejected, or null when none was named. */
  private final String subjectId;

  /**
   * Creates the exception.
   *
   * @param indicatorId the indicator
   * @param period the period
   * @param value the rejected value
   * @throws NullPointerException if {@code indicatorId} or {@code period} is null
   */
  public InvalidMeasurementException(String indicatorId, Period period, double value) {
    this(indicatorId, period, value, null);
  }

  /**
   * Creates the exception for one subject's value, as a batch of subjects reports it; the
   * message names the subject too.
   *
   * @param subjectId the subject (its id, or a name such as {@code "subject 3"})
   * @param indicatorId the indicator
   * @param period the period
   * @param value the rejected value
   * @throws NullPointerException if an argument is null
   */
  public InvalidMeasurementException(
      String subjectId, String indicatorId, Period period, double value) {
    this(indicatorId, period, value, Objects.requireNonNull(subjectId, "subjectId"));
  }

  /** The one constructor that builds the problem; {@code subjectId} may be null. */
  /**
   * Creates the exception for one subject of a batch that does not name its subjects: the
   * message names the subject by its index in the batch ("subject 3 of the batch"), as {@link
   * #subjectIndex()} gives it.
   *
   * @param subjectIndex the subject's index in the batch, from 0
   * @param indicatorId the indicator
   * @param period the period
   * @param value the rejected value
   * @throws NullPointerException if {@code indicatorId} or {@code period} is null
   * @throws IllegalArgumentException if {@code subjectIndex} is negative
   */
  public InvalidMeasurementException(
      int subjectIndex, String indicatorId, Period period, double value) {
    this(indicatorId, period, value, null, requireIndex(subjectIndex));
  }

  private static int requireIndex(int subjectIndex) {
    if (subjectIndex < 0) {
      throw new IllegalArgumentException(
          "subjectIndex must not be negative, was " + subjectIndex);
    }
    return subjectIndex;
  }

  private InvalidMeasurementException(
      String indicatorId, Period period, double value, String subjectId) {
    this(indicatorId, period, value, subjectId, -1);
  }

  private InvalidMeasurementException(
      String indicatorId, Period period, double value, String subjectId, int subjectIndex) {
    super(
        new Problem(
            UserText.quote(Objects.requireNonNull(indicatorId, "indicatorId")),
            ProblemCode.NON_FINITE_NUMBER,
            "measurement of indicator '"
                + UserText.quote(indicatorId)
                + "' for period "
                + Objects.requireNonNull(period, "period")
                + (subjectId != null ? " of subject '" + UserText.quote(subjectId) + "'"
                    : subjectIndex >= 0 ? " of subject " + subjectIndex + " of the batch" : "")
                + " must be a finite number, was "
                + value),
        null);
    this.subjectId = subjectId;
    this.subjectIndex = subjectIndex;
    this.indicatorId = indicatorId;
    this.period = String.valueOf(period);
  }

  /**
   * The index in its batch of the subject whose value was rejected, when the thrower gave one
   * instead of an id.
   *
   * @return the index, or empty
   */
  public java.util.OptionalInt subjectIndex() {
    return subjectIndex < 0 ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(subjectIndex);
  }

  /**
   * The subject whose value was rejected, when the thrower named one.
   *
   * @return the subject, or empty
   */
  public Optional<String> subjectId() {
    return Optional.ofNullable(subjectId);
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
