package io.github.bsc4j.model;

import io.github.bsc4j.model.internal.Graphs;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A balanced scorecard: a strategy translated into perspectives, objectives with their indicators,
 * and cause-effect links between objectives, together with the defaults the engine uses to score
 * it.
 *
 * <p>Instances are immutable, compare by value, and are only ever valid: {@link Builder#build()}
 * checks the whole definition and reports every problem at once in one {@link
 * ScorecardValidationException}.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder("sales-team")
 *     .name("Sales team")
 *     .subjectKind(SubjectKind.TEAM)
 *     .vision("The team customers recommend")
 *     .theme("growth", "Profitable growth")
 *     .perspectives(Perspective.standard())
 *     .objective("grow-revenue", o -> o
 *         .name("Grow revenue").perspective(Perspective.FINANCIAL).theme("growth")
 *         .indicator("revenue", i -> i
 *             .name("Sales revenue").unit("EUR").lagging()
 *             .baseline(1_000_000).target(1_200_000)))
 *     .objective("win-customers", o -> o
 *         .perspective(Perspective.CUSTOMER)
 *         .indicator("new-customers", i -> i.leading().baseline(10).target(15)))
 *     .link("win-customers", "grow-revenue")
 *     .build();
 * }</pre>
 *
 * <p>Ids share one namespace per scorecard: no perspective, strategic theme, objective or
 * indicator may reuse another's id, nor the scorecard's own (results are looked up by id, the
 * scorecard's included).
 *
 * <p>Scorecards are {@link Serializable}, so that a definition can be shipped to the workers of a
 * distributed job (a Spark {@code mapPartitions} closure, say) and compiled there: the stream
 * holds the definition's plain data, and reading it rebuilds the scorecard through its builder,
 * so a stream that breaks any rule is refused with the same {@link
 * ScorecardValidationException} a build would throw, and a stream that bypasses the builder is
 * refused with an {@link InvalidObjectException}.
 */
public final class Scorecard extends Element implements Serializable {
  private static final long serialVersionUID = 1L;

  private final SubjectKind subjectKind;
  private final Strategy strategy;
  private final List<Perspective> perspectives;
  private final List<Objective> objectives;
  private final List<CauseEffectLink> links;
  private final ScorecardDefaults defaults;

  private Scorecard(Builder b, List<Objective> objectives) {
    super(b);
    this.subjectKind = b.subjectKind;
    this.strategy = new Strategy(b.vision, b.mission, b.themes);
    this.perspectives = List.copyOf(b.perspectives);
    this.objectives = List.copyOf(objectives);
    this.links = List.copyOf(b.links);
    this.defaults = b.defaults;
  }

  /**
   * Starts a builder for a scorecard with the given id.
   *
   * @param id the scorecard's id (checked when built)
   * @return a new builder for an organisation-wide scorecard with the default engine settings
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Returns a builder holding this scorecard's definition, for building a modified copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(this);
    b.subjectKind = subjectKind;
    b.strategy(strategy);
    b.perspectives.addAll(perspectives);
    for (Objective o : objectives) {
      b.objectives.add(o.toBuilder());
    }
    b.links.addAll(links);
    b.defaults = defaults;
    return b;
  }

  /**
   * The kind of subject the scorecard is for.
   *
   * @return the subject kind
   */
  public SubjectKind subjectKind() {
    return subjectKind;
  }

  /**
   * The strategy: vision, mission and strategic themes.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * The perspectives, in order: the first is the top of the strategy map.
   *
   * @return an unmodifiable list
   */
  public List<Perspective> perspectives() {
    return perspectives;
  }

  /**
   * Every objective, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<Objective> objectives() {
    return objectives;
  }

  /**
   * Every indicator of every objective, in definition order.
   *
   * @return a new unmodifiable list
   */
  public List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>();
    for (Objective o : objectives) {
      all.addAll(o.indicators());
    }
    return List.copyOf(all);
  }

  /**
   * The cause-effect links of the strategy map, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<CauseEffectLink> links() {
    return links;
  }

  /**
   * The engine defaults: aggregation, missing-data policy, minimum coverage, status cut-offs.
   *
   * @return the defaults
   */
  public ScorecardDefaults defaults() {
    return defaults;
  }

  /**
   * Looks a perspective up by id.
   *
   * @param perspectiveId the id
   * @return the perspective, if there is one with that id
   * @throws NullPointerException if {@code perspectiveId} is null
   */
  public Optional<Perspective> perspective(String perspectiveId) {
    Objects.requireNonNull(perspectiveId, "perspectiveId");
    return perspectives.stream().filter(p -> p.id().equals(perspectiveId)).findFirst();
  }

  /**
   * Looks an objective up by id.
   *
   * @param objectiveId the id
   * @return the objective, if there is one with that id
   * @throws NullPointerException if {@code objectiveId} is null
   */
  public Optional<Objective> objective(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst();
  }

  /**
   * Looks an indicator up by id.
   *
   * @param indicatorId the id
   * @return the indicator, if there is one with that id
   * @throws NullPointerException if {@code indicatorId} is null
   */
  public Optional<Indicator> indicator(String indicatorId) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    for (Objective o : objectives) {
      for (Indicator i : o.indicators()) {
        if (i.id().equals(indicatorId)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The objectives of one perspective, in definition order.
   *
   * @param perspectiveId the perspective's id
   * @return an unmodifiable list, empty if the perspective has none or does not exist
   * @throws NullPointerException if {@code perspectiveId} is null
   */
  public List<Objective> objectivesIn(String perspectiveId) {
    Objects.requireNonNull(perspectiveId, "perspectiveId");
    return objectives.stream().filter(o -> o.perspective().equals(perspectiveId)).toList();
  }

  /**
   * Renders the definition as an indented text tree: strategy, perspectives, their objectives
   * and indicators (kind, polarity, baseline, target, weight, rule, roll-up), then the
   * cause-effect links. Numbers are printed without locale or exponent, so the text is the same
   * on every machine.
   *
   * @return the outline, one element per line, ending with a line break
   */
  public String outline() {
    return Outline.of(this);
  }

  /**
   * Compares by value: equal when the whole definition is equal.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Scorecard that
        && sameElement(that)
        && subjectKind == that.subjectKind
        && strategy.equals(that.strategy)
        && perspectives.equals(that.perspectives)
        && objectives.equals(that.objectives)
        && links.equals(that.links)
        && defaults.equals(that.defaults);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return hashWith(subjectKind, strategy, perspectives, objectives, links, defaults);
  }

  /**
   * A one-line summary: id, name, subject kind and counts; control characters in user text are
   * escaped.
   *
   * @return the text
   */
  @Override
  public String toString() {
    int indicatorCount = 0;
    for (Objective o : objectives) {
      indicatorCount += o.indicators().size();
    }
    return UserText.escape(
        describe("Scorecard")
            + ", "
            + subjectKind
            + ", perspectives="
            + perspectives.size()
            + ", objectives="
            + objectives.size()
            + ", indicators="
            + indicatorCount
            + ", links="
            + links.size()
            + "]");
  }

  /**
   * Writes the scorecard as its {@link SerialProxy}.
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
   * The serial form of a {@link Scorecard}: its attributes, strategy, perspectives, objectives,
   * links and defaults; read back through {@link Scorecard#builder(String)} and {@link
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
    /** The subject kind. @serial */
    private final SubjectKind subjectKind;
    /** Vision, mission and themes. @serial */
    private final Strategy strategy;
    /** The perspectives, in order. @serial */
    private final List<Perspective> perspectives;
    /** The objectives, in order. @serial */
    private final List<Objective> objectives;
    /** The cause-effect links, in order. @serial */
    private final List<CauseEffectLink> links;
    /** The engine defaults. @serial */
    private final ScorecardDefaults defaults;

    SerialProxy(Scorecard s) {
      this.id = s.id();
      this.name = s.name();
      this.description = s.description();
      this.subjectKind = s.subjectKind;
      this.strategy = s.strategy;
      this.perspectives = s.perspectives;
      this.objectives = s.objectives;
      this.links = s.links;
      this.defaults = s.defaults;
    }

    /**
     * Rebuilds the scorecard through its builder, so every rule is checked again.
     *
     * @return the scorecard
     * @throws InvalidObjectException if the data cannot be handed to the builder
     * @throws ScorecardValidationException if the definition breaks a rule
     */
    private Object readResolve() throws ObjectStreamException {
      try {
        Builder b = Scorecard.builder(id).name(name).description(description)
            .subjectKind(subjectKind).strategy(strategy).defaults(defaults);
        for (Perspective p : perspectives) {
          b.perspective(p);
        }
        for (Objective o : objectives) {
          b.objective(o);
        }
        for (CauseEffectLink link : links) {
          b.link(link);
        }
        return b.build();
      } catch (NullPointerException | ClassCastException e) {
        throw SerialForms.invalid("scorecard", id, e);
      }
    }
  }

  /**
   * Builds a {@link Scorecard}. Setters reject {@code null} at once; everything else is checked
   * by {@link #build()}, which reports all problems of the whole definition together. Not
   * thread-safe.
   */
  public static final class Builder extends Element.Builder<Builder> {
    private SubjectKind subjectKind = SubjectKind.ORGANISATION;
    private String vision = "";
    private String mission = "";
    private final List<StrategicTheme> themes = new ArrayList<>();
    private final List<Perspective> perspectives = new ArrayList<>();
    private final List<Objective.Builder> objectives = new ArrayList<>();
    private final List<CauseEffectLink> links = new ArrayList<>();
    private ScorecardDefaults defaults = ScorecardDefaults.DEFAULT;

    private Builder(String id) {
      super(id);
    }

    private Builder(Scorecard scorecard) {
      super(scorecard);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    String kind() {
      return "scorecard";
    }

    /**
     * Sets the kind of subject the scorecard is for (default organisation).
     *
     * @param kind the subject kind
     * @return this builder
     * @throws NullPointerException if {@code kind} is null
     */
    public Builder subjectKind(SubjectKind kind) {
      this.subjectKind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Replaces the strategy: vision, mission and themes.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws NullPointerException if {@code strategy} is null
     */
    public Builder strategy(Strategy strategy) {
      Objects.requireNonNull(strategy, "strategy");
      this.vision = strategy.vision();
      this.mission = strategy.mission();
      this.themes.clear();
      this.themes.addAll(strategy.themes());
      return this;
    }

    /**
     * Sets the vision.
     *
     * @param vision the vision
     * @return this builder
     * @throws NullPointerException if {@code vision} is null
     */
    public Builder vision(String vision) {
      this.vision = Objects.requireNonNull(vision, "vision");
      return this;
    }

    /**
     * Sets the mission.
     *
     * @param mission the mission
     * @return this builder
     * @throws NullPointerException if {@code mission} is null
     */
    public Builder mission(String mission) {
      this.mission = Objects.requireNonNull(mission, "mission");
      return this;
    }

    /**
     * Adds a strategic theme.
     *
     * @param themeId the theme's id
     * @param themeName its display name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder theme(String themeId, String themeName) {
      return theme(StrategicTheme.of(themeId, themeName));
    }

    /**
     * Adds a strategic theme.
     *
     * @param theme the theme
     * @return this builder
     * @throws NullPointerException if {@code theme} is null
     */
    public Builder theme(StrategicTheme theme) {
      themes.add(Objects.requireNonNull(theme, "theme"));
      return this;
    }

    /**
     * Adds a perspective after those already added.
     *
     * @param perspective the perspective
     * @return this builder
     * @throws NullPointerException if {@code perspective} is null
     */
    public Builder perspective(Perspective perspective) {
      perspectives.add(Objects.requireNonNull(perspective, "perspective"));
      return this;
    }

    /**
     * Adds perspectives in order, e.g. {@link Perspective#standard()}.
     *
     * @param list the perspectives
     * @return this builder
     * @throws NullPointerException if {@code list} or an element is null
     */
    public Builder perspectives(List<Perspective> list) {
      for (Perspective p : Objects.requireNonNull(list, "list")) {
        perspective(p);
      }
      return this;
    }

    /**
     * Adds an objective.
     *
     * @param objective the objective
     * @return this builder
     * @throws NullPointerException if {@code objective} is null
     */
    public Builder objective(Objective objective) {
      return objective(Objects.requireNonNull(objective, "objective").toBuilder());
    }

    /**
     * Adds an objective that is still being built; it is validated with this scorecard, so that
     * all problems are reported together. The builder is kept, not copied: what is set on it
     * before this scorecard is built counts.
     *
     * @param objective the objective's builder
     * @return this builder
     * @throws NullPointerException if {@code objective} is null
     */
    public Builder objective(Objective.Builder objective) {
      objectives.add(Objects.requireNonNull(objective, "objective"));
      return this;
    }

    /**
     * Adds an objective described by {@code spec}; it is validated with this scorecard, so that
     * all problems are reported together.
     *
     * @param objectiveId the objective's id
     * @param spec sets the objective's attributes and adds its indicators
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder objective(String objectiveId, Consumer<Objective.Builder> spec) {
      Objects.requireNonNull(spec, "spec");
      return objective(configured(Objective.builder(objectiveId), spec));
    }

    /**
     * Adds a positive cause-effect link of strength 1: {@code from} drives {@code to}.
     *
     * @param from the cause's objective id
     * @param to the effect's objective id
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder link(String from, String to) {
      return link(CauseEffectLink.of(from, to));
    }

    /**
     * Adds a cause-effect link.
     *
     * @param link the link
     * @return this builder
     * @throws NullPointerException if {@code link} is null
     */
    public Builder link(CauseEffectLink link) {
      links.add(Objects.requireNonNull(link, "link"));
      return this;
    }

    /**
     * Replaces the engine defaults.
     *
     * @param defaults the defaults
     * @return this builder
     * @throws NullPointerException if {@code defaults} is null
     */
    public Builder defaults(ScorecardDefaults defaults) {
      this.defaults = Objects.requireNonNull(defaults, "defaults");
      return this;
    }

    /**
     * Sets the default aggregation.
     *
     * @param spec the aggregation
     * @return this builder
     * @throws NullPointerException if {@code spec} is null
     */
    public Builder aggregation(AggregationSpec spec) {
      this.defaults = defaults.withAggregation(Objects.requireNonNull(spec, "spec"));
      return this;
    }

    /**
     * Sets the default missing-data policy.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder missingData(MissingDataPolicy policy) {
      this.defaults = defaults.withMissingData(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Sets the month fiscal years start in (default January).
     *
     * @param month the first month of fiscal years
     * @return this builder
     * @throws NullPointerException if {@code month} is null
     */
    public Builder fiscalYearStart(java.time.Month month) {
      this.defaults = defaults.withFiscalYearStart(Objects.requireNonNull(month, "month"));
      return this;
    }

    /**
     * Validates the whole definition and builds the scorecard.
     *
     * @return the scorecard
     * @throws ScorecardValidationException listing every problem, if any; nothing is built
     */
    public Scorecard build() {
      validate();
      List<Objective> built = new ArrayList<>(objectives.size());
      for (Objective.Builder o : objectives) {
        built.add(o.buildChecked());
      }
      return new Scorecard(this, built);
    }

    @Override
    void checkAttributes(Problems p) {
      defaults.check(id, p);
      if (perspectives.isEmpty()) {
        p.add(id, ProblemCode.MISSING_ATTRIBUTE, "a scorecard needs at least one perspective");
      }
      for (Perspective perspective : perspectives) {
        perspective.check(p);
      }
      for (StrategicTheme theme : themes) {
        p.id("strategic theme", theme.id());
      }
      for (Objective.Builder o : objectives) {
        o.check(p);
      }
      Map<String, String> kinds = checkNamespace(p);
      checkReferences(kinds, p);
      Weights.checkNotAllZero(
          id, "perspectives of scorecard " + Problems.q(id), perspectives, Perspective::weight, p);
      // Grouped in one pass: a perspective-by-objective scan would be quadratic.
      Map<String, List<Objective.Builder>> byPerspective = new HashMap<>();
      for (Objective.Builder o : objectives) {
        o.perspectiveId()
            .ifPresent(ref -> byPerspective.computeIfAbsent(ref, k -> new ArrayList<>()).add(o));
      }
      for (Perspective perspective : perspectives) {
        List<Objective.Builder> in = byPerspective.getOrDefault(perspective.id(), List.of());
        Weights.checkNotAllZero(
            perspective.id(),
            "objectives of perspective " + Problems.q(perspective.id()),
            in,
            Objective.Builder::weight,
            p);
      }
      checkLinks(kinds, p);
    }

    /**
     * Reports ids used twice, the scorecard's own included (results are looked up by id, the
     * scorecard's too); returns each id's kind ("perspective", "objective", ...).
     */
    private Map<String, String> checkNamespace(Problems p) {
      Map<String, String> kinds = new LinkedHashMap<>();
      kinds.put(id, kind());
      for (Perspective perspective : perspectives) {
        p.claim(kinds, perspective.id(), "perspective");
      }
      for (StrategicTheme theme : themes) {
        p.claim(kinds, theme.id(), "strategic theme");
      }
      for (Objective.Builder o : objectives) {
        p.claim(kinds, o.id(), o.kind());
      }
      for (Objective.Builder o : objectives) {
        for (Indicator.Builder i : o.indicatorBuilders()) {
          p.claim(kinds, i.id(), i.kind());
        }
      }
      return kinds;
    }

    private static String article(String kind) {
      return Problems.article(kind);
    }

    private void checkReferences(Map<String, String> kinds, Problems p) {
      for (Objective.Builder o : objectives) {
        o.perspectiveId()
            .filter(ref -> !"perspective".equals(kinds.get(ref)))
            .ifPresent(
                ref ->
                    p.add(
                        o.id(),
                        ProblemCode.DANGLING_REFERENCE,
                        "objective refers to perspective "
                            + Problems.q(ref)
                            + ", which is not a perspective of this scorecard"));
        o.themeId()
            .filter(ref -> !"strategic theme".equals(kinds.get(ref)))
            .ifPresent(
                ref ->
                    p.add(
                        o.id(),
                        ProblemCode.DANGLING_REFERENCE,
                        "objective refers to strategic theme "
                            + Problems.q(ref)
                            + ", which is not a theme of this scorecard"));
      }
    }

    private void checkLinks(Map<String, String> kinds, Problems p) {
      Map<String, List<String>> edges = new LinkedHashMap<>();
      for (Objective.Builder o : objectives) {
        edges.putIfAbsent(o.id(), new ArrayList<>());
      }
      Set<String> seen = new HashSet<>();
      for (CauseEffectLink link : links) {
        String label = link.label();
        boolean ok = checkEnd(label, "cause", link.from(), kinds, p);
        ok &= checkEnd(label, "effect", link.to(), kinds, p);
        if (p.finite(label, "link strength", link.strength())
            && !(link.strength() >= 0 && link.strength() <= 1)) {
          p.add(
              label,
              ProblemCode.VALUE_OUT_OF_RANGE,
              "link strength must lie in [0, 1], was " + link.strength());
        }
        if (link.from().equals(link.to())) {
          p.add(
              label,
              ProblemCode.SELF_LINK,
              "objective " + Problems.q(link.from()) + " cannot be its own cause");
          ok = false;
        }
        if (!seen.add(label)) {
          p.add(
              label,
              ProblemCode.DUPLICATE_LINK,
              "link " + UserText.quote(label) + " is defined more than once");
          ok = false;
        }
        if (ok) {
          edges.get(link.from()).add(link.to());
        }
      }
      for (List<String> cycle : cycles(edges)) {
        p.add(
            cycle.get(0),
            ProblemCode.LINK_CYCLE,
            "cause-effect links form a cycle: "
                + cycleText(cycle)
                + "; the strategy map must be acyclic");
      }
    }

    /**
     * The cycles of the strategy map, found by the library's one cycle search ({@link
     * Graphs#cycles}): one per strongly connected component, starting at its first-defined
     * objective.
     */
    private static List<List<String>> cycles(Map<String, List<String>> edges) {
      List<String> nodes = new ArrayList<>(edges.keySet());
      Map<String, Integer> index = new HashMap<>();
      for (String node : nodes) {
        index.put(node, index.size());
      }
      int[][] adjacency = new int[nodes.size()][];
      for (int v = 0; v < adjacency.length; v++) {
        adjacency[v] = edges.get(nodes.get(v)).stream().mapToInt(index::get).toArray();
      }
      List<List<String>> cycles = new ArrayList<>();
      for (int[] cycle : Graphs.cycles(adjacency)) {
        cycles.add(java.util.Arrays.stream(cycle).mapToObj(nodes::get).toList());
      }
      return cycles;
    }

    /** The most objectives a cycle's message names before it says how many more there are. */
    private static final int CYCLE_SHOWN = 20;

    /** {@code a -> b -> a}; ids quoted, at most {@value #CYCLE_SHOWN} of them before the rest. */
    private static String cycleText(List<String> cycle) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < Math.min(cycle.size(), CYCLE_SHOWN); i++) {
        sb.append(UserText.quote(cycle.get(i))).append(" -> ");
      }
      if (cycle.size() > CYCLE_SHOWN) {
        sb.append("…(+").append(cycle.size() - CYCLE_SHOWN).append(" more) -> ");
      }
      return sb.append(UserText.quote(cycle.get(0))).toString();
    }

    private static boolean checkEnd(
        String label, String role, String ref, Map<String, String> kinds, Problems p) {
      String kind = kinds.get(ref);
      if ("objective".equals(kind)) {
        return true;
      }
      p.add(
          label,
          ProblemCode.DANGLING_REFERENCE,
          "link "
              + role
              + " "
              + Problems.q(ref)
              + " "
              + (kind == null ? "is not an element of this scorecard" : "is " + article(kind))
              + "; links connect objectives");
      return false;
    }
  }
}
