package io.github.bsc4j.cascade;

import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks the subjects that measurements were given for against an organisation, so that
 * measurements of a person the organisation does not know (a misspelt id, someone never added)
 * are reported, never dropped silently.
 *
 * <pre>{@code
 * List<Problem> unknown = MeasuredSubjects.unknown(organisation, sourcesByPerson.keySet());
 * }</pre>
 */
public final class MeasuredSubjects {
  private MeasuredSubjects() {}

  /**
   * The subject ids that the organisation does not know, one {@link ProblemCode#UNKNOWN_SUBJECT}
   * problem each, sorted by id (so the answer does not depend on the collection's order). Any
   * subject of the organisation counts as known: the organisation itself, a unit, a team or a
   * person.
   *
   * @param organisation the organisation
   * @param subjectIds the ids of the subjects that have measurements, in any order; duplicates
   *     are reported once
   * @return the problems, empty when every id is known
   * @throws NullPointerException if an argument or an id is null
   */
  public static List<Problem> unknown(Organisation organisation, Collection<String> subjectIds) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(subjectIds, "subjectIds");
    TreeSet<String> sorted = new TreeSet<>();
    for (String id : subjectIds) {
      sorted.add(Objects.requireNonNull(id, "subject id"));
    }
    List<Problem> problems = new ArrayList<>();
    for (String id : sorted) {
      if (organisation.subject(id).isEmpty()) {
        problems.add(new Problem(UserText.quote(id), ProblemCode.UNKNOWN_SUBJECT,
            "measurements are given for '" + UserText.quote(id) + "', which is not a subject"
                + " of organisation '" + UserText.quote(organisation.id()) + "'"));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Throws if measurements were given for a subject the organisation does not know.
   *
   * @param organisation the organisation
   * @param subjectIds the ids of the subjects that have measurements
   * @throws NullPointerException if an argument or an id is null
   * @throws CascadeValidationException listing every unknown id (see {@link #unknown})
   */
  public static void requireKnown(Organisation organisation, Collection<String> subjectIds) {
    List<Problem> problems = unknown(organisation, subjectIds);
    if (!problems.isEmpty()) {
      throw new CascadeValidationException("measurements of organisation '"
          + UserText.quote(organisation.id()) + "'", problems);
    }
  }
}
