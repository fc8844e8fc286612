package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The strategy a scorecard translates into objectives: vision, mission and strategic themes.
 *
 * @param vision where the organisation wants to be (may be empty)
 * @param mission why it exists (may be empty)
 * @param themes the strategic themes, in definition order (unmodifiable)
 */
public record Strategy(String vision, String mission, List<StrategicTheme> themes)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A strategy with no vision, mission or themes. */
  public static final Strategy NONE = new Strategy("", "", List.of());

  /**
   * Creates a strategy.
   *
   * @param vision the vision
   * @param mission the mission
   * @param themes the themes
   * @throws NullPointerException if an argument or a theme is null
   */
  public Strategy {
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(mission, "mission");
    themes = SerialForms.list(themes, StrategicTheme.class, "themes");
  }

  /**
   * Creates a strategy.
   *
   * @param vision the vision
   * @param mission the mission
   * @param themes the themes
   * @return the strategy
   */
  public static Strategy of(String vision, String mission, StrategicTheme... themes) {
    return new Strategy(vision, mission, List.of(Objects.requireNonNull(themes, "themes")));
  }
  /**
   * The record's usual form, on one line: control characters in user text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape(
        "Strategy[vision=" + vision + ", mission=" + mission + ", themes=" + themes + "]");
  }

}
