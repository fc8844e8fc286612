package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.formula.FormulaException;
import io.github.bsc4j.internal.Graphs;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles scorecards and evaluates them. Immutable and thread-safe: one engine, and each plan
 * it compiles, can serve every thread of an application.
 *
 * <pre>{@code
 * ScorecardEngine engine = ScorecardEngine.create();
 * CompiledScorecard plan = engine.compile(scorecard);
 * ScorecardResult result = engine.evaluate(plan, measurements, Period.month(2026, 3));
 * String text = result.explain();        // readable explanation of every node
 * }</pre>
 */
public final class ScorecardEngine {
  private static final Logger LOG = LoggerFactory.getLogger(ScorecardEngine.class);

  private final ScoringRules rules;
  private final AggregationStrategies strategies;

  private ScorecardEngine(ScoringRules rules, AggregationStrategies strategies) {
    this.rules = rules;
    this.strategies = strategies;
  }

  /**
   * An engine with every scoring rule and aggregation strategy {@link java.util.ServiceLoader}
   * finds: the built-ins and any on the class or module path.
   *
   * @return the engine
   * @throws IllegalArgumentException if two extensions share a name
   */
  public static ScorecardEngine create() {
    return new ScorecardEngine(ScoringRules.load(), AggregationStrategies.load());
  }

  /**
   * An engine with the given registries.
   *
   * @param rules the scoring rules
   * @param strategies the aggregation strategies
   * @return the engine
   * @throws NullPointerException if an argument is null
   */
  public static ScorecardEngine of(ScoringRules rules, AggregationStrategies strategies) {
    return new ScorecardEngine(
        Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(strategies, "strategies"));
  }

  /**
   * The scoring rules this engine resolves names against.
   *
   * @return the registry
   */
  public ScoringRules rules() {
    return rules;
  }

  /**
   * The aggregation strategies this engine resolves names against.
   *
   * @return the registry
   */
  public AggregationStrategies strategies() {
    return strategies;
  }

  /**
   * Validates a scorecard against this engine's extensions and compiles it into an immutable,
   * thread-safe plan.
   *
   * @param scorecard the scorecard
   * @return the plan
   * @throws NullPointerException if {@code scorecard} is null
   * @throws ScorecardValidationException listing every unknown rule or strategy name and every
   *     parameter an extension rejected
   * @throws ExtensionFailureException if an extension's validation itself throws
   */
  public CompiledScorecard compile(Scorecard scorecard) {
    Objects.requireNonNull(scorecard, "scorecard");
    List<Problem> problems = new ArrayList<>();
    List<Perspective> perspectives = scorecard.perspectives();
    List<Objective> objectives = new ArrayList<>();
    for (Perspective p : perspectives) {
      objectives.addAll(scorecard.objectivesIn(p.id()));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Objective o : objectives) {
      indicators.addAll(o.indicators());
    }
    int n = 1 + perspectives.size() + objectives.size() + indicators.size();
    NodeKind[] kind = new NodeKind[n];
    String[] id = new String[n];
    String[] name = new String[n];
    double[] weight = new double[n];
    int[] childFrom = new int[n];
    int[] childTo = new int[n];
    AggregationStrategy[] strategy = new AggregationStrategy[n];
    AggregationSpec[] spec = new AggregationSpec[n];
    MissingDataPolicy[] policy = new MissingDataPolicy[n];
    ScoringRule[] rule = new ScoringRule[n];
    Indicator[] indicator = new Indicator[n];
    Map<String, Integer> index = new HashMap<>();
    MissingDataPolicy defaultPolicy = scorecard.defaults().missingData();

    kind[0] = NodeKind.SCORECARD;
    id[0] = scorecard.id();
    name[0] = scorecard.name();
    weight[0] = 1.0;
    childFrom[0] = 1;
    childTo[0] = 1 + perspectives.size();
    spec[0] = scorecard.defaults().aggregation();
    strategy[0] = resolve(scorecard.id(), spec[0], problems);
    policy[0] = defaultPolicy;

    int next = 1 + perspectives.size();
    for (int i = 0; i < perspectives.size(); i++) {
      Perspective p = perspectives.get(i);
      int k = 1 + i;
      kind[k] = NodeKind.PERSPECTIVE;
      id[k] = p.id();
      name[k] = p.name();
      weight[k] = p.weight();
      childFrom[k] = next;
      next += scorecard.objectivesIn(p.id()).size();
      childTo[k] = next;
      spec[k] = p.aggregation().orElse(spec[0]);
      strategy[k] = resolve(p.id(), spec[k], problems);
      policy[k] = p.missingData().orElse(defaultPolicy);
    }
    int firstObjective = 1 + perspectives.size();
    int firstIndicator = firstObjective + objectives.size();
    next = firstIndicator;
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      int k = firstObjective + i;
      kind[k] = NodeKind.OBJECTIVE;
      id[k] = o.id();
      name[k] = o.name();
      weight[k] = o.weight();
      childFrom[k] = next;
      next += o.indicators().size();
      childTo[k] = next;
      spec[k] = o.aggregation().orElse(spec[0]);
      strategy[k] = resolve(o.id(), spec[k], problems);
      policy[k] = o.missingData().orElse(defaultPolicy);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      int k = firstIndicator + i;
      kind[k] = NodeKind.INDICATOR;
      id[k] = ind.id();
      name[k] = ind.name();
      weight[k] = ind.weight();
      childFrom[k] = k;
      childTo[k] = k;
      indicator[k] = ind;
      rule[k] = resolve(ind, problems);
    }
    for (int k = 1; k < n; k++) {
      index.put(id[k], k);
    }
    index.putIfAbsent(id[0], 0);
    Formula[] formula = new Formula[n];
    compileFormulas(firstIndicator, kind, indicator, formula, index, problems);
    if (!problems.isEmpty()) {
      throw new ScorecardValidationException("scorecard '" + scorecard.id() + "'", problems);
    }
    CompiledScorecard plan =
        new CompiledScorecard(
            scorecard,
            firstIndicator,
            kind,
            id,
            name,
            weight,
            childFrom,
            childTo,
            strategy,
            spec,
            policy,
            rule,
            indicator,
            formula,
            index);
    LOG.debug(
        "compiled scorecard '{}': {} perspectives, {} objectives, {} indicators",
        scorecard.id(),
        perspectives.size(),
        objectives.size(),
        indicators.size());
    return plan;
  }

  /**
   * Parses every derived indicator's formula and checks its references and that no derived
   * indicators depend on each other in a cycle.
   */
  private static void compileFormulas(
      int firstIndicator,
      NodeKind[] kind,
      Indicator[] indicator,
      Formula[] formula,
      Map<String, Integer> index,
      List<Problem> problems) {
    int n = indicator.length;
    boolean referencesOk = true;
    for (int k = firstIndicator; k < n; k++) {
      Optional<String> text = indicator[k].formula();
      if (text.isEmpty()) {
        continue;
      }
      try {
        formula[k] = Formula.parse(text.get());
      } catch (FormulaException e) {
        problems.add(new Problem(indicator[k].id(), ProblemCode.FORMULA_SYNTAX,
            "formula '" + abbreviate(text.get()) + "' is malformed " + e.getMessage()));
        referencesOk = false;
        continue;
      }
      for (String ref : formula[k].references()) {
        Integer target = index.get(ref);
        if (target == null || kind[target] != NodeKind.INDICATOR) {
          problems.add(new Problem(indicator[k].id(), ProblemCode.UNKNOWN_REFERENCE,
              "formula refers to '" + ref + "', which is "
                  + (target == null ? "not an element of this scorecard"
                      : (kind[target] == NodeKind.OBJECTIVE ? "an " : "a ")
                          + kind[target].name().toLowerCase(java.util.Locale.ROOT)
                          + ", not an indicator")));
          referencesOk = false;
        }
      }
    }
    if (!referencesOk) {
      return;
    }
    int[][] edges = new int[n][];
    for (int k = 0; k < n; k++) {
      if (formula[k] == null) {
        edges[k] = new int[0];
        continue;
      }
      edges[k] = formula[k].references().stream().mapToInt(index::get).toArray();
    }
    for (int[] cycle : Graphs.cycles(edges)) {
      StringBuilder path = new StringBuilder();
      for (int v : cycle) {
        path.append(indicator[v].id()).append(" -> ");
      }
      path.append(indicator[cycle[0]].id());
      problems.add(new Problem(indicator[cycle[0]].id(), ProblemCode.FORMULA_CYCLE,
          "derived indicators depend on each other in a cycle: " + path));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private ScoringRule resolve(Indicator ind, List<Problem> problems) {
    String ruleName = ind.scoring().rule();
    Optional<ScoringRule> found = rules.find(ruleName);
    if (found.isEmpty()) {
      problems.add(
          new Problem(
              ind.id(),
              ProblemCode.UNKNOWN_SCORING_RULE,
              "scoring rule '" + ruleName + "' is not registered; known rules: " + rules.names()));
      return null;
    }
    ScoringRule r = found.get();
    List<ParameterProblem> reported;
    try {
      reported = r.validate(ind);
    } catch (RuntimeException e) {
      throw new ExtensionFailureException(
          ruleName,
          ind.id(),
          "scoring rule '" + ruleName + "' threw while validating indicator '" + ind.id() + "': " + e,
          e);
    }
    for (ParameterProblem pp : reported) {
      problems.add(
          new Problem(
              ind.id(),
              ProblemCode.BAD_PARAMETER,
              "scoring rule '" + ruleName + "', parameter '" + pp.parameter() + "': " + pp.message()));
    }
    return r;
  }

  private AggregationStrategy resolve(String nodeId, AggregationSpec s, List<Problem> problems) {
    Optional<AggregationStrategy> found = strategies.find(s.name());
    if (found.isEmpty()) {
      problems.add(
          new Problem(
              nodeId,
              ProblemCode.UNKNOWN_AGGREGATION,
              "aggregation strategy '"
                  + s.name()
                  + "' is not registered; known strategies: "
                  + strategies.names()));
      return null;
    }
    AggregationStrategy a = found.get();
    List<ParameterProblem> reported;
    try {
      reported = a.validate(s);
    } catch (RuntimeException e) {
      throw new ExtensionFailureException(
          s.name(),
          nodeId,
          "aggregation strategy '" + s.name() + "' threw while validating node '" + nodeId + "': " + e,
          e);
    }
    for (ParameterProblem pp : reported) {
      problems.add(
          new Problem(
              nodeId,
              ProblemCode.BAD_PARAMETER,
              "aggregation strategy '"
                  + s.name()
                  + "', parameter '"
                  + pp.parameter()
                  + "': "
                  + pp.message()));
    }
    return a;
  }

  /**
   * Evaluates a plan for one subject's measurements and one period, and the previous comparable
   * period for the trends.
   *
   * @param plan a plan compiled by any engine
   * @param measurements the subject's actual values
   * @param period the period
   * @return the result tree
   * @throws NullPointerException if an argument is null
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws ExtensionFailureException if a rule or strategy misbehaves
   */
  public ScorecardResult evaluate(
      CompiledScorecard plan, MeasurementSource measurements, Period period) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(period, "period");
    Evaluation e = new Evaluation(plan, true);
    e.run(measurements, period);
    Evaluation previous = new Evaluation(plan, false);
    previous.run(measurements, plan.calendar.previous(period));
    ScorecardResult result =
        new ScorecardResult(
            plan.scorecard.id(),
            period,
            e.tree(0, previous, plan.scorecard.defaults().trendTolerance()));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "evaluated scorecard '{}' for {}: score {}, {}",
          plan.scorecard.id(),
          period,
          result.root().score(),
          result.root().status());
    }
    return result;
  }

  /**
   * Scores many subjects without building result trees: writes each subject's scorecard score
   * into {@code out}, NaN where the scorecard has no data. Nothing is rebuilt per subject.
   *
   * @param plan the plan
   * @param subjects one measurement source per subject
   * @param period the period
   * @param out receives {@code subjects.size()} scores, from index 0
   * @throws NullPointerException if an argument or a subject is null
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjects}
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws ExtensionFailureException if a rule or strategy misbehaves
   */
  public void scores(
      CompiledScorecard plan,
      List<? extends MeasurementSource> subjects,
      Period period,
      double[] out) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(subjects, "subjects");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(out, "out");
    if (out.length < subjects.size()) {
      throw new IllegalArgumentException(
          "out has room for " + out.length + " scores, " + subjects.size() + " subjects given");
    }
    Evaluation e = new Evaluation(plan, false);
    for (int s = 0; s < subjects.size(); s++) {
      e.run(Objects.requireNonNull(subjects.get(s), "subject"), period);
      out[s] = e.score(0);
    }
    LOG.debug(
        "scored {} subjects on scorecard '{}' for {}",
        subjects.size(),
        plan.scorecard.id(),
        period);
  }
}
