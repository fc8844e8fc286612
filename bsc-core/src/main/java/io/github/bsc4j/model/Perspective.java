package io.github.bsc4j.model;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A perspective of a scorecard: a viewpoint objectives are grouped under. The four standard ones
 * of Kaplan and Norton are ready-made ({@link #FINANCIAL}, {@link #CUSTOMER}, {@link
 * #INTERNAL_PROCESS}, {@link #LEARNING_AND_GROWTH}); any other can be defined with {@link #of}.
 * A perspective's order is its position in the scorecard (the first is the top of the strategy
 * map). Validated with the scorecard it is built into.
 *
 * <p>Perspectives are {@link Serializable}: the stream holds the overrides as plain data (absent
 * ones as {@code null}) and reading it goes through the canonical constructor.
 *
 * @param id the perspective's id
 * @param name its display name
 * @param weight its weight in the scorecard's score; 0 makes it informational
 * @param aggregation an override of the scorecard's default aggregation for its objectives
 * @param missingData an override of the scorecard's missing-data policy for its objectives
 * @param statusPolicy an override of the scorecard's status policy for the perspective's own
 *     status
 */
public record Perspective(
    String id,
    String name,
    double weight,
    Optional<AggregationSpec> aggregation,
    Optional<MissingDataPolicy> missingData,
    Optional<StatusPolicy> statusPolicy)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Financial: how do we look to shareholders? */
  public static final Perspective FINANCIAL = of("financial", "Financial");

  /** Customer: how do customers see us? */
  public static final Perspective CUSTOMER = of("customer", "Customer");

  /** Internal process: what must we excel at? */
  public static final Perspective INTERNAL_PROCESS = of("internal-process", "Internal Process");

  /** Learning and growth: can we continue to improve and create value? */
  public static final Perspective LEARNING_AND_GROWTH =
      of("learning-and-growth", "Learning & Growth");

  /**
   * Creates a perspective; prefer {@link #of} and the {@code with...} methods.
   *
   * @param id the id
   * @param name the display name
   * @param weight the weight
   * @param aggregation aggregation override
   * @param missingData missing-data override
   * @param statusPolicy status-policy override
   * @throws NullPointerException if an argument is null
   */
  public Perspective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(missingData, "missingData");
    Objects.requireNonNull(statusPolicy, "statusPolicy");
  }

  /**
   * A perspective with weight 1 and no overrides.
   *
   * @param id the id
   * @param name the display name
   * @return the perspective
   * @throws NullPointerException if an argument is null
   */
  public static Perspective of(String id, String name) {
    return new Perspective(id, name, 1.0, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The four standard perspectives in their usual top-down order.
   *
   * @return financial, customer, internal process, learning and growth
   */
  public static List<Perspective> standard() {
    return List.of(FINANCIAL, CUSTOMER, INTERNAL_PROCESS, LEARNING_AND_GROWTH);
  }

  /**
   * Returns a copy with another weight.
   *
   * @param newWeight the weight
   * @return the copy
   */
  public Perspective withWeight(double newWeight) {
    return new Perspective(id, name, newWeight, aggregation, missingData, statusPolicy);
  }

  /**
   * Returns a copy with another display name.
   *
   * @param newName the name
   * @return the copy
   * @throws NullPointerException if {@code newName} is null
   */
  public Perspective withName(String newName) {
    return new Perspective(id, newName, weight, aggregation, missingData, statusPolicy);
  }

  /**
   * Returns a copy whose objectives are combined with {@code spec}.
   *
   * @param spec the aggregation
   * @return the copy
   * @throws NullPointerException if {@code spec} is null
   */
  public Perspective withAggregation(AggregationSpec spec) {
    return new Perspective(
        id, name, weight, Optional.of(Objects.requireNonNull(spec, "spec")), missingData,
        statusPolicy);
  }

  /**
   * Returns a copy with its own missing-data policy.
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public Perspective withMissingData(MissingDataPolicy policy) {
    return new Perspective(
        id, name, weight, aggregation, Optional.of(Objects.requireNonNull(policy, "policy")),
        statusPolicy);
  }

  /**
   * Returns a copy with its own status policy, which decides the perspective's status.
   *
   * @param policy the policy
   * @return the copy
   * @throws NullPointerException if {@code policy} is null
   */
  public Perspective withStatusPolicy(StatusPolicy policy) {
    return new Perspective(
        id, name, weight, aggregation, missingData,
        Optional.of(Objects.requireNonNull(policy, "policy")));
  }

  /**
   * Returns a copy without an aggregation override: the scorecard's default applies again.
   *
   * @return the copy
   */
  public Perspective withoutAggregation() {
    return new Perspective(id, name, weight, Optional.empty(), missingData, statusPolicy);
  }

  /**
   * Returns a copy without a missing-data override: the scorecard's default applies again.
   *
   * @return the copy
   */
  public Perspective withoutMissingData() {
    return new Perspective(id, name, weight, aggregation, Optional.empty(), statusPolicy);
  }

  /**
   * Returns a copy without a status-policy override: the scorecard's default applies again.
   *
   * @return the copy
   */
  public Perspective withoutStatusPolicy() {
    return new Perspective(id, name, weight, aggregation, missingData, Optional.empty());
  }

  /**
   * The record's usual form, on one line: control characters in user text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape(
        "Perspective[id=" + id + ", name=" + name + ", weight=" + weight + ", aggregation="
            + aggregation + ", missingData=" + missingData + ", statusPolicy=" + statusPolicy + "]");
  }

  /**
   * Writes the perspective as its {@link SerialProxy}: {@link Optional} is not serialisable.
   *
   * @return the proxy
   */
  private Object writeReplace() {
    return new SerialProxy(
        id, name, weight, aggregation.orElse(null), missingData.orElse(null),
        statusPolicy.orElse(null));
  }

  /**
   * The serial form of a {@link Perspective}: its components, absent overrides as {@code null};
   * read back through the canonical constructor.
   */
  private static final class SerialProxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The id. @serial */
    private final String id;
    /** The display name. @serial */
    private final String name;
    /** The weight. @serial */
    private final double weight;
    /** The aggregation override, or null. @serial */
    private final AggregationSpec aggregation;
    /** The missing-data override, or null. @serial */
    private final MissingDataPolicy missingData;
    /** The status-policy override, or null. @serial */
    private final StatusPolicy statusPolicy;

    SerialProxy(
        String id,
        String name,
        double weight,
        AggregationSpec aggregation,
        MissingDataPolicy missingData,
        StatusPolicy statusPolicy) {
      this.id = id;
      this.name = name;
      this.weight = weight;
      this.aggregation = aggregation;
      this.missingData = missingData;
      this.statusPolicy = statusPolicy;
    }

    /**
     * Rebuilds the perspective through its canonical constructor.
     *
     * @return the perspective
     * @throws InvalidObjectException if the id or the name is missing
     */
    private Object readResolve() throws ObjectStreamException {
      try {
        return new Perspective(
            id, name, weight, Optional.ofNullable(aggregation), Optional.ofNullable(missingData),
            Optional.ofNullable(statusPolicy));
      } catch (NullPointerException e) {
        throw SerialForms.invalid("perspective", id, e);
      }
    }
  }

  void check(Problems p) {
    p.id("perspective", id);
    p.weight(id, "perspective", weight);
    aggregation.ifPresent(a -> a.check(id, p));
  }
}
