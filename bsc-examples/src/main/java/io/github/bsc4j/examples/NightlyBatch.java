package io.github.bsc4j.examples;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.BatchOptions;
import io.github.bsc4j.engine.BatchReport;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.PreparedEvaluation;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.Scorecard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The README's batch: an HR system's nightly run scoring a whole sales force on the individual
 * scorecard of {@link SalesOrganisation} for one period, from a columnar block, on a pool of
 * threads. The workforce is the organisation's thirteen salespeople repeated, each copy's values
 * scaled a little, so that every score differs; one person's file holds a value that is not a
 * number, as a bad import would leave it.
 */
public final class NightlyBatch {
  private NightlyBatch() {}

  /** A scored workforce: the ids, the block they were scored from, the scores and the report. */
  record Run(List<String> ids, MeasurementBlock block, double[] scores, BatchReport report) {}

  /**
   * Scores {@code people} salespeople for {@code period}.
   *
   * @param people how many (at least 13)
   * @param period the period
   * @param threads how many threads to split the batch over
   * @return the run
   */
  static Run run(int people, Period period, int threads) {
    ScorecardEngine engine = ScorecardEngine.create();
    CompiledScorecard plan = engine.compile(SalesOrganisation.individual());
    List<String> ids = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // tag::batch[]
      PreparedEvaluation prepared = engine.prepare(plan, period);
      MeasurementLayout layout = prepared.layout();    // measured indicators x periods to read
      double[] values = new double[people * layout.valuesPerSubject()];
      BitSet present = new BitSet(values.length);      // or NaN for missing: nanAsMissing
      fill(layout, values, present, ids);              // the application's own data
      MeasurementBlock block = MeasurementBlock.of(layout, values, present).withSubjectIds(ids);
      double[] scores = new double[people];
      BatchReport report = prepared.scores(block, scores,
          BatchOptions.DEFAULT.withExecutor(pool));    // the same bits as one thread
      // end::batch[]
      return new Run(ids, block, scores, report);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Fills the block: person {@code s} is copy {@code s / 13} of salesperson {@code s % 13}, each
   * value scaled by {@code 1 + 0.001 * (s / 13)}; person 20's first revenue value is NaN.
   */
  private static void fill(MeasurementLayout layout, double[] values, BitSet present,
      List<String> ids) {
    List<Map.Entry<String, Measurements>> sellers =
        new ArrayList<>(SalesOrganisation.people().entrySet());
    int people = values.length / layout.valuesPerSubject();
    double[] row = new double[layout.valuesPerSubject()];
    BitSet rowPresent = new BitSet(row.length);
    for (int s = 0; s < people; s++) {
      Map.Entry<String, Measurements> seller = sellers.get(s % sellers.size());
      ids.add(seller.getKey() + "-" + (s / sellers.size()));
      Arrays.fill(row, 0.0);
      rowPresent.clear();
      seller.getValue().fetch(layout, row, 0, rowPresent);   // one call for the whole row
      double factor = 1 + 0.001 * (s / sellers.size());
      int at = s * row.length;
      for (int i = rowPresent.nextSetBit(0); i >= 0; i = rowPresent.nextSetBit(i + 1)) {
        values[at + i] = row[i] * factor;
        present.set(at + i);
      }
      if (s == 20) {
        int first = present.nextSetBit(at);
        values[first] = Double.NaN;   // a bad import: refused for this person alone
      }
    }
  }

  /**
   * Scores 100,000 salespeople for the year to date through September on 2 threads and prints a
   * summary.
   *
   * @param args none
   */
  public static void main(String[] args) {
    int people = 100_000;
    long start = System.nanoTime();
    Run run = run(people, SalesOrganisation.YTD_SEPTEMBER, 2);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.print(summary(run));
    System.out.println("Time (set-up, data and scoring; JMH measures the scoring alone): "
        + millis + " ms");
  }

  /**
   * The summary a nightly job would log: how many were scored, how the scores spread, who failed.
   *
   * @param run the run
   * @return the text
   */
  static String summary(Run run) {
    double[] s = run.scores();
    int scored = 0;
    int[] bands = new int[4];
    for (double x : s) {
      if (!Double.isNaN(x)) {
        scored++;
        bands[x >= 0.9 ? 3 : x >= 0.7 ? 2 : x >= 0.5 ? 1 : 0]++;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("Scored %,d of %,d salespeople for %s%n", scored, s.length,
        SalesOrganisation.YTD_SEPTEMBER));
    out.append(String.format("  score >= 0.9: %,d   0.7-0.9: %,d   0.5-0.7: %,d   < 0.5: %,d%n",
        bands[3], bands[2], bands[1], bands[0]));
    for (BatchReport.SubjectFailure f : run.report().failures()) {
      out.append("  not scored: ").append(run.ids().get(f.subject())).append(": ")
          .append(f.error().getMessage()).append(System.lineSeparator());
    }
    return out.toString();
  }
}
