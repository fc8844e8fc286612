package io.github.bsc4j.engine;

import static io.github.bsc4j.engine.RichScorecards.PERIODS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Scorecard;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate} reuses each thread's working memory between evaluations of a plan: nothing of
 * one evaluation may show in a result made earlier or in the next subject's, and a source that
 * evaluates another subject with the same plan from inside {@code value} (re-entrant use on one
 * thread) gets correct results for both.
 */
class EvaluationReuseTest {
  static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233};

  /** The result of a plan no one has used: compiled afresh by a new engine. */
  static ScorecardResult fresh(Scorecard card, String subject, MeasurementSource m, Period p) {
    ScorecardEngine engine = ScorecardEngine.create();
    return engine.evaluate(engine.compile(card), subject, m, p);
  }

  @Test
  void aResultIsUnchangedByTheNextEvaluationsAndEqualsAFreshEnginesOne() {
    ScorecardEngine engine = ScorecardEngine.create();
    for (long seed : SEEDS) {
      Scorecard card = RichScorecards.card(seed, "");
      CompiledScorecard plan = engine.compile(card);
      for (Period period : PERIODS) {
        Random r = new Random(seed * 7 + period.hashCode());
        // Subjects missing more or less of their data, some all of it.
        RichScorecards.Data data =
            RichScorecards.data(r, RichScorecards.measuredIds(card), period, 4);
        ScorecardResult[] results = new ScorecardResult[4];
        String[] before = new String[4];
        for (int s = 0; s < 4; s++) {
          results[s] = engine.evaluate(plan, "s" + s, data.measurements(s), period);
          before[s] = results[s].toString();
        }
        for (int s = 0; s < 4; s++) {
          String where = "card " + seed + ", subject " + s + " in " + period;
          assertEquals(before[s], results[s].toString(), where + ": changed by later ones");
          assertEquals(fresh(card, "s" + s, data.measurements(s), period), results[s], where);
        }
        // And again, in the other order, on the same thread's kept working memory.
        for (int s = 3; s >= 0; s--) {
          assertEquals(results[s], engine.evaluate(plan, "s" + s, data.measurements(s), period),
              "card " + seed + ", subject " + s + " again in " + period);
        }
      }
    }
  }

  @Test
  void aSourceEvaluatingAnotherSubjectFromInsideValueGetsBothResultsRight() {
    ScorecardEngine engine = ScorecardEngine.create();
    for (long seed : SEEDS) {
      Scorecard card = RichScorecards.card(seed, "");
      CompiledScorecard plan = engine.compile(card);
      for (Period period : PERIODS) {
        Random r = new Random(seed * 11 + period.hashCode());
        RichScorecards.Data data =
            RichScorecards.data(r, RichScorecards.measuredIds(card), period, 2);
        Measurements outer = data.measurements(0);
        Measurements inner = data.measurements(1);
        int when = r.nextInt(4); // which call of value evaluates the other subject
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<ScorecardResult> innerResult = new AtomicReference<>();
        MeasurementSource reentrant = new MeasurementSource() {
          @Override
          public OptionalDouble value(String indicatorId, Period p) {
            if (calls.getAndIncrement() == when) {
              innerResult.set(engine.evaluate(plan, "inner", inner, period));
            }
            return outer.value(indicatorId, p);
          }

          @Override
          public Set<String> indicatorIds() {
            return outer.indicatorIds();
          }
        };
        ScorecardResult outerResult = engine.evaluate(plan, "outer", reentrant, period);
        String where = "card " + seed + " in " + period;
        assertNotNull(innerResult.get(), where + ": the source was asked");
        assertEquals(fresh(card, "outer", outer, period), outerResult, where + ": outer");
        assertEquals(fresh(card, "inner", inner, period), innerResult.get(), where + ": inner");
      }
    }
  }

  @Test
  void aSourceScoringABatchFromInsideValueGetsBothRight() {
    // evaluate holds the thread's evaluations while it asks the source; a batch of the same plan
    // and period started from there must use working memory of its own.
    ScorecardEngine engine = ScorecardEngine.create();
    Scorecard card = RichScorecards.card(4, "");
    CompiledScorecard plan = engine.compile(card);
    Period period = PERIODS.get(1);
    RichScorecards.Data data =
        RichScorecards.data(new Random(4), RichScorecards.measuredIds(card), period, 5);
    List<Measurements> others = data.all().subList(1, 5);
    double[] batch = new double[4];
    AtomicInteger calls = new AtomicInteger();
    Measurements outer = data.measurements(0);
    MeasurementSource reentrant = (id, p) -> {
      if (calls.getAndIncrement() == 1) {
        engine.prepare(plan, period).scores(others, batch);
      }
      return outer.value(id, p);
    };
    ScorecardResult result = engine.evaluate(plan, "outer", reentrant, period);
    assertEquals(fresh(card, "outer", outer, period), result);
    for (int s = 0; s < 4; s++) {
      double expected =
          fresh(card, "s", others.get(s), period).root().score().orElse(Double.NaN);
      assertEquals(FastPathEquivalenceTest.bits(expected),
          FastPathEquivalenceTest.bits(batch[s]), "subject " + s);
    }
  }
}
