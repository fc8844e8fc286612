package io.github.bsc4j.engine;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Thrown when a scoring rule or aggregation strategy misbehaves: at compile, its {@code
 * validate()} threw or returned null; during evaluation, it threw (any {@link Throwable},
 * checked exceptions thrown sneakily and {@link Error}s such as {@link AssertionError} included,
 * and kept as the cause), or returned a result that breaks its contract — a score that is NaN,
 * infinite, negative or above the cap, contributions that are null, of the wrong length, not
 * finite or not adding up to the score. The engine never clamps or hides such a result. Only
 * {@link VirtualMachineError}s, such as {@link OutOfMemoryError} and {@link StackOverflowError},
 * pass through unwrapped: they are the JVM's, not the extension's.
 *
 * <p>The message names the extension (a "built-in" one when it is the library's own, which is
 * then a bug to report), the node, the subject ("the subject" for {@link
 * ScorecardEngine#evaluate}, its index in a batch for {@link ScorecardEngine#scores}) and the
 * period. Its code is {@link ProblemCode#EXTENSION_FAILURE} and its element the node.
 */
public final class ExtensionFailureException extends BscException {
  private static final long serialVersionUID = 2L;

  /** The name of the rule or strategy that failed. */
  private final String extension;

  /** The id of the node being evaluated. */
  private final String nodeId;

  /** The subject's index in a batch; -1 when there is none. */
  private final int subject;

  /** The label of the period being evaluated; null at compile. */
  private final String period;

  /**
   * Creates the exception for an extension that returned a bad value.
   *
   * @param extension the rule's or strategy's name
   * @param nodeId the node's id
   * @param message the full message
   * @throws NullPointerException if an argument is null
   */
  public ExtensionFailureException(String extension, String nodeId, String message) {
    this(extension, nodeId, -1, null, message, null);
  }

  /**
   * Creates the exception for an extension that threw.
   *
   * @param extension the rule's or strategy's name
   * @param nodeId the node's id
   * @param message the full message
   * @param cause what the extension threw
   * @throws NullPointerException if an argument is null
   */
  public ExtensionFailureException(
      String extension, String nodeId, String message, Throwable cause) {
    this(extension, nodeId, -1, null, message, Objects.requireNonNull(cause, "cause"));
  }

  /** The engine's: with the subject's index in a batch (or -1) and the period (or null). */
  ExtensionFailureException(
      String extension, String nodeId, int subject, String period, String message,
      Throwable cause) {
    super(problem(nodeId, message), cause);
    this.extension = Objects.requireNonNull(extension, "extension");
    this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
    this.subject = subject;
    this.period = period;
  }

  private static Problem problem(String nodeId, String message) {
    return new Problem(
        Objects.requireNonNull(nodeId, "nodeId"),
        ProblemCode.EXTENSION_FAILURE,
        Objects.requireNonNull(message, "message"));
  }

  /**
   * The name of the rule or strategy that failed.
   *
   * @return the extension's name
   */
  public String extension() {
    return extension;
  }

  /**
   * The id of the node (indicator, objective, perspective or scorecard) being evaluated.
   *
   * @return the node id
   */
  public String nodeId() {
    return nodeId;
  }

  /**
   * The index of the subject being evaluated, when it failed in a batch ({@link
   * ScorecardEngine#scores}).
   *
   * @return the index from 0; empty at compile and for {@link ScorecardEngine#evaluate}
   */
  public OptionalInt subject() {
    return subject >= 0 ? OptionalInt.of(subject) : OptionalInt.empty();
  }

  /**
   * The period being evaluated (for {@link ScorecardEngine#evaluate}, the period asked for or
   * the previous one its trends compare with).
   *
   * @return the period's label; empty at compile
   */
  public Optional<String> period() {
    return Optional.ofNullable(period);
  }
}
