package io.github.bsc4j.model;

import java.util.List;

/**
 * Thrown when a definition is invalid. Holds every problem found, never just the first; nothing
 * was built.
 *
 * <p>The message names the subject and lists the problems one per line; it lists at most {@value
 * BscException#MAX_LISTED} of them and then says how many more there are, so that a definition with a
 * million broken elements does not make a message of a hundred megabytes. {@link #problems()}
 * always holds every one.
 */
public final class ScorecardValidationException extends BscException {
  private static final long serialVersionUID = 1L;

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
    super(listing(subject, problems), problems, null);
  }
}
