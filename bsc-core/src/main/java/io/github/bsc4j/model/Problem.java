package io.github.bsc4j.model;

import java.util.Objects;

/**
 * One problem found by validation, or carried by any {@link BscException}. Serializable, so that
 * errors can cross process boundaries.
 *
 * <p>The element id is the id as written, even when malformed, with two exceptions that keep a
 * problem safe to print and small to send: control characters are escaped ({@link
 * UserText#escape(String)}), and an id longer than {@value #MAX_ELEMENT_ID} characters once
 * escaped is kept as {@link UserText#quote(String)} renders it, its first {@value
 * UserText#MAX_QUOTED} characters and a count of the rest. Text already quoted so is kept as it
 * is. The library's own problems go further and quote every id they report, so a malformed id
 * longer than {@value UserText#MAX_QUOTED} characters comes back cut; ids that pass validation
 * never change.
 *
 * @param elementId the id of the element at fault (as written, bounded as described above)
 * @param code the stable code of the rule broken
 * @param message a readable sentence naming the element and what is wrong
 */
public record Problem(String elementId, ProblemCode code, String message)
    implements java.io.Serializable {

  /**
   * The longest element id kept whole, after escaping; longer ones are cut by {@link
   * UserText#quote(String)} (whose results are always shorter than this).
   */
  public static final int MAX_ELEMENT_ID = 2048;

  /**
   * Creates a problem; escapes and bounds {@code elementId} as the type's description says.
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
    String escaped = UserText.escape(elementId);
    elementId = escaped.length() <= MAX_ELEMENT_ID ? escaped : UserText.quote(elementId);
  }

  /**
   * Renders the problem as {@code "[elementId] CODE: message"}, on one line: control characters
   * in the message are escaped, so no message can forge a line of an exception's message.
   *
   * @return the one-line form used in exception messages
   */
  @Override
  public String toString() {
    return "[" + elementId + "] " + code + ": " + UserText.escape(message);
  }
}
