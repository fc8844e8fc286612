package io.github.bsc4j.scoring;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.Objects;

/**
 * Thrown when a scoring rule or aggregation strategy cannot be registered: its provider could
 * not be loaded or instantiated through {@link java.util.ServiceLoader}, its {@code name()}
 * threw, returned null or a malformed name, or another class already registered that name. Its
 * code is {@link ProblemCode#EXTENSION_REGISTRATION}; its element the extension's name, or the
 * provider's class name when the name is unknown. Thrown by {@link ScoringRules.Builder} and
 * {@link io.github.bsc4j.aggregation.AggregationStrategies.Builder} alike.
 */
public final class ExtensionRegistrationException extends BscException {
  private static final long serialVersionUID = 1L;

  /** The provider's class name. */
  private final String provider;

  /**
   * Creates the exception.
   *
   * @param elementId the extension's name, or its class name when the name is unknown
   * @param provider the provider's fully qualified class name
   * @param message the full message
   * @param cause what the provider threw, or null
   * @throws NullPointerException if {@code elementId}, {@code provider} or {@code message} is
   *     null
   */
  public ExtensionRegistrationException(
      String elementId, String provider, String message, Throwable cause) {
    super(new Problem(Objects.requireNonNull(elementId, "elementId"),
        ProblemCode.EXTENSION_REGISTRATION, Objects.requireNonNull(message, "message")), cause);
    this.provider = Objects.requireNonNull(provider, "provider");
  }

  /**
   * The fully qualified class name of the provider that could not be registered.
   *
   * @return the class name
   */
  public String provider() {
    return provider;
  }
}
