package io.github.bsc4j.model;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a definition is invalid. Holds every problem found, never just the first; nothing
 * was built.
 *
 * <p>The message names the subject and lists the problems one per line; it lists at most {@value
 * #MAX_LISTED} of them and then says how many more there are, so that a definition with a
 * million broken elements does not make a message of a hundred megabytes. {@link #problems()}
 * always holds every one.
 */
public final class ScorecardValidationException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The most problems the message lists, one per line. */
  public static final int MAX_LISTED = 100;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, for the message (e.g. {@code "scorecard 'sales'"});
   *     user text in it should be quoted with {@link UserText#quote(String)}, and control
   *     characters are escaped here
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
    sb.append(UserText.escape(subject))
        .append(" is invalid: ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int listed = 0;
    for (Problem p : problems) {
      Objects.requireNonNull(p, "problem");
      if (listed++ < MAX_LISTED) {
        sb.append('\n').append("  - ").append(p);
      }
    }
    if (problems.size() > MAX_LISTED) {
      sb.append('\n')
          .append("  - …and ")
          .append(problems.size() - MAX_LISTED)
          .append(" more (see problems())");
    }
    return sb.toString();
  }
}
