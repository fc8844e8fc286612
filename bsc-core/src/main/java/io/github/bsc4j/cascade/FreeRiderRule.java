package io.github.bsc4j.cascade;

import io.github.bsc4j.internal.FlagWords;
import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.internal.Words;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Flags free riders: members whose {@linkplain ContributionShares contribution share} on chosen
 * summed indicators is strictly below a fraction of the fair share {@code 1/n}.
 *
 * <ul>
 *   <li>{@code n} is the number of members with data on the indicator in the period: the shares
 *       of those members add up to 1, so {@code 1/n} is their average share. A member without
 *       data has no share and is never flagged on that indicator: missing data shows in the team
 *       indicator's coverage, and a flag needs a number.
 *   <li>An indicator whose team values give no shares (every value 0, a negative value, no data)
 *       flags nobody.
 *   <li>Over several indicators the rule flags, by default, only a member below the line on
 *       {@link Match#ALL all} of them: a flag is a charge against a person, and someone strong on
 *       profit but weak on revenue is specialising rather than riding free. {@link Match#ANY}
 *       flags a member below the line on any one.
 * </ul>
 *
 * @param indicatorIds the summed indicators looked at, each once, at least one (unmodifiable)
 * @param fraction the fraction of the fair share below which a member is flagged, in {@code (0,
 *     1]}; the sales-team paper's {@value #DEFAULT_FRACTION}
 * @param match whether a member must be below the line on any or on all of the indicators
 */
public record FreeRiderRule(List<String> indicatorIds, double fraction, Match match) {

  /** The default fraction of the fair share: half. */
  public static final double DEFAULT_FRACTION = 0.5;

  /** The id that problems about the rule itself name. */
  static final String ELEMENT = "free-rider";

  /** The library's English words for reasons. */
  static final ResourceBundle DEFAULT_WORDS = new FlagWords();

  /**
   * Creates a rule.
   *
   * @param indicatorIds the indicators
   * @param fraction the fraction of the fair share
   * @param match any or all of the indicators
   * @throws NullPointerException if an argument or an indicator id is null
   * @throws CascadeValidationException listing every problem: no indicator, a malformed or
   *     repeated indicator id, a fraction that is not finite or outside {@code (0, 1]}
   */
  public FreeRiderRule {
    indicatorIds = List.copyOf(Objects.requireNonNull(indicatorIds, "indicatorIds"));
    Objects.requireNonNull(match, "match");
    List<Problem> problems = new ArrayList<>();
    MemberInputs.indicatorIds(problems, "free-rider", ELEMENT, indicatorIds);
    if (!Double.isFinite(fraction)) {
      MemberInputs.add(problems, ELEMENT, ProblemCode.NON_FINITE_NUMBER,
          "the free-rider fraction must be a finite number, was " + fraction);
    } else if (!(fraction > 0 && fraction <= 1)) {
      MemberInputs.add(problems, ELEMENT, ProblemCode.VALUE_OUT_OF_RANGE,
          "the free-rider fraction must lie in (0, 1], was " + Numbers.plain(fraction));
    }
    if (!problems.isEmpty()) {
      throw new CascadeValidationException("free-rider rule", problems);
    }
  }

  /**
   * A rule with the default fraction, {@value #DEFAULT_FRACTION}, matching {@link Match#ALL}.
   *
   * @param indicatorIds the indicators
   * @return the rule
   * @throws NullPointerException if the list or an id is null
   * @throws CascadeValidationException as {@link #FreeRiderRule(List, double, Match)} does
   */
  public static FreeRiderRule of(List<String> indicatorIds) {
    return new FreeRiderRule(indicatorIds, DEFAULT_FRACTION, Match.ALL);
  }

  /**
   * Flags the free riders of one team, giving the reasons in English.
   *
   * @param sharesByIndicator the team's shares on each of the rule's indicators, keyed by
   *     indicator id (other keys are ignored)
   * @return one flag per member flagged, in the order the members are listed for the rule's
   *     first indicator, then members listed only for later ones in their order (unmodifiable)
   * @throws NullPointerException if the map or a value in it is null
   * @throws IllegalArgumentException if the map lacks one of the rule's indicators
   */
  public List<Flag> evaluate(Map<String, ContributionShares> sharesByIndicator) {
    return evaluate(sharesByIndicator, Words.of(null, DEFAULT_WORDS));
  }

  /**
   * Flags the free riders of one team, giving the reasons in an application's words: its bundle's
   * keys {@code flag.freeRider.*} (listed in {@code docs/cascades.md}) replace the English ones,
   * a key it lacks keeps the English words; numbers stay in the root locale.
   *
   * @param sharesByIndicator the team's shares on each of the rule's indicators
   * @param words the application's words
   * @return the flags, as {@link #evaluate(Map)} orders them
   * @throws NullPointerException if an argument or a value of the map is null
   * @throws IllegalArgumentException if the map lacks one of the rule's indicators
   */
  public List<Flag> evaluate(
      Map<String, ContributionShares> sharesByIndicator, ResourceBundle words) {
    return evaluate(sharesByIndicator,
        Words.of(Objects.requireNonNull(words, "words"), DEFAULT_WORDS));
  }

  private List<Flag> evaluate(Map<String, ContributionShares> sharesByIndicator, Words words) {
    Objects.requireNonNull(sharesByIndicator, "sharesByIndicator");
    List<ContributionShares> shares = new ArrayList<>(indicatorIds.size());
    Set<String> members = new LinkedHashSet<>();
    for (String id : indicatorIds) {
      ContributionShares s = sharesByIndicator.get(id);
      if (s == null) {
        throw new IllegalArgumentException(
            "no contribution shares for indicator " + MemberInputs.q(id) + " of the free-rider rule");
      }
      shares.add(s);
      s.members().forEach(m -> members.add(m.memberId()));
    }
    List<Flag> flags = new ArrayList<>();
    for (String member : members) {
      evaluate(member, shares, words).ifPresent(flags::add);
    }
    return List.copyOf(flags);
  }

  private Optional<Flag> evaluate(String member, List<ContributionShares> shares, Words words) {
    List<String> below = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int k = 0; k < indicatorIds.size(); k++) {
      ContributionShares s = shares.get(k);
      OptionalDouble share = s.share(member);
      if (share.isEmpty()) {
        continue;
      }
      int n = s.membersWithData();
      double line = fraction / n;
      if (share.getAsDouble() < line) {
        String id = indicatorIds.get(k);
        below.add(id);
        reasons.add(words.format("flag.freeRider.indicator", MemberInputs.q(id),
            Numbers.percent(share.getAsDouble()),
            Numbers.grouped(s.member(member).orElseThrow().value().getAsDouble()),
            Numbers.grouped(s.total().getAsDouble()), Numbers.percent(fraction),
            Integer.toString(n), Numbers.percent(1.0 / n)));
      }
    }
    boolean flagged = match == Match.ANY ? !below.isEmpty() : below.size() == indicatorIds.size();
    return flagged
        ? Optional.of(new Flag(FlagKind.FREE_RIDER, member, below, String.join(words.get("flag.freeRider.separator"), reasons)))
        : Optional.empty();
  }
}
