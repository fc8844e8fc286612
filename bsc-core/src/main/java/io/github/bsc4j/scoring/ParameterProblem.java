package io.github.bsc4j.scoring;

import java.util.Objects;

/**
 * A problem an extension found with the parameters it was given; the engine reports it as a
 * validation problem naming the indicator (or node) and the parameter.
 *
 * @param parameter the parameter at fault ({@code "p"}, {@code "bands"}, {@code "target"}...)
 * @param message what is wrong, as a sentence
 */
public record ParameterProblem(String parameter, String message) {

  /**
   * Creates a problem.
   *
   * @param parameter the parameter
   * @param message the message
   * @throws NullPointerException if an argument is null
   */
  public ParameterProblem {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem.
   *
   * @param parameter the parameter
   * @param message the message
   * @return the problem
   */
  public static ParameterProblem of(String parameter, String message) {
    return new ParameterProblem(parameter, message);
  }
}
