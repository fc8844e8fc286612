package io.github.bsc4j.model;

import io.github.bsc4j.model.internal.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects validation problems; shared by every builder so one build reports all of them. Every
 * id a problem names and every piece of user text its message quotes go through {@link
 * UserText#quote(String)}: a megabyte id gives a message of a few hundred characters.
 */
final class Problems {
  static final int MAX_ID_LENGTH = Ids.MAX_LENGTH;

  private final List<Problem> list = new ArrayList<>();

  /** Adds a problem; {@code elementId} is quoted here, the message must quote its own texts. */
  void add(String elementId, ProblemCode code, String message) {
    list.add(new Problem(UserText.quote(elementId), code, message));
  }

  /** User text for a message: quoted with {@link UserText#quote(String)}, in single quotes. */
  static String q(String text) {
    return "'" + UserText.quote(text) + "'";
  }

  void addAll(Problems other) {
    list.addAll(other.list);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  List<Problem> list() {
    return List.copyOf(list);
  }

  /** Throws if there is a problem; {@code subject} is e.g. "indicator", {@code id} its id. */
  void throwIfAny(String subject, String id) {
    if (!list.isEmpty()) {
      throw new ScorecardValidationException(subject + " " + q(id), list);
    }
  }

  static boolean isValidId(String id) {
    return Ids.isValid(id);
  }

  /** Checks an element's own id; {@code what} is e.g. "indicator". */
  void id(String what, String id) {
    if (!isValidId(id)) {
      add(
          id,
          ProblemCode.MALFORMED_ID,
          what
              + " id "
              + q(id)
              + " is malformed: "
              + Ids.RULE);
    }
  }

  /**
   * Claims {@code id} for an element of {@code kind} in a namespace, {@code kinds} (each id's
   * kind); reports a duplicate if another element has it already.
   */
  void claim(Map<String, String> kinds, String id, String kind) {
    String previous = kinds.putIfAbsent(id, kind);
    if (previous != null) {
      duplicateId(id, kind, previous);
    }
  }

  /** Reports that {@code id}, of an element of {@code kind}, is used by one of {@code previous}. */
  private void duplicateId(String id, String kind, String previous) {
    add(
        id,
        ProblemCode.DUPLICATE_ID,
        "id "
            + q(id)
            + " of "
            + article(kind)
            + " is already used by "
            + article(previous)
            + "; ids must be unique within a scorecard");
  }

  /** "an indicator", "a perspective", "the scorecard". */
  static String article(String kind) {
    if (kind.equals("scorecard")) {
      return "the scorecard";
    }
    return (kind.startsWith("i") || kind.startsWith("o") ? "an " : "a ") + kind;
  }

  /** Checks that {@code value} is finite; returns whether it is. */
  boolean finite(String elementId, String what, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      add(elementId, ProblemCode.NON_FINITE_NUMBER, what + " must be a finite number, was " + value);
      return false;
    }
    return true;
  }

  /** Checks a weight: finite and not negative. */
  void weight(String elementId, String what, double weight) {
    if (finite(elementId, what + " weight", weight) && weight < 0) {
      add(
          elementId,
          ProblemCode.NEGATIVE_WEIGHT,
          what + " weight must not be negative, was " + weight);
    }
  }

  /** Checks a name used to look an extension up (rule, aggregation, parameter). */
  void name(String elementId, String what, String name) {
    if (name.isBlank()) {
      add(elementId, ProblemCode.BLANK_TEXT, what + " must not be blank");
    } else if (!isValidId(name)) {
      add(
          elementId,
          ProblemCode.MALFORMED_ID,
          what
              + " "
              + q(name)
              + " is malformed: names match [A-Za-z][A-Za-z0-9_.-]* and have at most "
              + MAX_ID_LENGTH
              + " characters");
    }
  }
}
