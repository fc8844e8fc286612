package io.github.bsc4j.model;

import java.util.Objects;

/**
 * One problem found by validation, or carried by any {@link BscException}. Serializable, so that
 * errors can cross process boundaries.
 *
 * @param elementId the id of the element at fault (as written, even when malformed)
 * @param code the stable code of the rule broken
 * @param message a readable sentence naming the element and what is wrong
 */
public record Problem(String elementId, ProblemCode code, String message)
    implements java.io.Serializable {

  /**
   * Creates a problem.
   *
   * @param elementId the id of the element at fault
   * @param code the rule broken
   * @param message a readable description
   * @throws NullPointerException if any argument is null
   */
  public Problem {
    Objects.requireNonNull(elementId, "elementId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Renders the problem as {@code "[elementId] CODE: message"}.
   *
   * @return the one-line form used in exception messages
   */
  @Override
  public String toString() {
    return "[" + elementId + "] " + code + ": " + message;
  }
}
