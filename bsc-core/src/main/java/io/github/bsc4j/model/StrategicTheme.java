package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A strategic theme: a strand of the strategy that objectives can belong to ("operational
 * excellence", "customer intimacy"). Validated with the scorecard it is built into.
 *
 * @param id the theme's id
 * @param name its display name
 * @param description what the theme is about (may be empty)
 */
public record StrategicTheme(String id, String name, String description)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a theme.
   *
   * @param id the id
   * @param name the name
   * @param description the description
   * @throws NullPointerException if an argument is null
   */
  public StrategicTheme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }

  /**
   * A theme without description.
   *
   * @param id the id
   * @param name the name
   * @return the theme
   */
  public static StrategicTheme of(String id, String name) {
    return new StrategicTheme(id, name, "");
  }
  /**
   * The record's usual form, on one line: control characters in user text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape(
        "StrategicTheme[id=" + id + ", name=" + name + ", description=" + description + "]");
  }

}
