package io.github.bsc4j.cascade;

import io.github.bsc4j.internal.Names;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of the pay types (blend weights, payout curves, pool splits), so one call
 * reports every problem at once; ids and user text go through {@link UserText#quote(String)}.
 */
final class PayChecks {
  private final List<Problem> list = new ArrayList<>();

  void add(String elementId, ProblemCode code, String message) {
    list.add(new Problem(UserText.quote(elementId), code, message));
  }

  /** Reports NON_FINITE_NUMBER for NaN and infinities; true when the number is finite. */
  boolean finite(String elementId, String what, double value) {
    if (Double.isFinite(value)) {
      return true;
    }
    add(elementId, ProblemCode.NON_FINITE_NUMBER, what + " is " + value + ", not a finite number");
    return false;
  }

  /** Reports MALFORMED_ID for an id that breaks the id rule. */
  void id(String id, String what) {
    if (!Names.isValid(id)) {
      add(id, ProblemCode.MALFORMED_ID, what + " " + q(id) + " must match " + Names.RULE);
    }
  }

  List<Problem> list() {
    return List.copyOf(list);
  }

  /** Throws every problem found at once, naming {@code subject}; does nothing when none. */
  void throwIfAny(String subject) {
    if (!list.isEmpty()) {
      throw new CascadeValidationException(subject, list);
    }
  }

  /** User text for a message: quoted with {@link UserText#quote(String)}, in single quotes. */
  static String q(String text) {
    return "'" + UserText.quote(text) + "'";
  }
}
