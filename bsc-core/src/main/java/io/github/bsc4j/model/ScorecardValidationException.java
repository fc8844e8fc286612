package io.github.bsc4j.model;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a definition is invalid. Holds every problem found, never just the first; nothing
 * was built.
 */
public final class ScorecardValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems; an unmodifiable list, so the exception stays immutable. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, for the message (e.g. {@code "scorecard 'sales'"})
   * @param problems the problems found, at least one
   * @throws NullPointerException if an argument or a problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ScorecardValidationException(String subject, List<Problem> problems) {
    super(format(subject, problems));
    this.problems = List.copyOf(problems);
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

  /**
   * Returns every problem found, in the order the definition was read.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Tells whether any problem has the given code.
   *
   * @param code the code to look for
   * @return true if at least one problem has {@code code}
   * @throws NullPointerException if {@code code} is null
   */
  public boolean has(ProblemCode code) {
    Objects.requireNonNull(code, "code");
    return problems.stream().anyMatch(p -> p.code() == code);
  }
}
