package io.github.bsc4j.cascade;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import java.util.List;

/**
 * Thrown when an organisation, a template's cascade settings, a blend, a payout curve, a pool
 * split or a flag rule is invalid. Holds every problem found, never just the first, each naming
 * the element (subject, template or indicator) by id; nothing was built.
 *
 * <p>The message lists at most {@value BscException#MAX_LISTED} problems, then how many more
 * there are; {@link #problems()} always holds every one.
 */
public final class CascadeValidationException extends BscException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param subject what was being validated, for the message (e.g. {@code "organisation
   *     'acme'"}); user text in it should be quoted with {@link
   *     io.github.bsc4j.model.UserText#quote(String)}
   * @param problems the problems found, at least one
   * @throws NullPointerException if an argument or a problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public CascadeValidationException(String subject, List<Problem> problems) {
    super(listing(subject, problems), problems, null);
  }
}
