package io.github.bsc4j.engine;

import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What went wrong in a batch scored with {@link ScorecardEngine#scores}: the subjects whose
 * evaluation threw one of the library's exceptions, each with that exception. Their scores are
 * NaN, like those of subjects without data, and this report tells the two apart. It also lists
 * the subjects that were scored with warnings (measurements for indicators the scorecard does
 * not have). Immutable.
 *
 * <p>Every failed subject's index is kept; the exceptions themselves are kept for the first
 * {@value #MAX_KEPT_ERRORS} failed subjects only, so that a million subjects failing alike (a
 * broken extension) do not hold a million stack traces.
 */
public final class BatchReport {
  /** The most failures whose exception a report keeps; every failed index is kept regardless. */
  public static final int MAX_KEPT_ERRORS = 1_000;

  private final int subjectCount;
  private final int[] failed;
  private final List<SubjectFailure> failures;
  private final List<SubjectWarnings> warnings;
  private final List<Problem> commonWarnings;

  private BatchReport(int subjectCount, int[] failed, List<SubjectFailure> failures,
      List<SubjectWarnings> warnings, List<Problem> commonWarnings) {
    this.subjectCount = subjectCount;
    this.failed = failed;
    this.failures = List.copyOf(failures);
    this.warnings = List.copyOf(warnings);
    this.commonWarnings = List.copyOf(commonWarnings);
  }

  /**
   * One subject scored with warnings.
   *
   * @param subject the subject's index in the batch, from 0
   * @param warnings the warnings, such as one {@link
   *     io.github.bsc4j.model.ProblemCode#UNKNOWN_INDICATOR} per unknown id (unmodifiable, not
   *     empty)
   */
  public record SubjectWarnings(int subject, List<Problem> warnings) {
    /**
     * Creates the warnings of one subject.
     *
     * @param subject the subject's index
     * @param warnings the warnings
     * @throws NullPointerException if {@code warnings} or an element is null
     * @throws IllegalArgumentException if {@code subject} is negative or {@code warnings} empty
     */
    public SubjectWarnings {
      warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
      if (subject < 0) {
        throw new IllegalArgumentException("subject index must not be negative, was " + subject);
      }
      if (warnings.isEmpty()) {
        throw new IllegalArgumentException("warnings must not be empty");
      }
    }
  }

  /**
   * One subject the batch could not score.
   *
   * @param subject the subject's index in the batch, from 0
   * @param error why: an {@link io.github.bsc4j.data.InvalidMeasurementException}, an {@link
   *     ExtensionFailureException} or another of the library's exceptions
   */
  public record SubjectFailure(int subject, BscException error) {
    /**
     * Creates a failure.
     *
     * @param subject the subject's index
     * @param error the exception
     * @throws NullPointerException if {@code error} is null
     * @throws IllegalArgumentException if {@code subject} is negative
     */
    public SubjectFailure {
      Objects.requireNonNull(error, "error");
      if (subject < 0) {
        throw new IllegalArgumentException("subject index must not be negative, was " + subject);
      }
    }
  }

  /**
   * How many subjects the batch had.
   *
   * @return the batch size
   */
  public int subjectCount() {
    return subjectCount;
  }

  /**
   * How many subjects failed.
   *
   * @return the count, 0 when all were scored
   */
  public int failureCount() {
    return failed.length;
  }

  /**
   * Tells whether any subject failed.
   *
   * @return true if at least one did
   */
  public boolean hasFailures() {
    return failed.length > 0;
  }

  /**
   * The failures, by subject index: all of them, or the first {@value #MAX_KEPT_ERRORS} when
   * more subjects failed (see {@link #failedSubjects()} for every index).
   *
   * @return an unmodifiable list
   */
  public List<SubjectFailure> failures() {
    return failures;
  }

  /**
   * The subjects scored with warnings, by subject index: the first {@value #MAX_KEPT_ERRORS} of
   * them.
   *
   * @return an unmodifiable list
   */
  public List<SubjectWarnings> warnings() {
    return warnings;
  }

  /**
   * The warnings that concern every subject of the batch alike, reported once: the ids of a
   * {@link io.github.bsc4j.data.MeasurementBlock}'s layout or of a {@link
   * io.github.bsc4j.data.MeasurementStore} that are not measured indicators of the scorecard,
   * whose values are not used.
   *
   * @return the warnings (unmodifiable; empty when there are none)
   */
  public List<Problem> commonWarnings() {
    return commonWarnings;
  }

  /**
   * The warnings of one subject.
   *
   * @param subject the subject's index
   * @return its warnings; empty if it had none, failed, or came after the first {@value
   *     #MAX_KEPT_ERRORS} subjects with warnings
   */
  public List<Problem> warnings(int subject) {
    for (SubjectWarnings w : warnings) {
      if (w.subject() == subject) {
        return w.warnings();
      }
    }
    return List.of();
  }

  /**
   * The index of every failed subject, ascending.
   *
   * @return a new array
   */
  public int[] failedSubjects() {
    return failed.clone();
  }

  /**
   * Tells whether a subject failed (rather than being scored, with or without data).
   *
   * @param subject the subject's index
   * @return true if it failed
   */
  public boolean failed(int subject) {
    return Arrays.binarySearch(failed, subject) >= 0;
  }

  /**
   * Why a subject failed.
   *
   * @param subject the subject's index
   * @return the exception; empty if the subject did not fail, or failed after the first {@value
   *     #MAX_KEPT_ERRORS} failures
   */
  public Optional<BscException> failure(int subject) {
    int i = Arrays.binarySearch(failed, subject);
    return i >= 0 && i < failures.size() ? Optional.of(failures.get(i).error()) : Optional.empty();
  }

  /**
   * Summarises the report: the counts and the first failure.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "BatchReport["
        + failed.length
        + " of "
        + subjectCount
        + " subjects failed"
        + (warnings.isEmpty() ? "" : ", " + warnings.size() + " with warnings")
        + (commonWarnings.isEmpty() ? "" : ", " + commonWarnings.size() + " common warnings")
        + (failures.isEmpty()
            ? ""
            : "; first: subject " + failures.get(0).subject() + ": "
                + failures.get(0).error().getMessage())
        + "]";
  }

  /** Collects failures in subject order while a batch runs. */
  static final class Collector {
    private final int subjectCount;
    private int[] failed = new int[0];
    private int count;
    private final List<SubjectFailure> kept = new ArrayList<>();
    private final List<SubjectWarnings> warned = new ArrayList<>();
    private List<Problem> common = List.of();

    Collector(int subjectCount) {
      this.subjectCount = subjectCount;
    }

    /** The warnings that concern every subject (a block's or a store's unknown ids). */
    void common(List<Problem> warnings) {
      this.common = warnings;
    }

    /** Adds what a collector of a later chunk of the same batch collected, in order. */
    void addAll(Collector chunk) {
      for (int i = 0; i < chunk.count; i++) {
        int subject = chunk.failed[i];
        if (count == failed.length) {
          failed = Arrays.copyOf(failed, Math.max(8, count * 2));
        }
        failed[count++] = subject;
      }
      for (SubjectFailure f : chunk.kept) {
        if (kept.size() < MAX_KEPT_ERRORS) {
          kept.add(f);
        }
      }
      for (SubjectWarnings w : chunk.warned) {
        if (warned.size() < MAX_KEPT_ERRORS) {
          warned.add(w);
        }
      }
    }

    void add(int subject, BscException error) {
      if (count == failed.length) {
        failed = Arrays.copyOf(failed, Math.max(8, count * 2));
      }
      failed[count++] = subject;
      if (kept.size() < MAX_KEPT_ERRORS) {
        kept.add(new SubjectFailure(subject, error));
      }
    }

    void warn(int subject, List<Problem> warnings) {
      if (!warnings.isEmpty() && warned.size() < MAX_KEPT_ERRORS) {
        warned.add(new SubjectWarnings(subject, warnings));
      }
    }

    BatchReport report() {
      return new BatchReport(subjectCount, Arrays.copyOf(failed, count), kept, warned, common);
    }
  }
}
