package io.github.bsc4j.engine;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import java.util.List;

/**
 * Thrown under {@link EvaluationOptions.UnknownMeasurements#REJECT} when the measurements hold
 * values for ids that are not measured indicators of the scorecard. Its problems name each such
 * id, with code {@link io.github.bsc4j.model.ProblemCode#UNKNOWN_INDICATOR}.
 */
public final class UnknownIndicatorException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the summary
   * @param problems one problem per unknown id
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public UnknownIndicatorException(String message, List<Problem> problems) {
    super(message, problems, null);
  }
}
