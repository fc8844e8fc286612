package io.github.bsc4j.model;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A strategic objective: what must be achieved within one perspective, measured by its
 * indicators.
 *
 * <p>Instances are immutable and built with {@link #builder(String)}, usually from inside a
 * {@link Scorecard.Builder}:
 *
 * <pre>{@code
 * .objective("grow-revenue", o -> o
 *     .name("Grow revenue")
 *     .perspective(Perspective.FINANCIAL)
 *     .weight(2)
 *     .indicator("revenue", i -> i.lagging().baseline(100).target(120)))
 * }</pre>
 *
 * <p>Objectives are {@link Serializable}: the stream holds the objective's plain data and its
 * indicators, and reading it rebuilds the objective through its builder, so a stream that breaks
 * a rule is refused with the same {@link ScorecardValidationException} a build would throw.
 */
public final class Objective extends Element implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String perspective;
  private final double weight;
  private final String owner;
  private final Optional<String> theme;
  private final List<Indicator> indicators;
  private final Optional<AggregationSpec> aggregation;
  private final Optional<MissingDataPolicy> missingData;
  private final Optional<StatusPolicy> statusPolicy;
  private final Optional<String> supports;

  private Objective(Builder b, List<Indicator> indicators) {
    super(b);
    this.perspective = b.perspective;
    this.weight = b.weight;
    this.owner = b.owner;
    this.theme = b.theme;
    this.indicators = List.copyOf(indicators);
    this.aggregation = b.aggregation;
    this.missingData = b.missingData;
    this.statusPolicy = b.statusPolicy;
    this.supports = b.supports;
  }

  /**
   * Starts a builder for an objective with the given id.
   *
   * @param id the objective's id (checked when built)
   * @return a new builder with weight 1 and no indicators
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this objective's values, for building a modified copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(this);
    b.perspective = perspective;
    b.weight = weight;
    b.owner = owner;
    b.theme = theme;
    for (Indicator i : indicators) {
      b.indicators.add(i.toBuilder());
    }
    b.aggregation = aggregation;
    b.missingData = missingData;
    b.statusPolicy = statusPolicy;
    b.supports = supports;
    return b;
  }

  /**
   * The id of the perspective the objective belongs to.
   *
   * @return the perspective id
   */
  public String perspective() {
    return perspective;
  }

  /**
   * The weight within its perspective; 0 makes it informational.
   *
   * @return the weight
   */
  public double weight() {
    return weight;
  }

  /**
   * Who is accountable for the objective (may be empty).
   *
   * @return the owner
   */
  public String owner() {
    return owner;
  }

  /**
   * The id of the strategic theme the objective belongs to.
   *
   * @return the theme id, if any
   */
  public Optional<String> theme() {
    return theme;
  }

  /**
   * The indicators measuring the objective, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * An override of the scorecard's aggregation for this objective's indicators.
   *
   * @return the override, if any
   */
  public Optional<AggregationSpec> aggregation() {
    return aggregation;
  }

  /**
   * An override of the scorecard's missing-data policy for this objective's indicators.
   *
   * @return the override, if any
   */
  public Optional<MissingDataPolicy> missingData() {
    return missingData;
  }

  /**
   * An override of the scorecard's status policy for this objective's own status.
   *
   * @return the override, if any
   */
  public Optional<StatusPolicy> statusPolicy() {
    return statusPolicy;
  }

  /**
   * The id of the objective this one supports in the scorecard one level up (a team objective
   * supports an organisation objective, an individual objective a team objective); the cascade's
   * alignment report checks it against that scorecard.
   *
   * @return the supported objective's id, if any
   */
  public Optional<String> supports() {
    return supports;
  }

  /**
   * Compares by value: equal when every attribute, indicators included, is equal.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Objective that
        && sameElement(that)
        && perspective.equals(that.perspective)
        && Double.compare(weight, that.weight) == 0
        && owner.equals(that.owner)
        && theme.equals(that.theme)
        && indicators.equals(that.indicators)
        && aggregation.equals(that.aggregation)
        && missingData.equals(that.missingData)
        && statusPolicy.equals(that.statusPolicy)
        && supports.equals(that.supports);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hashWith(
        perspective, weight, owner, theme, indicators, aggregation, missingData, statusPolicy,
        supports);
  }

  /**
   * A compact description with the indicator ids, on one line: control characters in user text
   * are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = describe("Objective");
    sb.append(", perspective=").append(perspective);
    sb.append(", weight=").append(weight);
    theme.ifPresent(t -> sb.append(", theme=").append(t));
    aggregation.ifPresent(a -> sb.append(", aggregation=").append(a.name()));
    missingData.ifPresent(m -> sb.append(", missingData=").append(m));
    statusPolicy.ifPresent(m -> sb.append(", statusPolicy=").append(m));
    supports.ifPresent(s -> sb.append(", supports=").append(s));
    sb.append(", indicators=[");
    for (int i = 0; i < indicators.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(indicators.get(i).id());
    }
    return UserText.escape(sb.append("]]").toString());
  }

  /**
   * Writes the objective as its {@link SerialProxy}.
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
   * The serial form of an {@link Objective}: its attributes as plain data, absent ones as {@code
   * null}, and its indicators; read back through {@link Objective#builder(String)} and {@link
   * Builder#build()}.
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The id. @serial */
    private final String id;
    /** The display name. @serial */
    private final String name;
    /** The description. @serial */
    private final String description;
    /** The perspective's id. @serial */
    private final String perspective;
    /** The weight. @serial */
    private final double weight;
    /** The owner. @serial */
    private final String owner;
    /** The strategic theme's id, or null. @serial */
    private final String theme;
    /** The indicators, in order. @serial */
    private final List<Indicator> indicators;
    /** The aggregation override, or null. @serial */
    private final AggregationSpec aggregation;
    /** The missing-data override, or null. @serial */
    private final MissingDataPolicy missingData;
    /** The status-policy override, or null. @serial */
    private final StatusPolicy statusPolicy;
    /** The supported objective's id, or null. @serial */
    private final String supports;

    SerialProxy(Objective o) {
      this.id = o.id();
      this.name = o.name();
      this.description = o.description();
      this.perspective = o.perspective;
      this.weight = o.weight;
      this.owner = o.owner;
      this.theme = o.theme.orElse(null);
      this.indicators = o.indicators;
      this.aggregation = o.aggregation.orElse(null);
      this.missingData = o.missingData.orElse(null);
      this.statusPolicy = o.statusPolicy.orElse(null);
      this.supports = o.supports.orElse(null);
    }

    /**
     * Rebuilds the objective through its builder, so every rule is checked again.
     *
     * @return the objective
     * @throws InvalidObjectException if the data cannot be handed to the builder
     * @throws ScorecardValidationException if the objective breaks a rule
     */
    private Object readResolve() throws ObjectStreamException {
      try {
        Builder b = Objective.builder(id).name(name).description(description)
            .perspective(perspective).weight(weight).owner(owner);
        if (theme != null) {
          b.theme(theme);
        }
        for (Indicator i : indicators) {
          b.indicator(i);
        }
        if (aggregation != null) {
          b.aggregation(aggregation);
        }
        if (missingData != null) {
          b.missingData(missingData);
        }
        if (statusPolicy != null) {
          b.statusPolicy(statusPolicy);
        }
        if (supports != null) {
          b.supports(supports);
        }
        return b.build();
      } catch (NullPointerException | ClassCastException e) {
        throw SerialForms.invalid("objective", id, e);
      }
    }
  }

  /**
   * Builds an {@link Objective}. Setters reject {@code null} at once; everything else is checked
   * by {@link #build()} (or by the enclosing scorecard's build), which reports all problems
   * together. Not thread-safe.
   */
  public static final class Builder extends Element.Builder<Builder> {
    private String perspective;
    private double weight = 1.0;
    private String owner = "";
    private Optional<String> theme = Optional.empty();
    private final List<Indicator.Builder> indicators = new ArrayList<>();
    private Optional<AggregationSpec> aggregation = Optional.empty();
    private Optional<MissingDataPolicy> missingData = Optional.empty();
    private Optional<StatusPolicy> statusPolicy = Optional.empty();
    private Optional<String> supports = Optional.empty();

    private Builder(String id) {
      super(id);
    }

    private Builder(Objective objective) {
      super(objective);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    String kind() {
      return "objective";
    }

    /**
     * Sets the perspective by id (required).
     *
     * @param perspectiveId the perspective's id
     * @return this builder
     * @throws NullPointerException if {@code perspectiveId} is null
     */
    public Builder perspective(String perspectiveId) {
      this.perspective = Objects.requireNonNull(perspectiveId, "perspectiveId");
      return this;
    }

    /**
     * Sets the perspective (required).
     *
     * @param perspective the perspective
     * @return this builder
     * @throws NullPointerException if {@code perspective} is null
     */
    public Builder perspective(Perspective perspective) {
      return perspective(Objects.requireNonNull(perspective, "perspective").id());
    }

    /**
     * Sets the weight within the perspective (default 1).
     *
     * @param weight a non-negative weight; 0 makes the objective informational
     * @return this builder
     */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets who is accountable.
     *
     * @param owner the owner
     * @return this builder
     * @throws NullPointerException if {@code owner} is null
     */
    public Builder owner(String owner) {
      this.owner = Objects.requireNonNull(owner, "owner");
      return this;
    }

    /**
     * Sets the strategic theme by id.
     *
     * @param themeId the theme's id
     * @return this builder
     * @throws NullPointerException if {@code themeId} is null
     */
    public Builder theme(String themeId) {
      this.theme = Optional.of(Objects.requireNonNull(themeId, "themeId"));
      return this;
    }

    /**
     * Removes the strategic theme.
     *
     * @return this builder
     */
    public Builder noTheme() {
      this.theme = Optional.empty();
      return this;
    }

    /**
     * Adds an indicator.
     *
     * @param indicator the indicator
     * @return this builder
     * @throws NullPointerException if {@code indicator} is null
     */
    public Builder indicator(Indicator indicator) {
      return indicator(Objects.requireNonNull(indicator, "indicator").toBuilder());
    }

    /**
     * Adds an indicator that is still being built; it is validated with this objective, so that
     * all problems are reported together. The builder is kept, not copied: what is set on it
     * before this objective is built counts.
     *
     * @param indicator the indicator's builder
     * @return this builder
     * @throws NullPointerException if {@code indicator} is null
     */
    public Builder indicator(Indicator.Builder indicator) {
      indicators.add(Objects.requireNonNull(indicator, "indicator"));
      return this;
    }

    /**
     * Adds an indicator described by {@code spec}; it is validated with this objective, so that
     * all problems are reported together.
     *
     * @param indicatorId the indicator's id
     * @param spec sets the indicator's attributes
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder indicator(String indicatorId, Consumer<Indicator.Builder> spec) {
      Objects.requireNonNull(spec, "spec");
      return indicator(configured(Indicator.builder(indicatorId), spec));
    }

    /**
     * Overrides the scorecard's aggregation for this objective's indicators.
     *
     * @param spec the aggregation
     * @return this builder
     * @throws NullPointerException if {@code spec} is null
     */
    public Builder aggregation(AggregationSpec spec) {
      this.aggregation = Optional.of(Objects.requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Removes the aggregation override: the perspective's or scorecard's applies again.
     *
     * @return this builder
     */
    public Builder noAggregation() {
      this.aggregation = Optional.empty();
      return this;
    }

    /**
     * Overrides the scorecard's missing-data policy for this objective's indicators.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder missingData(MissingDataPolicy policy) {
      this.missingData = Optional.of(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Removes the missing-data override: the perspective's or scorecard's applies again.
     *
     * @return this builder
     */
    public Builder noMissingData() {
      this.missingData = Optional.empty();
      return this;
    }

    /**
     * Removes the status-policy override: the perspective's or scorecard's applies again.
     *
     * @return this builder
     */
    public Builder noStatusPolicy() {
      this.statusPolicy = Optional.empty();
      return this;
    }

    /**
     * Overrides the scorecard's status policy for this objective's own status.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder statusPolicy(StatusPolicy policy) {
      this.statusPolicy = Optional.of(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Declares the objective this one supports in the scorecard one level up, by id: a team
     * objective names the organisation objective it serves, an individual objective the team
     * objective. The id's form is checked when built; whether the parent scorecard has it is
     * the cascade's alignment report's to say.
     *
     * @param parentObjectiveId the supported objective's id
     * @return this builder
     * @throws NullPointerException if {@code parentObjectiveId} is null
     */
    public Builder supports(String parentObjectiveId) {
      this.supports = Optional.of(Objects.requireNonNull(parentObjectiveId, "parentObjectiveId"));
      return this;
    }

    /**
     * Removes the supported objective: this objective supports none.
     *
     * @return this builder
     */
    public Builder noSupports() {
      this.supports = Optional.empty();
      return this;
    }

    /**
     * Validates and builds the objective with its indicators.
     *
     * @return the objective
     * @throws ScorecardValidationException listing every problem, if any
     */
    public Objective build() {
      validate();
      return buildChecked();
    }

    /** On its own, the objective's id and its indicators' share one namespace too. */
    @Override
    void checkStandalone(Problems p) {
      check(p);
      Map<String, String> kinds = new HashMap<>();
      p.claim(kinds, id, kind());
      for (Indicator.Builder i : indicators) {
        p.claim(kinds, i.id(), i.kind());
      }
    }

    /** Builds without checking; only after {@link #check} reported nothing. */
    Objective buildChecked() {
      List<Indicator> built = new ArrayList<>(indicators.size());
      for (Indicator.Builder i : indicators) {
        built.add(i.buildChecked());
      }
      return new Objective(this, built);
    }

    Optional<String> perspectiveId() {
      return Optional.ofNullable(perspective);
    }

    Optional<String> themeId() {
      return theme;
    }

    double weight() {
      return weight;
    }

    List<Indicator.Builder> indicatorBuilders() {
      return indicators;
    }

    /**
     * Reports every problem of this objective and its indicators on their own into {@code p};
     * references to other elements are the scorecard's to check.
     */
    @Override
    void checkAttributes(Problems p) {
      if (perspective == null) {
        p.add(id, ProblemCode.MISSING_ATTRIBUTE, "objective has no perspective");
      }
      p.weight(id, "objective", weight);
      supports.ifPresent(s -> p.reference(id, "objective " + Problems.q(id) + " supports", s));
      aggregation.ifPresent(a -> a.check(id, p));
      for (Indicator.Builder i : indicators) {
        i.check(p);
      }
      Weights.checkNotAllZero(
          id,
          "indicators of objective " + Problems.q(id),
          indicators,
          Indicator.Builder::weight,
          p);
    }
  }
}
