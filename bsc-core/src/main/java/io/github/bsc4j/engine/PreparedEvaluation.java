package io.github.bsc4j.engine;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.MeasurementStore;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plan prepared for one period: every indicator's target, baseline and period scale, and the
 * periods its measurements are read for, resolved once and shared by every subject scored with
 * it. This is the fast way to score many subjects: a batch over a columnar {@link
 * MeasurementBlock} allocates nothing per subject, a batch over a {@link MeasurementStore} asks
 * the store for a whole chunk of subjects at once, and any batch can be split over an {@link
 * Executor} with results identical, bit for bit, to one thread's. Obtain one from {@link
 * ScorecardEngine#prepare(CompiledScorecard, Period)}; immutable and safe to share between
 * threads.
 *
 * <pre>{@code
 * PreparedEvaluation march = engine.prepare(plan, Period.month(2026, 3));
 * MeasurementLayout layout = march.layout();           // what to put in the block
 * double[] values = new double[people * layout.valuesPerSubject()];
 * // ... fill values[layout.index(person, indicator, period)], NaN where there is none ...
 * double[] scores = new double[people];
 * BatchReport report = march.scores(MeasurementBlock.nanAsMissing(layout, values), scores);
 * }</pre>
 *
 * <p>Every path computes the same scores as {@link ScorecardEngine#evaluate(CompiledScorecard,
 * String, MeasurementSource, Period) evaluate} would for the same values: the same roll-ups,
 * carry-forward, rules and strategies, in the same order. A block holds measurements for the
 * periods of its layout only; a value for exactly the evaluated period, where the layout has
 * that column, is used before the months are rolled up, as with a source.
 */
public final class PreparedEvaluation {
  private static final Logger LOG = LoggerFactory.getLogger(PreparedEvaluation.class);

  private final CompiledScorecard plan;
  private final PreparedPeriod prepared;

  PreparedEvaluation(CompiledScorecard plan, PreparedPeriod prepared) {
    this.plan = plan;
    this.prepared = prepared;
  }

  /**
   * The plan this was prepared from.
   *
   * @return the plan
   */
  public CompiledScorecard plan() {
    return plan;
  }

  /**
   * The period this was prepared for.
   *
   * @return the period
   */
  public Period period() {
    return prepared.period;
  }

  /**
   * The period's code in the scorecard's calendar ({@code 2026-03}, {@code FY2027-Q1}).
   *
   * @return the code
   */
  public String periodCode() {
    return prepared.code;
  }

  /**
   * The period's label in the scorecard's calendar ({@code Mar 2026}).
   *
   * @return the label
   */
  public String periodLabel() {
    return prepared.label;
  }

  /**
   * The layout of the measurements this period reads: the scorecard's measured indicators in
   * definition order (derived ones are computed, not read), and the periods their values are read
   * for, oldest first: the months before the period that carry-forward may reach (when an
   * indicator carries values forward), the period itself when it is not a single month, and its
   * months. Fill a {@link MeasurementBlock} in this layout, or hand it to a {@link
   * MeasurementStore}; a block in any other layout works too, its columns matched by id and by
   * days.
   *
   * @return the layout
   * @throws IllegalStateException if the scorecard has no measured indicator (every indicator is
   *     derived from constants), so that nothing is ever read
   */
  public MeasurementLayout layout() {
    return prepared.layout();
  }

  /** Whether the scorecard has a measured indicator, so that there is a layout to fetch. */
  private boolean hasMeasured() {
    return plan.derivedOrder.length < plan.indicatorCount(); // derivedOrder holds every derived one
  }

  /**
   * Evaluates one subject, as {@link ScorecardEngine#evaluate(CompiledScorecard, String,
   * MeasurementSource, Period)} does.
   *
   * @param subjectId the subject's id, carried into the result
   * @param measurements the subject's actual values
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws InvalidSubjectException if {@code subjectId} is blank, longer than {@value
   *     ScorecardEngine#MAX_SUBJECT_ID_LENGTH} characters, or holds a control character
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws ExtensionFailureException if a rule or strategy misbehaves
   */
  public ScorecardResult evaluate(String subjectId, MeasurementSource measurements) {
    return evaluate(subjectId, measurements, EvaluationOptions.DEFAULT);
  }

  /**
   * Evaluates one subject and compares it with earlier periods, as {@link
   * ScorecardEngine#evaluate(CompiledScorecard, String, MeasurementSource, Period,
   * EvaluationOptions)} does.
   *
   * @param subjectId the subject's id, carried into the result
   * @param measurements the subject's actual values
   * @param options the comparisons to make and the policy for unknown measurements
   * @return the result
   * @throws NullPointerException if an argument is null, or the source returns null
   * @throws InvalidSubjectException if {@code subjectId} is blank, longer than {@value
   *     ScorecardEngine#MAX_SUBJECT_ID_LENGTH} characters, or holds a control character
   * @throws UnknownIndicatorException under {@code REJECT}, if the measurements hold values for
   *     ids that are not measured indicators of the scorecard
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws ExtensionFailureException if a rule or strategy misbehaves
   */
  public ScorecardResult evaluate(
      String subjectId, MeasurementSource measurements, EvaluationOptions options) {
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(options, "options");
    ScorecardEngine.checkSubject(subjectId);
    List<Problem> warnings = ScorecardEngine.unknownIndicators(
        plan, measurements.indicatorIds(), options.unknownMeasurements());
    CompiledScorecard.Evaluations working = plan.evaluations();
    try {
      return evaluate(subjectId, measurements, options, warnings, working);
    } finally {
      working.release();
    }
  }

  private ScorecardResult evaluate(String subjectId, MeasurementSource measurements,
      EvaluationOptions options, List<Problem> warnings, CompiledScorecard.Evaluations working) {
    Evaluation e = working.detailed();
    e.run(measurements, prepared, Evaluation.SINGLE);
    Period period = prepared.period;
    List<Comparison> asked = options.comparisons().isEmpty()
        ? List.of(Comparison.defaultFor(period)) : options.comparisons();
    List<Evaluation.Compared> compared = new ArrayList<>(asked.size());
    Map<Period, Evaluation> evaluated = new HashMap<>();
    for (Comparison c : asked) {
      Period then = ScorecardEngine.comparedPeriod(plan, period, c);
      if (then == null) {
        continue;
      }
      PreparedPeriod earlierPeriod = plan.prepared(then);
      Evaluation earlier = evaluated.get(then);
      if (earlier == null) {
        earlier = working.compared(evaluated.size()); // scores only: no tree, no contributions
        earlier.run(measurements, earlierPeriod, Evaluation.SINGLE);
        evaluated.put(then, earlier);
      }
      compared.add(new Evaluation.Compared(
          new ComparedPeriod(c, then, earlierPeriod.code, earlierPeriod.label), earlier));
    }
    ScorecardResult result =
        new ScorecardResult(
            plan.scorecard.id(),
            subjectId,
            period,
            plan.calendar,
            prepared.code,
            prepared.label,
            e.tree(compared, plan.scorecard.defaults().trendTolerance()),
            compared.stream().map(Evaluation.Compared::period).toList(),
            warnings);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "evaluated scorecard '{}' for {}: score {}, {}",
          plan.scorecard.id(),
          period,
          ScorecardEngine.plain(result.root().score()),
          result.root().status());
    }
    return result;
  }

  /**
   * Scores every subject of a block, as {@link #scores(MeasurementBlock, double[],
   * BatchOptions)} does with the {@linkplain BatchOptions#DEFAULT default options} (on the
   * calling thread).
   *
   * @param block the subjects' measurements
   * @param out receives subject {@code s}'s scorecard score at index {@code s}, NaN where it has
   *     no data or failed
   * @return which subjects failed, and why, and the block's unknown ids
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code out} is shorter than the block's subjects
   */
  public BatchReport scores(MeasurementBlock block, double[] out) {
    return scores(block, out, BatchOptions.DEFAULT);
  }

  /**
   * Scores every subject of a columnar block without building result trees, writing subject
   * {@code s}'s scorecard score into {@code out[s]} (NaN where the scorecard has no data). Nothing
   * is allocated per subject on the calling thread: values are read in place, and the built-in
   * rules and strategies run on arrays. The block's indicators and periods are matched to the
   * plan's by id and by days, once per batch; indicators the block lacks have no data.
   *
   * <p>Everything about the batch's shape is checked before any subject is scored: {@code out}'s
   * length and, under {@link EvaluationOptions.UnknownMeasurements#REJECT}, ids in the block's
   * layout that are not measured indicators of the scorecard (under {@code WARN} they are listed
   * once in {@link BatchReport#commonWarnings()}). One subject never aborts the batch: a present
   * value that is NaN or infinite fails that subject with an {@link
   * io.github.bsc4j.data.InvalidMeasurementException} naming subject, indicator and period, as
   * does a failing rule or strategy with an {@link ExtensionFailureException}; its score is NaN
   * and the report lists it.
   *
   * @param block the subjects' measurements
   * @param out receives subject {@code s}'s score at index {@code s}
   * @param options the executor and chunk size, and the policy for unknown ids
   * @return which subjects failed, and why, and the block's unknown ids
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code out} is shorter than the block's subjects
   * @throws UnknownIndicatorException under {@code REJECT}, if the layout has unknown ids
   */
  public BatchReport scores(MeasurementBlock block, double[] out, BatchOptions options) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    int n = block.subjectCount();
    checkOut(out, n);
    List<Problem> common = ScorecardEngine.unknownIndicators(
        plan, Set.copyOf(block.layout().indicatorIds()), options.unknownMeasurements());
    Evaluation.Binding binding = new Evaluation.Binding(plan, prepared, block);
    BatchReport report = run(n, options, common, (from, to, collector) -> {
      ChunkScorer scorer = prepared.scorer();
      try {
        scorer.score(block, binding, from, to, out, from, collector);
      } finally {
        prepared.release(scorer);
      }
    });
    log(n, report);
    return report;
  }

  /**
   * Scores many subjects, one measurement source each, as {@link #scores(List, double[],
   * BatchOptions)} does with the {@linkplain BatchOptions#DEFAULT default options}.
   *
   * @param subjects one measurement source per subject
   * @param out receives subject {@code s}'s score at index {@code s}
   * @return which subjects failed, and why, and which had warnings
   * @throws NullPointerException if an argument or a subject is null (checked before any subject
   *     is scored)
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjects}
   */
  public BatchReport scores(List<? extends MeasurementSource> subjects, double[] out) {
    return scores(subjects, out, BatchOptions.DEFAULT);
  }

  /**
   * Scores many subjects, one measurement source each, without building result trees: writes
   * each subject's scorecard score into {@code out}, NaN where the scorecard has no data. Failures
   * are per subject, as in {@link #scores(MeasurementBlock, double[], BatchOptions)}; measurements
   * for ids that are not measured indicators are reported per subject in {@link
   * BatchReport#warnings()} (or fail the subject under {@code REJECT}). Exceptions that are not
   * the library's (thrown by an application's source, such as a lost database connection) and
   * {@link VirtualMachineError}s stop the batch and pass through; with an executor, the one of
   * the earliest chunk does, after every chunk has finished.
   *
   * @param subjects one measurement source per subject
   * @param out receives subject {@code s}'s score at index {@code s}
   * @param options the executor and chunk size, and the policy for unknown ids
   * @return which subjects failed, and why, and which had warnings
   * @throws NullPointerException if an argument or a subject is null (checked before any subject
   *     is scored)
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjects}
   */
  public BatchReport scores(
      List<? extends MeasurementSource> subjects, double[] out, BatchOptions options) {
    Objects.requireNonNull(subjects, "subjects");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    MeasurementSource[] sources = new MeasurementSource[subjects.size()];
    for (int s = 0; s < sources.length; s++) {
      sources[s] = Objects.requireNonNull(subjects.get(s), "subject " + s);
    }
    int n = sources.length;
    checkOut(out, n);
    BatchReport report = run(n, options, List.of(), (from, to, collector) -> {
      if (!hasMeasured()) { // nothing to fetch: every subject scores as evaluate would
        Evaluation e = new Evaluation(plan, false);
        for (int s = from; s < to; s++) {
          try {
            List<Problem> warnings = ScorecardEngine.unknownIndicators(
                plan, sources[s].indicatorIds(), options.unknownMeasurements());
            e.run(sources[s], prepared, s);
            out[s] = e.score(0);
            collector.warn(s, warnings);
          } catch (BscException failure) {
            out[s] = Double.NaN;
            collector.add(s, failure);
          }
        }
        return;
      }
      ChunkScorer scorer = prepared.scorer();
      try {
        scorer.score(sources, from, to, out, options.unknownMeasurements(), collector);
      } finally {
        prepared.release(scorer);
      }
    });
    log(n, report);
    return report;
  }

  /**
   * Scores many subjects read from a store, as {@link #scores(MeasurementStore, List, double[],
   * BatchOptions)} does with the {@linkplain BatchOptions#DEFAULT default options}.
   *
   * @param store the measurements of every subject
   * @param subjectIds the subjects to score
   * @param out receives the score of {@code subjectIds.get(s)} at index {@code s}
   * @return which subjects failed, and why, and the store's unknown ids
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjectIds}
   * @throws InvalidSubjectException if an id breaks the subject-id rule
   */
  public BatchReport scores(MeasurementStore store, List<String> subjectIds, double[] out) {
    return scores(store, subjectIds, out, BatchOptions.DEFAULT);
  }

  /**
   * Scores many subjects read from a store in chunks: for each chunk of {@link
   * BatchOptions#chunkSize()} subjects the store's {@link MeasurementStore#fetch bulk fetch} is
   * called once, for this period's {@link #layout()}, so that a store over a database makes one
   * query per chunk instead of one per subject, indicator and period; the block it returns is
   * then scored as {@link #scores(MeasurementBlock, double[], BatchOptions)} scores one. With an
   * executor, chunks are fetched and scored on its threads.
   *
   * <p>The ids are checked before anything is fetched. The store's {@link
   * MeasurementStore#indicatorIds()} that are not measured indicators are listed once in {@link
   * BatchReport#commonWarnings()} (or rejected before any fetch under {@code REJECT}). A value
   * that is NaN or infinite fails its subject only. An exception the store throws, and a block
   * that is not what was asked for (another layout, other subjects), stop the batch.
   *
   * @param store the measurements of every subject
   * @param subjectIds the subjects to score
   * @param out receives the score of {@code subjectIds.get(s)} at index {@code s}
   * @param options the executor and chunk size, and the policy for unknown ids
   * @return which subjects failed, and why, and the store's unknown ids
   * @throws NullPointerException if an argument or an id is null, or the store returns null
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjectIds}
   * @throws InvalidSubjectException if an id breaks the subject-id rule
   * @throws IllegalStateException if the store returns a block of another layout or of other
   *     subjects than it was asked for
   * @throws UnknownIndicatorException under {@code REJECT}, if the store lists unknown ids
   */
  public BatchReport scores(
      MeasurementStore store, List<String> subjectIds, double[] out, BatchOptions options) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(subjectIds, "subjectIds");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    List<String> ids = List.copyOf(subjectIds); // null-hostile, and safe from later changes
    for (String id : ids) {
      ScorecardEngine.checkSubject(id);
    }
    int n = ids.size();
    checkOut(out, n);
    Set<String> listed = store.indicatorIds();
    if (listed == null) {
      throw new NullPointerException(
          "measurement store returned null from indicatorIds(); return an empty set");
    }
    List<Problem> common =
        ScorecardEngine.unknownIndicators(plan, listed, options.unknownMeasurements());
    boolean measured = hasMeasured();
    MeasurementLayout asked = n == 0 || !measured ? null : layout();
    BatchReport report = run(n, options, common, (from, to, collector) -> {
      if (!measured) { // nothing to fetch: every subject scores as evaluate would without data
        Evaluation e = new Evaluation(plan, false);
        for (int s = from; s < to; s++) {
          try {
            e.run(MeasurementSource.EMPTY, prepared, s);
            out[s] = e.score(0);
          } catch (BscException failure) {
            out[s] = Double.NaN;
            collector.add(s, failure);
          }
        }
        return;
      }
      for (int c = from; c < to; c += options.chunkSize()) {
        int end = Math.min(to, c + options.chunkSize());
        List<String> chunk = ids.subList(c, end);
        MeasurementBlock block = store.fetch(chunk, asked);
        check(block, asked, chunk);
        Evaluation.Binding binding = new Evaluation.Binding(plan, prepared, block);
        ChunkScorer scorer = prepared.scorer();
        try {
          scorer.score(block, binding, 0, chunk.size(), out, c, collector);
        } finally {
          prepared.release(scorer);
        }
      }
    });
    log(n, report);
    return report;
  }

  /** A store's block must be the one asked for: the layout, and the subjects in order. */
  private static void check(MeasurementBlock block, MeasurementLayout asked, List<String> ids) {
    if (block == null) {
      throw new NullPointerException("measurement store returned null from fetch()");
    }
    if (!block.layout().equals(asked)) {
      throw new IllegalStateException("measurement store returned a block of layout "
          + block.layout() + " when asked for " + asked);
    }
    if (block.subjectCount() != ids.size()
        || (block.subjectIds().isPresent() && !block.subjectIds().get().equals(ids))) {
      throw new IllegalStateException("measurement store returned a block of "
          + block.subjectCount() + " subjects" + (block.subjectIds().isPresent()
              ? " " + abbreviate(block.subjectIds().get()) : "")
          + " when asked for " + ids.size() + " subjects " + abbreviate(ids));
    }
  }

  private static String abbreviate(List<String> ids) {
    return ids.size() <= 3 ? ids.toString()
        : "[" + ids.get(0) + ", " + ids.get(1) + ", ... " + ids.get(ids.size() - 1) + "]";
  }

  private static void checkOut(double[] out, int subjects) {
    if (out.length < subjects) {
      throw new IllegalArgumentException(
          "out has room for " + out.length + " scores, " + subjects + " subjects given");
    }
  }

  private void log(int n, BatchReport report) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("scored {} subjects on scorecard '{}' for {}; {} failed", n,
          plan.scorecard.id(), prepared.code, report.failureCount());
    }
  }

  /** Scores the subjects {@code [from, to)}, into a collector. */
  @FunctionalInterface
  private interface Chunk {
    void score(int from, int to, BatchReport.Collector collector);
  }

  /**
   * Runs a batch: on the calling thread, or in chunks of the options' size on their executor,
   * each chunk with its own collector (and its thread's own working memory), merged in order. Each
   * subject's score depends on its own values alone, so the split changes no bit.
   */
  private BatchReport run(int n, BatchOptions options, List<Problem> common, Chunk chunk) {
    BatchReport.Collector all = new BatchReport.Collector(n);
    all.common(common);
    int size = options.chunkSize();
    if (options.executor().isEmpty() || n <= size) {
      chunk.score(0, n, all);
      return all.report();
    }
    Executor executor = options.executor().get();
    List<CompletableFuture<BatchReport.Collector>> parts = new ArrayList<>();
    RuntimeException refused = null;
    try {
      for (int from = 0; from < n; from += size) {
        int start = from;
        int end = Math.min(n, from + size);
        parts.add(CompletableFuture.supplyAsync(() -> {
          BatchReport.Collector c = new BatchReport.Collector(n);
          chunk.score(start, end, c);
          return c;
        }, executor));
      }
    } catch (RuntimeException e) {
      // The executor refused a chunk: the batch fails with its exception, but only once the
      // chunks it accepted have finished, so that none writes to out after the batch has ended.
      refused = e;
    }
    RuntimeException firstFailure = refused;
    Error firstError = null;
    for (CompletableFuture<BatchReport.Collector> part : parts) {
      try {
        all.addAll(part.join());
      } catch (CompletionException | java.util.concurrent.CancellationException failed) {
        Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
        if (cause instanceof Error error && firstError == null) {
          firstError = error;
        } else if (cause instanceof RuntimeException runtime && firstFailure == null) {
          firstFailure = runtime;
        } else if (firstFailure == null && !(cause instanceof Error)) {
          firstFailure = new IllegalStateException("a chunk of the batch failed", cause);
        }
      }
    }
    if (firstError != null) {
      throw firstError;
    }
    if (firstFailure != null) {
      throw firstFailure;
    }
    return all.report();
  }

  /**
   * Summarises this prepared evaluation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PreparedEvaluation[" + plan.scorecard.id() + ", " + prepared.code + "]";
  }
}
