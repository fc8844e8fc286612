package io.github.bsc4j.data;

import io.github.bsc4j.model.UserText;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Measurements of many subjects, with a bulk {@link #fetch(List, MeasurementLayout)} so that a
 * store over a database makes one query per batch of subjects instead of one call per subject,
 * indicator and period.
 *
 * <p>Only {@link #value(String, String, Period)} must be implemented; the default {@code fetch}
 * calls it once per cell. A store over a database overrides {@code fetch} with one query per call,
 * for example
 *
 * <pre>{@code
 * SELECT subject, indicator, period, value FROM measurement
 *  WHERE subject IN (?, ?, ...) AND indicator IN (...) AND period IN (...)
 * }</pre>
 *
 * <p>putting each row into a {@link MeasurementBlock#builder(MeasurementLayout, List)}.
 *
 * <p>Implementations must be safe to call from the threads that evaluate with them, and must
 * return the same value for the same arguments during one evaluation. A value that is NaN or
 * infinite is rejected by the engine for its subject alone, with subject, indicator and period
 * named.
 */
@FunctionalInterface
public interface MeasurementStore {

  /**
   * The actual value of one subject's indicator for one period: the same contract as {@link
   * MeasurementSource#value(String, Period)}, per subject.
   *
   * @param subjectId the subject's id
   * @param indicatorId the indicator's id
   * @param period the period
   * @return the value, or empty when there is none; never null
   */
  OptionalDouble value(String subjectId, String indicatorId, Period period);

  /**
   * Every value of every indicator and period of {@code layout} for the given subjects, in one
   * call. The default calls {@link #value(String, String, Period)} once per cell, in subject,
   * indicator, period order, and fills a {@link MeasurementBlock#builder(MeasurementLayout, List)
   * builder}. Stores over a database override it with one query per call. The block returned
   * must have exactly {@code layout} as its layout and {@code subjectIds} as its subject ids, in
   * order; the engine checks both.
   *
   * @param subjectIds the subjects, in order: distinct, each a valid subject id (see {@link
   *     MeasurementBlock#withSubjectIds(List)})
   * @param layout the indicators and periods wanted
   * @return a block of {@code subjectIds.size()} subjects in {@code layout}, naming its subjects
   * @throws NullPointerException if an argument or an id is null, or {@code value} returned null
   *     (the message names subject, indicator and period)
   * @throws IllegalArgumentException if a subject id is invalid or comes twice
   */
  default MeasurementBlock fetch(List<String> subjectIds, MeasurementLayout layout) {
    Objects.requireNonNull(subjectIds, "subjectIds");
    Objects.requireNonNull(layout, "layout");
    MeasurementBlock.Builder b = MeasurementBlock.builder(layout, subjectIds);
    List<String> indicators = layout.indicatorIds();
    List<Period> periods = layout.periods();
    for (int s = 0; s < subjectIds.size(); s++) {
      String subject = subjectIds.get(s);
      for (String indicator : indicators) {
        for (Period period : periods) {
          OptionalDouble v = value(subject, indicator, period);
          if (v == null) {
            throw new NullPointerException("measurement store returned null for subject '"
                + UserText.quote(subject) + "', indicator '" + UserText.quote(indicator)
                + "' and period " + period + "; return OptionalDouble.empty()");
          }
          if (v.isPresent()) {
            b.put(s, indicator, period, v.getAsDouble());
          }
        }
      }
    }
    return b.build();
  }

  /**
   * One subject's measurements as a {@link MeasurementSource}: its {@code value} asks this
   * store's for the subject, and its {@code indicatorIds} are this store's.
   *
   * @param subjectId the subject's id
   * @return a view; nothing is copied
   * @throws NullPointerException if {@code subjectId} is null
   */
  default MeasurementSource forSubject(String subjectId) {
    Objects.requireNonNull(subjectId, "subjectId");
    MeasurementStore store = this;
    return new MeasurementSource() {
      @Override
      public OptionalDouble value(String indicatorId, Period period) {
        return store.value(subjectId, indicatorId, period);
      }

      @Override
      public Set<String> indicatorIds() {
        return store.indicatorIds();
      }

      @Override
      public String toString() {
        return "MeasurementSource[subject '" + UserText.quote(subjectId) + "' of " + store + "]";
      }
    };
  }

  /**
   * The ids of every indicator this store holds values for, as {@link
   * MeasurementSource#indicatorIds()}: the default, an empty set, means the store cannot tell.
   *
   * @return the ids, or an empty set when unknown; never null
   */
  default Set<String> indicatorIds() {
    return Set.of();
  }

  /**
   * A store over one source per subject. A subject without a source has no data.
   *
   * @param bySubject each subject's measurements; the map is copied, the sources are not
   * @return the store; its {@link #indicatorIds()} are the union of the sources' ids, as they
   *     are when the store is made
   * @throws NullPointerException if the map, a key or a value is null, or a source returns null
   *     from {@code indicatorIds()}
   */
  static MeasurementStore of(Map<String, ? extends MeasurementSource> bySubject) {
    Objects.requireNonNull(bySubject, "bySubject");
    Map<String, MeasurementSource> copy = new HashMap<>();
    Set<String> ids = new HashSet<>();
    bySubject.forEach((subject, source) -> {
      Objects.requireNonNull(subject, "subjectId");
      Objects.requireNonNull(source, () -> "source of subject '" + UserText.quote(subject) + "'");
      copy.put(subject, source);
      Set<String> sourceIds = source.indicatorIds();
      if (sourceIds == null) {
        throw new NullPointerException("source of subject '" + UserText.quote(subject)
            + "' returned null from indicatorIds(); return an empty set");
      }
      ids.addAll(sourceIds);
    });
    Set<String> indicatorIds = Collections.unmodifiableSet(ids);
    return new MeasurementStore() {
      @Override
      public OptionalDouble value(String subjectId, String indicatorId, Period period) {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(period, "period");
        MeasurementSource source = copy.get(subjectId);
        return source == null ? OptionalDouble.empty() : source.value(indicatorId, period);
      }

      @Override
      public Set<String> indicatorIds() {
        return indicatorIds;
      }

      @Override
      public String toString() {
        return "MeasurementStore[" + copy.size() + " subjects]";
      }
    };
  }
}
