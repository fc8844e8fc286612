package io.github.bsc4j.engine;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.aggregation.AggregationStrategy;
import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.InvalidPeriodException;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.formula.FormulaException;
import io.github.bsc4j.model.internal.Graphs;
import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.StatusPolicy;
import io.github.bsc4j.model.UserText;
import io.github.bsc4j.model.ScorecardValidationException;
import io.github.bsc4j.scoring.ParameterProblem;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles scorecards and evaluates them. Immutable and thread-safe: one engine, and each plan
 * it compiles, can serve every thread of an application. Not serialisable: a distributed job
 * creates one engine on each worker and compiles the shipped {@link Scorecard} there.
 *
 * <pre>{@code
 * ScorecardEngine engine = ScorecardEngine.create();
 * CompiledScorecard plan = engine.compile(scorecard);
 * ScorecardResult result = engine.evaluate(plan, "E-1001", measurements, Period.month(2026, 3));
 * String text = result.explain();        // readable explanation of every node
 * }</pre>
 */
public final class ScorecardEngine {
  private static final Logger LOG = LoggerFactory.getLogger(ScorecardEngine.class);

  /**
   * The slack the engine allows for floating-point rounding, {@value}: a node's coverage meets
   * the scorecard's minimum coverage when it lies at most this far below it (weights 0.1 and 0.7
   * of 0.1, 0.2 and 0.7 cover 0.7999999999999999, which meets a minimum of 0.8); an aggregation
   * strategy's result may exceed the largest cap of the counted children by at most this much;
   * and the contributions a strategy reports must add up to its result within this much (times
   * the result, for results above 1).
   */
  public static final double ROUNDING_TOLERANCE = 1e-9;

  /**
   * The most unknown measurement ids (see {@link EvaluationOptions.UnknownMeasurements}) listed
   * one by one on a result, {@value}; past it one more warning says how many more there are, so a
   * source naming a million stray ids costs a bounded result.
   */
  public static final int MAX_WARNINGS = 100;

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
   * @throws io.github.bsc4j.scoring.ExtensionRegistrationException if a provider cannot be
   *     loaded, or two providers of different classes share a name
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
   * @throws ExtensionFailureException if an extension's validation itself throws, or returns
   *     null or a list holding null
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
    StatusPolicy[] statusPolicy = new StatusPolicy[n];
    StatusPolicy defaultStatusPolicy = scorecard.defaults().statusPolicy();
    ScoringRule[] rule = new ScoringRule[n];
    Indicator[] indicator = new Indicator[n];
    String[] method = new String[n];
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
    statusPolicy[0] = defaultStatusPolicy;

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
      statusPolicy[k] = p.statusPolicy().orElse(defaultStatusPolicy);
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
      statusPolicy[k] = o.statusPolicy().orElse(defaultStatusPolicy);
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
    boolean[] builtIn = new boolean[n];
    double[] cap = new double[n];
    for (int k = n - 1; k >= 0; k--) {
      if (kind[k] == NodeKind.INDICATOR) {
        method[k] = indicator[k].scoring().name();
        builtIn[k] = Extensions.isBuiltIn(rule[k]);
        cap[k] = indicator[k].cap();
      } else {
        method[k] = spec[k].name();
        builtIn[k] = Extensions.isBuiltIn(strategy[k]);
        cap[k] = largestCap(childFrom[k], childTo[k], weight, cap);
      }
    }
    int[] derivedOrder = derivedOrder(firstIndicator, formula, index);
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
            statusPolicy,
            rule,
            indicator,
            formula,
            derivedOrder,
            method,
            builtIn,
            cap,
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
        // The formula's own code: FORMULA_SYNTAX, or LIMIT_EXCEEDED for nesting past the limit.
        problems.add(new Problem(indicator[k].id(), e.code(),
            "formula '" + abbreviate(text.get()) + "' "
                + (e.code() == ProblemCode.LIMIT_EXCEEDED ? "is too large " : "is malformed ")
                + e.getMessage()));
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

  /**
   * The largest cap among the children of weight above 0; 1 for a level without children.
   * Validation leaves no other level without a child of weight above 0 (ALL_WEIGHTS_ZERO), and
   * every cap is at least 1 (CAP_BELOW_ONE), so starting from 1 changes no maximum.
   */
  private static double largestCap(int from, int to, double[] weight, double[] cap) {
    double largest = 1.0;
    for (int c = from; c < to; c++) {
      if (weight[c] > 0) {
        largest = Math.max(largest, cap[c]);
      }
    }
    return largest;
  }

  /**
   * Orders the derived indicators so that each comes after every derived indicator its formula
   * uses (Kahn's algorithm, without recursion; ties in definition order). Called once the
   * formulas are known to form no cycle.
   */
  private static int[] derivedOrder(
      int firstIndicator, Formula[] formula, Map<String, Integer> index) {
    int n = formula.length;
    int[] waitingFor = new int[n];
    int[] dependentCount = new int[n];
    int[][] uses = new int[n][];
    int derived = 0;
    for (int k = firstIndicator; k < n; k++) {
      if (formula[k] == null) {
        continue;
      }
      derived++;
      uses[k] = formula[k].references().stream().mapToInt(index::get)
          .filter(r -> formula[r] != null).toArray();
      waitingFor[k] = uses[k].length;
      for (int r : uses[k]) {
        dependentCount[r]++;
      }
    }
    int[][] dependents = new int[n][];
    for (int k = firstIndicator; k < n; k++) {
      dependents[k] = new int[dependentCount[k]];
      dependentCount[k] = 0;
    }
    for (int k = firstIndicator; k < n; k++) {
      if (uses[k] != null) {
        for (int r : uses[k]) {
          dependents[r][dependentCount[r]++] = k;
        }
      }
    }
    Deque<Integer> ready = new ArrayDeque<>();
    for (int k = firstIndicator; k < n; k++) {
      if (formula[k] != null && waitingFor[k] == 0) {
        ready.add(k);
      }
    }
    int[] order = new int[derived];
    int next = 0;
    while (!ready.isEmpty()) {
      int v = ready.poll();
      order[next++] = v;
      for (int w : dependents[v]) {
        if (--waitingFor[w] == 0) {
          ready.add(w);
        }
      }
    }
    if (next != derived) {
      throw new IllegalStateException("derived indicators form a cycle the check missed");
    }
    return order;
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private ScoringRule resolve(Indicator ind, List<Problem> problems) {
    String ruleName = ind.scoring().name();
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
    boolean builtIn = Extensions.isBuiltIn(r);
    String what = Extensions.describe(builtIn, "scoring rule", ruleName);
    String where = "indicator '" + ind.id() + "'";
    List<ParameterProblem> reported;
    try {
      reported = Extensions.copy(r.validate(ind));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw new ExtensionFailureException(ruleName, ind.id(),
          what + " threw while validating " + where + ": " + UserText.quote(e.toString())
              + Extensions.bug(builtIn), e);
    }
    checkProblems(reported, ruleName, ind.id(), what, where, builtIn);
    for (ParameterProblem pp : reported) {
      problems.add(
          new Problem(
              ind.id(),
              ProblemCode.BAD_PARAMETER,
              "scoring rule '" + ruleName + "', parameter '" + UserText.quote(pp.parameter())
                  + "': " + UserText.quote(pp.message())));
    }
    return r;
  }

  private static void checkProblems(List<ParameterProblem> reported, String name, String nodeId,
      String what, String where, boolean builtIn) {
    if (reported == null) {
      throw new ExtensionFailureException(name, nodeId,
          what + " returned null from validate() for " + where + "; return an empty list instead"
              + Extensions.bug(builtIn));
    }
    for (ParameterProblem pp : reported) {
      if (pp == null) {
        throw new ExtensionFailureException(name, nodeId,
            what + " returned a list holding null from validate() for " + where
                + Extensions.bug(builtIn));
      }
    }
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
    boolean builtIn = Extensions.isBuiltIn(a);
    String what = Extensions.describe(builtIn, "aggregation strategy", s.name());
    String where = "node '" + nodeId + "'";
    List<ParameterProblem> reported;
    try {
      reported = Extensions.copy(a.validate(s));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      throw new ExtensionFailureException(s.name(), nodeId,
          what + " threw while validating " + where + ": " + UserText.quote(e.toString())
              + Extensions.bug(builtIn), e);
    }
    checkProblems(reported, s.name(), nodeId, what, where, builtIn);
    for (ParameterProblem pp : reported) {
      problems.add(
          new Problem(
              nodeId,
              ProblemCode.BAD_PARAMETER,
              "aggregation strategy '"
                  + s.name()
                  + "', parameter '"
                  + UserText.quote(pp.parameter())
                  + "': "
                  + UserText.quote(pp.message())));
    }
    return a;
  }

  /**
   * The most characters a subject id may have, {@value}: enough for an e-mail address, a UUID or
   * any key of an application's own.
   */
  public static final int MAX_SUBJECT_ID_LENGTH = 256;

  /**
   * Evaluates a plan for one subject and period with the {@linkplain EvaluationOptions#DEFAULT
   * default options}: compared with the period's default comparison, unknown measurements
   * reported as warnings.
   *
   * @param plan a plan compiled by any engine
   * @param subjectId the subject's id (a person, a team, a unit), carried into the result
   * @param measurements the subject's actual values
   * @param period the period
   * @return the result
   * @throws NullPointerException if an argument is null
   * @throws InvalidSubjectException if {@code subjectId} is blank, longer than {@value
   *     #MAX_SUBJECT_ID_LENGTH} characters, or holds a control character
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws ExtensionFailureException if a rule or strategy misbehaves (see {@link
   *     ExtensionFailureException}); {@link VirtualMachineError}s such as {@link
   *     OutOfMemoryError} pass through unwrapped
   */
  public ScorecardResult evaluate(
      CompiledScorecard plan, String subjectId, MeasurementSource measurements, Period period) {
    return evaluate(plan, subjectId, measurements, period, EvaluationOptions.DEFAULT);
  }

  /**
   * Evaluates a plan for one subject and period, and compares it with earlier periods.
   *
   * <p>Each comparison asked for (by default the one {@link Comparison#defaultFor(Period)} gives)
   * names a period the scorecard's calendar computes; each distinct such period is evaluated once,
   * as scores only, and every node gets one {@link Trend} per comparison. A comparison whose
   * period cannot exist (it would start before year {@value Period#MIN_YEAR}) is left out of the
   * result, with no trend and no error. Measurements for ids that are not measured indicators of
   * the scorecard ({@link MeasurementSource#indicatorIds()}) become warnings on the result, or an
   * {@link UnknownIndicatorException} under {@link EvaluationOptions.UnknownMeasurements#REJECT}.
   *
   * @param plan a plan compiled by any engine
   * @param subjectId the subject's id (a person, a team, a unit), carried into the result
   * @param measurements the subject's actual values
   * @param period the period
   * @param options the comparisons to make and the policy for unknown measurements
   * @return the result
   * @throws NullPointerException if an argument is null, or the source returns null
   * @throws InvalidSubjectException if {@code subjectId} is blank, longer than {@value
   *     #MAX_SUBJECT_ID_LENGTH} characters, or holds a control character
   * @throws UnknownIndicatorException under {@code REJECT}, if the measurements hold values for
   *     ids that are not measured indicators of the scorecard
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws ExtensionFailureException if a rule or strategy misbehaves (see {@link
   *     ExtensionFailureException}); {@link VirtualMachineError}s such as {@link
   *     OutOfMemoryError} pass through unwrapped
   */
  public ScorecardResult evaluate(
      CompiledScorecard plan,
      String subjectId,
      MeasurementSource measurements,
      Period period,
      EvaluationOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(options, "options");
    return prepare(plan, period).evaluate(subjectId, measurements, options);
  }

  /**
   * Prepares a plan for one period: resolves every indicator's target, baseline and period
   * scale, and the periods its measurements are read for, once, for every subject evaluated or
   * scored with the result. A plan keeps the periods it was prepared for (a few), so preparing
   * the same period again is cheap; {@link #evaluate} and {@link #scores} prepare for
   * themselves.
   *
   * @param plan a plan compiled by any engine
   * @param period the period
   * @return the prepared evaluation, with the fast batch paths
   * @throws NullPointerException if an argument is null
   */
  public PreparedEvaluation prepare(CompiledScorecard plan, Period period) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(period, "period");
    return new PreparedEvaluation(plan, plan.prepared(period));
  }

  /**
   * The period a comparison names, or null when there is none: it would start before year 1, the
   * earliest a period may have, so the result simply has no trend for it.
   */
  static Period comparedPeriod(CompiledScorecard plan, Period period, Comparison c) {
    try {
      return plan.calendar.compared(period, c);
    } catch (InvalidPeriodException e) {
      return null;
    }
  }

  /** Checks a subject id: not blank, not too long, no control character. */
  static void checkSubject(String subjectId) {
    if (subjectId.isBlank()) {
      throw new InvalidSubjectException(subjectId, "is blank");
    }
    if (subjectId.length() > MAX_SUBJECT_ID_LENGTH) {
      throw new InvalidSubjectException(subjectId, "has " + subjectId.length()
          + " characters, more than the " + MAX_SUBJECT_ID_LENGTH + " allowed");
    }
    for (int i = 0; i < subjectId.length(); i++) {
      char ch = subjectId.charAt(i);
      if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
        throw new InvalidSubjectException(subjectId, "holds a control character at index " + i);
      }
    }
  }

  /**
   * The warnings for the ids the source holds values for that are not measured indicators of the
   * plan, sorted by id; throws under REJECT when there are any.
   */
  static List<Problem> unknownIndicators(
      CompiledScorecard plan, Set<String> ids, EvaluationOptions.UnknownMeasurements policy) {
    if (ids == null) {
      throw new NullPointerException(
          "measurement source returned null from indicatorIds(); return an empty set");
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      Integer k = plan.index.get(
          Objects.requireNonNull(id, "measurement source listed a null indicator id"));
      if (k == null || plan.kind[k] != NodeKind.INDICATOR || plan.formula[k] != null) {
        unknown.add(id);
      }
    }
    if (unknown.isEmpty()) {
      return List.of();
    }
    Collections.sort(unknown);
    List<Problem> problems = new ArrayList<>(Math.min(unknown.size(), MAX_WARNINGS) + 1);
    String scorecard = "scorecard '" + UserText.quote(plan.scorecard.id()) + "'";
    for (String id : unknown.subList(0, Math.min(unknown.size(), MAX_WARNINGS))) {
      Integer k = plan.index.get(id);
      String why = k == null || plan.kind[k] != NodeKind.INDICATOR
          ? "which is not an indicator of " + scorecard
          : "a derived indicator of " + scorecard + ", whose formula gives its value";
      problems.add(new Problem(UserText.quote(id), ProblemCode.UNKNOWN_INDICATOR,
          "measurements name '" + UserText.quote(id) + "', " + why
              + "; its values are not used"));
    }
    if (unknown.size() > MAX_WARNINGS) {
      problems.add(new Problem("measurements", ProblemCode.UNKNOWN_INDICATOR,
          "measurements name " + (unknown.size() - MAX_WARNINGS) + " more ids that are not"
              + " measured indicators of " + scorecard + " (only the first " + MAX_WARNINGS
              + " are listed)"));
    }
    if (policy == EvaluationOptions.UnknownMeasurements.REJECT) {
      StringBuilder listed = new StringBuilder();
      for (int i = 0; i < Math.min(10, unknown.size()); i++) {
        listed.append(i == 0 ? "" : ", ").append('\'').append(UserText.quote(unknown.get(i)))
            .append('\'');
      }
      if (unknown.size() > 10) {
        listed.append(" and ").append(unknown.size() - 10).append(" more");
      }
      throw new UnknownIndicatorException("measurements name " + unknown.size()
          + (unknown.size() == 1 ? " id that is not a measured indicator of "
              : " ids that are not measured indicators of ") + scorecard + ": " + listed,
          problems);
    }
    return List.copyOf(problems);
  }

  /** A score for the log: the plain number, or "none" when there is no data. */
  static String plain(java.util.OptionalDouble score) {
    return score.isPresent() ? Numbers.plain(score.getAsDouble()) : "none";
  }

  /**
   * Scores many subjects without building result trees: writes each subject's scorecard score
   * into {@code out}, NaN where the scorecard has no data. Nothing is rebuilt per subject.
   *
   * <p>One subject never aborts the batch: when evaluating a subject throws a {@link
   * BscException} — an {@link io.github.bsc4j.data.InvalidMeasurementException} for a NaN its
   * source returned, an {@link ExtensionFailureException} for a rule or strategy that failed on
   * its data, or any other error of the library — its score is NaN and the returned report lists
   * the subject's index with the exception; the other subjects are scored as usual. Exceptions
   * that are not the library's (thrown by an application's {@link MeasurementSource}, such as a
   * lost database connection) and {@link VirtualMachineError}s stop the batch and pass through.
   *
   * <pre>{@code
   * BatchReport report = engine.scores(plan, people, period, out);
   * for (BatchReport.SubjectFailure f : report.failures()) {
   *   log.warn("subject {} not scored: {}", f.subject(), f.error().getMessage());
   * }
   * }</pre>
   *
   * <p>Measurements for ids that are not measured indicators of the scorecard are reported per
   * subject in {@link BatchReport#warnings()}, as by {@link #evaluate(CompiledScorecard, String,
   * MeasurementSource, Period, EvaluationOptions)}.
   *
   * @param plan the plan
   * @param subjects one measurement source per subject
   * @param period the period
   * @param out receives {@code subjects.size()} scores, from index 0
   * @return which subjects failed, and why, and which had warnings; empty when none did
   * @throws NullPointerException if an argument or a subject is null (checked before any
   *     subject is scored)
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjects}
   */
  public BatchReport scores(
      CompiledScorecard plan,
      List<? extends MeasurementSource> subjects,
      Period period,
      double[] out) {
    return scores(plan, subjects, period, out, EvaluationOptions.DEFAULT);
  }

  /**
   * Scores many subjects without building result trees, as {@link #scores(CompiledScorecard,
   * List, Period, double[])} does, with a policy for unknown measurements: under {@link
   * EvaluationOptions.UnknownMeasurements#WARN} they are listed per subject in {@link
   * BatchReport#warnings()}; under {@code REJECT} the subject fails with an {@link
   * UnknownIndicatorException} and its score is NaN. The options' comparisons are not used: a
   * batch computes scores only.
   *
   * @param plan the plan
   * @param subjects one measurement source per subject
   * @param period the period
   * @param out receives {@code subjects.size()} scores, from index 0
   * @param options the policy for unknown measurements (comparisons are ignored)
   * @return which subjects failed, and why, and which had warnings; empty when none did
   * @throws NullPointerException if an argument or a subject is null (checked before any
   *     subject is scored)
   * @throws IllegalArgumentException if {@code out} is shorter than {@code subjects}
   */
  public BatchReport scores(
      CompiledScorecard plan,
      List<? extends MeasurementSource> subjects,
      Period period,
      double[] out,
      EvaluationOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(subjects, "subjects");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    return prepare(plan, period).scores(subjects, out,
        BatchOptions.DEFAULT.withUnknownMeasurements(options.unknownMeasurements()));
  }
}
