package io.github.bsc4j.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which scoring rule turns an indicator's actual value into a score, and with what parameters.
 * Rules are looked up by name when a scorecard is compiled; the built-in names are {@code
 * linear} (the default), {@code min-max}, {@code ratio}, {@code relative}, {@code binary}, {@code
 * in-range}, {@code bands} and {@code piecewise}. Validated with the indicator it is built into:
 * the rule name must be well-formed, numbers finite, bands must not be empty or overlap, and
 * piecewise points need strictly increasing x values.
 *
 * @param name the rule's name (the same component as {@link AggregationSpec#name()})
 * @param parameters named numeric parameters, sorted by name (unmodifiable)
 * @param bands the bands for band-based rules, in definition order (unmodifiable)
 * @param points the points for point-based rules, in definition order (unmodifiable)
 */
public record ScoringSpec(
    String name, Map<String, Double> parameters, List<Band> bands, List<Point> points)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default rule's name. */
  public static final String DEFAULT_RULE = "linear";

  /**
   * Creates a spec; prefer the static factories.
   *
   * @param name the rule name
   * @param parameters named parameters
   * @param bands bands
   * @param points points
   * @throws NullPointerException if an argument or an element is null
   */
  public ScoringSpec {
    Objects.requireNonNull(name, "name");
    parameters = Parameters.copy(parameters);
    bands = SerialForms.list(bands, Band.class, "bands");
    points = SerialForms.list(points, Point.class, "points");
  }

  /**
   * A rule with no parameters.
   *
   * @param name the rule name
   * @return the spec
   * @throws NullPointerException if {@code name} is null
   */
  public static ScoringSpec of(String name) {
    return new ScoringSpec(name, Map.of(), List.of(), List.of());
  }

  /**
   * A rule with named numeric parameters.
   *
   * @param name the rule name
   * @param parameters the parameters
   * @return the spec
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public static ScoringSpec of(String name, Map<String, Double> parameters) {
    return new ScoringSpec(name, parameters, List.of(), List.of());
  }

  /**
   * {@code linear}: {@code (actual - baseline) / (target - baseline)}, clamped to {@code [0, cap]}.
   *
   * @return the spec
   */
  public static ScoringSpec linear() {
    return of(DEFAULT_RULE);
  }

  /**
   * {@code min-max}: the position of the actual value between the indicator's min and max.
   *
   * @return the spec
   */
  public static ScoringSpec minMax() {
    return of("min-max");
  }

  /**
   * {@code ratio}: actual over target (higher is better) or target over actual (lower is better).
   *
   * @return the spec
   */
  public static ScoringSpec ratio() {
    return of("ratio");
  }

  /**
   * {@code relative}: for zero or negative targets.
   *
   * @return the spec
   */
  public static ScoringSpec relative() {
    return of("relative");
  }

  /**
   * {@code binary}: 1 if the target is met, else 0.
   *
   * @return the spec
   */
  public static ScoringSpec binary() {
    return of("binary");
  }

  /**
   * {@code in-range}: 1 inside {@code [low, high]}, falling linearly to 0 at {@code tolerance}
   * outside it.
   *
   * @param low the lower end of the ideal range
   * @param high the upper end of the ideal range
   * @param tolerance how far outside the range the score reaches 0
   * @return the spec
   */
  public static ScoringSpec inRange(double low, double high, double tolerance) {
    return of("in-range", Map.of("low", low, "high", high, "tolerance", tolerance));
  }

  /**
   * {@code bands}: a step function over non-overlapping bands; a value in no band is a scoring
   * error unless a default is given with {@link #withParameter(String, double)} {@code
   * ("default", score)}.
   *
   * @param bands the bands
   * @return the spec
   */
  public static ScoringSpec bands(List<Band> bands) {
    return new ScoringSpec("bands", Map.of(), bands, List.of());
  }

  /**
   * {@code bands} with a score for values in no band.
   *
   * @param bands the bands
   * @param defaultScore the score of a value outside every band
   * @return the spec
   */
  public static ScoringSpec bands(List<Band> bands, double defaultScore) {
    return new ScoringSpec("bands", Map.of("default", defaultScore), bands, List.of());
  }

  /**
   * {@code piecewise}: linear interpolation between points, flat outside them.
   *
   * @param points at least two points with strictly increasing x
   * @return the spec
   */
  public static ScoringSpec piecewise(List<Point> points) {
    return new ScoringSpec("piecewise", Map.of(), List.of(), points);
  }

  /**
   * Returns a copy with one parameter set.
   *
   * @param name the parameter name
   * @param value its value
   * @return the new spec
   * @throws NullPointerException if {@code name} is null
   */
  public ScoringSpec withParameter(String name, double value) {
    return new ScoringSpec(this.name, Parameters.with(parameters, name, value), bands, points);
  }

  /**
   * The record's usual form, on one line: control characters in user text are escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape(
        "ScoringSpec[name=" + name + ", parameters=" + parameters + ", bands=" + bands
            + ", points=" + points + "]");
  }

  void check(String ownerId, Problems p) {
    Parameters.check(ownerId, "scoring rule", name, parameters, p);
    for (int k = 0; k < bands.size(); k++) {
      bands.get(k).check(ownerId, k + 1, p);
    }
    List<Band> sorted = new ArrayList<>();
    for (Band b : bands) {
      if (Double.isFinite(b.from()) && Double.isFinite(b.to()) && b.from() < b.to()) {
        sorted.add(b);
      }
    }
    sorted.sort(Comparator.comparingDouble(Band::from));
    for (int i = 1; i < sorted.size(); i++) {
      Band prev = sorted.get(i - 1);
      Band next = sorted.get(i);
      if (next.from() < prev.to()) {
        p.add(
            ownerId,
            ProblemCode.OVERLAPPING_BANDS,
            "bands ["
                + prev.from()
                + ", "
                + prev.to()
                + ") and ["
                + next.from()
                + ", "
                + next.to()
                + ") overlap");
      }
    }
    for (int k = 0; k < points.size(); k++) {
      points.get(k).check(ownerId, k + 1, p);
    }
    for (int i = 1; i < points.size(); i++) {
      double a = points.get(i - 1).x();
      double b = points.get(i).x();
      if (Double.isFinite(a) && Double.isFinite(b) && !(a < b)) {
        p.add(
            ownerId,
            ProblemCode.NOT_STRICTLY_INCREASING,
            "piecewise point x values must be strictly increasing, but x=" + b + " follows x=" + a);
      }
    }
  }
}
