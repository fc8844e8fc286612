package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationInput;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.Statuses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One evaluation's working memory over a plan. Not thread-safe: each call of the engine makes its
 * own, so the plan stays shared and untouched. Reusable across subjects (the scores-only path).
 */
final class Evaluation {
  private final CompiledScorecard plan;
  private final boolean detailed;
  private final StatusCutoffs cutoffs;
  private final double minimumCoverage;

  /** Score per node; NaN when the node has no data. */
  private final double[] score;

  private final double[] coverage;
  private final double[] normalised;
  private final double[] contribution;
  private final double[] actual;
  private final double[] target;
  private final double[] baseline;
  private final Status[] status;
  private final String[] note;

  Evaluation(CompiledScorecard plan, boolean detailed) {
    this.plan = plan;
    this.detailed = detailed;
    this.cutoffs = plan.scorecard.defaults().cutoffs();
    this.minimumCoverage = plan.scorecard.defaults().minimumCoverage();
    int n = plan.size;
    this.score = new double[n];
    this.coverage = new double[n];
    this.normalised = new double[n];
    this.contribution = new double[n];
    this.actual = new double[n];
    this.target = new double[n];
    this.baseline = new double[n];
    this.status = new Status[n];
    this.note = new String[n];
  }

  double score(int node) {
    return score[node];
  }

  void run(MeasurementSource source, Period period) {
    Arrays.fill(normalised, 0.0);
    Arrays.fill(contribution, Double.NaN);
    Arrays.fill(note, null);
    for (int k = plan.firstIndicator; k < plan.size; k++) {
      scoreIndicator(k, source, period);
    }
    for (int k = plan.firstIndicator - 1; k >= 0; k--) {
      aggregate(k);
    }
    normalised[0] = 1.0;
    contribution[0] = score[0];
  }

  private void scoreIndicator(int k, MeasurementSource source, Period period) {
    Indicator ind = plan.indicator[k];
    OptionalDouble value = source.value(ind.id(), period);
    if (value == null) {
      throw new NullPointerException(
          "measurement source returned null for indicator '" + ind.id() + "'; return empty");
    }
    OptionalDouble t = targetFor(ind, period);
    OptionalDouble b = ind.baseline();
    target[k] = t.orElse(Double.NaN);
    baseline[k] = b.orElse(Double.NaN);
    coverage[k] = 0.0;
    if (value.isEmpty()) {
      noData(k, "no measurement for " + period);
      actual[k] = Double.NaN;
      return;
    }
    double a = value.getAsDouble();
    if (!Double.isFinite(a)) {
      throw new InvalidMeasurementException(ind.id(), period, a);
    }
    actual[k] = a;
    if (ind.target().isPresent() && t.isEmpty()) {
      noData(k, "no target scheduled for " + period);
      return;
    }
    ScoringRule r = plan.rule[k];
    double s;
    try {
      s = r.score(new ScoringInput(ind, a, t, b));
    } catch (RuntimeException e) {
      throw new ExtensionFailureException(
          r.name(),
          ind.id(),
          "scoring rule '"
              + r.name()
              + "' threw on indicator '"
              + ind.id()
              + "' (actual "
              + Numbers.plain(a)
              + ", period "
              + period
              + "): "
              + e,
          e);
    }
    if (!(Double.isFinite(s) && s >= 0 && s <= ind.cap())) {
      throw new ExtensionFailureException(
          r.name(),
          ind.id(),
          "scoring rule '"
              + r.name()
              + "' returned "
              + s
              + " for indicator '"
              + ind.id()
              + "' (actual "
              + Numbers.plain(a)
              + ", period "
              + period
              + "); scores must be finite and lie in [0, cap "
              + Numbers.plain(ind.cap())
              + "]",
          null);
    }
    score[k] = s;
    coverage[k] = 1.0;
    status[k] = Statuses.ofIndicator(ind, a, s, cutoffs);
  }

  private static OptionalDouble targetFor(Indicator ind, Period period) {
    if (ind.target().isEmpty()) {
      return OptionalDouble.empty();
    }
    Target t = ind.target().get();
    return t.valueOn(period.start());
  }

  private void noData(int k, String why) {
    score[k] = Double.NaN;
    status[k] = Status.NO_DATA;
    if (detailed) {
      note[k] = why;
    }
  }

  private void aggregate(int k) {
    int from = plan.childFrom[k];
    int to = plan.childTo[k];
    double counted = 0;
    double withData = 0;
    int included = 0;
    int firstMissing = -1;
    MissingDataPolicy policy = plan.policy[k];
    for (int c = from; c < to; c++) {
      double w = plan.weight[c];
      if (w > 0) {
        counted += w;
        if (Double.isNaN(score[c])) {
          if (firstMissing < 0) {
            firstMissing = c;
          }
          if (policy == MissingDataPolicy.ZERO) {
            included++;
          }
        } else {
          withData += w;
          included++;
        }
      }
    }
    coverage[k] = counted > 0 ? withData / counted : 0.0;
    if (counted == 0) {
      noData(k, from == to ? "nothing to aggregate" : "no child has a weight above 0");
      return;
    }
    if (policy == MissingDataPolicy.STRICT && firstMissing >= 0) {
      noData(k, "missing data is STRICT and '" + plan.id[firstMissing] + "' has no data");
      return;
    }
    if (withData == 0) {
      noData(k, "no child has data");
      return;
    }
    if (coverage[k] < minimumCoverage) {
      noData(
          k,
          "coverage "
              + Numbers.percent(coverage[k])
              + " is below the minimum "
              + Numbers.percent(minimumCoverage));
      return;
    }
    double[] s = new double[included];
    double[] w = new double[included];
    int[] child = new int[included];
    int j = 0;
    for (int c = from; c < to; c++) {
      if (plan.weight[c] > 0 && (!Double.isNaN(score[c]) || policy == MissingDataPolicy.ZERO)) {
        s[j] = Double.isNaN(score[c]) ? 0.0 : score[c];
        w[j] = plan.weight[c];
        child[j] = c;
        j++;
      }
    }
    AggregationStrategy strategy = plan.strategy[k];
    AggregationInput input = AggregationInput.of(s, w, plan.spec[k].parameters());
    double result;
    Optional<double[]> parts;
    try {
      result = strategy.aggregate(input);
      parts = detailed ? strategy.contributions(input) : Optional.empty();
    } catch (RuntimeException e) {
      throw new ExtensionFailureException(
          strategy.name(),
          plan.id[k],
          "aggregation strategy '"
              + strategy.name()
              + "' threw on node '"
              + plan.id[k]
              + "' ("
              + input
              + "): "
              + e,
          e);
    }
    if (!(Double.isFinite(result) && result >= 0)) {
      throw new ExtensionFailureException(
          strategy.name(),
          plan.id[k],
          "aggregation strategy '"
              + strategy.name()
              + "' returned "
              + result
              + " for node '"
              + plan.id[k]
              + "' ("
              + input
              + "); aggregates must be finite and not negative",
          null);
    }
    score[k] = result;
    status[k] = Statuses.ofScore(result, cutoffs);
    if (!detailed) {
      return;
    }
    if (policy == MissingDataPolicy.ZERO && firstMissing >= 0) {
      note[k] = "missing data counted as 0 (policy ZERO)";
    }
    double total = input.totalWeight();
    for (int i = 0; i < included; i++) {
      normalised[child[i]] = w[i] / total;
    }
    if (parts.isPresent()) {
      double[] c = parts.get();
      if (c == null || c.length != included) {
        throw new ExtensionFailureException(
            strategy.name(),
            plan.id[k],
            "aggregation strategy '"
                + strategy.name()
                + "' gave "
                + (c == null ? "null" : c.length)
                + " contributions for node '"
                + plan.id[k]
                + "', which has "
                + included
                + " counted children",
            null);
      }
      for (int cc = from; cc < to; cc++) {
        contribution[cc] = 0.0;
      }
      for (int i = 0; i < included; i++) {
        if (!Double.isFinite(c[i])) {
          throw new ExtensionFailureException(
              strategy.name(),
              plan.id[k],
              "aggregation strategy '"
                  + strategy.name()
                  + "' gave the contribution "
                  + c[i]
                  + " for child '"
                  + plan.id[child[i]]
                  + "' of node '"
                  + plan.id[k]
                  + "'",
              null);
        }
        contribution[child[i]] = c[i];
      }
    }
  }

  /** Builds the result subtree of node {@code k}. */
  NodeResult tree(int k) {
    List<NodeResult> children = new ArrayList<>(plan.childTo[k] - plan.childFrom[k]);
    for (int c = plan.childFrom[k]; c < plan.childTo[k]; c++) {
      children.add(tree(c));
    }
    boolean isIndicator = plan.kind[k] == NodeKind.INDICATOR;
    Optional<IndicatorDetail> detail = Optional.empty();
    Optional<String> action = Optional.empty();
    String method;
    if (isIndicator) {
      Indicator ind = plan.indicator[k];
      method = plan.rule[k].name();
      detail =
          Optional.of(
              new IndicatorDetail(
                  optional(actual[k]),
                  optional(target[k]),
                  optional(baseline[k]),
                  method,
                  ind.unit(),
                  ind.cap()));
      action = ind.action(status[k]);
    } else {
      method = plan.strategy[k].name();
    }
    return new NodeResult(
        plan.kind[k],
        plan.id[k],
        plan.name[k],
        optional(score[k]),
        status[k],
        plan.weight[k],
        normalised[k],
        optional(contribution[k]),
        coverage[k],
        method,
        detail,
        action,
        Optional.ofNullable(note[k]),
        children);
  }

  private static OptionalDouble optional(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
