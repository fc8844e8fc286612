package io.github.bsc4j.cascade;

import io.github.bsc4j.data.MeasurementSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The measurements of an organisation's subjects for {@link OrganisationPlan#evaluate}: each
 * person's own {@link MeasurementSource}, and optionally each team's own (for the team
 * indicators not rolled up from members), by subject id. Applications implement it over their
 * storage, or use {@link #of(Map)}.
 *
 * <p>Implementations must be safe to call from the threads that evaluate with them, and must
 * answer the same for the same id during one evaluation.
 */
public interface SubjectMeasurements {

  /** Measurements of nobody: every person and team without data. */
  SubjectMeasurements NONE = of(Map.of());

  /**
   * The measurements of one subject.
   *
   * @param subjectId a person's or a team's id
   * @return the subject's source, or empty when there is none (the subject has no data)
   */
  Optional<MeasurementSource> source(String subjectId);

  /**
   * The ids of every subject this holds measurements for, so that measurements of a subject the
   * organisation does not know are reported ({@link
   * io.github.bsc4j.model.ProblemCode#UNKNOWN_SUBJECT}), never dropped silently.
   *
   * @return the ids; never null
   */
  Set<String> subjectIds();

  /**
   * Measurements held in a map, copied.
   *
   * @param sources each subject's source, by subject id
   * @return the measurements; their {@link #subjectIds()} are the map's keys, sorted
   * @throws NullPointerException if the map, a key or a value is null
   */
  static SubjectMeasurements of(Map<String, ? extends MeasurementSource> sources) {
    Objects.requireNonNull(sources, "sources");
    Map<String, MeasurementSource> copy = new HashMap<>();
    sources.forEach((id, s) -> copy.put(Objects.requireNonNull(id, "subject id"),
        Objects.requireNonNull(s, "source")));
    Set<String> ids = Collections.unmodifiableSet(new TreeSet<>(copy.keySet()));
    return new SubjectMeasurements() {
      @Override
      public Optional<MeasurementSource> source(String subjectId) {
        return Optional.ofNullable(copy.get(Objects.requireNonNull(subjectId, "subjectId")));
      }

      @Override
      public Set<String> subjectIds() {
        return ids;
      }

      @Override
      public String toString() {
        return "SubjectMeasurements[" + ids.size() + " subjects]";
      }
    };
  }
}
