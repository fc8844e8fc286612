package io.github.bsc4j.testkit;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.IndicatorKind;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Polarity;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScoringSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for bsc4j: weights, scores, weighted children, indicators (also for one
 * scoring rule), and whole valid scorecards with measurements, so applications can property-test
 * their own scorecards and extensions.
 */
public final class BscArbitraries {
  /** The period of generated measurements. */
  public static final Period PERIOD = Period.month(2026, 1);

  private BscArbitraries() {}

  /**
   * Positive weights in {@code [0.001, 10]}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Double> weights() {
    return Arbitraries.doubles().between(0.001, 10).ofScale(3);
  }

  /**
   * Scores in {@code [0, cap]}, often exactly 0, 1 or the cap.
   *
   * @param cap the highest score, at least 1
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code cap} is below 1 or not finite
   */
  public static Arbitrary<Double> scores(double cap) {
    if (!(cap >= 1 && Double.isFinite(cap))) {
      throw new IllegalArgumentException("cap must be finite and at least 1, was " + cap);
    }
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(1, Arbitraries.of(0.0, 1.0, cap)),
        Tuple.of(9, Arbitraries.doubles().between(0, cap).ofScale(6))));
  }

  /**
   * One to eight children with scores in {@code [0, 1.5]} and positive weights.
   *
   * @return the arbitrary
   */
  public static Arbitrary<WeightedScores> weightedScores() {
    return Combinators.combine(scores(1.5).list().ofMinSize(1).ofMaxSize(8),
            weights().list().ofSize(8))
        .as((s, w) -> {
          double[] scores = s.stream().mapToDouble(Double::doubleValue).toArray();
          double[] weights = new double[scores.length];
          for (int i = 0; i < weights.length; i++) {
            weights[i] = w.get(i);
          }
          return WeightedScores.of(scores, weights);
        });
  }

  /**
   * Valid indicators of any kind and direction scored by {@code linear}, with baselines,
   * targets, min/max bounds, thresholds and caps consistent with their polarity.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Indicator> indicators() {
    return indicatorsFor(
        ScoringSpec.linear(),
        Set.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER),
        TargetKind.ANY);
  }

  /**
   * Valid indicators for one scoring spec: the given polarities, targets of the given kind (with
   * baseline, min/max bounds around both and directional thresholds), caps 1, 1.2 or 1.5.
   * Indicators the model rejects are never produced; whether the rule accepts them is the
   * caller's to check.
   *
   * @param spec the scoring rule and parameters every indicator uses
   * @param polarities the polarities to generate
   * @param targets which targets to generate
   * @return the arbitrary
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code polarities} is empty
   */
  public static Arbitrary<Indicator> indicatorsFor(
      ScoringSpec spec, Set<Polarity> polarities, TargetKind targets) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(polarities, "polarities");
    Objects.requireNonNull(targets, "targets");
    if (polarities.isEmpty()) {
      throw new IllegalArgumentException("polarities must not be empty");
    }
    Arbitrary<Double> start =
        targets == TargetKind.POSITIVE
            ? Arbitraries.doubles().between(0.01, 1e5).ofScale(3)
            : Arbitraries.doubles().between(-1e5, 1e5).ofScale(3);
    Arbitrary<Double> gap = Arbitraries.doubles().between(0.01, 1e4).ofScale(3);
    return Combinators.combine(
            Arbitraries.of(List.copyOf(polarities)),
            Arbitraries.of(IndicatorKind.class),
            start,
            gap,
            Arbitraries.of(1.0, 1.2, 1.5),
            Arbitraries.of(true, false))
        .as((polarity, kind, s, g, cap, withThresholds) -> {
          Indicator.Builder b =
              Indicator.builder("kpi").kind(kind).polarity(polarity).cap(cap).scoring(spec);
          if (targets != TargetKind.NONE && polarity != Polarity.IN_RANGE) {
            double lo = s;
            double hi = s + g;
            double baseline = polarity == Polarity.HIGHER_IS_BETTER ? lo : hi;
            double target = polarity == Polarity.HIGHER_IS_BETTER ? hi : lo;
            b.baseline(baseline).target(target).bounds(lo - g, hi + g);
            if (withThresholds) {
              b.thresholds(target, baseline);
            }
          }
          return b.build();
        });
  }

  /**
   * Actual values in {@code [-1e6, 1e6]}, often 0.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Double> actuals() {
    return Arbitraries.frequencyOf(List.of(
        Tuple.of(1, Arbitraries.just(0.0)),
        Tuple.of(9, Arbitraries.doubles().between(-1e6, 1e6).ofScale(4))));
  }

  /**
   * Valid scorecards over one to four perspectives, each with one to three objectives of one to
   * four {@code linear} indicators, random positive weights, and measurements for {@link
   * #PERIOD} of about four in five indicators.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScorecardCase> scorecards() {
    Arbitrary<List<List<Integer>>> shape =
        Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(3)
            .list().ofMinSize(1).ofMaxSize(4);
    return shape.flatMap(s -> {
      int count = s.stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
      int objectives = s.stream().mapToInt(List::size).sum();
      return Combinators.combine(
              indicators().list().ofSize(count),
              weights().list().ofSize(s.size() + objectives),
              Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).list().ofSize(count),
              Arbitraries.integers().between(0, 4).list().ofSize(count))
          .as((inds, ws, values, present) -> build(s, inds, ws, values, present));
    });
  }

  private static ScorecardCase build(
      List<List<Integer>> shape,
      List<Indicator> indicators,
      List<Double> weights,
      List<Double> values,
      List<Integer> present) {
    Scorecard.Builder card = Scorecard.builder("generated");
    Measurements.Builder m = Measurements.builder();
    int w = 0;
    int k = 0;
    for (int p = 0; p < shape.size(); p++) {
      String perspective = "p" + p;
      card.perspective(Perspective.of(perspective, "Perspective " + p).withWeight(weights.get(w++)));
      for (int o = 0; o < shape.get(p).size(); o++) {
        Objective.Builder objective =
            Objective.builder("o" + p + "_" + o).perspective(perspective).weight(weights.get(w++));
        List<Indicator> mine = new ArrayList<>();
        for (int i = 0; i < shape.get(p).get(o); i++) {
          String id = "i" + p + "_" + o + "_" + i;
          Indicator generated = indicators.get(k);
          mine.add(rename(generated, id));
          if (present.get(k) > 0) {
            m.put(id, PERIOD, values.get(k));
          }
          k++;
        }
        mine.forEach(objective::indicator);
        card.objective(objective.build());
      }
    }
    return new ScorecardCase(card.build(), m.build(), PERIOD);
  }

  private static Indicator rename(Indicator i, String id) {
    Indicator.Builder b = Indicator.builder(id).kind(i.kind()).polarity(i.polarity()).cap(i.cap())
        .scoring(i.scoring());
    i.baseline().ifPresent(b::baseline);
    i.target().ifPresent(b::target);
    i.min().ifPresent(b::min);
    i.max().ifPresent(b::max);
    i.thresholds().ifPresent(b::thresholds);
    return b.build();
  }
}
