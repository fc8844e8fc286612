package io.github.bsc4j.model;

import java.util.List;
import java.util.Objects;

/**
 * The base type of every exception bsc4j throws on purpose: invalid definitions, malformed
 * formulas and periods, rejected measurements, misbehaving extensions and limits exceeded. Each
 * carries at least one {@link Problem} (the element's id, a stable {@link ProblemCode} and a
 * readable sentence), so an application can catch one type, switch on codes, and send the error
 * across a process boundary: every subclass is {@link java.io.Serializable}, problems included.
 *
 * <p>User text quoted in messages (ids, periods, formulas) is cut to a bounded length and its
 * control characters escaped (see {@link UserText#quote(String)}).
 */
public abstract class BscException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems a {@link #listing(String, List) listing} message shows, one per line. */
  public static final int MAX_LISTED = 100;

  /** The problems; an unmodifiable, serializable list. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list of serializable problems
  private final List<Problem> problems;

  /**
   * Creates an exception with one or more problems.
   *
   * @param message the full message
   * @param problems the problems, at least one
   * @param cause what caused it, or null
   * @throws NullPointerException if {@code message}, {@code problems} or a problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected BscException(String message, List<Problem> problems, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
  }

  /**
   * Creates an exception with one problem whose message is the exception's message.
   *
   * @param problem the problem
   * @param cause what caused it, or null
   * @throws NullPointerException if {@code problem} is null
   */
  protected BscException(Problem problem, Throwable cause) {
    this(Objects.requireNonNull(problem, "problem").message(), List.of(problem), cause);
  }

  /**
   * Every problem, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The code of the first problem.
   *
   * @return the code
   */
  public ProblemCode code() {
    return problems.get(0).code();
  }

  /**
   * The id of the element at fault in the first problem.
   *
   * @return the element's id, escaped and bounded as {@link Problem} describes
   */
  public String elementId() {
    return problems.get(0).elementId();
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

  /**
   * The message of an exception listing many problems: the subject, "is invalid", the count, and
   * one problem per line, at most {@value #MAX_LISTED} of them, then how many more there are, so
   * a definition with a million broken elements never makes a message of a hundred megabytes.
   *
   * @param subject what was being validated (e.g. {@code "scorecard 'sales'"}); user text in it
   *     should be quoted with {@link UserText#quote(String)}, and control characters are escaped
   *     here
   * @param problems the problems found, at least one
   * @return the message
   * @throws NullPointerException if an argument or a problem is null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected static String listing(String subject, List<Problem> problems) {
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
