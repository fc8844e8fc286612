package io.github.bsc4j.model;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * An indicator (a KPI): what is measured, which direction is good, where it started and where it
 * should get, how its value is scored and rolled up over time, and the four questions every
 * metric must answer: why it is measured ({@link #rationale()}), what is a good and a bad range
 * ({@link #thresholds()}), what to do about each status ({@link #actions()}) and which behaviours
 * it may drive ({@link #risks()}).
 *
 * <p>A <em>derived</em> indicator has a {@link #formula()} over other indicators instead of
 * measurements of its own.
 *
 * <p>Instances are immutable and built with {@link #builder(String)}:
 *
 * <pre>{@code
 * Indicator revenue = Indicator.builder("revenue")
 *     .name("Sales revenue").unit("EUR")
 *     .lagging().higherIsBetter()
 *     .baseline(1_000_000).target(1_200_000)
 *     .thresholds(1_200_000, 1_050_000)
 *     .rollUp(RollUp.SUM)
 *     .rationale("Revenue is the outcome the whole team is paid for")
 *     .action(Status.OFF_TRACK, "Review the pipeline with every salesperson")
 *     .risk("Discounting to close deals early")
 *     .build();
 * }</pre>
 *
 * <p>Indicators are {@link Serializable}, so that a definition can be shipped to the workers of
 * a distributed job: the stream holds the indicator's plain data, and reading it rebuilds the
 * indicator through its builder, so a stream that breaks a rule is refused with the same {@link
 * ScorecardValidationException} a build would throw.
 */
public final class Indicator extends Element implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Longest formula text accepted, in characters. */
  public static final int MAX_FORMULA_LENGTH = 4096;

  /**
   * The furthest back carry-forward may reach, in months (ten years). A missing month looks at
   * most this many months back, so evaluation stays fast whatever the definition says; a longer
   * reach is reported as {@link ProblemCode#LIMIT_EXCEEDED}.
   */
  public static final int MAX_CARRY_FORWARD_MONTHS = 120;

  private final Unit unit;
  private final IndicatorKind kind;
  private final Polarity polarity;
  private final OptionalDouble baseline;
  private final Optional<Target.Schedule> baselineSchedule;
  private final Optional<Target> target;
  private final OptionalDouble min;
  private final OptionalDouble max;
  private final Optional<Thresholds> thresholds;
  private final double weight;
  private final ScoringSpec scoring;
  private final double cap;
  private final RollUp rollUp;
  private final UpdateFrequency updateFrequency;
  private final String rationale;
  private final Map<Status, String> actions;
  private final List<String> risks;
  private final Optional<String> formula;
  private final OptionalInt carryForwardMonths;

  private Indicator(Builder b) {
    super(b);
    this.unit = b.unit;
    this.kind = b.kind;
    this.polarity = b.polarity;
    this.baseline = b.baseline;
    this.baselineSchedule = b.baselineSchedule;
    this.target = b.target;
    this.min = b.min;
    this.max = b.max;
    this.thresholds = b.thresholds;
    this.weight = b.weight;
    this.scoring = b.scoring;
    this.cap = b.cap;
    this.rollUp = b.rollUp;
    this.updateFrequency = b.updateFrequency;
    this.rationale = b.rationale;
    this.actions = Collections.unmodifiableMap(new EnumMap<>(b.actions));
    this.risks = List.copyOf(b.risks);
    this.formula = b.formula;
    this.carryForwardMonths = b.carryForwardMonths;
  }

  /**
   * Starts a builder for an indicator with the given id.
   *
   * @param id the indicator's id ({@code [A-Za-z][A-Za-z0-9_.-]*}, at most 64 characters; checked
   *     when built)
   * @return a new builder with the defaults: higher is better, weight 1, rule {@code linear}, cap
   *     1, roll-up {@code AVERAGE}, updated monthly
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this indicator's values, for building a modified copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(this);
    b.unit = unit;
    b.kind = kind;
    b.polarity = polarity;
    b.baseline = baseline;
    b.baselineSchedule = baselineSchedule;
    b.target = target;
    b.min = min;
    b.max = max;
    b.thresholds = thresholds;
    b.weight = weight;
    b.scoring = scoring;
    b.cap = cap;
    b.rollUp = rollUp;
    b.updateFrequency = updateFrequency;
    b.rationale = rationale;
    b.actions.putAll(actions);
    b.risks.addAll(risks);
    b.formula = formula;
    b.carryForwardMonths = carryForwardMonths;
    return b;
  }

  /**
   * The unit of its values: its symbol ({@code "EUR"}, {@code "%"}, {@code "days"}; may be
   * empty) and whether values add up over time.
   *
   * @return the unit, {@link Unit#NONE} when none was given
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Whether it is a leading (driver) or lagging (outcome) indicator.
   *
   * @return the kind
   */
  public IndicatorKind kind() {
    return kind;
  }

  /**
   * Which direction of the value is good.
   *
   * @return the polarity
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * The starting point scores are measured from.
   *
   * @return the baseline, if any
   */
  public OptionalDouble baseline() {
    return baseline;
  }

  /**
   * Baselines that change over time, one per date range, when the indicator has them instead of
   * a constant {@link #baseline()}. They roll up over longer periods as targets do.
   *
   * @return the baseline schedule, if any
   */
  public Optional<Target.Schedule> baselineSchedule() {
    return baselineSchedule;
  }

  /**
   * Tells whether the indicator has a baseline, constant or scheduled.
   *
   * @return true if it has one
   */
  public boolean hasBaseline() {
    return baseline.isPresent() || baselineSchedule.isPresent();
  }

  /**
   * How many months back a missing monthly value may be carried forward from, if the indicator
   * opted in; the result flags every carried value with the month it came from.
   *
   * @return the maximum age in months, if carry-forward is on
   */
  public OptionalInt carryForwardMonths() {
    return carryForwardMonths;
  }

  /**
   * The value aimed for.
   *
   * @return the target, if any
   */
  public Optional<Target> target() {
    return target;
  }

  /**
   * The lowest meaningful value (used by the {@code min-max} rule).
   *
   * @return the minimum, if any
   */
  public OptionalDouble min() {
    return min;
  }

  /**
   * The highest meaningful value (used by the {@code min-max} rule).
   *
   * @return the maximum, if any
   */
  public OptionalDouble max() {
    return max;
  }

  /**
   * The raw-value thresholds that decide the status, if any.
   *
   * @return the thresholds
   */
  public Optional<Thresholds> thresholds() {
    return thresholds;
  }

  /**
   * The weight within its objective; 0 makes it informational.
   *
   * @return the weight
   */
  public double weight() {
    return weight;
  }

  /**
   * The scoring rule and its parameters.
   *
   * @return the scoring spec
   */
  public ScoringSpec scoring() {
    return scoring;
  }

  /**
   * The highest score the indicator can reach (1 unless over-achievement is rewarded).
   *
   * @return the cap, at least 1
   */
  public double cap() {
    return cap;
  }

  /**
   * How values of shorter periods combine into a longer period's value.
   *
   * @return the roll-up
   */
  public RollUp rollUp() {
    return rollUp;
  }

  /**
   * How often the indicator is measured.
   *
   * @return the update frequency
   */
  public UpdateFrequency updateFrequency() {
    return updateFrequency;
  }

  /**
   * Why the indicator is measured (may be empty).
   *
   * @return the rationale
   */
  public String rationale() {
    return rationale;
  }

  /**
   * What to do for each status; statuses without an action are absent.
   *
   * @return an unmodifiable map
   */
  public Map<Status, String> actions() {
    return actions;
  }

  /**
   * The action for one status.
   *
   * @param status the status
   * @return the action text, if one was given
   * @throws NullPointerException if {@code status} is null
   */
  public Optional<String> action(Status status) {
    return Optional.ofNullable(actions.get(Objects.requireNonNull(status, "status")));
  }

  /**
   * Behaviours the indicator may drive (gaming, neglect of other goals).
   *
   * @return an unmodifiable list
   */
  public List<String> risks() {
    return risks;
  }

  /**
   * The formula of a derived indicator.
   *
   * @return the formula text, if the indicator is derived
   */
  public Optional<String> formula() {
    return formula;
  }

  /**
   * Tells whether the indicator is derived from others by a formula.
   *
   * @return true if it has a formula
   */
  public boolean isDerived() {
    return formula.isPresent();
  }

  /**
   * Compares by value: two indicators are equal when every attribute is equal.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Indicator that
        && sameElement(that)
        && unit.equals(that.unit)
        && kind == that.kind
        && polarity == that.polarity
        && baseline.equals(that.baseline)
        && baselineSchedule.equals(that.baselineSchedule)
        && target.equals(that.target)
        && min.equals(that.min)
        && max.equals(that.max)
        && thresholds.equals(that.thresholds)
        && Double.compare(weight, that.weight) == 0
        && scoring.equals(that.scoring)
        && Double.compare(cap, that.cap) == 0
        && rollUp == that.rollUp
        && updateFrequency == that.updateFrequency
        && rationale.equals(that.rationale)
        && actions.equals(that.actions)
        && risks.equals(that.risks)
        && formula.equals(that.formula)
        && carryForwardMonths.equals(that.carryForwardMonths);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hashWith(
        unit,
        kind,
        polarity,
        baseline,
        baselineSchedule,
        target,
        min,
        max,
        thresholds,
        weight,
        scoring,
        cap,
        rollUp,
        updateFrequency,
        rationale,
        actions,
        risks,
        formula,
        carryForwardMonths);
  }

  /**
   * A compact description listing the set attributes, on one line: control characters in user
   * text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = describe("Indicator");
    sb.append(", ").append(kind).append(", ").append(polarity);
    if (!unit.equals(Unit.NONE)) {
      sb.append(", unit=").append(unit.symbol());
      if (!unit.equals(Unit.of(unit.symbol()))) {
        sb.append(" (").append(unit.kind()).append(')');
      }
    }
    baseline.ifPresent(v -> sb.append(", baseline=").append(v));
    baselineSchedule.ifPresent(v -> sb.append(", baselines=").append(v));
    target.ifPresent(v -> sb.append(", target=").append(v));
    min.ifPresent(v -> sb.append(", min=").append(v));
    max.ifPresent(v -> sb.append(", max=").append(v));
    thresholds.ifPresent(v -> sb.append(", thresholds=").append(v));
    sb.append(", weight=").append(weight);
    sb.append(", scoring=").append(scoring.name());
    sb.append(", cap=").append(cap);
    sb.append(", rollUp=").append(rollUp);
    formula.ifPresent(v -> sb.append(", formula=").append(v));
    carryForwardMonths.ifPresent(v -> sb.append(", carryForward=").append(v));
    return UserText.escape(sb.append(']').toString());
  }

  /**
   * Writes the indicator as its {@link SerialProxy}.
   *
   * @return the proxy
   */
  private Object writeReplace() {
    return new SerialProxy(this);
  }

  /**
   * Refuses a stream that claims this class: only the proxy is ever written.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException(SerialForms.PROXY_REQUIRED);
  }

  /**
   * The serial form of an {@link Indicator}: its attributes as plain data, absent ones as
   * {@code null}; read back through {@link Indicator#builder(String)} and {@link Builder#build()}.
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The id. @serial */
    private final String id;
    /** The display name. @serial */
    private final String name;
    /** The description. @serial */
    private final String description;
    /** The unit. @serial */
    private final Unit unit;
    /** Leading or lagging. @serial */
    private final IndicatorKind kind;
    /** The polarity. @serial */
    private final Polarity polarity;
    /** The constant baseline, or null. @serial */
    private final Double baseline;
    /** The baseline schedule, or null. @serial */
    private final Target.Schedule baselineSchedule;
    /** The target, or null. @serial */
    private final Target target;
    /** The minimum, or null. @serial */
    private final Double min;
    /** The maximum, or null. @serial */
    private final Double max;
    /** The thresholds, or null. @serial */
    private final Thresholds thresholds;
    /** The weight. @serial */
    private final double weight;
    /** The scoring rule. @serial */
    private final ScoringSpec scoring;
    /** The cap. @serial */
    private final double cap;
    /** The roll-up. @serial */
    private final RollUp rollUp;
    /** The update frequency. @serial */
    private final UpdateFrequency updateFrequency;
    /** The rationale. @serial */
    private final String rationale;
    /** The action per status. @serial */
    private final Map<Status, String> actions;
    /** The risks. @serial */
    private final List<String> risks;
    /** The formula, or null. @serial */
    private final String formula;
    /** The carry-forward reach in months, or null. @serial */
    private final Integer carryForwardMonths;

    SerialProxy(Indicator i) {
      this.id = i.id();
      this.name = i.name();
      this.description = i.description();
      this.unit = i.unit;
      this.kind = i.kind;
      this.polarity = i.polarity;
      this.baseline = i.baseline.isPresent() ? i.baseline.getAsDouble() : null;
      this.baselineSchedule = i.baselineSchedule.orElse(null);
      this.target = i.target.orElse(null);
      this.min = i.min.isPresent() ? i.min.getAsDouble() : null;
      this.max = i.max.isPresent() ? i.max.getAsDouble() : null;
      this.thresholds = i.thresholds.orElse(null);
      this.weight = i.weight;
      this.scoring = i.scoring;
      this.cap = i.cap;
      this.rollUp = i.rollUp;
      this.updateFrequency = i.updateFrequency;
      this.rationale = i.rationale;
      this.actions = i.actions;
      this.risks = i.risks;
      this.formula = i.formula.orElse(null);
      this.carryForwardMonths =
          i.carryForwardMonths.isPresent() ? i.carryForwardMonths.getAsInt() : null;
    }

    /**
     * Rebuilds the indicator through its builder, so every rule is checked again.
     *
     * @return the indicator
     * @throws InvalidObjectException if the data cannot be handed to the builder
     * @throws ScorecardValidationException if the indicator breaks a rule
     */
    private Object readResolve() throws ObjectStreamException {
      if (baseline != null && baselineSchedule != null) {
        throw new InvalidObjectException(
            "serialised indicator " + Problems.q(id) + " has both a baseline and a schedule");
      }
      try {
        Builder b = Indicator.builder(id).name(name).description(description).unit(unit).kind(kind)
            .polarity(polarity).weight(weight).scoring(scoring).cap(cap).rollUp(rollUp)
            .updateFrequency(updateFrequency).rationale(rationale);
        if (baseline != null) {
          b.baseline(baseline);
        }
        if (baselineSchedule != null) {
          b.baselineSchedule(baselineSchedule.entries());
        }
        if (target != null) {
          b.target(target);
        }
        if (min != null) {
          b.min(min);
        }
        if (max != null) {
          b.max(max);
        }
        if (thresholds != null) {
          b.thresholds(thresholds);
        }
        for (Map.Entry<Status, String> e : actions.entrySet()) {
          b.action(e.getKey(), e.getValue());
        }
        for (String risk : risks) {
          b.risk(risk);
        }
        if (formula != null) {
          b.formula(formula);
        }
        if (carryForwardMonths != null) {
          b.carryForward(carryForwardMonths);
        }
        return b.build();
      } catch (NullPointerException | ClassCastException e) {
        throw SerialForms.invalid("indicator", id, e);
      }
    }
  }

  /**
   * Builds an {@link Indicator}. Setters reject {@code null} at once; everything else (ids,
   * numbers, consistency) is checked by {@link #build()}, which reports all problems together.
   * Not thread-safe.
   */
  public static final class Builder extends Element.Builder<Builder> {
    private Unit unit = Unit.NONE;
    private IndicatorKind kind;
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;
    private OptionalDouble baseline = OptionalDouble.empty();
    private Optional<Target.Schedule> baselineSchedule = Optional.empty();
    private Optional<Target> target = Optional.empty();
    private OptionalDouble min = OptionalDouble.empty();
    private OptionalDouble max = OptionalDouble.empty();
    private Optional<Thresholds> thresholds = Optional.empty();
    private double weight = 1.0;
    private ScoringSpec scoring = ScoringSpec.linear();
    private double cap = 1.0;
    private RollUp rollUp = RollUp.AVERAGE;
    private UpdateFrequency updateFrequency = UpdateFrequency.MONTHLY;
    private String rationale = "";
    private final EnumMap<Status, String> actions = new EnumMap<>(Status.class);
    private final List<String> risks = new ArrayList<>();
    private Optional<String> formula = Optional.empty();
    private OptionalInt carryForwardMonths = OptionalInt.empty();

    private Builder(String id) {
      super(id);
    }

    private Builder(Indicator indicator) {
      super(indicator);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    String kind() {
      return "indicator";
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit, e.g. {@code Unit.of("EUR")}, {@link Unit#percent()}
     * @return this builder
     * @throws NullPointerException if {@code unit} is null
     */
    public Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the unit by its symbol, as {@link Unit#of(String)} reads it: {@code "%"} is a
     * percentage, any other symbol an additive quantity.
     *
     * @param symbol the unit's symbol, e.g. {@code "EUR"}
     * @return this builder
     * @throws NullPointerException if {@code symbol} is null
     */
    public Builder unit(String symbol) {
      return unit(Unit.of(symbol));
    }

    /**
     * Sets the kind (required).
     *
     * @param kind leading or lagging
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder kind(IndicatorKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Marks the indicator as leading (a driver).
     *
     * @return this builder
     */
    public Builder leading() {
      return kind(IndicatorKind.LEADING);
    }

    /**
     * Marks the indicator as lagging (an outcome).
     *
     * @return this builder
     */
    public Builder lagging() {
      return kind(IndicatorKind.LAGGING);
    }

    /**
     * Sets the polarity.
     *
     * @param polarity the polarity
     * @return this builder
     * @throws NullPointerException if {@code polarity} is null
     */
    public Builder polarity(Polarity polarity) {
      this.polarity = Objects.requireNonNull(polarity, "polarity");
      return this;
    }

    /**
     * Sets the polarity to higher-is-better (the default).
     *
     * @return this builder
     */
    public Builder higherIsBetter() {
      return polarity(Polarity.HIGHER_IS_BETTER);
    }

    /**
     * Sets the polarity to lower-is-better.
     *
     * @return this builder
     */
    public Builder lowerIsBetter() {
      return polarity(Polarity.LOWER_IS_BETTER);
    }

    /**
     * Sets the polarity to in-range.
     *
     * @return this builder
     */
    public Builder inRange() {
      return polarity(Polarity.IN_RANGE);
    }

    /**
     * Sets the baseline.
     *
     * @param baseline the starting value
     * @return this builder
     */
    public Builder baseline(double baseline) {
      this.baseline = OptionalDouble.of(baseline);
      this.baselineSchedule = Optional.empty();
      return this;
    }

    /**
     * Sets baselines that change over time, replacing a constant baseline.
     *
     * @param entries the baseline per date range; ranges must not overlap
     * @return this builder
     * @throws NullPointerException if {@code entries} or an entry is null
     */
    public Builder baselineSchedule(List<ScheduledTarget> entries) {
      this.baselineSchedule = Optional.of(new Target.Schedule(entries));
      this.baseline = OptionalDouble.empty();
      return this;
    }

    /**
     * Removes the baseline, constant or scheduled.
     *
     * @return this builder
     */
    public Builder noBaseline() {
      this.baseline = OptionalDouble.empty();
      this.baselineSchedule = Optional.empty();
      return this;
    }

    /**
     * Opts in to carry-forward: a month without a value takes the latest value of the {@code
     * maxAgeMonths} months before it, flagged in the result with the month it came from.
     *
     * @param maxAgeMonths how many months back to look, at least 1 and at most {@value
     *     Indicator#MAX_CARRY_FORWARD_MONTHS} (checked when built)
     * @return this builder
     */
    public Builder carryForward(int maxAgeMonths) {
      this.carryForwardMonths = OptionalInt.of(maxAgeMonths);
      return this;
    }

    /**
     * Turns carry-forward off again (the default): a month without a value has none.
     *
     * @return this builder
     */
    public Builder noCarryForward() {
      this.carryForwardMonths = OptionalInt.empty();
      return this;
    }

    /**
     * Sets a constant target.
     *
     * @param target the target value
     * @return this builder
     */
    public Builder target(double target) {
      return target(Target.of(target));
    }

    /**
     * Sets the target.
     *
     * @param target a constant or scheduled target
     * @return this builder
     * @throws NullPointerException if {@code target} is null
     */
    public Builder target(Target target) {
      this.target = Optional.of(Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Removes the target, constant or scheduled.
     *
     * @return this builder
     */
    public Builder noTarget() {
      this.target = Optional.empty();
      return this;
    }

    /**
     * Sets the lowest meaningful value.
     *
     * @param min the minimum
     * @return this builder
     */
    public Builder min(double min) {
      this.min = OptionalDouble.of(min);
      return this;
    }

    /**
     * Sets the highest meaningful value.
     *
     * @param max the maximum
     * @return this builder
     */
    public Builder max(double max) {
      this.max = OptionalDouble.of(max);
      return this;
    }

    /**
     * Sets the lowest and highest meaningful values.
     *
     * @param min the minimum
     * @param max the maximum
     * @return this builder
     */
    public Builder bounds(double min, double max) {
      return min(min).max(max);
    }

    /**
     * Removes the lowest meaningful value.
     *
     * @return this builder
     */
    public Builder noMin() {
      this.min = OptionalDouble.empty();
      return this;
    }

    /**
     * Removes the highest meaningful value.
     *
     * @return this builder
     */
    public Builder noMax() {
      this.max = OptionalDouble.empty();
      return this;
    }

    /**
     * Removes both bounds, {@link #noMin()} and {@link #noMax()}.
     *
     * @return this builder
     */
    public Builder noBounds() {
      return noMin().noMax();
    }

    /**
     * Sets directional thresholds: meeting {@code good} is on track, worse than {@code bad} is
     * off track.
     *
     * @param good the on-track value
     * @param bad the off-track value
     * @return this builder
     */
    public Builder thresholds(double good, double bad) {
      return thresholds(Thresholds.of(good, bad));
    }

    /**
     * Sets the thresholds.
     *
     * @param thresholds directional or range thresholds
     * @return this builder
     * @throws NullPointerException if {@code thresholds} is null
     */
    public Builder thresholds(Thresholds thresholds) {
      this.thresholds = Optional.of(Objects.requireNonNull(thresholds, "thresholds"));
      return this;
    }

    /**
     * Removes the thresholds: the status then comes from the score's cut-offs.
     *
     * @return this builder
     */
    public Builder noThresholds() {
      this.thresholds = Optional.empty();
      return this;
    }

    /**
     * Sets the weight within the objective (default 1).
     *
     * @param weight a non-negative weight; 0 makes the indicator informational
     * @return this builder
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets the scoring rule (default {@code linear}).
     *
     * @param scoring the rule and parameters
     * @return this builder
     * @throws NullPointerException if {@code scoring} is null
     */
    public Builder scoring(ScoringSpec scoring) {
      this.scoring = Objects.requireNonNull(scoring, "scoring");
      return this;
    }

    /**
     * Sets the scoring rule by name, without parameters.
     *
     * @param rule the rule name
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder scoring(String rule) {
      return scoring(ScoringSpec.of(Objects.requireNonNull(rule, "rule")));
    }

    /**
     * Sets the score cap (default 1; compensation plans use 1.2 or 1.5).
     *
     * @param cap the cap, at least 1
     * @return this builder
     */
    public Builder cap(double cap) {
      this.cap = cap;
      return this;
    }

    /**
     * Sets the period roll-up (default {@code AVERAGE}).
     *
     * @param rollUp the roll-up
     * @return this builder
     * @throws NullPointerException if {@code rollUp} is null
     */
    public Builder rollUp(RollUp rollUp) {
      this.rollUp = Objects.requireNonNull(rollUp, "rollUp");
      return this;
    }

    /**
     * Sets how often the indicator is measured (default monthly).
     *
     * @param frequency the frequency
     * @return this builder
     * @throws NullPointerException if {@code frequency} is null
     */
    public Builder updateFrequency(UpdateFrequency frequency) {
      this.updateFrequency = Objects.requireNonNull(frequency, "frequency");
      return this;
    }

    /**
     * Sets why the indicator is measured.
     *
     * @param rationale the rationale
     * @return this builder
     * @throws NullPointerException if {@code rationale} is null
     */
    public Builder rationale(String rationale) {
      this.rationale = Objects.requireNonNull(rationale, "rationale");
      return this;
    }

    /**
     * Sets what to do when the indicator has {@code status}.
     *
     * @param status the status
     * @param action the action text
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder action(Status status, String action) {
      actions.put(Objects.requireNonNull(status, "status"), Objects.requireNonNull(action, "action"));
      return this;
    }

    /**
     * Adds a behaviour the indicator may drive.
     *
     * @param risk the behavioural risk
     * @return this builder
     * @throws NullPointerException if {@code risk} is null
     */
    public Builder risk(String risk) {
      risks.add(Objects.requireNonNull(risk, "risk"));
      return this;
    }

    /**
     * Makes the indicator derived: its value is computed by {@code formula} over other
     * indicators.
     *
     * @param formula the formula text, at most {@value Indicator#MAX_FORMULA_LENGTH} characters
     * @return this builder
     * @throws NullPointerException if {@code formula} is null
     */
    public Builder formula(String formula) {
      this.formula = Optional.of(Objects.requireNonNull(formula, "formula"));
      return this;
    }

    /**
     * Removes the formula: the indicator is measured again, not derived.
     *
     * @return this builder
     */
    public Builder noFormula() {
      this.formula = Optional.empty();
      return this;
    }

    /**
     * Removes every action added with {@link #action(Status, String)}.
     *
     * @return this builder
     */
    public Builder noActions() {
      actions.clear();
      return this;
    }

    /**
     * Removes every risk added with {@link #risk(String)}.
     *
     * @return this builder
     */
    public Builder noRisks() {
      risks.clear();
      return this;
    }

    /**
     * Validates and builds the indicator.
     *
     * @return the indicator
     * @throws ScorecardValidationException listing every problem, if any
     */
    public Indicator build() {
      validate();
      return new Indicator(this);
    }

    /** Builds without checking; only after {@link #check} reported nothing. */
    Indicator buildChecked() {
      return new Indicator(this);
    }

    double weight() {
      return weight;
    }

    @Override
    void checkAttributes(Problems p) {
      if (kind == null) {
        p.add(id, ProblemCode.MISSING_ATTRIBUTE, "indicator kind (LEADING or LAGGING) is not set");
      }
      boolean baselineOk =
          (baseline.isEmpty() || p.finite(id, "baseline", baseline.getAsDouble()))
              && (baselineSchedule.isEmpty() || checkSchedule("baseline", baselineSchedule.get(), p));
      boolean targetOk = target.isEmpty() || checkTarget(target.get(), p);
      boolean minOk = min.isEmpty() || p.finite(id, "min", min.getAsDouble());
      boolean maxOk = max.isEmpty() || p.finite(id, "max", max.getAsDouble());
      boolean thresholdsOk = true;
      if (thresholds.isPresent()) {
        List<Double> values = thresholds.get().values();
        List<String> names =
            thresholds.get() instanceof Thresholds.Directional
                ? List.of("good threshold", "bad threshold")
                : List.of(
                    "good-low threshold",
                    "good-high threshold",
                    "bad-low threshold",
                    "bad-high threshold");
        for (int k = 0; k < values.size(); k++) {
          thresholdsOk &= p.finite(id, names.get(k), values.get(k));
        }
      }
      p.weight(id, "indicator", weight);
      if (p.finite(id, "cap", cap) && cap < 1) {
        p.add(id, ProblemCode.CAP_BELOW_ONE, "cap must be at least 1, was " + cap);
      }
      scoring.check(id, p);

      boolean boundsUsable = minOk && maxOk;
      if (boundsUsable
          && min.isPresent()
          && max.isPresent()
          && !(min.getAsDouble() < max.getAsDouble())) {
        p.add(
            id,
            ProblemCode.EMPTY_INTERVAL,
            "min " + min.getAsDouble() + " must be below max " + max.getAsDouble());
        boundsUsable = false;
      }
      if (boundsUsable) {
        if (baselineOk) {
          for (double v : baselineValues()) {
            checkWithinBounds("baseline", v, p);
          }
        }
        if (targetOk && target.isPresent()) {
          for (double v : target.get().values()) {
            checkWithinBounds("target", v, p);
          }
        }
      }
      if (baselineOk && targetOk && target.isPresent()) {
        baseline.ifPresent(b -> checkPolarity(Target.of(b), target.get(), p));
        baselineSchedule.ifPresent(b -> checkPolarity(b, target.get(), p));
      }
      if (carryForwardMonths.isPresent() && carryForwardMonths.getAsInt() < 1) {
        p.add(
            id,
            ProblemCode.VALUE_OUT_OF_RANGE,
            "carry-forward needs a maximum age of at least 1 month, was "
                + carryForwardMonths.getAsInt());
      } else if (carryForwardMonths.isPresent()
          && carryForwardMonths.getAsInt() > MAX_CARRY_FORWARD_MONTHS) {
        p.add(
            id,
            ProblemCode.LIMIT_EXCEEDED,
            "carry-forward may reach back at most "
                + MAX_CARRY_FORWARD_MONTHS
                + " months, was "
                + carryForwardMonths.getAsInt());
      }
      if (thresholdsOk && thresholds.isPresent()) {
        checkThresholds(thresholds.get(), boundsUsable, p);
      }
      if (rollUp == RollUp.SUM && !unit.additive()) {
        p.add(id, ProblemCode.NON_ADDITIVE_ROLL_UP, nonAdditiveMessage());
      }
      if (formula.isPresent()) {
        String text = formula.get();
        if (text.isBlank()) {
          p.add(id, ProblemCode.BLANK_TEXT, "formula must not be blank");
        } else if (text.length() > MAX_FORMULA_LENGTH) {
          p.add(
              id,
              ProblemCode.TEXT_TOO_LONG,
              "formula has "
                  + text.length()
                  + " characters, at most "
                  + MAX_FORMULA_LENGTH
                  + " are allowed");
        }
      }
    }

    /** Why a SUM roll-up of this unit is wrong, and the fix. */
    private String nonAdditiveMessage() {
      String values = switch (unit.kind()) {
        case PERCENTAGE -> "percentages";
        case RATIO -> "ratios";
        default -> "levels";
      };
      String what = "a SUM roll-up adds up " + values + " (unit " + Problems.q(unit.symbol())
          + ", " + unit.kind() + "), which do not add up over time: ";
      if (unit.kind() == Unit.Kind.LEVEL) {
        return what + "three months of a headcount of 10 are not a quarter's headcount of 30;"
            + " roll it up with AVERAGE, LAST, MIN or MAX";
      }
      if (formula.isPresent()) {
        return what + "its value comes from inputs rolled up first, but its target and baseline"
            + " would be added up; roll it up with AVERAGE or LAST";
      }
      String example = unit.kind() == Unit.Kind.PERCENTAGE
          ? "a 2 % month and a 50 % month do not make a 52 % quarter"
          : "a month at 0.02 and a month at 0.5 do not make a quarter at 0.52";
      return what + example + "; make it a derived indicator over its numerator and denominator,"
          + " two SUM indicators rolled up first (for example formula \"won / opportunities\"),"
          + " or roll it up with AVERAGE or LAST";
    }

    private boolean checkTarget(Target t, Problems p) {
      int before = p.size();
      if (t instanceof Target.Constant c) {
        p.finite(id, "target", c.value());
      } else {
        checkSchedule("target", (Target.Schedule) t, p);
      }
      return p.size() == before;
    }

    private List<Double> baselineValues() {
      if (baseline.isPresent()) {
        return List.of(baseline.getAsDouble());
      }
      return baselineSchedule.map(Target.Schedule::values).orElse(List.of());
    }

    /** Checks a target or baseline schedule; returns whether it had no problem. */
    private boolean checkSchedule(String what, Target.Schedule s, Problems p) {
      int before = p.size();
      if (s.entries().isEmpty()) {
        p.add(id, ProblemCode.MISSING_ATTRIBUTE, "a " + what + " schedule needs at least one entry");
      }
      List<ScheduledTarget> valid = new ArrayList<>();
      for (ScheduledTarget e : s.entries()) {
        p.finite(id, "scheduled " + what + " from " + e.start(), e.value());
        if (!e.start().isBefore(e.end())) {
          p.add(
              id,
              ProblemCode.EMPTY_INTERVAL,
              "scheduled " + what + " range [" + e.start() + ", " + e.end() + ") is empty");
        } else {
          valid.add(e);
        }
      }
      valid.sort((a, b) -> a.start().compareTo(b.start()));
      for (int i = 1; i < valid.size(); i++) {
        ScheduledTarget prev = valid.get(i - 1);
        ScheduledTarget next = valid.get(i);
        if (next.start().isBefore(prev.end())) {
          p.add(
              id,
              ProblemCode.OVERLAPPING_PERIODS,
              "scheduled " + what + "s ["
                  + prev.start()
                  + ", "
                  + prev.end()
                  + ") and ["
                  + next.start()
                  + ", "
                  + next.end()
                  + ") overlap");
        }
      }
      return p.size() == before;
    }

    private void checkWithinBounds(String what, double v, Problems p) {
      if (min.isPresent() && v < min.getAsDouble()) {
        p.add(
            id,
            ProblemCode.OUTSIDE_MIN_MAX,
            what + " " + v + " lies below min " + min.getAsDouble());
      }
      if (max.isPresent() && v > max.getAsDouble()) {
        p.add(
            id,
            ProblemCode.OUTSIDE_MIN_MAX,
            what + " " + v + " lies above max " + max.getAsDouble());
      }
    }

    /**
     * Compares target and baseline, as monthly figures, wherever either changes: at the start of
     * every schedule entry (any date for constants). Only called for schedules without problems,
     * whose entries do not overlap; each date is looked up by binary search, so long schedules
     * take {@code n log n} steps, not {@code n²}.
     */
    private void checkPolarity(Target baselines, Target targets, Problems p) {
      List<ScheduledTarget> sortedBaselines = sortedEntries(baselines);
      List<ScheduledTarget> sortedTargets = sortedEntries(targets);
      TreeSet<LocalDate> dates = new TreeSet<>();
      for (Target t : List.of(baselines, targets)) {
        if (t instanceof Target.Schedule s) {
          s.entries().forEach(e -> dates.add(e.start()));
        }
      }
      if (dates.isEmpty()) {
        dates.add(LocalDate.EPOCH);
      }
      TreeSet<String> reported = new TreeSet<>();
      for (LocalDate d : dates) {
        OptionalDouble b = monthlyValueOn(baselines, sortedBaselines, d);
        OptionalDouble v = monthlyValueOn(targets, sortedTargets, d);
        if (b.isPresent() && v.isPresent()
            && reported.add(v.getAsDouble() + "/" + b.getAsDouble())) {
          checkPolarity(b.getAsDouble(), v.getAsDouble(), p);
        }
      }
    }

    /** A schedule's entries sorted by start (none for a constant). */
    private static List<ScheduledTarget> sortedEntries(Target t) {
      if (t instanceof Target.Schedule s) {
        List<ScheduledTarget> sorted = new ArrayList<>(s.entries());
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        return sorted;
      }
      return List.of();
    }

    /**
     * The value on {@code date} as a monthly figure, so that targets and baselines of different
     * spans compare: for a {@code SUM} indicator a schedule entry is a total for its range (a
     * constant is already monthly); for other roll-ups every value is a level.
     *
     * @param sorted the schedule's entries sorted by start, without overlaps
     */
    private OptionalDouble monthlyValueOn(Target t, List<ScheduledTarget> sorted, LocalDate date) {
      if (t instanceof Target.Constant c) {
        return OptionalDouble.of(c.value());
      }
      int lo = 0;
      int hi = sorted.size() - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted.get(mid).start().isAfter(date)) {
          hi = mid - 1;
        } else {
          found = mid;
          lo = mid + 1;
        }
      }
      if (found < 0 || !sorted.get(found).covers(date)) {
        return OptionalDouble.empty();
      }
      ScheduledTarget e = sorted.get(found);
      if (rollUp != RollUp.SUM) {
        return OptionalDouble.of(e.value());
      }
      double days = java.time.temporal.ChronoUnit.DAYS.between(e.start(), e.end());
      boolean wholeMonths = e.start().getDayOfMonth() == 1 && e.end().getDayOfMonth() == 1;
      double months = wholeMonths
          ? java.time.temporal.ChronoUnit.MONTHS.between(e.start(), e.end())
          : days / date.lengthOfMonth();
      return OptionalDouble.of(e.value() / months);
    }

    private void checkPolarity(double b, double v, Problems p) {
      if (polarity == Polarity.HIGHER_IS_BETTER && v < b) {
        p.add(
            id,
            ProblemCode.POLARITY_INCONSISTENT,
            "higher is better, but target " + v + " lies below baseline " + b);
      } else if (polarity == Polarity.LOWER_IS_BETTER && v > b) {
        p.add(
            id,
            ProblemCode.POLARITY_INCONSISTENT,
            "lower is better, but target " + v + " lies above baseline " + b);
      }
    }

    private void checkThresholds(Thresholds t, boolean boundsUsable, Problems p) {
      if (t instanceof Thresholds.Directional d) {
        if (polarity == Polarity.IN_RANGE) {
          p.add(
              id,
              ProblemCode.THRESHOLD_POLARITY_MISMATCH,
              "an in-range indicator needs range thresholds, not a single good/bad pair");
        } else if (polarity == Polarity.HIGHER_IS_BETTER && d.good() < d.bad()) {
          p.add(
              id,
              ProblemCode.THRESHOLD_ORDER,
              "higher is better, so the good threshold "
                  + d.good()
                  + " must not lie below the bad threshold "
                  + d.bad());
        } else if (polarity == Polarity.LOWER_IS_BETTER && d.good() > d.bad()) {
          p.add(
              id,
              ProblemCode.THRESHOLD_ORDER,
              "lower is better, so the good threshold "
                  + d.good()
                  + " must not lie above the bad threshold "
                  + d.bad());
        }
        if (boundsUsable) {
          checkWithinBounds("good threshold", d.good(), p);
          checkWithinBounds("bad threshold", d.bad(), p);
        }
      } else {
        Thresholds.Range r = (Thresholds.Range) t;
        if (polarity != Polarity.IN_RANGE) {
          p.add(
              id,
              ProblemCode.THRESHOLD_POLARITY_MISMATCH,
              "range thresholds need an in-range indicator, but the polarity is " + polarity);
        } else if (!(r.badLow() <= r.goodLow()
            && r.goodLow() <= r.goodHigh()
            && r.goodHigh() <= r.badHigh())) {
          p.add(
              id,
              ProblemCode.THRESHOLD_ORDER,
              "range thresholds need badLow <= goodLow <= goodHigh <= badHigh, were "
                  + r.badLow()
                  + ", "
                  + r.goodLow()
                  + ", "
                  + r.goodHigh()
                  + ", "
                  + r.badHigh());
        }
        if (boundsUsable) {
          for (double v : r.values()) {
            checkWithinBounds("threshold", v, p);
          }
        }
      }
    }
  }
}
