package io.github.bsc4j.engine;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;

/**
 * Thrown when a subject id cannot name a result: blank, longer than {@value
 * ScorecardEngine#MAX_SUBJECT_ID_LENGTH} characters, or holding a control character (which could
 * break a line of a log or a CSV file). Its code is {@link ProblemCode#MALFORMED_ID}.
 */
public final class InvalidSubjectException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param subjectId the subject id as given (quoted in the message)
   * @param reason what is wrong with it
   * @throws NullPointerException if an argument is null
   */
  public InvalidSubjectException(String subjectId, String reason) {
    super(new Problem(UserText.quote(Objects.requireNonNull(subjectId, "subjectId")),
        ProblemCode.MALFORMED_ID, "subject id '" + UserText.quote(subjectId) + "' "
            + Objects.requireNonNull(reason, "reason")), null);
  }
}
