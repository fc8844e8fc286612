package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Each missing-data policy behaves as stated, for any weights and any pattern of gaps. */
class MissingDataPropertiesTest {
  static final Period P = Period.month(2026, 1);
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  /** Per child: weight, actual in [0, 10] (score = actual / 10), or missing (NaN). */
  record Child(double weight, double actual) {}

  @Provide
  Arbitrary<List<Child>> children() {
    Arbitrary<Double> weight = Arbitraries.doubles().between(0.1, 5).ofScale(2);
    Arbitrary<Double> actual =
        Arbitraries.frequencyOf(List.of(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
            net.jqwik.api.Tuple.of(3, Arbitraries.doubles().between(0, 10).ofScale(3))));
    return Combinators.combine(weight, actual).as(Child::new).list().ofMinSize(1).ofMaxSize(7);
  }

  static ScorecardResult evaluate(MissingDataPolicy policy, List<Child> children) {
    Objective.Builder o = Objective.builder("o").perspective("financial").missingData(policy);
    Measurements.Builder m = Measurements.builder();
    for (int k = 0; k < children.size(); k++) {
      Child c = children.get(k);
      o.indicator("i" + k, i -> i.lagging().baseline(0).target(10).weight(c.weight()));
      if (!Double.isNaN(c.actual())) {
        m.put("i" + k, P, c.actual());
      }
    }
    Scorecard card = Scorecard.builder("card").perspective(Perspective.FINANCIAL)
        .objective(o.build()).build();
    return ENGINE.evaluate(ENGINE.compile(card), "subject", m.build(), P);
  }

  static double expectedMean(List<Child> children, boolean zeroForMissing) {
    double num = 0;
    double den = 0;
    for (Child c : children) {
      if (!Double.isNaN(c.actual()) || zeroForMissing) {
        num += c.weight() * (Double.isNaN(c.actual()) ? 0 : c.actual() / 10);
        den += c.weight();
      }
    }
    return num / den;
  }

  static boolean anyData(List<Child> children) {
    return children.stream().anyMatch(c -> !Double.isNaN(c.actual()));
  }

  static boolean anyMissing(List<Child> children) {
    return children.stream().anyMatch(c -> Double.isNaN(c.actual()));
  }

  @Property
  void skipAveragesTheChildrenWithData(@ForAll("children") List<Child> children) {
    NodeResult o = evaluate(MissingDataPolicy.SKIP, children).node("o").orElseThrow();
    if (!anyData(children)) {
      assertEquals(Status.NO_DATA, o.status());
      return;
    }
    assertEquals(expectedMean(children, false), o.score().getAsDouble(), 1e-12);
  }

  @Property
  void zeroCountsMissingChildrenAsZero(@ForAll("children") List<Child> children) {
    NodeResult o = evaluate(MissingDataPolicy.ZERO, children).node("o").orElseThrow();
    if (!anyData(children)) {
      assertEquals(Status.NO_DATA, o.status(), "no data at all is never 0");
      return;
    }
    assertEquals(expectedMean(children, true), o.score().getAsDouble(), 1e-12);
  }

  @Property
  void strictHasNoDataAsSoonAsOneChildIsMissing(@ForAll("children") List<Child> children) {
    NodeResult o = evaluate(MissingDataPolicy.STRICT, children).node("o").orElseThrow();
    assertEquals(anyMissing(children), o.status() == Status.NO_DATA);
    if (!anyMissing(children)) {
      assertEquals(expectedMean(children, false), o.score().getAsDouble(), 1e-12);
    }
  }

  @Property
  void coverageIsTheShareOfWeightWithData(
      @ForAll("children") List<Child> children, @ForAll MissingDataPolicy policy) {
    NodeResult o = evaluate(policy, children).node("o").orElseThrow();
    double with = 0;
    double all = 0;
    for (Child c : children) {
      all += c.weight();
      with += Double.isNaN(c.actual()) ? 0 : c.weight();
    }
    assertEquals(with / all, o.coverage(), 1e-12);
    assertTrue(o.coverage() >= 0 && o.coverage() <= 1);
  }
}
