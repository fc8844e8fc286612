package io.github.bsc4j.cascade;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.Objects;

/**
 * Thrown when a question to an {@link Organisation} names an id that is not a subject of the kind
 * asked for: no subject at all, or a unit where a team is wanted. Its code is {@link
 * ProblemCode#DANGLING_REFERENCE} and its element the id as given.
 */
public final class UnknownSubjectException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param subjectId the id as given (quoted in the message)
   * @param message what is wrong, naming the id and the organisation
   * @throws NullPointerException if an argument is null
   */
  public UnknownSubjectException(String subjectId, String message) {
    super(new Problem(UserText.quote(Objects.requireNonNull(subjectId, "subjectId")),
        ProblemCode.DANGLING_REFERENCE, Objects.requireNonNull(message, "message")), null);
  }
}
