package io.github.bsc4j.cascade;

import io.github.bsc4j.model.SubjectKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One subject of an {@link Organisation}: the organisation itself, a unit (a region, a
 * department), a team or a person.
 *
 * @param id the subject's id, unique within its organisation
 * @param name the display name
 * @param kind what the subject is
 * @param parent the id of the unit or organisation it lies under; empty for the organisation, and
 *     for a person, who belongs to teams by dated memberships instead (see {@link
 *     Organisation#teamOf(String, java.time.YearMonth)})
 */
public record Subject(String id, String name, SubjectKind kind, Optional<String> parent) {
  /**
   * Creates a subject.
   *
   * @param id the id
   * @param name the display name
   * @param kind the kind
   * @param parent the parent's id, if any
   * @throws NullPointerException if an argument is null
   */
  public Subject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parent, "parent");
  }
}
