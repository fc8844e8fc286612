package io.github.bsc4j.cascade;

import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks shared by shares, rankings and flag rules: member ids follow the engine's rule for
 * subject ids, indicator ids the model's rule for ids, numbers are finite or NaN for no data.
 */
final class MemberInputs {
  /** The most characters of an indicator id, as in the model. */
  static final int MAX_ID_LENGTH = 64;

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private MemberInputs() {}

  /** User text for a message, quoted and in single quotes. */
  static String q(String text) {
    return "'" + UserText.quote(text) + "'";
  }

  static void add(List<Problem> problems, String elementId, ProblemCode code, String message) {
    problems.add(new Problem(UserText.quote(elementId), code, message));
  }

  /**
   * Checks a member list and its numbers; throws at once on a null or a length mismatch, which
   * are programming errors, and collects everything else.
   *
   * @param what the numbers' name in messages: "value", "score"
   */
  static void check(
      String subject, String what, List<String> memberIds, double[] numbers) {
    Objects.requireNonNull(memberIds, "memberIds");
    Objects.requireNonNull(numbers, "numbers");
    for (String id : memberIds) {
      Objects.requireNonNull(id, "member id");
    }
    if (memberIds.size() != numbers.length) {
      throw new IllegalArgumentException(memberIds.size() + " member ids but " + numbers.length
          + " " + what + "s; give one " + what + " per member, NaN for no data");
    }
    List<Problem> problems = new java.util.ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < memberIds.size(); i++) {
      String id = memberIds.get(i);
      memberId(problems, id);
      if (!seen.add(id)) {
        add(problems, id, ProblemCode.DUPLICATE_ID, "member " + q(id) + " is listed twice");
      }
      if (Double.isInfinite(numbers[i])) {
        add(problems, id, ProblemCode.NON_FINITE_NUMBER, what + " of member " + q(id)
            + " must be a finite number, or NaN for no data; was " + numbers[i]);
      }
    }
    if (!problems.isEmpty()) {
      throw new CascadeValidationException(subject, problems);
    }
  }

  /** The engine's rule for subject ids: not blank, not too long, no control character. */
  private static void memberId(List<Problem> problems, String id) {
    if (id.isBlank()) {
      add(problems, id, ProblemCode.MALFORMED_ID, "member id " + q(id) + " is blank");
      return;
    }
    if (id.length() > ScorecardEngine.MAX_SUBJECT_ID_LENGTH) {
      add(problems, id, ProblemCode.MALFORMED_ID, "member id " + q(id) + " has " + id.length()
          + " characters, more than the " + ScorecardEngine.MAX_SUBJECT_ID_LENGTH + " allowed");
      return;
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
        add(problems, id, ProblemCode.MALFORMED_ID,
            "member id " + q(id) + " holds a control character at index " + i);
        return;
      }
    }
  }

  /** Checks a rule's indicator ids: at least one, well formed, none twice. */
  static void indicatorIds(
      List<Problem> problems, String rule, String ruleElement, List<String> ids) {
    if (ids.isEmpty()) {
      add(problems, ruleElement, ProblemCode.MISSING_ATTRIBUTE,
          "the " + rule + " rule names no indicator; give at least one");
    }
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
        add(problems, id, ProblemCode.MALFORMED_ID, "indicator id " + q(id)
            + " of the " + rule + " rule is malformed: ids match [A-Za-z][A-Za-z0-9_.-]* and have"
            + " at most " + MAX_ID_LENGTH + " characters");
      } else if (!seen.add(id)) {
        add(problems, id, ProblemCode.DUPLICATE_ID,
            "indicator " + q(id) + " is listed twice in the " + rule + " rule");
      }
    }
  }
}
