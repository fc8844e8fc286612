package io.github.bsc4j.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects validation problems; shared by every builder so one build reports all of them. */
final class Problems {
  static final int MAX_ID_LENGTH = 64;
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private final List<Problem> list = new ArrayList<>();

  void add(String elementId, ProblemCode code, String message) {
    list.add(new Problem(elementId, code, message));
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

  void throwIfAny(String subject) {
    if (!list.isEmpty()) {
      throw new ScorecardValidationException(subject, list);
    }
  }

  static boolean isValidId(String id) {
    return id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
  }

  /** Checks an element's own id; {@code what} is e.g. "indicator". */
  void id(String what, String id) {
    if (!isValidId(id)) {
      add(
          id,
          ProblemCode.MALFORMED_ID,
          what
              + " id '"
              + id
              + "' is malformed: ids match [A-Za-z][A-Za-z0-9_.-]* and have at most "
              + MAX_ID_LENGTH
              + " characters");
    }
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
              + " '"
              + name
              + "' is malformed: names match [A-Za-z][A-Za-z0-9_.-]* and have at most "
              + MAX_ID_LENGTH
              + " characters");
    }
  }
}
