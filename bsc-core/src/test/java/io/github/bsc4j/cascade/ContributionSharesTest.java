package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.cascade.ContributionShares.Outcome;
import io.github.bsc4j.model.ProblemCode;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Contribution shares on a team of five, computed by hand, and every case without shares. */
class ContributionSharesTest {
  static final List<String> TEAM = List.of("ann", "ben", "cem", "dia", "eve");
  static final double NaN = Double.NaN;

  private static MemberShare member(String id, double value, double share) {
    return new MemberShare(id, OptionalDouble.of(value), OptionalDouble.of(share));
  }

  private static MemberShare noShare(String id, double value) {
    return new MemberShare(id, OptionalDouble.of(value), OptionalDouble.empty());
  }

  private static MemberShare noData(String id) {
    return new MemberShare(id, OptionalDouble.empty(), OptionalDouble.empty());
  }

  @Test
  void sharesOfTheTeamTotal() {
    // 350 + 250 + 200 + 160 + 40 = 1000.
    ContributionShares s =
        ContributionShares.of(TEAM, new double[] {350, 250, 200, 160, 40});
    assertEquals(new ContributionShares(List.of(member("ann", 350, 0.35),
        member("ben", 250, 0.25), member("cem", 200, 0.2), member("dia", 160, 0.16),
        member("eve", 40, 0.04)), OptionalDouble.of(1000), Outcome.SHARED), s);
    assertEquals(5, s.membersWithData());
    assertEquals(OptionalDouble.of(0.2), s.fairShare());
    assertEquals(OptionalDouble.of(0.04), s.share("eve"));
    assertEquals(OptionalDouble.empty(), s.share("zoe"));
  }

  @Test
  void aMemberWithoutDataHasNoShareAndTheOthersStillAddUpToOne() {
    // dia has no data: the total is 350 + 250 + 200 + 200 = 1000 over four members.
    ContributionShares s =
        ContributionShares.of(TEAM, new double[] {350, 250, 200, NaN, 200});
    assertEquals(new ContributionShares(List.of(member("ann", 350, 0.35),
        member("ben", 250, 0.25), member("cem", 200, 0.2), noData("dia"),
        member("eve", 200, 0.2)), OptionalDouble.of(1000), Outcome.SHARED), s);
    assertEquals(4, s.membersWithData());
    assertEquals(OptionalDouble.of(0.25), s.fairShare());
  }

  @Test
  void aZeroTotalGivesNoShares() {
    ContributionShares s = ContributionShares.of(List.of("ann", "ben", "cem"),
        new double[] {0, -0.0, NaN});
    assertEquals(new ContributionShares(List.of(noShare("ann", 0), noShare("ben", 0),
        noData("cem")), OptionalDouble.of(0), Outcome.ZERO_TOTAL), s);
    assertEquals(OptionalDouble.empty(), s.fairShare());
  }

  @Test
  void aNegativeValueGivesNoShares() {
    // A loss of 50 next to gains of 100 and 50 would give shares 1, 0.5 and -0.5.
    ContributionShares mixed = ContributionShares.of(List.of("ann", "ben", "cem"),
        new double[] {100, 50, -50});
    assertEquals(new ContributionShares(List.of(noShare("ann", 100), noShare("ben", 50),
        noShare("cem", -50)), OptionalDouble.of(100), Outcome.NEGATIVE_VALUE), mixed);
    ContributionShares losses = ContributionShares.of(List.of("ann", "ben"),
        new double[] {-30, -10});
    assertEquals(Outcome.NEGATIVE_VALUE, losses.outcome());
    assertEquals(OptionalDouble.of(-40), losses.total());
    assertEquals(OptionalDouble.empty(), losses.share("ann"));
  }

  @Test
  void noDataAtAllGivesNoTotal() {
    ContributionShares s = ContributionShares.of(List.of("ann"), new double[] {NaN});
    assertEquals(new ContributionShares(List.of(noData("ann")), OptionalDouble.empty(),
        Outcome.NO_DATA), s);
    assertEquals(0, s.membersWithData());
    ContributionShares empty = ContributionShares.of(List.of(), new double[0]);
    assertEquals(Outcome.NO_DATA, empty.outcome());
  }

  @Test
  void hugeValuesShareWithoutOverflow() {
    // The total, 2 * MAX_VALUE, is beyond a double; the shares are still one half each.
    ContributionShares s = ContributionShares.of(List.of("ann", "ben"),
        new double[] {Double.MAX_VALUE, Double.MAX_VALUE});
    assertEquals(OptionalDouble.of(0.5), s.share("ann"));
    assertEquals(OptionalDouble.of(0.5), s.share("ben"));
    assertEquals(OptionalDouble.of(Double.POSITIVE_INFINITY), s.total());
    ContributionShares tiny = ContributionShares.of(List.of("ann", "ben"),
        new double[] {Double.MIN_VALUE, 3 * Double.MIN_VALUE});
    assertEquals(OptionalDouble.of(0.25), tiny.share("ann"));
    assertEquals(OptionalDouble.of(0.75), tiny.share("ben"));
  }

  @Test
  void everyProblemAtOnceWithExactMessages() {
    CascadeValidationException e = assertThrows(CascadeValidationException.class,
        () -> ContributionShares.of(List.of("ann", " ", "ann", "b\nc", "x".repeat(257)),
            new double[] {Double.POSITIVE_INFINITY, 1, 2, 3, Double.NEGATIVE_INFINITY}));
    assertEquals("contribution share input is invalid: 6 problems\n"
        + "  - [ann] NON_FINITE_NUMBER: value of member 'ann' must be a finite number, or NaN"
        + " for no data; was Infinity\n"
        + "  - [ ] MALFORMED_ID: member id ' ' is blank\n"
        + "  - [ann] DUPLICATE_ID: member 'ann' is listed twice\n"
        + "  - [b\\nc] MALFORMED_ID: member id 'b\\nc' holds a control character at index 1\n"
        + "  - [" + "x".repeat(200) + "…(+57 chars)] MALFORMED_ID: member id '"
        + "x".repeat(200) + "…(+57 chars)' has 257 characters, more than the 256 allowed\n"
        + "  - [" + "x".repeat(200) + "…(+57 chars)] NON_FINITE_NUMBER: value of member '"
        + "x".repeat(200) + "…(+57 chars)' must be a finite number, or NaN for no data; was"
        + " -Infinity", e.getMessage());
    assertEquals(ProblemCode.NON_FINITE_NUMBER, e.code());
  }

  @Test
  void theLongestMemberIdIsAccepted() {
    String longest = "x".repeat(256);
    assertEquals(OptionalDouble.of(1), ContributionShares.of(List.of(longest),
        new double[] {5}).share(longest));
  }

  @Test
  void readableText() {
    assertEquals("ContributionShares[members=[MemberShare[memberId=ann, value=OptionalDouble[2.0],"
        + " share=OptionalDouble[1.0]]], total=OptionalDouble[2.0], outcome=SHARED]",
        ContributionShares.of(List.of("ann"), new double[] {2}).toString());
  }

  @Test
  void aLengthMismatchIsAProgrammingError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ContributionShares.of(List.of("ann", "ben"), new double[] {1}));
    assertEquals("2 member ids but 1 values; give one value per member, NaN for no data",
        e.getMessage());
  }

  @Test
  void theInputArrayIsCopied() {
    double[] values = {1, 3};
    ContributionShares s = ContributionShares.of(List.of("ann", "ben"), values);
    values[0] = 100;
    assertEquals(OptionalDouble.of(0.25), s.share("ann"));
  }

  @Test
  void eachMemberOnce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ContributionShares(List.of(noData("ann"), noData("ann")),
            OptionalDouble.empty(), Outcome.NO_DATA));
    assertEquals("member ann is listed twice", e.getMessage());
  }

  @Test
  void aShareNeedsAValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MemberShare("ann", OptionalDouble.empty(), OptionalDouble.of(1)));
    assertEquals("member ann has a share but no value", e.getMessage());
  }
}
