package io.github.bsc4j.engine;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.Objects;

/**
 * Thrown when a scoring rule or aggregation strategy misbehaves during evaluation: it threw, or
 * returned NaN, an infinity, a negative score or a score above the indicator's cap. The message
 * names the extension and the node; the engine never clamps or hides such a result. Its code is
 * {@link ProblemCode#EXTENSION_FAILURE} and its element the node.
 */
public final class ExtensionFailureException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The name of the rule or strategy that failed. */
  private final String extension;

  /** The id of the node being evaluated. */
  private final String nodeId;

  /**
   * Creates the exception for an extension that returned a bad value.
   *
   * @param extension the rule's or strategy's name
   * @param nodeId the node's id
   * @param message the full message
   * @throws NullPointerException if an argument is null
   */
  public ExtensionFailureException(String extension, String nodeId, String message) {
    super(problem(nodeId, message), null);
    this.extension = Objects.requireNonNull(extension, "extension");
    this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
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
    super(problem(nodeId, message), Objects.requireNonNull(cause, "cause"));
    this.extension = Objects.requireNonNull(extension, "extension");
    this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
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
}
