package io.github.bsc4j.engine;

import static io.github.bsc4j.model.Serialisation.read;
import static io.github.bsc4j.model.Serialisation.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.MeasurementBlock;
import io.github.bsc4j.data.MeasurementLayout;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Scorecard;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The pattern of docs/distributed.md, without Spark: a job that captures the scorecard and the
 * period (as a {@code mapPartitions} closure does) is serialised, read back as a worker would
 * read it, compiles the scorecard once per worker, scores a partition of subjects with {@link
 * ScorecardEngine#scores}, and gets bit for bit the scores one machine computes.
 */
class DistributedShippingTest {
  static final Period MARCH = WorkedExample.MARCH;

  /** One subject's input as a data source delivers it on a worker: id and values by indicator. */
  record Row(String subject, Map<String, Double> values) implements Serializable {}

  /**
   * What a worker holds once per JVM (an executor): one engine, and each scorecard compiled once,
   * keyed by the definition (equal definitions shipped by different tasks share one plan).
   */
  static final class Worker {
    final ScorecardEngine engine = ScorecardEngine.create();
    final Map<Scorecard, CompiledScorecard> plans = new ConcurrentHashMap<>();
    int compiled;

    CompiledScorecard plan(Scorecard scorecard) {
      return plans.computeIfAbsent(scorecard, s -> {
        compiled++;
        return engine.compile(s);
      });
    }
  }

  /** The closure: the definition and the period, nothing compiled, no engine. */
  record ScoringJob(Scorecard scorecard, Period period) implements Serializable {
    /** What {@code mapPartitions} runs on a worker: scores the partition's rows. */
    double[] scorePartition(Worker worker, List<Row> partition) {
      CompiledScorecard plan = worker.plan(scorecard);
      List<MeasurementSource> sources = new ArrayList<>(partition.size());
      for (Row row : partition) {
        sources.add(Measurements.of(period, row.values()));
      }
      double[] out = new double[partition.size()];
      BatchReport report = worker.engine.scores(plan, sources, period, out);
      assertEquals(0, report.failureCount(), report::toString);
      return out;
    }
  }

  /**
   * The closure of docs/distributed.md's sketch: the definition and the period; the worker
   * prepares the period and scores the partition as a block in the prepared layout, its subjects
   * named.
   */
  record BlockJob(Scorecard scorecard, Period period) implements Serializable {
    double[] scorePartition(Worker worker, List<Row> partition) {
      PreparedEvaluation prepared = worker.engine.prepare(worker.plan(scorecard), period);
      MeasurementLayout layout = prepared.layout();
      double[] values = new double[partition.size() * layout.valuesPerSubject()];
      List<String> subjects = new ArrayList<>();
      int at = 0;
      for (Row row : partition) {
        subjects.add(row.subject());
        for (String id : layout.indicatorIds()) {
          for (int p = 0; p < layout.periodCount(); p++) {
            Double v = row.values().get(id);
            values[at++] = v == null ? Double.NaN : v;
          }
        }
      }
      double[] out = new double[partition.size()];
      BatchReport report = prepared.scores(
          MeasurementBlock.nanAsMissing(layout, values).withSubjectIds(subjects), out);
      assertEquals(0, report.failureCount(), report::toString);
      return out;
    }
  }

  @Test
  void aShippedBlockJobScoresAPartitionBitForBitAsOneMachineDoes() throws Exception {
    List<Row> rows = partition(0, 12);
    double[] expected = locally(WorkedExample.scorecard(), rows);
    BlockJob arrived = (BlockJob) read(write(new BlockJob(WorkedExample.scorecard(), MARCH)));
    assertEquals(List.of(MARCH), ScorecardEngine.create()
        .prepare(ScorecardEngine.create().compile(arrived.scorecard()), MARCH)
        .layout().periods(), "a month without carry-forward reads the month alone");
    double[] got = arrived.scorePartition(new Worker(), rows);
    for (int s = 0; s < rows.size(); s++) {
      assertEquals(Double.doubleToRawLongBits(expected[s]), Double.doubleToRawLongBits(got[s]),
          "subject " + s);
    }
  }

  @Test
  void aLayoutShippedWithTheJobArrivesEqual() throws Exception {
    MeasurementLayout layout = ScorecardEngine.create()
        .prepare(ScorecardEngine.create().compile(WorkedExample.scorecard()),
            Period.quarter(2026, 1))
        .layout();
    assertEquals(layout, read(write(layout)));
  }

  /** March's values of the worked example scaled per subject; subject 3 lacks three of them. */
  static List<Row> partition(int from, int count) {
    Map<String, Double> march = marchValues();
    List<Row> rows = new ArrayList<>();
    for (int s = from; s < from + count; s++) {
      Map<String, Double> values = new LinkedHashMap<>();
      double factor = 0.8 + 0.07 * s;
      march.forEach((id, v) -> values.put(id, v * factor));
      if (s == 3) {
        values.remove("sales-revenue");
        values.remove("return-rate");
        values.remove("training-hours");
      }
      rows.add(new Row("subject-" + s, Map.copyOf(values)));
    }
    return rows;
  }

  /** The same partition scored on one machine, nothing shipped. */
  static double[] locally(Scorecard card, List<Row> rows) {
    ScorecardEngine engine = ScorecardEngine.create();
    List<MeasurementSource> sources = new ArrayList<>();
    for (Row row : rows) {
      sources.add(Measurements.of(MARCH, row.values()));
    }
    double[] out = new double[rows.size()];
    engine.scores(engine.compile(card), sources, MARCH, out);
    return out;
  }

  @Test
  void aShippedJobScoresAPartitionBitForBitAsOneMachineDoes() throws Exception {
    Scorecard card = WorkedExample.scorecard();
    List<Row> rows = partition(0, 8);
    double[] expected = locally(card, rows);

    byte[] shipped = write(new ScoringJob(card, MARCH));
    ScoringJob onWorker = (ScoringJob) read(shipped);
    assertNotSame(card, onWorker.scorecard());
    assertEquals(card, onWorker.scorecard());
    assertEquals(MARCH, onWorker.period());

    double[] actual = onWorker.scorePartition(new Worker(), rows);
    assertEquals(expected.length, actual.length);
    for (int s = 0; s < expected.length; s++) {
      assertEquals(Double.doubleToRawLongBits(expected[s]), Double.doubleToRawLongBits(actual[s]),
          "subject " + s + ": " + expected[s] + " here, " + actual[s] + " on the worker");
      assertTrue(actual[s] > 0 && actual[s] < 2, "subject " + s + " scored " + actual[s]);
    }
    // The worked example's March, scored with evaluate(): the batch agrees with it too.
    double march = ScorecardEngine.create().evaluate(ScorecardEngine.create().compile(card),
        "team", WorkedExample.march(), MARCH).score().getAsDouble();
    double[] one =
        onWorker.scorePartition(new Worker(), List.of(new Row("team", marchValues())));
    assertEquals(Double.doubleToRawLongBits(march), Double.doubleToRawLongBits(one[0]));
  }

  /** The worked example's March as a row's values. */
  static Map<String, Double> marchValues() {
    Measurements m = WorkedExample.march();
    Map<String, Double> values = new LinkedHashMap<>();
    for (String id : m.indicatorIds()) {
      values.put(id, m.value(id, MARCH).orElseThrow());
    }
    return values;
  }

  @Test
  void eachWorkerCompilesTheDefinitionOnceWhateverTheNumberOfTasks() throws Exception {
    byte[] shipped = write(new ScoringJob(WorkedExample.scorecard(), MARCH));
    Worker worker = new Worker();
    ScoringJob first = (ScoringJob) read(shipped);
    ScoringJob second = (ScoringJob) read(shipped);
    assertNotSame(first.scorecard(), second.scorecard());
    double[] a = first.scorePartition(worker, partition(0, 4));
    double[] b = second.scorePartition(worker, partition(4, 4));
    assertEquals(1, worker.compiled);
    assertSame(worker.plan(first.scorecard()), worker.plan(second.scorecard()));
    double[] expected = locally(WorkedExample.scorecard(), partition(0, 8));
    for (int s = 0; s < 8; s++) {
      double got = s < 4 ? a[s] : b[s - 4];
      assertEquals(Double.doubleToRawLongBits(expected[s]), Double.doubleToRawLongBits(got),
          "subject " + s);
    }
  }

  @Test
  void theEngineItsPlansAndItsResultsStayOnTheWorker() throws IOException {
    // docs/distributed.md: ship the definition, never what is compiled or computed from it
    for (Class<?> type : List.of(ScorecardEngine.class, CompiledScorecard.class,
        PreparedEvaluation.class, ScorecardResult.class, NodeResult.class, BatchReport.class)) {
      assertFalse(Serializable.class.isAssignableFrom(type), type.getName());
    }
  }
}
