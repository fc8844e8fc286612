package io.github.bsc4j.data;

import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A batch of subjects' measurements in a {@link MeasurementLayout}: a view over one {@code
 * double[]} holding {@code subjectCount() * layout.valuesPerSubject()} values, subject-major, at
 * the indices {@link MeasurementLayout#index(int, int, int)} gives.
 *
 * <p><b>A view, not a copy.</b> The block keeps the caller's array (and bit set) as they are: it
 * is cheap to make for millions of subjects, but the caller must not change the array or the bit
 * set while anything reads the block (a batch evaluation, another thread). A block is safe to
 * read from several threads as long as nobody writes to them.
 *
 * <p>Two ways mark a missing value:
 *
 * <ul>
 *   <li>{@link #of(MeasurementLayout, double[], BitSet)}: a value is missing when its bit is
 *       clear, and every present value is used as given;
 *   <li>{@link #nanAsMissing(MeasurementLayout, double[])}: a NaN is missing, the usual convention
 *       of columnar numeric data.
 * </ul>
 *
 * <p>A present value that is not a finite number (a NaN whose bit is set, an infinity) is not
 * rejected when the block is made: the engine rejects it for that one subject, naming subject,
 * indicator and period, so that one bad subject never aborts a batch; {@link #value(int, int,
 * int)} throws for it.
 *
 * <p>A block may name its subjects ({@link #withSubjectIds(List)}, {@link #builder}); messages
 * then use their ids.
 */
public final class MeasurementBlock {
  /** The longest subject id, as the engine allows. */
  private static final int MAX_SUBJECT_ID_LENGTH = 256;

  private final MeasurementLayout layout;
  private final double[] values;
  /** The present bits, or null when NaN marks a missing value. */
  private final BitSet present;
  private final int subjectCount;
  /** The subjects' ids, or null when not named. */
  private final List<String> subjectIds;

  private MeasurementBlock(
      MeasurementLayout layout, double[] values, BitSet present, List<String> subjectIds) {
    this.layout = layout;
    this.values = values;
    this.present = present;
    this.subjectCount = values.length / layout.valuesPerSubject();
    this.subjectIds = subjectIds;
  }

  /**
   * A block over {@code values} whose present values are the set bits of {@code present}. Neither
   * the array nor the bit set is copied.
   *
   * @param layout the layout of each subject's values
   * @param values the values, {@code layout.valuesPerSubject()} per subject; may be empty
   * @param present the bit of each index whose value is present
   * @return the block
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the length of {@code values} is not a multiple of {@code
   *     layout.valuesPerSubject()}, or {@code present} has a bit set at or beyond it
   */
  public static MeasurementBlock of(MeasurementLayout layout, double[] values, BitSet present) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(present, "present");
    checkShape(layout, values);
    if (present.length() > values.length) {
      throw new IllegalArgumentException("present has bit " + (present.length() - 1)
          + " set, beyond the " + values.length + " entries of values");
    }
    return new MeasurementBlock(layout, values, present, null);
  }

  /**
   * A block over {@code values} in which NaN marks a missing value. The array is not copied.
   * Infinities are present values, rejected by the engine for their subject.
   *
   * @param layout the layout of each subject's values
   * @param values the values, {@code layout.valuesPerSubject()} per subject; may be empty
   * @return the block
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the length of {@code values} is not a multiple of {@code
   *     layout.valuesPerSubject()}
   */
  public static MeasurementBlock nanAsMissing(MeasurementLayout layout, double[] values) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(values, "values");
    checkShape(layout, values);
    return new MeasurementBlock(layout, values, null, null);
  }

  private static void checkShape(MeasurementLayout layout, double[] values) {
    int per = layout.valuesPerSubject();
    if (values.length % per != 0) {
      throw new IllegalArgumentException("values has " + values.length
          + " entries, not a multiple of the " + per + " values per subject ("
          + layout.indicatorCount() + " indicators x " + layout.periodCount() + " periods)");
    }
  }

  /**
   * A block over the same values that names its subjects, in order.
   *
   * @param subjectIds one id per subject: not blank, at most 256 characters, no control
   *     characters (the engine's rule for subject ids)
   * @return the new view
   * @throws NullPointerException if {@code subjectIds} or an id is null (the message names it, as
   *     {@code "subjectIds[5]"})
   * @throws IllegalArgumentException if the number of ids is not {@link #subjectCount()}, or an id
   *     breaks the rule (the message names its position)
   */
  public MeasurementBlock withSubjectIds(List<String> subjectIds) {
    List<String> ids = checkSubjectIds(subjectIds);
    if (ids.size() != subjectCount) {
      throw new IllegalArgumentException("subjectIds has " + ids.size() + " ids for "
          + subjectCount + " subjects");
    }
    return new MeasurementBlock(layout, values, present, ids);
  }

  /** Copies and checks subject ids; returns an unmodifiable copy. */
  private static List<String> checkSubjectIds(List<String> subjectIds) {
    Objects.requireNonNull(subjectIds, "subjectIds");
    List<String> ids = new ArrayList<>(subjectIds);
    for (int s = 0; s < ids.size(); s++) {
      String id = Objects.requireNonNull(ids.get(s), "subjectIds[" + s + "]");
      checkSubjectId(id, "subjectIds[" + s + "]");
    }
    return Collections.unmodifiableList(ids);
  }

  /** The engine's rule for subject ids (ScorecardEngine.checkSubject), with the position named. */
  private static void checkSubjectId(String id, String where) {
    if (id.isBlank()) {
      throw new IllegalArgumentException(where + " is blank");
    }
    if (id.length() > MAX_SUBJECT_ID_LENGTH) {
      throw new IllegalArgumentException(where + " has " + id.length()
          + " characters, more than the " + MAX_SUBJECT_ID_LENGTH + " allowed");
    }
    for (int i = 0; i < id.length(); i++) {
      char ch = id.charAt(i);
      if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
        throw new IllegalArgumentException(
            where + " '" + UserText.quote(id) + "' holds a control character at index " + i);
      }
    }
  }

  /**
   * The layout of each subject's values.
   *
   * @return the layout
   */
  public MeasurementLayout layout() {
    return layout;
  }

  /**
   * The number of subjects: the length of the values divided by the values per subject.
   *
   * @return 0 or more
   */
  public int subjectCount() {
    return subjectCount;
  }

  /**
   * The subjects' ids, when the block names them.
   *
   * @return an unmodifiable list of {@link #subjectCount()} ids, or empty
   */
  public Optional<List<String>> subjectIds() {
    return Optional.ofNullable(subjectIds);
  }

  /**
   * Tells whether NaN marks a missing value ({@link #nanAsMissing}) rather than a bit set ({@link
   * #of}).
   *
   * @return true in NaN mode
   */
  public boolean nanMeansMissing() {
    return present == null;
  }

  /**
   * The name of a subject in messages: its id when the block names its subjects, else {@code
   * "subject 3"}.
   *
   * @param subject the subject's position
   * @return the name
   * @throws IllegalArgumentException if {@code subject} is not between 0 and {@code
   *     subjectCount() - 1}
   */
  public String subjectName(int subject) {
    checkSubject(subject);
    return subjectIds != null ? subjectIds.get(subject) : "subject " + subject;
  }

  private void checkSubject(int subject) {
    if (subject < 0 || subject >= subjectCount) {
      throw new IllegalArgumentException("subject " + subject + " is outside the block's "
          + subjectCount + " subjects");
    }
  }

  /**
   * Tells whether the value at a flat index is present: in NaN mode, whether it is not NaN; else
   * whether its bit is set. For hot loops: nothing is checked beyond the array's own bounds.
   *
   * @param index the flat index ({@link MeasurementLayout#index(int, int, int)})
   * @return true if present
   * @throws ArrayIndexOutOfBoundsException if {@code index} is outside the values (NaN mode)
   */
  public boolean presentAt(int index) {
    return present == null ? !Double.isNaN(values[index]) : present.get(index);
  }

  /**
   * The raw value stored at a flat index, whether present or not. For hot loops: nothing is
   * checked beyond the array's own bounds.
   *
   * @param index the flat index ({@link MeasurementLayout#index(int, int, int)})
   * @return the stored value
   * @throws ArrayIndexOutOfBoundsException if {@code index} is outside the values
   */
  public double valueAt(int index) {
    return values[index];
  }

  /**
   * One subject's value of one indicator for one period, checked.
   *
   * @param subject the subject's position
   * @param indicator the indicator's position in the layout
   * @param period the period's position in the layout
   * @return the value, or empty when it is missing
   * @throws IllegalArgumentException if a position is out of range
   * @throws InvalidMeasurementException if the value is present but NaN or infinite (the message
   *     names subject, indicator and period)
   */
  public OptionalDouble value(int subject, int indicator, int period) {
    checkSubject(subject);
    int i = layout.index(subject, indicator, period);
    if (!presentAt(i)) {
      return OptionalDouble.empty();
    }
    double v = values[i];
    if (!Double.isFinite(v)) {
      throw new InvalidMeasurementException(subjectName(subject),
          layout.indicatorIds().get(indicator), layout.periods().get(period), v);
    }
    return OptionalDouble.of(v);
  }

  /**
   * A short summary: the layout, the number of subjects and the missing-value convention; never
   * the values.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "MeasurementBlock[" + subjectCount + " subjects, " + layout
        + (present == null ? ", NaN as missing]" : ", present bits]");
  }

  /**
   * Starts a builder of a block of the given subjects, all values missing until put; for stores
   * that fill a block cell by cell.
   *
   * @param layout the layout
   * @param subjectIds the subjects' ids, in order: distinct, and each by the rule of {@link
   *     #withSubjectIds(List)}
   * @return the builder
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if an id breaks the rule or comes twice, or the values would
   *     not fit in one array
   */
  public static Builder builder(MeasurementLayout layout, List<String> subjectIds) {
    Objects.requireNonNull(layout, "layout");
    List<String> ids = checkSubjectIds(subjectIds);
    Map<String, Integer> bySubject = new HashMap<>();
    for (int s = 0; s < ids.size(); s++) {
      Integer earlier = bySubject.putIfAbsent(ids.get(s), s);
      if (earlier != null) {
        throw new IllegalArgumentException("subject '" + UserText.quote(ids.get(s))
            + "' comes twice, at subjectIds[" + earlier + "] and subjectIds[" + s + "]");
      }
    }
    long size = (long) ids.size() * layout.valuesPerSubject();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(ids.size() + " subjects x " + layout.valuesPerSubject()
          + " values per subject make " + size + " values, more than one array holds");
    }
    return new Builder(layout, ids, bySubject, (int) size);
  }

  /**
   * Fills a block cell by cell, for a {@link MeasurementStore}. Values are stored as given: a
   * NaN or an infinity is kept, and rejected later for its subject alone. Not thread-safe; used
   * once.
   */
  public static final class Builder {
    private final MeasurementLayout layout;
    private final List<String> subjectIds;
    private final Map<String, Integer> bySubject;
    private double[] values;
    private BitSet present;

    private Builder(
        MeasurementLayout layout,
        List<String> subjectIds,
        Map<String, Integer> bySubject,
        int size) {
      this.layout = layout;
      this.subjectIds = subjectIds;
      this.bySubject = bySubject;
      this.values = new double[size];
      this.present = new BitSet(size);
    }

    /**
     * Puts one value.
     *
     * @param subject the subject's position
     * @param indicatorId the indicator's id
     * @param period the period, or any with the same days ({@link
     *     MeasurementLayout#periodIndex(Period)})
     * @param value the value, stored as given
     * @return this builder
     * @throws NullPointerException if {@code indicatorId} or {@code period} is null
     * @throws IllegalArgumentException if the subject, indicator or period is not in the block,
     *     or the cell already has a value (the message names subject, indicator and period)
     * @throws IllegalStateException if {@link #build()} was called
     */
    public Builder put(int subject, String indicatorId, Period period, double value) {
      Objects.requireNonNull(indicatorId, "indicatorId");
      Objects.requireNonNull(period, "period");
      checkOpen();
      if (subject < 0 || subject >= subjectIds.size()) {
        throw new IllegalArgumentException("subject " + subject + " is outside the block's "
            + subjectIds.size() + " subjects");
      }
      return putAt(subject, indicatorId, period, value);
    }

    /**
     * Puts one value of a subject named by its id.
     *
     * @param subjectId the subject's id
     * @param indicatorId the indicator's id
     * @param period the period, or any with the same days ({@link
     *     MeasurementLayout#periodIndex(Period)})
     * @param value the value, stored as given
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the subject, indicator or period is not in the block,
     *     or the cell already has a value (the message names subject, indicator and period)
     * @throws IllegalStateException if {@link #build()} was called
     */
    public Builder put(String subjectId, String indicatorId, Period period, double value) {
      Objects.requireNonNull(subjectId, "subjectId");
      Objects.requireNonNull(indicatorId, "indicatorId");
      Objects.requireNonNull(period, "period");
      checkOpen();
      Integer subject = bySubject.get(subjectId);
      if (subject == null) {
        throw new IllegalArgumentException(
            "subject '" + UserText.quote(subjectId) + "' is not in the block");
      }
      return putAt(subject, indicatorId, period, value);
    }

    private Builder putAt(int subject, String indicatorId, Period period, double value) {
      OptionalInt indicator = layout.indicatorIndex(indicatorId);
      if (indicator.isEmpty()) {
        throw new IllegalArgumentException(
            "indicator '" + UserText.quote(indicatorId) + "' is not in the layout");
      }
      OptionalInt p = layout.periodIndex(period);
      if (p.isEmpty()) {
        throw new IllegalArgumentException("period " + period + " is not in the layout");
      }
      int i = layout.index(subject, indicator.getAsInt(), p.getAsInt());
      if (present.get(i)) {
        throw new IllegalArgumentException("subject '" + UserText.quote(subjectIds.get(subject))
            + "' already has a value of indicator '" + UserText.quote(indicatorId)
            + "' for period " + layout.periods().get(p.getAsInt()));
      }
      values[i] = value;
      present.set(i);
      return this;
    }

    private void checkOpen() {
      if (values == null) {
        throw new IllegalStateException("the builder was used: build() was called");
      }
    }

    /**
     * Builds the block: present bits for the cells put, subject ids as given. The builder cannot
     * be used afterwards.
     *
     * @return the block
     * @throws IllegalStateException if {@code build()} was called already
     */
    public MeasurementBlock build() {
      checkOpen();
      MeasurementBlock block = new MeasurementBlock(layout, values, present, subjectIds);
      values = null;
      present = null;
      return block;
    }
  }
}
