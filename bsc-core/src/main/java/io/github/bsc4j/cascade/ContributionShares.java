package io.github.bsc4j.cascade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Each member's share of a team total on a summed indicator (the sales-team paper's "individual
 * share of team profit"): a member's value over the sum of the values of the members with data.
 *
 * <ul>
 *   <li>A member without data has no share; the shares of the others are taken of the total of
 *       the members with data (what a {@code SUM} roll-up of the team adds up), so they still add
 *       up to 1.
 *   <li>When every value is 0 (the total is 0) there are no shares: 0 of 0 is no share at all,
 *       and equal shares would credit everybody with a part of nothing ({@link
 *       Outcome#ZERO_TOTAL}).
 *   <li>When any value is negative there are no shares: a share is a part of a whole, and a loss
 *       next to gains would give shares below 0 and above 100 %, or, when all are losses, the
 *       largest "share" to the largest loss ({@link Outcome#NEGATIVE_VALUE}).
 * </ul>
 *
 * <p>The total is the exact sum of the values rounded once, and each share is the member's
 * value divided by it (both scaled first by one power of two, so no total overflows): a share is
 * the correctly rounded quotient, the same whatever order the members come in, and the shares
 * add up to 1 within {@code (n + 2) · 2^-53} for {@code n} members with data.
 *
 * <p>Immutable; looking a member up by id takes constant time.
 */
public final class ContributionShares {
  private final List<MemberShare> members;
  private final OptionalDouble total;
  private final Outcome outcome;
  private final Map<String, MemberShare> byId;
  private final int membersWithData;

  /** Whether a team's values give shares, and if not, why. */
  public enum Outcome {
    /** Every member with data has a share; the shares add up to 1. */
    SHARED,
    /** No member has data. */
    NO_DATA,
    /** The members with data all have 0, so the total is 0. */
    ZERO_TOTAL,
    /** At least one member has a negative value. */
    NEGATIVE_VALUE
  }

  /**
   * Creates shares from their parts; {@link #of(List, double[])} computes them.
   *
   * @param members one entry per member, each member once
   * @param total the sum of the values of the members with data; empty when none has data
   * @param outcome whether there are shares, and if not, why
   * @throws NullPointerException if an argument or a member is null
   * @throws IllegalArgumentException if a member is listed twice
   */
  public ContributionShares(List<MemberShare> members, OptionalDouble total, Outcome outcome) {
    this.members = List.copyOf(Objects.requireNonNull(members, "members"));
    this.total = Objects.requireNonNull(total, "total");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    Map<String, MemberShare> index = new HashMap<>();
    int withData = 0;
    for (MemberShare m : this.members) {
      if (index.put(m.memberId(), m) != null) {
        throw new IllegalArgumentException("member " + m.memberId() + " is listed twice");
      }
      withData += m.value().isPresent() ? 1 : 0;
    }
    this.byId = index;
    this.membersWithData = withData;
  }

  /**
   * Computes each member's share of the team total.
   *
   * @param memberIds the members, each once; ids follow the engine's rule for subject ids (not
   *     blank, at most {@value io.github.bsc4j.engine.ScorecardEngine#MAX_SUBJECT_ID_LENGTH}
   *     characters, no control character)
   * @param values one value per member, in the same order: a finite number, or NaN when the
   *     member has no data
   * @return the shares, one per member in the order given
   * @throws NullPointerException if an argument or a member id is null
   * @throws IllegalArgumentException if there are not as many values as members
   * @throws CascadeValidationException listing every malformed or repeated member id and every
   *     infinite value
   */
  public static ContributionShares of(List<String> memberIds, double[] values) {
    MemberInputs.check("contribution share input", "value", memberIds, values);
    double[] v = values.clone();
    boolean anyData = false;
    boolean negative = false;
    double largest = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        anyData = true;
        negative |= x < 0;
        largest = Math.max(largest, Math.abs(x));
      }
    }
    // Scale by the power of two that brings the largest magnitude into [1, 2): exact, and the
    // scaled total is below 2n, so it never overflows.
    int exponent = largest == 0 ? 0 : Math.getExponent(largest);
    BigDecimal exact = BigDecimal.ZERO;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        exact = exact.add(new BigDecimal(Math.scalb(x, -exponent)));
      }
    }
    double scaledTotal = exact.doubleValue();
    Outcome outcome;
    if (!anyData) {
      outcome = Outcome.NO_DATA;
    } else if (negative) {
      outcome = Outcome.NEGATIVE_VALUE;
    } else if (scaledTotal == 0) {
      outcome = Outcome.ZERO_TOTAL;
    } else {
      outcome = Outcome.SHARED;
    }
    List<MemberShare> members = new ArrayList<>(v.length);
    for (int i = 0; i < v.length; i++) {
      double x = v[i];
      OptionalDouble value = Double.isNaN(x) ? OptionalDouble.empty() : OptionalDouble.of(x + 0.0);
      OptionalDouble share = outcome == Outcome.SHARED && value.isPresent()
          ? OptionalDouble.of(Math.scalb(x, -exponent) / scaledTotal)
          : OptionalDouble.empty();
      members.add(new MemberShare(memberIds.get(i), value, share));
    }
    OptionalDouble total = anyData
        ? OptionalDouble.of(Math.scalb(scaledTotal, exponent)) // never -0.0: a sum of BigDecimals
        : OptionalDouble.empty();
    return new ContributionShares(members, total, outcome);
  }

  /**
   * The number of members with data: the {@code n} of the fair share {@code 1/n} (see {@link
   * FreeRiderRule}).
   *
   * @return how many members have a value
   */
  public int membersWithData() {
    return membersWithData;
  }

  /**
   * The fair share: 1 over the number of members with data, the share each would have if all
   * contributed the same; the shares average to it.
   *
   * @return {@code 1/n}; empty unless the outcome is {@link Outcome#SHARED}
   */
  public OptionalDouble fairShare() {
    return outcome == Outcome.SHARED
        ? OptionalDouble.of(1.0 / membersWithData)
        : OptionalDouble.empty();
  }

  /**
   * Finds a member's entry.
   *
   * @param memberId the member
   * @return the member's entry, if the member is listed
   * @throws NullPointerException if {@code memberId} is null
   */
  public Optional<MemberShare> member(String memberId) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(memberId, "memberId")));
  }

  /**
   * A member's share.
   *
   * @param memberId the member
   * @return the share; empty when the member is not listed, has no data, or there are no shares
   * @throws NullPointerException if {@code memberId} is null
   */
  public OptionalDouble share(String memberId) {
    return member(memberId).map(MemberShare::share).orElse(OptionalDouble.empty());
  }

  /**
   * One entry per member, in the order given.
   *
   * @return the members' entries (unmodifiable)
   */
  public List<MemberShare> members() {
    return members;
  }

  /**
   * The sum of the values of the members with data, rounded once from the exact sum (infinite
   * only when that sum is beyond {@link Double#MAX_VALUE}).
   *
   * @return the total; empty when no member has data
   */
  public OptionalDouble total() {
    return total;
  }

  /**
   * Whether there are shares, and if not, why.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Tells whether another object is shares of the same members, total and outcome.
   *
   * @param o the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ContributionShares that
        && members.equals(that.members)
        && total.equals(that.total)
        && outcome == that.outcome;
  }

  /**
   * A hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(members, total, outcome);
  }

  /**
   * The shares as text, for logs and debuggers.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ContributionShares[members=" + members + ", total=" + total + ", outcome=" + outcome
        + "]";
  }
}
