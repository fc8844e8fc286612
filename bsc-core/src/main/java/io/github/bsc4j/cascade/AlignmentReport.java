package io.github.bsc4j.cascade;

import io.github.bsc4j.model.Objective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.UserText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the objectives of scorecards on adjacent levels (organisation, team, individual) line up,
 * from the child objectives' {@link Objective#supports()}: which parent objectives nobody
 * supports, which child objectives support nothing, and which {@code supports} name an objective
 * the parent scorecard lacks (those are {@link #problems()}, not gaps).
 *
 * <pre>{@code
 * AlignmentReport report = AlignmentReport.of(List.of(organisation, team, individual));
 * report.unsupported(); // organisation and team objectives no objective one level down supports
 * report.unaligned();   // team and individual objectives that support nothing
 * }</pre>
 *
 * <p>Every list is ordered by level, then by the objectives' definition order.
 *
 * @param unsupported the objectives of a parent scorecard that no objective of the child scorecard
 *     supports
 * @param unaligned the objectives of a child scorecard that support no objective
 * @param links every child objective with the parent objective it supports
 * @param problems a {@link ProblemCode#DANGLING_REFERENCE} for each child objective that supports
 *     an id the parent scorecard has no objective for, naming the child objective
 */
public record AlignmentReport(
    List<ObjectiveRef> unsupported,
    List<ObjectiveRef> unaligned,
    List<Link> links,
    List<Problem> problems) {

  /**
   * An objective of a scorecard.
   *
   * @param scorecardId the scorecard's id
   * @param objectiveId the objective's id
   */
  public record ObjectiveRef(String scorecardId, String objectiveId) {
    /**
     * Creates a reference.
     *
     * @param scorecardId the scorecard's id
     * @param objectiveId the objective's id
     * @throws NullPointerException if an argument is null
     */
    public ObjectiveRef {
      Objects.requireNonNull(scorecardId, "scorecardId");
      Objects.requireNonNull(objectiveId, "objectiveId");
    }

    /**
     * {@code scorecard/objective}, with control characters escaped.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return UserText.escape(scorecardId + "/" + objectiveId);
    }
  }

  /**
   * A child objective and the parent objective it supports.
   *
   * @param child the supporting objective, one level down
   * @param parent the supported objective
   */
  public record Link(ObjectiveRef child, ObjectiveRef parent) {
    /**
     * Creates a link.
     *
     * @param child the supporting objective
     * @param parent the supported objective
     * @throws NullPointerException if an argument is null
     */
    public Link {
      Objects.requireNonNull(child, "child");
      Objects.requireNonNull(parent, "parent");
    }
  }

  /**
   * Creates a report.
   *
   * @param unsupported parent objectives nobody supports
   * @param unaligned child objectives that support nothing
   * @param links the links found
   * @param problems the references to objectives a parent lacks
   * @throws NullPointerException if an argument or an element is null
   */
  public AlignmentReport {
    unsupported = List.copyOf(Objects.requireNonNull(unsupported, "unsupported"));
    unaligned = List.copyOf(Objects.requireNonNull(unaligned, "unaligned"));
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * The alignment of one child scorecard to its parent.
   *
   * @param parent the scorecard one level up (the organisation's, for a team's)
   * @param child the scorecard whose objectives declare what they support
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static AlignmentReport of(Scorecard parent, Scorecard child) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(child, "child");
    return of(List.of(parent, child));
  }

  /**
   * The alignment of a chain of levels, each scorecard the parent of the next: organisation,
   * team, individual. Each level's objectives are checked against the level just above it only.
   *
   * @param levels the scorecards from the top level down, at least two
   * @return the report
   * @throws NullPointerException if {@code levels} or a scorecard is null
   * @throws CascadeValidationException with {@link ProblemCode#MISSING_ATTRIBUTE} if there are
   *     fewer than two levels
   */
  public static AlignmentReport of(List<Scorecard> levels) {
    List<Scorecard> chain = List.copyOf(Objects.requireNonNull(levels, "levels"));
    if (chain.size() < 2) {
      throw new CascadeValidationException("an alignment report", List.of(new Problem("levels",
          ProblemCode.MISSING_ATTRIBUTE, "an alignment report needs at least two levels, a parent"
              + " and a child scorecard; got " + chain.size())));
    }
    List<ObjectiveRef> unsupported = new ArrayList<>();
    List<ObjectiveRef> unaligned = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int level = 1; level < chain.size(); level++) {
      Scorecard parent = chain.get(level - 1);
      Scorecard child = chain.get(level);
      Set<String> parentIds = new HashSet<>();
      for (Objective o : parent.objectives()) {
        parentIds.add(o.id());
      }
      Set<String> supported = new HashSet<>();
      for (Objective o : child.objectives()) {
        ObjectiveRef ref = new ObjectiveRef(child.id(), o.id());
        if (o.supports().isEmpty()) {
          unaligned.add(ref);
        } else if (parentIds.contains(o.supports().get())) {
          supported.add(o.supports().get());
          links.add(new Link(ref, new ObjectiveRef(parent.id(), o.supports().get())));
        } else {
          problems.add(new Problem(UserText.quote(o.id()), ProblemCode.DANGLING_REFERENCE,
              "objective " + q(o.id()) + " of scorecard " + q(child.id()) + " supports "
                  + q(o.supports().get()) + ", which is not an objective of scorecard "
                  + q(parent.id())));
        }
      }
      for (Objective o : parent.objectives()) {
        if (!supported.contains(o.id())) {
          unsupported.add(new ObjectiveRef(parent.id(), o.id()));
        }
      }
    }
    return new AlignmentReport(unsupported, unaligned, links, problems);
  }

  /**
   * Tells whether every parent objective is supported, every child objective supports one, and
   * every {@code supports} names a parent objective.
   *
   * @return true if the lists of gaps and problems are all empty
   */
  public boolean isAligned() {
    return unsupported.isEmpty() && unaligned.isEmpty() && problems.isEmpty();
  }

  /**
   * Throws if a {@code supports} names an objective its parent scorecard lacks; gaps alone
   * (objectives unsupported or supporting nothing) do not throw.
   *
   * @return this report, when it has no problems
   * @throws CascadeValidationException listing every problem, if there is any
   */
  public AlignmentReport throwIfProblems() {
    if (!problems.isEmpty()) {
      throw new CascadeValidationException("the alignment of objectives", problems);
    }
    return this;
  }

  private static String q(String text) {
    return "'" + UserText.quote(text) + "'";
  }
}
