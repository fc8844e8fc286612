package io.github.bsc4j.cascade;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Everything needed to evaluate a whole organisation with one {@link TeamTemplate}: how team and
 * member scores blend, the payout curve and its gate, the flag rules, the team pool and how many
 * reasons each member's statement gives. Built and validated once by {@link
 * #builder(TeamTemplate)}, every problem at once; immutable and safe to share between threads,
 * so one plan evaluates any number of organisations and periods, from many threads at once.
 *
 * <pre>{@code
 * OrganisationPlan plan = OrganisationPlan.builder(sales)
 *     .blend(0.5, 0.5)
 *     .payout(curve)
 *     .gate(PayoutGate.on("ethics"))
 *     .freeRider(FreeRiderRule.of(List.of("team-revenue")))
 *     .pool(TeamPool.byBlendedScore(1_000_000))
 *     .build();
 * OrganisationEvaluation q1 = plan.evaluate(organisation, measurements, Period.quarter(2026, 1));
 * }</pre>
 *
 * <p>The over-competition rule is made from the template's {@linkplain
 * TeamTemplate#collaborative() collaborative} indicators (none: no such rule), matching {@link
 * Match#ANY} unless {@link Builder#overCompetition(Match)} says otherwise.
 */
public final class OrganisationPlan {

  /** How many indicators that lifted, and how many that lowered, a statement lists by default. */
  public static final int DEFAULT_REASONS = 3;

  private final TeamTemplate template;
  private final BlendWeights blend;
  private final Optional<PayoutCurve> payout;
  private final Optional<PayoutGate> gate;
  private final List<FreeRiderRule> freeRiders;
  private final Optional<OverCompetitionRule> overCompetition;
  private final Optional<TeamPool> pool;
  private final int reasons;
  private final Optional<ResourceBundle> words;

  private OrganisationPlan(Builder b) {
    this.template = b.template;
    this.blend = BlendWeights.of(b.teamWeight, b.memberWeight);
    this.payout = b.payout;
    this.gate = b.gate;
    this.freeRiders = List.copyOf(b.freeRiders);
    this.overCompetition = template.collaborative().isEmpty()
        ? Optional.empty()
        : Optional.of(new OverCompetitionRule(template.collaborative(), b.overCompetition));
    this.pool = b.pool;
    this.reasons = b.reasons;
    this.words = b.words;
  }

  /**
   * Starts a plan for a team template.
   *
   * @param template the team template: the team's and the members' scorecards and the roll-ups
   * @return a builder; blend weights must be set
   * @throws NullPointerException if {@code template} is null
   */
  public static Builder builder(TeamTemplate template) {
    return new Builder(Objects.requireNonNull(template, "template"));
  }

  /**
   * Evaluates an organisation for a period with the engine's default options (the period's
   * default comparison, unknown measurements reported as warnings).
   *
   * @param organisation the organisation
   * @param measurements each person's and team's measurements
   * @param period the period
   * @return the evaluation
   * @throws NullPointerException if an argument is null, or a source returns null
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws io.github.bsc4j.engine.InvalidSubjectException if a subject id is too long for the
   *     engine
   */
  public OrganisationEvaluation evaluate(
      Organisation organisation, SubjectMeasurements measurements, Period period) {
    return evaluate(organisation, measurements, period, EvaluationOptions.DEFAULT);
  }

  /**
   * Evaluates an organisation for a period: every team once with the team template over its
   * members' measurements, every person active in the period once with the member template, and
   * from those the blends, payouts, shares, flags, pool parts, ranks and reasons (see {@link
   * OrganisationEvaluation}). The options go to every scorecard evaluation: their comparisons give
   * each result its trends. Measurements of subjects the organisation does not know become
   * warnings on the evaluation, or, under {@link EvaluationOptions.UnknownMeasurements#REJECT},
   * a {@link CascadeValidationException}.
   *
   * @param organisation the organisation
   * @param measurements each person's and team's measurements
   * @param period the period
   * @param options the comparisons and the policy for unknown measurements
   * @return the evaluation
   * @throws NullPointerException if an argument is null, or a source returns null
   * @throws CascadeValidationException under {@code REJECT}, listing every unknown subject
   *     ({@link ProblemCode#UNKNOWN_SUBJECT})
   * @throws io.github.bsc4j.engine.UnknownIndicatorException under {@code REJECT}, if a
   *     subject's measurements hold an id its scorecard does not measure
   * @throws io.github.bsc4j.data.InvalidMeasurementException if a measurement is NaN or infinite
   * @throws io.github.bsc4j.engine.InvalidSubjectException if a subject id is too long for the
   *     engine
   */
  public OrganisationEvaluation evaluate(
      Organisation organisation,
      SubjectMeasurements measurements,
      Period period,
      EvaluationOptions options) {
    return OrganisationEvaluator.evaluate(this, organisation, measurements, period, options);
  }

  /**
   * The team template.
   *
   * @return the template
   */
  public TeamTemplate template() {
    return template;
  }

  /**
   * The blend weights.
   *
   * @return the weights
   */
  public BlendWeights blend() {
    return blend;
  }

  /**
   * The payout curve.
   *
   * @return the curve, or empty when the plan computes no payouts
   */
  public Optional<PayoutCurve> payout() {
    return payout;
  }

  /**
   * The payout gate.
   *
   * @return the gate, if any
   */
  public Optional<PayoutGate> gate() {
    return gate;
  }

  /**
   * The free-rider rules, each over summed team indicators.
   *
   * @return the rules, in the order added (unmodifiable)
   */
  public List<FreeRiderRule> freeRiders() {
    return freeRiders;
  }

  /**
   * The over-competition rule, made from the template's collaborative indicators.
   *
   * @return the rule, or empty when the template marks no indicator collaborative
   */
  public Optional<OverCompetitionRule> overCompetition() {
    return overCompetition;
  }

  /**
   * The pool each team splits.
   *
   * @return the pool, if any
   */
  public Optional<TeamPool> pool() {
    return pool;
  }

  /**
   * How many indicators that lifted, and how many that lowered, each member's reasons list.
   *
   * @return the limit, zero or more
   */
  public int reasons() {
    return reasons;
  }

  /**
   * The application's words for the flags' reasons.
   *
   * @return the bundle, or empty for the library's English
   */
  public Optional<ResourceBundle> words() {
    return words;
  }

  /**
   * Names the template.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "OrganisationPlan[" + UserText.escape(template.team().id()) + "/"
        + UserText.escape(template.member().id()) + "]";
  }

  /** Sets a plan up; {@link #build()} validates everything at once. Not thread-safe. */
  public static final class Builder {
    private final TeamTemplate template;
    private double teamWeight = Double.NaN;
    private double memberWeight = Double.NaN;
    private boolean blendSet;
    private Optional<PayoutCurve> payout = Optional.empty();
    private Optional<PayoutGate> gate = Optional.empty();
    private final List<FreeRiderRule> freeRiders = new ArrayList<>();
    private Match overCompetition = Match.ANY;
    private Optional<TeamPool> pool = Optional.empty();
    private int reasons = DEFAULT_REASONS;
    private Optional<ResourceBundle> words = Optional.empty();

    private Builder(TeamTemplate template) {
      this.template = template;
    }

    /**
     * Sets the blend weights, relative (see {@link BlendWeights}); required.
     *
     * @param team the weight of the team's score
     * @param member the weight of the member's own score
     * @return this builder
     */
    public Builder blend(double team, double member) {
      this.teamWeight = team;
      this.memberWeight = member;
      this.blendSet = true;
      return this;
    }

    /**
     * Sets the payout curve; without one the plan computes no payouts.
     *
     * @param curve the curve
     * @return this builder
     * @throws NullPointerException if {@code curve} is null
     */
    public Builder payout(PayoutCurve curve) {
      this.payout = Optional.of(Objects.requireNonNull(curve, "curve"));
      return this;
    }

    /**
     * Sets the payout gate, on an indicator of the member template.
     *
     * @param payoutGate the gate
     * @return this builder
     * @throws NullPointerException if {@code payoutGate} is null
     */
    public Builder gate(PayoutGate payoutGate) {
      this.gate = Optional.of(Objects.requireNonNull(payoutGate, "payoutGate"));
      return this;
    }

    /**
     * Adds a free-rider rule, over summed team indicators ({@link MemberFunction#SUM} roll-ups).
     *
     * @param rule the rule
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder freeRider(FreeRiderRule rule) {
      freeRiders.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets how the over-competition rule combines the collaborative indicators ({@link
     * Match#ANY} unless set).
     *
     * @param match any or all of them
     * @return this builder
     * @throws NullPointerException if {@code match} is null
     */
    public Builder overCompetition(Match match) {
      this.overCompetition = Objects.requireNonNull(match, "match");
      return this;
    }

    /**
     * Sets the pool each team splits among its members.
     *
     * @param teamPool the pool
     * @return this builder
     * @throws NullPointerException if {@code teamPool} is null
     */
    public Builder pool(TeamPool teamPool) {
      this.pool = Optional.of(Objects.requireNonNull(teamPool, "teamPool"));
      return this;
    }

    /**
     * Sets how many indicators that lifted, and how many that lowered, each member's reasons
     * list ({@value OrganisationPlan#DEFAULT_REASONS} unless set).
     *
     * @param limit the number, zero or more
     * @return this builder
     */
    public Builder reasons(int limit) {
      this.reasons = limit;
      return this;
    }

    /**
     * Sets the application's words for the flags' reasons (see {@link FreeRiderRule}).
     *
     * @param bundle the bundle
     * @return this builder
     * @throws NullPointerException if {@code bundle} is null
     */
    public Builder words(ResourceBundle bundle) {
      this.words = Optional.of(Objects.requireNonNull(bundle, "bundle"));
      return this;
    }

    /**
     * Validates and builds the plan.
     *
     * @return the plan
     * @throws CascadeValidationException listing every problem, each naming the team template or
     *     the indicator: blend weights unset ({@code MISSING_ATTRIBUTE}), not finite, negative or
     *     both zero; a gate without a payout curve ({@code MISSING_ATTRIBUTE}) or on an indicator
     *     the member template lacks ({@code DANGLING_REFERENCE}); a free-rider or pool-share
     *     indicator the team template lacks ({@code DANGLING_REFERENCE}) or that is not a {@code
     *     SUM} of a member indicator ({@code UNSUMMED_INDICATOR}); a negative pool or reasons
     *     limit ({@code VALUE_OUT_OF_RANGE})
     */
    public OrganisationPlan build() {
      List<Problem> problems = new ArrayList<>();
      String templateId = template.team().id();
      String where = "team template '" + UserText.quote(templateId) + "'";
      if (!blendSet) {
        problems.add(new Problem(templateId, ProblemCode.MISSING_ATTRIBUTE,
            where + ": no blend weights; set how much the team and the member score count"));
      } else {
        problems.addAll(BlendWeights.problems(templateId, teamWeight, memberWeight));
      }
      gate.ifPresent(g -> {
        if (payout.isEmpty()) {
          problems.add(new Problem(g.indicatorId(), ProblemCode.MISSING_ATTRIBUTE, where
              + ": a payout gate on '" + UserText.quote(g.indicatorId())
              + "' but no payout curve to gate"));
        }
        if (template.member().scorecard().indicator(g.indicatorId()).isEmpty()) {
          problems.add(new Problem(g.indicatorId(), ProblemCode.DANGLING_REFERENCE,
              "the payout gate names '" + UserText.quote(g.indicatorId())
                  + "', which is not an indicator of member template '"
                  + UserText.quote(template.member().id()) + "'"));
        }
      });
      for (FreeRiderRule rule : freeRiders) {
        for (String id : rule.indicatorIds()) {
          summed(problems, id, "the free-rider rule");
        }
      }
      pool.ifPresent(p -> {
        if (p.amount() < 0) {
          problems.add(new Problem(templateId, ProblemCode.VALUE_OUT_OF_RANGE,
              where + ": the team pool " + p.amount() + " is negative"));
        }
        p.indicatorId().ifPresent(id -> summed(problems, id, "the pool split by share"));
      });
      if (reasons < 0) {
        problems.add(new Problem(templateId, ProblemCode.VALUE_OUT_OF_RANGE,
            where + ": the number of reasons " + reasons + " is negative"));
      }
      if (!problems.isEmpty()) {
        throw new CascadeValidationException("organisation plan of " + where, problems);
      }
      return new OrganisationPlan(this);
    }

    private void summed(List<Problem> problems, String id, String what) {
      String where = "team template '" + UserText.quote(template.team().id()) + "'";
      if (template.team().scorecard().indicator(id).isEmpty()) {
        problems.add(new Problem(id, ProblemCode.DANGLING_REFERENCE, what + " names '"
            + UserText.quote(id) + "', which is not an indicator of " + where));
        return;
      }
      Optional<MemberRollUp> r = template.rollUp(id);
      if (r.isEmpty() || r.get().function() != MemberFunction.SUM) {
        problems.add(new Problem(id, ProblemCode.UNSUMMED_INDICATOR, what + " names '"
            + UserText.quote(id) + "' of " + where + ", which is "
            + r.map(x -> "the " + x.function() + " of its members").orElse("not rolled up from"
                + " its members")
            + "; shares exist only of a SUM of a member indicator"));
      }
    }
  }
}
