package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.TeamOfFive.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.MissingDataPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** What lifted and lowered a member's score, on results of the real engine, by hand. */
class ReasonsTest {

  static Reason reason(String id, double score, double weight, double points) {
    return new Reason(id, id, OptionalDouble.of(score), weight, points);
  }

  static Reason missing(String id, double weight, double points) {
    return new Reason(id, id, OptionalDouble.empty(), weight, points);
  }

  @Test
  void annsReasons() {
    // Effective weights: revenue 0.75 * 0.75, margin 0.75 * 0.25; satisfaction and referrals
    // 0.25 * 0.5 (visits, without data, is skipped; calls is informational). Points: revenue
    // 0.5625 * 0.25, margin 0.1875 * -0.25, referrals 0.125 * -0.5, satisfaction 0: together
    // 0.03125, the score 1.03125 minus 1.
    Reasons reasons = Reasons.of(member("ann"), 5);
    assertEquals(new Reasons("ann",
        List.of(reason("revenue", 1.25, 0.5625, 0.140625)),
        List.of(reason("referrals", 0.5, 0.125, -0.0625),
            reason("margin", 0.75, 0.1875, -0.046875)),
        List.of(missing("visits", 0, 0))), reasons);
    Reasons one = Reasons.of(member("ann"), 1);
    assertEquals(List.of(reason("referrals", 0.5, 0.125, -0.0625)), one.lowered());
    Reasons none = Reasons.of(member("ann"), 0);
    assertEquals(List.of(), none.lifted());
    assertEquals(List.of(), none.lowered());
    assertEquals(List.of(missing("visits", 0, 0)), none.noData());
  }

  @Test
  void aMissingIndicatorCountedAsZeroCostsItsWeight() {
    // Under ZERO visits counts as 0: serve's weights 1, 1, 2 give 0.25, 0.25, 0.5, so visits
    // weighs 0.125 and costs 0.125; the score is 0.75 * 1.125 + 0.25 * 0.375 = 0.9375, and the
    // points add up to -0.0625.
    ScorecardResult ann = member("ann", MissingDataPolicy.ZERO);
    assertEquals(OptionalDouble.of(0.9375), ann.score());
    assertEquals(new Reasons("ann",
        List.of(reason("revenue", 1.25, 0.5625, 0.140625)),
        List.of(reason("margin", 0.75, 0.1875, -0.046875),
            reason("referrals", 0.5, 0.0625, -0.03125)),
        List.of(missing("visits", 0.125, -0.125))), Reasons.of(ann, 3));
  }

  @Test
  void noDataAtAll() {
    assertEquals(new Reasons("dia", List.of(), List.of(), List.of(missing("revenue", 0, 0),
        missing("margin", 0, 0), missing("satisfaction", 0, 0), missing("referrals", 0, 0),
        missing("visits", 0, 0))), Reasons.of(member("dia"), 3));
  }

  @Test
  void tiesKeepDefinitionOrderAndInformationalSubtreesAreLeftOut() {
    // Five indicators of weight 0.2 each. zeta is defined before alpha: equal points keep that
    // order, as do up2 and up1; up3, defined last, lifts most. 'extra' weighs 0, so its
    // indicator 'bonus' is informational even though its own weight is 1.
    Scorecard card = Scorecard.builder("ties")
        .perspective(Perspective.FINANCIAL)
        .objective("main", o -> o.perspective(Perspective.FINANCIAL)
            .indicator("zeta", i -> i.lagging().baseline(0).target(100))
            .indicator("alpha", i -> i.lagging().baseline(0).target(100))
            .indicator("up2", i -> i.lagging().baseline(0).target(100).cap(2))
            .indicator("up1", i -> i.lagging().baseline(0).target(100).cap(2))
            .indicator("up3", i -> i.lagging().baseline(0).target(100).cap(2)))
        .objective("extra", o -> o.perspective(Perspective.FINANCIAL).weight(0)
            .indicator("bonus", i -> i.lagging().baseline(0).target(100).cap(2)))
        .build();
    var m = Measurements.builder();
    for (String id : List.of("zeta", "alpha")) {
      m.put(id, TeamOfFive.MARCH, 50);
    }
    for (String id : List.of("up2", "up1", "bonus")) {
      m.put(id, TeamOfFive.MARCH, 150);
    }
    m.put("up3", TeamOfFive.MARCH, 200);
    ScorecardResult r = TeamOfFive.ENGINE.evaluate(
        TeamOfFive.ENGINE.compile(card), "x", m.build(), TeamOfFive.MARCH);
    assertEquals(new Reasons("x",
        List.of(reason("up3", 2, 0.2, 0.2), reason("up2", 1.5, 0.2, 0.1),
            reason("up1", 1.5, 0.2, 0.1)),
        List.of(reason("zeta", 0.5, 0.2, -0.1), reason("alpha", 0.5, 0.2, -0.1)),
        List.of()), Reasons.of(r, 9));
  }

  @Test
  void aNegativeLimitIsRejected() {
    assertEquals("limit must not be negative, was -1",
        assertThrows(IllegalArgumentException.class, () -> Reasons.of(member("ann"), -1))
            .getMessage());
  }
}
