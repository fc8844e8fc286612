package io.github.bsc4j.cascade;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.SubjectKind;
import io.github.bsc4j.model.UserText;
import io.github.bsc4j.model.internal.Graphs;
import io.github.bsc4j.model.internal.Ids;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales organisation as a tree of subjects: the organisation, its units (regions, departments;
 * nested as deep as wanted), their teams, and the people, who belong to teams by dated
 * memberships. Immutable and safe to share between threads; built with {@link #builder(String)}:
 *
 * <pre>{@code
 * Organisation acme = Organisation.builder("acme")
 *     .unit("north", "North region", "acme")
 *     .team("north-1", "North 1", "north")
 *     .person("ana", "Ana")
 *     .membership("ana", "north-1", YearMonth.of(2026, 1))
 *     .build();
 * }</pre>
 *
 * <p>Ids follow the rule of every id of the library ({@code [A-Za-z][A-Za-z0-9_.-]*}, at most 64
 * characters) and share one namespace: no unit, team or person may reuse another subject's id or
 * the organisation's, so that a result naming a subject is never ambiguous.
 *
 * <p>Membership is by month: a person belongs to a team from the month they joined through the
 * last month they belonged (inclusive), or without end. A period uses the people active in it,
 * each for their own months (see {@link #members(String, Period)}); a person who moved between
 * teams counts in each team for the months they were in it, and their own results name the team
 * of their last active month of the period ({@link #teamOf(String, Period)}).
 *
 * <p>Every list this class answers is in definition order (people in the order they were added
 * by {@link Builder#person}), whatever order the memberships were added in. Month questions look
 * at the memberships of one team or one person, never at everyone: the cost of {@link
 * #members(String, Period)} grows with the team's memberships, not the organisation's.
 */
public final class Organisation {
  /**
   * The most units, teams and people one organisation may have ({@value}); the builder throws
   * {@link CascadeValidationException} ({@link ProblemCode#LIMIT_EXCEEDED}) at the first subject
   * past it, so that it never holds more.
   */
  public static final int MAX_SUBJECTS = 1_000_000;

  /**
   * The most memberships one organisation may have ({@value}: five per person at the most
   * people); the builder throws {@link CascadeValidationException} ({@link
   * ProblemCode#LIMIT_EXCEEDED}) at the first membership past it.
   */
  public static final int MAX_MEMBERSHIPS = 5_000_000;

  /** The most units a cycle's message names before it says how many more there are. */
  private static final int CYCLE_SHOWN = 20;

  private static final int OPEN = Integer.MAX_VALUE;
  private static final int[] NONE = new int[0];

  private final String id;
  private final String name;
  /** Every subject: the organisation first, then units, teams and people in definition order. */
  private final Subject[] all;
  private final Map<String, Integer> index;
  private final List<Subject> units;
  private final List<Subject> teams;
  private final List<Subject> people;
  /** Children (units and teams) of each subject, as offsets into {@link #children}. */
  private final int[] childStart;
  private final int[] children;
  /** Memberships, ordered by person (definition order), then by first month. */
  private final Membership[] memberships;
  private final int[] memberPerson;
  private final int[] memberTeam;
  private final int[] memberFrom;
  private final int[] memberUntil;
  /** Per subject index: its memberships (a person's or a team's), sorted by first month. */
  private final int[][] byTeam;
  private final int[][] byPerson;

  private Organisation(Builder b, Map<String, Integer> index, int[] parents) {
    this.id = b.id;
    this.name = b.name == null ? b.id : b.name;
    int n = b.subjects.size() + 1;
    this.all = new Subject[n];
    all[0] = new Subject(id, name, SubjectKind.ORGANISATION, Optional.empty());
    List<Subject> u = new ArrayList<>();
    List<Subject> t = new ArrayList<>();
    List<Subject> p = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      Subject s = b.subjects.get(i - 1);
      all[i] = s;
      switch (s.kind()) {
        case UNIT -> u.add(s);
        case TEAM -> t.add(s);
        default -> p.add(s);
      }
    }
    this.index = index;
    this.units = List.copyOf(u);
    this.teams = List.copyOf(t);
    this.people = List.copyOf(p);

    this.childStart = new int[n + 1];
    for (int i = 1; i < n; i++) {
      if (parents[i] >= 0) {
        childStart[parents[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      childStart[i + 1] += childStart[i];
    }
    this.children = new int[childStart[n]];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int i = 1; i < n; i++) {
      if (parents[i] >= 0) {
        children[fill[parents[i]]++] = i;
      }
    }

    int m = b.memberships.size();
    Integer[] order = new Integer[m];
    int[] person = new int[m];
    int[] from = new int[m];
    for (int k = 0; k < m; k++) {
      Membership ms = b.memberships.get(k);
      order[k] = k;
      person[k] = index.get(ms.personId());
      from[k] = month(ms.from());
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(k -> person[k]).thenComparingInt(k -> from[k]));
    this.memberships = new Membership[m];
    this.memberPerson = new int[m];
    this.memberTeam = new int[m];
    this.memberFrom = new int[m];
    this.memberUntil = new int[m];
    int[] teamCount = new int[n];
    int[] personCount = new int[n];
    for (int k = 0; k < m; k++) {
      Membership ms = b.memberships.get(order[k]);
      memberships[k] = ms;
      memberPerson[k] = person[order[k]];
      memberTeam[k] = index.get(ms.teamId());
      memberFrom[k] = from[order[k]];
      memberUntil[k] = ms.until().map(Organisation::month).orElse(OPEN);
      teamCount[memberTeam[k]]++;
      personCount[memberPerson[k]]++;
    }
    this.byTeam = new int[n][];
    this.byPerson = new int[n][];
    for (int i = 0; i < n; i++) {
      byTeam[i] = teamCount[i] == 0 ? NONE : new int[teamCount[i]];
      byPerson[i] = personCount[i] == 0 ? NONE : new int[personCount[i]];
      teamCount[i] = 0;
      personCount[i] = 0;
    }
    for (int k = 0; k < m; k++) {
      byPerson[memberPerson[k]][personCount[memberPerson[k]]++] = k;
    }
    // Each team's memberships sorted by first month: by month, then by person, so the order is
    // canonical whatever order memberships were added in.
    Integer[] byMonth = new Integer[m];
    for (int k = 0; k < m; k++) {
      byMonth[k] = k;
    }
    Arrays.sort(byMonth, Comparator.<Integer>comparingInt(k -> memberFrom[k]));
    for (int k : byMonth) {
      byTeam[memberTeam[k]][teamCount[memberTeam[k]]++] = k;
    }
  }

  /**
   * Starts a builder for an organisation with the given id.
   *
   * @param id the organisation's id (checked when built)
   * @return a new, empty builder
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(String id) {
    return new Builder(id, MAX_SUBJECTS, MAX_MEMBERSHIPS);
  }

  /**
   * The organisation's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The organisation's display name (its id when none was given).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The subject with the given id: the organisation itself, a unit, a team or a person.
   *
   * @param subjectId the id
   * @return the subject, if there is one with that id
   * @throws NullPointerException if {@code subjectId} is null
   */
  public Optional<Subject> subject(String subjectId) {
    Integer i = index.get(Objects.requireNonNull(subjectId, "subjectId"));
    return i == null ? Optional.empty() : Optional.of(all[i]);
  }

  /**
   * The units, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<Subject> units() {
    return units;
  }

  /**
   * The teams, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<Subject> teams() {
    return teams;
  }

  /**
   * The people, in definition order.
   *
   * @return an unmodifiable list
   */
  public List<Subject> people() {
    return people;
  }

  /**
   * The teams that lie under a unit, directly or through nested units, in definition order; for
   * the organisation's own id, every team.
   *
   * @param unitId the id of a unit or of the organisation
   * @return an unmodifiable list, empty when no team lies under the unit
   * @throws NullPointerException if {@code unitId} is null
   * @throws UnknownSubjectException if {@code unitId} is neither a unit nor the organisation
   */
  public List<Subject> teamsUnder(String unitId) {
    int root = find(unitId, "unitId", SubjectKind.UNIT, SubjectKind.ORGANISATION);
    List<Integer> found = new ArrayList<>();
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      int v = stack.pop();
      for (int c = childStart[v]; c < childStart[v + 1]; c++) {
        int child = children[c];
        if (all[child].kind() == SubjectKind.TEAM) {
          found.add(child);
        } else {
          stack.push(child);
        }
      }
    }
    found.sort(null);
    return found.stream().map(i -> all[i]).toList();
  }

  /**
   * The people who belonged to a team in at least one month of a period, in definition order,
   * each with the months of the period they belonged to it. A person who joined in June counts
   * in a July year-to-date for June and July; a person who moved between teams counts in each
   * for their months there. Membership is by month, so a period of days (not whole months) uses
   * every month it touches.
   *
   * @param teamId the team's id
   * @param period the period
   * @return an unmodifiable list, empty when nobody belonged to the team in the period
   * @throws NullPointerException if an argument is null
   * @throws UnknownSubjectException if {@code teamId} is not a team of this organisation
   */
  public List<Member> members(String teamId, Period period) {
    Objects.requireNonNull(period, "period");
    int team = find(teamId, "teamId", SubjectKind.TEAM);
    int first = month(YearMonth.from(period.start()));
    int last = month(YearMonth.from(period.lastDay()));
    List<int[]> spans = new ArrayList<>();
    for (int k : byTeam[team]) {
      if (memberFrom[k] > last) {
        break;
      }
      if (memberUntil[k] >= first) {
        spans.add(new int[] {
          memberPerson[k], Math.max(memberFrom[k], first), Math.min(memberUntil[k], last)});
      }
    }
    // The team's memberships come by first month, so each person's spans already do; the sort
    // is stable and keeps them in that order.
    spans.sort(Comparator.comparingInt(s -> s[0]));
    List<Member> members = new ArrayList<>();
    int i = 0;
    while (i < spans.size()) {
      int person = spans.get(i)[0];
      List<YearMonth> months = new ArrayList<>();
      for (; i < spans.size() && spans.get(i)[0] == person; i++) {
        for (int mo = spans.get(i)[1]; mo <= spans.get(i)[2]; mo++) {
          months.add(yearMonth(mo));
        }
      }
      members.add(new Member(all[person].id(), months));
    }
    return List.copyOf(members);
  }

  /**
   * The ids of the people who belonged to a team in one month, in definition order.
   *
   * @param teamId the team's id
   * @param month the month
   * @return an unmodifiable list, empty when nobody belonged to the team that month
   * @throws NullPointerException if an argument is null
   * @throws UnknownSubjectException if {@code teamId} is not a team of this organisation
   */
  public List<String> membersIn(String teamId, YearMonth month) {
    int m = month(Objects.requireNonNull(month, "month"));
    int team = find(teamId, "teamId", SubjectKind.TEAM);
    List<Integer> found = new ArrayList<>();
    for (int k : byTeam[team]) {
      if (memberFrom[k] > m) {
        break;
      }
      if (memberUntil[k] >= m) {
        found.add(memberPerson[k]);
      }
    }
    found.sort(null);
    return found.stream().map(i -> all[i].id()).toList();
  }

  /**
   * The team a person belonged to in a month.
   *
   * @param personId the person's id
   * @param month the month
   * @return the team's id, or empty if the person belonged to no team that month
   * @throws NullPointerException if an argument is null
   * @throws UnknownSubjectException if {@code personId} is not a person of this organisation
   */
  public Optional<String> teamOf(String personId, YearMonth month) {
    int m = month(Objects.requireNonNull(month, "month"));
    int person = find(personId, "personId", SubjectKind.PERSON);
    return latestFrom(person, m, m);
  }

  /**
   * The team a person's own results for a period name: the team they belonged to in the last
   * month of the period in which they belonged to any team. A person who moved from one team to
   * another in June is named with the second in a year-to-date through July, and with the first
   * in one through May.
   *
   * @param personId the person's id
   * @param period the period (a period of days uses every month it touches)
   * @return the team's id, or empty if the person belonged to no team in the period
   * @throws NullPointerException if an argument is null
   * @throws UnknownSubjectException if {@code personId} is not a person of this organisation
   */
  public Optional<String> teamOf(String personId, Period period) {
    Objects.requireNonNull(period, "period");
    int person = find(personId, "personId", SubjectKind.PERSON);
    return latestFrom(
        person, month(YearMonth.from(period.start())), month(YearMonth.from(period.lastDay())));
  }

  /**
   * A person's memberships, by first month.
   *
   * @param personId the person's id
   * @return an unmodifiable list, at least one
   * @throws NullPointerException if {@code personId} is null
   * @throws UnknownSubjectException if {@code personId} is not a person of this organisation
   */
  public List<Membership> memberships(String personId) {
    int person = find(personId, "personId", SubjectKind.PERSON);
    return Arrays.stream(byPerson[person]).mapToObj(k -> memberships[k]).toList();
  }

  /**
   * Every membership: by person in definition order, then by first month.
   *
   * @return an unmodifiable list
   */
  public List<Membership> memberships() {
    return List.of(memberships);
  }

  /**
   * The team of the person's latest membership that starts by {@code last} and lasts until
   * {@code first} or later. Memberships of one person do not overlap, so only the latest to start
   * by {@code last} can.
   */
  private Optional<String> latestFrom(int person, int first, int last) {
    int[] ks = byPerson[person];
    int lo = 0;
    int hi = ks.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (memberFrom[ks[mid]] <= last) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || memberUntil[ks[found]] < first) {
      return Optional.empty();
    }
    return Optional.of(all[memberTeam[ks[found]]].id());
  }

  /** The index of the subject {@code subjectId}, which must be of one of {@code kinds}. */
  private int find(String subjectId, String param, SubjectKind... kinds) {
    Objects.requireNonNull(subjectId, param);
    Integer i = index.get(subjectId);
    if (i == null) {
      throw new UnknownSubjectException(subjectId, "organisation " + q(id) + " has no "
          + word(kinds[0]) + " " + q(subjectId));
    }
    for (SubjectKind k : kinds) {
      if (all[i].kind() == k) {
        return i;
      }
    }
    throw new UnknownSubjectException(subjectId, q(subjectId) + " of organisation " + q(id)
        + " is " + article(all[i].kind()) + ", not " + article(kinds[0])
        + (kinds.length == 1 ? "" : " or the organisation"));
  }

  /**
   * Compares by value: the same id, name and subjects in the same order, and the same
   * memberships whatever order they were added in.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Organisation that
            && Arrays.equals(all, that.all)
            && Arrays.equals(memberships, that.memberships);
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(all), Arrays.hashCode(memberships));
  }

  /**
   * A short description with the counts, on one line.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return UserText.escape("Organisation[" + id + ", name=" + name + ", units=" + units.size()
        + ", teams=" + teams.size() + ", people=" + people.size() + ", memberships="
        + memberships.length + "]");
  }

  static int month(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  static YearMonth yearMonth(int month) {
    return YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
  }

  static String q(String text) {
    return "'" + UserText.quote(text) + "'";
  }

  static String word(SubjectKind kind) {
    return switch (kind) {
      case ORGANISATION -> "organisation";
      case UNIT -> "unit";
      case TEAM -> "team";
      case PERSON -> "person";
    };
  }

  static String article(SubjectKind kind) {
    return kind == SubjectKind.ORGANISATION ? "the organisation" : "a " + word(kind);
  }

  /**
   * Builds an {@link Organisation}. Adders reject {@code null} at once; everything else is
   * checked by {@link #build()}, which reports every problem together. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private String name;
    private final int maxSubjects;
    private final int maxMemberships;
    private final List<Subject> subjects = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();

    Builder(String id, int maxSubjects, int maxMemberships) {
      this.id = Objects.requireNonNull(id, "id");
      this.maxSubjects = maxSubjects;
      this.maxMemberships = maxMemberships;
    }

    /**
     * Sets the organisation's display name (its id by default).
     *
     * @param name the name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Adds a unit (a region, a department) under the organisation or another unit.
     *
     * @param unitId the unit's id
     * @param name its display name
     * @param parentId the id of the organisation or of the unit it lies under
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws CascadeValidationException with {@link ProblemCode#LIMIT_EXCEEDED} if the
     *     organisation already has {@value Organisation#MAX_SUBJECTS} subjects
     */
    public Builder unit(String unitId, String name, String parentId) {
      return add(unitId, name, SubjectKind.UNIT, Objects.requireNonNull(parentId, "parentId"));
    }

    /**
     * Adds a team under a unit or the organisation.
     *
     * @param teamId the team's id
     * @param name its display name
     * @param parentId the id of the unit (or the organisation) it lies under
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws CascadeValidationException with {@link ProblemCode#LIMIT_EXCEEDED} if the
     *     organisation already has {@value Organisation#MAX_SUBJECTS} subjects
     */
    public Builder team(String teamId, String name, String parentId) {
      return add(teamId, name, SubjectKind.TEAM, Objects.requireNonNull(parentId, "parentId"));
    }

    /**
     * Adds a person; they belong to teams by {@link #membership memberships}, at least one.
     *
     * @param personId the person's id
     * @param name their display name
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws CascadeValidationException with {@link ProblemCode#LIMIT_EXCEEDED} if the
     *     organisation already has {@value Organisation#MAX_SUBJECTS} subjects
     */
    public Builder person(String personId, String name) {
      return add(personId, name, SubjectKind.PERSON, null);
    }

    /**
     * Adds a membership without end: the person belongs to the team from {@code from} on.
     *
     * @param personId the person's id
     * @param teamId the team's id
     * @param from the first month they belong to it
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws CascadeValidationException with {@link ProblemCode#LIMIT_EXCEEDED} if the
     *     organisation already has {@value Organisation#MAX_MEMBERSHIPS} memberships
     */
    public Builder membership(String personId, String teamId, YearMonth from) {
      return add(new Membership(personId, teamId, from, Optional.empty()));
    }

    /**
     * Adds a membership: the person belongs to the team from {@code from} through {@code until}.
     *
     * @param personId the person's id
     * @param teamId the team's id
     * @param from the first month they belong to it
     * @param until the last month they belong to it, inclusive
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws CascadeValidationException with {@link ProblemCode#LIMIT_EXCEEDED} if the
     *     organisation already has {@value Organisation#MAX_MEMBERSHIPS} memberships
     */
    public Builder membership(String personId, String teamId, YearMonth from, YearMonth until) {
      return add(new Membership(
          personId, teamId, from, Optional.of(Objects.requireNonNull(until, "until"))));
    }

    private Builder add(String subjectId, String name, SubjectKind kind, String parentId) {
      Objects.requireNonNull(subjectId, word(kind) + "Id");
      Objects.requireNonNull(name, "name");
      if (subjects.size() >= maxSubjects) {
        throw limit("it has " + maxSubjects + " units, teams and people, the most one may have;"
            + " " + word(kind) + " " + q(subjectId) + " is one too many");
      }
      subjects.add(new Subject(subjectId, name, kind, Optional.ofNullable(parentId)));
      return this;
    }

    private Builder add(Membership membership) {
      if (memberships.size() >= maxMemberships) {
        throw limit("it has " + maxMemberships + " memberships, the most one may have;"
            + " the membership of " + q(membership.personId()) + " in "
            + q(membership.teamId()) + " is one too many");
      }
      memberships.add(membership);
      return this;
    }

    private CascadeValidationException limit(String message) {
      return new CascadeValidationException("organisation " + q(id),
          List.of(new Problem(UserText.quote(id), ProblemCode.LIMIT_EXCEEDED,
              "organisation " + q(id) + " is too large: " + message)));
    }

    /**
     * Validates and builds the organisation. Reports, all at once and in this order: malformed
     * and duplicate ids; parents that are no subject, or not a unit or the organisation; cycles
     * of units; memberships naming no person or no team, ending before they start, or in a year
     * outside {@value Period#MIN_YEAR}..{@value Period#MAX_YEAR}; memberships of one person that
     * overlap; and people without any membership.
     *
     * @return the organisation
     * @throws CascadeValidationException listing every problem, if any
     */
    public Organisation build() {
      List<Problem> problems = new ArrayList<>();
      int n = subjects.size() + 1;
      Map<String, Integer> index = new HashMap<>(n * 2);
      SubjectKind[] kinds = new SubjectKind[n];
      kinds[0] = SubjectKind.ORGANISATION;
      checkId(problems, "organisation", id);
      index.put(id, 0);
      for (int i = 1; i < n; i++) {
        Subject s = subjects.get(i - 1);
        kinds[i] = s.kind();
        checkId(problems, word(s.kind()), s.id());
        Integer previous = index.putIfAbsent(s.id(), i);
        if (previous != null) {
          problems.add(problem(s.id(), ProblemCode.DUPLICATE_ID, "id " + q(s.id()) + " of "
              + article(s.kind()) + " is already used by " + article(kinds[previous])
              + "; ids must be unique within an organisation"));
        }
      }

      int[] parents = new int[n];
      int[][] edges = new int[n][];
      parents[0] = -1;
      edges[0] = NONE;
      for (int i = 1; i < n; i++) {
        Subject s = subjects.get(i - 1);
        parents[i] = -1;
        edges[i] = NONE;
        if (s.parent().isEmpty()) {
          continue;
        }
        String parentId = s.parent().get();
        Integer parent = index.get(parentId);
        String what = word(s.kind()) + " " + q(s.id());
        if (parent == null) {
          problems.add(problem(s.id(), ProblemCode.DANGLING_REFERENCE, what + " lies under "
              + q(parentId) + ", which is not a subject of the organisation"));
        } else if (kinds[parent] != SubjectKind.UNIT && kinds[parent] != SubjectKind.ORGANISATION) {
          problems.add(problem(s.id(), ProblemCode.DANGLING_REFERENCE, what + " lies under "
              + q(parentId) + ", which is " + article(kinds[parent]) + "; " + article(s.kind())
              + " lies under a unit or the organisation"));
        } else {
          parents[i] = parent;
          if (s.kind() == SubjectKind.UNIT && kinds[parent] == SubjectKind.UNIT) {
            edges[i] = new int[] {parent};
          }
        }
      }
      for (int[] cycle : Graphs.cycles(edges)) {
        problems.add(problem(all(cycle[0]), ProblemCode.SUBJECT_CYCLE,
            "units form a cycle, each lying under the next: " + cycleText(cycle)
                + "; an organisation is a tree"));
      }

      List<List<Membership>> byPerson = new ArrayList<>(Collections.nCopies(n, null));
      boolean[] named = new boolean[n];
      for (Membership ms : memberships) {
        String who = ms.personId();
        String what = "membership of " + q(who) + " in " + q(ms.teamId());
        boolean ok = true;
        Integer person = index.get(who);
        if (person == null) {
          problems.add(problem(who, ProblemCode.DANGLING_REFERENCE, what + " names person "
              + q(who) + ", who is not a subject of the organisation"));
          ok = false;
        } else if (kinds[person] != SubjectKind.PERSON) {
          problems.add(problem(who, ProblemCode.DANGLING_REFERENCE, what + " names "
              + q(who) + " as its person, which is " + article(kinds[person])));
          ok = false;
        } else {
          named[person] = true;
        }
        Integer team = index.get(ms.teamId());
        if (team == null) {
          problems.add(problem(who, ProblemCode.DANGLING_REFERENCE, what + " names team "
              + q(ms.teamId()) + ", which is not a subject of the organisation"));
          ok = false;
        } else if (kinds[team] != SubjectKind.TEAM) {
          problems.add(problem(who, ProblemCode.DANGLING_REFERENCE, what + " names "
              + q(ms.teamId()) + " as its team, which is " + article(kinds[team])));
          ok = false;
        }
        ok &= checkYear(problems, what, who, "starts", ms.from());
        if (ms.until().isPresent()) {
          YearMonth until = ms.until().get();
          ok &= checkYear(problems, what, who, "ends", until);
          if (until.isBefore(ms.from())) {
            problems.add(problem(who, ProblemCode.EMPTY_INTERVAL, what + " ends in " + until
                + ", before it starts in " + ms.from()));
            ok = false;
          }
        }
        if (ok) {
          if (byPerson.get(person) == null) {
            byPerson.set(person, new ArrayList<>(2));
          }
          byPerson.get(person).add(ms);
        }
      }
      for (int i = 1; i < n; i++) {
        List<Membership> list = byPerson.get(i);
        if (list != null) {
          overlaps(problems, list);
        }
      }
      for (int i = 1; i < n; i++) {
        Subject s = subjects.get(i - 1);
        if (s.kind() == SubjectKind.PERSON && !named[i] && index.get(s.id()) == i) {
          problems.add(problem(s.id(), ProblemCode.MISSING_ATTRIBUTE, "person " + q(s.id())
              + " belongs to no team: give them at least one membership"));
        }
      }
      if (!problems.isEmpty()) {
        throw new CascadeValidationException("organisation " + q(id), problems);
      }
      return new Organisation(this, Map.copyOf(index), parents);
    }

    /** The id of the subject at index {@code i} (0 is the organisation). */
    private String all(int i) {
      return i == 0 ? id : subjects.get(i - 1).id();
    }

    /** {@code 'a' -> 'b' -> 'a'}, at most {@value Organisation#CYCLE_SHOWN} units. */
    private String cycleText(int[] cycle) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < Math.min(cycle.length, CYCLE_SHOWN); i++) {
        sb.append(q(all(cycle[i]))).append(" -> ");
      }
      if (cycle.length > CYCLE_SHOWN) {
        sb.append("…(+").append(cycle.length - CYCLE_SHOWN).append(" more) -> ");
      }
      return sb.append(q(all(cycle[0]))).toString();
    }

    /** Reports each membership of one person that starts before an earlier one has ended. */
    private static void overlaps(List<Problem> problems, List<Membership> list) {
      if (list.size() < 2) {
        return;
      }
      List<Membership> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparing(Membership::from));
      Membership longest = sorted.get(0);
      for (int k = 1; k < sorted.size(); k++) {
        Membership next = sorted.get(k);
        if (end(longest) >= month(next.from())) {
          String who = next.personId();
          problems.add(problem(who, ProblemCode.OVERLAPPING_PERIODS, "person " + q(who)
              + " is in team " + q(longest.teamId()) + " " + span(longest) + " and in team "
              + q(next.teamId()) + " " + span(next)
              + ": memberships of one person must not overlap"));
        }
        if (end(next) > end(longest)) {
          longest = next;
        }
      }
    }

    private static int end(Membership ms) {
      return ms.until().map(Organisation::month).orElse(OPEN);
    }

    /** {@code 2026-01..2026-06}, or {@code from 2026-04 on}. */
    private static String span(Membership ms) {
      return ms.until().map(u -> ms.from() + ".." + u).orElse("from " + ms.from() + " on");
    }

    private static boolean checkYear(
        List<Problem> problems, String what, String who, String verb, YearMonth month) {
      if (month.getYear() < Period.MIN_YEAR || month.getYear() > Period.MAX_YEAR) {
        problems.add(problem(who, ProblemCode.VALUE_OUT_OF_RANGE, what + " " + verb + " in "
            + month + ", outside the supported years " + Period.MIN_YEAR + ".."
            + Period.MAX_YEAR));
        return false;
      }
      return true;
    }

    private static void checkId(List<Problem> problems, String what, String id) {
      if (!Ids.isValid(id)) {
        problems.add(problem(id, ProblemCode.MALFORMED_ID,
            what + " id " + q(id) + " is malformed: " + Ids.RULE));
      }
    }

    private static Problem problem(String id, ProblemCode code, String message) {
      return new Problem(UserText.quote(id), code, message);
    }
  }
}
