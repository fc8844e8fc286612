package io.github.bsc4j.model;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a definition is invalid. Holds every problem found, never just the first; nothing
 * was built.
 */
public final class ScorecardValidationException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, for the message (e.g. {@code "scorecard 'sales'"})
   * @param problems the problems found, at least one
   * @throws NullPointerException if an argument or a problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ScorecardValidationException(String subject, List<Problem> problems) {
    super(format(subject, problems), problems, null);
  }

  private static String format(String subject, List<Problem> problems) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(subject)
        .append(" is invalid: ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append('\n').append("  - ").append(Objects.requireNonNull(p, "problem"));
    }
    return sb.toString();
  }
}
