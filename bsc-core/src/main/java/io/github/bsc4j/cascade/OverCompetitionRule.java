package io.github.bsc4j.cascade;

import io.github.bsc4j.engine.NodeKind;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.internal.Words;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.ResourceBundle;

/**
 * Flags over-competition: a member {@code ON_TRACK} on their own scorecard while their team is
 * {@code OFF_TRACK} on the indicators its template marks as collaborative (referrals passed on,
 * shared pipeline, joint visits).
 *
 * <p>By default {@link Match#ANY one} collaborative indicator off track is enough: each stands
 * for a way of working together, a team failing at any one while a member thrives is the warning
 * the sales-team paper describes, and the member's side of the condition (on track overall) is
 * strict already. {@link Match#ALL} asks for every collaborative indicator off track. A team
 * indicator without data is not off track.
 *
 * @param collaborativeIndicatorIds the team template's collaborative indicators, each once, at
 *     least one (unmodifiable)
 * @param match whether the team must be off track on any or on all of them
 */
public record OverCompetitionRule(List<String> collaborativeIndicatorIds, Match match) {

  /** The id that problems about the rule itself name. */
  static final String ELEMENT = "over-competition";

  /**
   * Creates a rule.
   *
   * @param collaborativeIndicatorIds the collaborative indicators
   * @param match any or all of them
   * @throws NullPointerException if an argument or an indicator id is null
   * @throws CascadeValidationException listing every problem: no indicator, a malformed or
   *     repeated indicator id
   */
  public OverCompetitionRule {
    collaborativeIndicatorIds =
        List.copyOf(Objects.requireNonNull(collaborativeIndicatorIds, "collaborativeIndicatorIds"));
    Objects.requireNonNull(match, "match");
    List<Problem> problems = new ArrayList<>();
    MemberInputs.indicatorIds(problems, "over-competition", ELEMENT, collaborativeIndicatorIds);
    if (!problems.isEmpty()) {
      throw new CascadeValidationException("over-competition rule", problems);
    }
  }

  /**
   * A rule matching {@link Match#ANY} of the collaborative indicators.
   *
   * @param collaborativeIndicatorIds the collaborative indicators
   * @return the rule
   * @throws NullPointerException if the list or an id is null
   * @throws CascadeValidationException as {@link #OverCompetitionRule(List, Match)} does
   */
  public static OverCompetitionRule of(List<String> collaborativeIndicatorIds) {
    return new OverCompetitionRule(collaborativeIndicatorIds, Match.ANY);
  }

  /**
   * Flags a member if they are on track while their team is off track on collaborative
   * indicators. The results carry the statuses and the scores the reason quotes, so no parallel
   * lists of ids and numbers have to be kept in step.
   *
   * @param memberResult the member's result on their own scorecard; the flag names its subject
   * @param teamResult the team's result for the same period
   * @return the flag, naming the collaborative indicators off track; empty when the member is not
   *     on track or the team is not off track on any (or all) of them
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a collaborative indicator is not an indicator of the
   *     team's result
   */
  public Optional<Flag> evaluate(ScorecardResult memberResult, ScorecardResult teamResult) {
    return evaluate(memberResult, teamResult, Words.of(null, FreeRiderRule.DEFAULT_WORDS));
  }

  /**
   * Flags a member as {@link #evaluate(ScorecardResult, ScorecardResult)} does, giving the reason
   * in an application's words: its bundle's keys {@code flag.overCompetition*} (listed in {@code
   * docs/cascades.md}) replace the English ones, a key it lacks keeps the English words; numbers
   * stay in the root locale.
   *
   * @param memberResult the member's result on their own scorecard
   * @param teamResult the team's result for the same period
   * @param words the application's words
   * @return the flag, if the member is flagged
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a collaborative indicator is not an indicator of the
   *     team's result
   */
  public Optional<Flag> evaluate(
      ScorecardResult memberResult, ScorecardResult teamResult, ResourceBundle words) {
    return evaluate(memberResult, teamResult,
        Words.of(Objects.requireNonNull(words, "words"), FreeRiderRule.DEFAULT_WORDS));
  }

  private Optional<Flag> evaluate(
      ScorecardResult memberResult, ScorecardResult teamResult, Words words) {
    Objects.requireNonNull(memberResult, "memberResult");
    Objects.requireNonNull(teamResult, "teamResult");
    List<NodeResult> offTrack = new ArrayList<>();
    for (String id : collaborativeIndicatorIds) {
      NodeResult node = teamResult.node(id)
          .filter(n -> n.kind() == NodeKind.INDICATOR)
          .orElseThrow(() -> new IllegalArgumentException("team scorecard "
              + MemberInputs.q(teamResult.scorecardId()) + " has no indicator " + MemberInputs.q(id)
              + " for the over-competition rule"));
      if (node.status() == Status.OFF_TRACK) {
        offTrack.add(node);
      }
    }
    boolean teamOff = match == Match.ANY
        ? !offTrack.isEmpty()
        : offTrack.size() == collaborativeIndicatorIds.size();
    if (memberResult.status() != Status.ON_TRACK || !teamOff) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (NodeResult n : offTrack) {
      ids.add(n.id());
      parts.add(words.format("flag.overCompetition.indicator", MemberInputs.q(n.id()),
          score(n.score())));
    }
    String reason = words.format("flag.overCompetition", score(memberResult.score()),
        MemberInputs.q(teamResult.subjectId()),
        String.join(words.get("flag.overCompetition.separator"), parts));
    return Optional.of(new Flag(FlagKind.OVER_COMPETITION, memberResult.subjectId(), ids, reason));
  }

  private static String score(OptionalDouble score) {
    return Numbers.fixed(score.getAsDouble(), 3);
  }
}
