package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Definitions written by a careless or hostile hand: ids that collide across kinds of element,
 * texts with line breaks, megabyte ids, sizes without a sane bound. Every one is either rejected
 * with a precise, bounded problem or rendered without forging lines.
 */
class HostileInputTest {
  /** A name that tries to forge a node line of its own in a rendering. */
  static final String FORGED = "Revenue\n    `-- Indicator fake: score 1 ON_TRACK";

  static final String MEGA = "a".repeat(1_000_000);

  static List<Problem> problems(Scorecard.Builder b) {
    return assertThrows(ScorecardValidationException.class, b::build).problems();
  }

  static List<String> summary(List<Problem> problems) {
    return problems.stream().map(p -> p.elementId() + " " + p.code()).toList();
  }

  @Nested
  class OneNamespace {
    @Test
    void theScorecardsIdIsInTheNamespaceToo() {
      Scorecard.Builder b = ScorecardValidationTest.card();
      Scorecard.Builder clash =
          Scorecard.builder("revenue")
              .perspectives(Perspective.standard())
              .objective("grow", o -> o
                  .perspective("financial")
                  .indicator("revenue", i -> i.lagging().baseline(0).target(1)));
      List<Problem> ps = problems(clash);
      assertEquals(List.of("revenue DUPLICATE_ID"), summary(ps));
      assertEquals(
          "id 'revenue' of an indicator is already used by the scorecard;"
              + " ids must be unique within a scorecard",
          ps.get(0).message());
      b.build();
    }

    @Test
    void everyKindCollidesWithTheScorecard() {
      List<Problem> ps =
          problems(
              Scorecard.builder("financial")
                  .perspectives(Perspective.standard())
                  .theme("t", "T"));
      assertEquals(List.of("financial DUPLICATE_ID"), summary(ps));
      assertTrue(ps.get(0).message().contains("a perspective is already used by the scorecard"));
      assertEquals(
          List.of("sales DUPLICATE_ID"),
          summary(problems(ScorecardValidationTest.card().theme("sales", "Sales"))));
      assertEquals(
          List.of("sales DUPLICATE_ID"),
          summary(problems(
              ScorecardValidationTest.card().objective("sales", o -> o.perspective("financial")))));
    }

    @Test
    void collisionsAreReportedWithEveryOtherProblem() {
      Scorecard.Builder b =
          ScorecardValidationTest.card()
              .objective("sales", o -> o.perspective("financial").weight(-1))
              .objective("x", o -> o
                  .perspective("customer")
                  .indicator("growth", i -> i.lagging().baseline(0).target(Double.NaN)));
      assertEquals(
          List.of(
              "sales NEGATIVE_WEIGHT",
              "growth NON_FINITE_NUMBER",
              "sales DUPLICATE_ID",
              "growth DUPLICATE_ID"),
          summary(problems(b)));
    }

    @Test
    void aStandaloneObjectiveMayNotShareItsIdWithItsIndicator() {
      ScorecardValidationException e =
          assertThrows(
              ScorecardValidationException.class,
              () -> Objective.builder("revenue")
                  .perspective("financial")
                  .indicator("revenue", i -> i.lagging().baseline(0).target(1))
                  .build());
      assertEquals(List.of("revenue DUPLICATE_ID"), summary(e.problems()));
      assertTrue(e.problems().get(0).message().contains("an indicator"), e::getMessage);
      assertTrue(e.problems().get(0).message().contains("an objective"), e::getMessage);
    }
  }

  @Nested
  class Renderings {
    Scorecard hostile() {
      return Scorecard.builder("s")
          .name("S\r\nforged")
          .vision("v\u2028w")
          .mission("m\u2029n")
          .theme("t", "T\u0000")
          .perspective(Perspective.of("p", "P\tq"))
          .objective("o", o -> o
              .perspective("p")
              .theme("t")
              .name("O\nx")
              .owner("me\n")
              .indicator("i", i -> i
                  .lagging()
                  .name(FORGED)
                  .unit("EUR\n")
                  .baseline(0)
                  .target(10)
                  .action(Status.OFF_TRACK, "call\nIndicator fake")))
          .build();
    }

    @Test
    void theOutlineEscapesEveryText() {
      String outline = hostile().outline();
      assertEquals(
          "Scorecard s \"S\\r\\nforged\" (organisation)\n"
              + "  Vision: v\\u2028w\n"
              + "  Mission: m\\u2029n\n"
              + "  Theme t \"T\\u0000\"\n"
              + "`-- Perspective p \"P\\tq\" (weight 1)\n"
              + "    `-- Objective o \"O\\nx\" (weight 1, theme t, owner me\\n)\n"
              + "        `-- i \"Revenue\\n    `-- Indicator fake: score 1 ON_TRACK\""
              + " [lagging, higher is better] baseline 0 EUR\\n target 10 EUR\\n"
              + " (weight 1, linear, average)\n",
          outline);
      assertEquals(7, outline.lines().count());
    }

    @Test
    void explainEscapesEveryText() {
      ScorecardEngine engine = ScorecardEngine.create();
      Period march = Period.month(2026, 3);
      ScorecardResult r =
          engine.evaluate(
              engine.compile(hostile()), "subject", Measurements.of(march, Map.of("i", 1.0)), march);
      String text = r.explain();
      List<String> lines = text.lines().toList();
      assertEquals(5, lines.size(), text);
      assertTrue(lines.get(0).startsWith("Scorecard s \"S\\r\\nforged\" for subject, Mar 2026 vs Feb 2026: "), text);
      assertTrue(lines.get(1).startsWith("`-- Perspective p \"P\\tq\": "), text);
      assertTrue(lines.get(2).startsWith("    `-- Objective o \"O\\nx\": "), text);
      assertTrue(
          lines.get(3).startsWith(
              "        `-- Indicator i \"Revenue\\n    `-- Indicator fake: score 1 ON_TRACK\":"
                  + " actual 1 EUR\\n, target 10 EUR\\n, baseline 0 EUR\\n -> linear, "),
          text);
      assertEquals("                action: call\\nIndicator fake", lines.get(4), text);
      assertFalse(text.contains("\r") || text.contains("\t") || text.contains("\u2028"), text);
      assertEquals("NodeResult[OBJECTIVE o \"O\\nx\": 0.1 OFF_TRACK, 1 child]",
          r.node("o").orElseThrow().toString());
      assertEquals(1, r.toString().lines().count(), r.toString());
    }

    @Test
    void toStringsStayOnOneLine() {
      Scorecard card = hostile();
      Indicator i = card.indicator("i").orElseThrow();
      List<Object> values =
          List.of(
              card,
              card.strategy(),
              card.strategy().themes().get(0),
              card.perspectives().get(0),
              card.objectives().get(0),
              i,
              new CauseEffectLink("a\nb", "c", 1, LinkSign.POSITIVE),
              ScoringSpec.of("rule\nx", Map.of("k\ny", 1.0)),
              AggregationSpec.of("agg\r"),
              new Problem("id\n", ProblemCode.BLANK_TEXT, "message\nforged"));
      for (Object v : values) {
        String s = v.toString();
        assertEquals(1, s.lines().count(), s);
        assertFalse(s.contains("\r") || s.contains("\t") || s.contains("\u0000"), s);
      }
      assertTrue(i.toString().contains("name=" + UserText.escape(FORGED)), i::toString);
      assertTrue(card.toString().contains("name=S\\r\\nforged"), card::toString);
      assertEquals(
          "[id\\n] BLANK_TEXT: message\\nforged",
          new Problem("id\n", ProblemCode.BLANK_TEXT, "message\nforged").toString());
    }

    @Test
    void aProblemWithALineBreakCannotForgeALineOfTheExceptionMessage() {
      ScorecardValidationException e =
          new ScorecardValidationException(
              "x", List.of(new Problem("a", ProblemCode.BLANK_TEXT, "one\n  - [b] FORGED: two")));
      assertEquals(2, e.getMessage().lines().count(), e::getMessage);
    }
  }

  @Nested
  class MegabyteText {
    @Test
    void aMegabyteIdGivesABoundedProblemThatShowsItsStart() {
      Scorecard.Builder b =
          ScorecardValidationTest.card().objective("x", o -> o
              .perspective("financial")
              .indicator(MEGA, i -> i.lagging().baseline(0).target(1)));
      ScorecardValidationException e = assertThrows(ScorecardValidationException.class, b::build);
      assertEquals(1, e.problems().size());
      Problem p = e.problems().get(0);
      assertEquals(ProblemCode.MALFORMED_ID, p.code());
      assertTrue(p.message().length() < 1000, () -> p.message().length() + " characters");
      assertTrue(p.message().startsWith("indicator id '" + "a".repeat(200) + "…(+999800 chars)'"),
          p::message);
      assertEquals(UserText.quote(MEGA), p.elementId());
      assertTrue(e.getMessage().length() < 1500, () -> e.getMessage().length() + " characters");
    }

    @Test
    void aMegabyteScorecardIdIsCutInTheSubjectToo() {
      ScorecardValidationException e =
          assertThrows(
              ScorecardValidationException.class,
              () -> Scorecard.builder(MEGA).perspectives(Perspective.standard()).build());
      assertTrue(e.getMessage().length() < 1500, () -> e.getMessage().length() + " characters");
      assertTrue(e.getMessage().startsWith("scorecard '" + "a".repeat(200) + "…"), e::getMessage);
    }

    @Test
    void everyQuotedReferenceIsCut() {
      String hugeRef = "b".repeat(100_000) + "\n";
      List<Problem> ps =
          problems(
              ScorecardValidationTest.card()
                  .objective("x", o -> o.perspective(hugeRef).theme(hugeRef))
                  .link("grow", hugeRef)
                  .link(hugeRef, hugeRef)
                  .objective("y", o -> o
                      .perspective("financial")
                      .aggregation(AggregationSpec.of(hugeRef))
                      .indicator("z", i -> i
                          .lagging()
                          .baseline(0)
                          .target(1)
                          .scoring(ScoringSpec.of(hugeRef, Map.of(hugeRef, 1.0))))));
      assertTrue(ps.size() >= 8, ps::toString);
      for (Problem p : ps) {
        assertTrue(p.message().length() < 1000, () -> p.code() + " " + p.message().length());
        assertTrue(p.elementId().length() < 1000, () -> p.code() + " " + p.elementId().length());
        assertFalse(p.message().contains("\n") || p.elementId().contains("\n"), p::toString);
      }
    }

    @Test
    void aCycleThroughAMegabyteIdIsCut() {
      List<Problem> ps =
          problems(
              ScorecardValidationTest.card()
                  .objective(MEGA, o -> o.perspective("financial"))
                  .link("grow", MEGA)
                  .link(MEGA, "grow"));
      assertEquals(List.of(ProblemCode.MALFORMED_ID, ProblemCode.LINK_CYCLE),
          ps.stream().map(Problem::code).toList());
      for (Problem p : ps) {
        assertTrue(p.message().length() < 1000, () -> p.code() + " " + p.message().length());
      }
    }

    @Test
    void theMessageListsAtMostAHundredProblems() {
      Scorecard.Builder b = ScorecardValidationTest.card();
      for (int k = 0; k < 150; k++) {
        b.objective("x" + k, o -> o.perspective("financial").weight(-1));
      }
      ScorecardValidationException e = assertThrows(ScorecardValidationException.class, b::build);
      assertEquals(150, e.problems().size());
      List<String> lines = e.getMessage().lines().toList();
      assertEquals(1 + ScorecardValidationException.MAX_LISTED + 1, lines.size());
      assertEquals("scorecard 'sales' is invalid: 150 problems", lines.get(0));
      assertEquals("  - " + e.problems().get(99), lines.get(100));
      assertEquals("  - …and 50 more (see problems())", lines.get(101));
    }

    @Test
    void theProblemRecordItselfBoundsItsElementId() {
      Problem p = new Problem(MEGA, ProblemCode.BLANK_TEXT, "m");
      assertEquals(UserText.quote(MEGA), p.elementId());
      String quoted = UserText.quote("c".repeat(5000));
      assertEquals(quoted, new Problem(quoted, ProblemCode.BLANK_TEXT, "m").elementId(),
          "an id quoted already is kept as it is");
      assertEquals("rev\\nenue", new Problem("rev\nenue", ProblemCode.BLANK_TEXT, "m").elementId());
      assertEquals("a b", new Problem("a b", ProblemCode.BLANK_TEXT, "m").elementId());
    }
  }

  @Nested
  class Limits {
    @Test
    void carryForwardIsBounded() {
      int max = Indicator.MAX_CARRY_FORWARD_MONTHS;
      assertEquals(120, max);
      Indicator.builder("a").lagging().baseline(0).target(1).carryForward(max).build();
      for (int months : new int[] {max + 1, Integer.MAX_VALUE}) {
        ScorecardValidationException e =
            assertThrows(
                ScorecardValidationException.class,
                () -> Indicator.builder("a").lagging().baseline(0).target(1)
                    .carryForward(months).build());
        assertEquals(List.of("a LIMIT_EXCEEDED"), summary(e.problems()));
        assertEquals(
            "carry-forward may reach back at most 120 months, was " + months,
            e.problems().get(0).message());
      }
    }

    @Test
    void carryForwardBelowOneIsStillOutOfRange() {
      for (int months : new int[] {0, -1, Integer.MIN_VALUE}) {
        ScorecardValidationException e =
            assertThrows(
                ScorecardValidationException.class,
                () -> Indicator.builder("a").lagging().baseline(0).target(1)
                    .carryForward(months).build());
        assertEquals(List.of("a VALUE_OUT_OF_RANGE"), summary(e.problems()));
      }
    }

    @Test
    void aLongTargetScheduleIsCheckedQuickly() {
      // The most entries a schedule may have (10,000 monthly entries): checking polarity entry by
      // entry against every other entry would take 1e8 steps per schedule; sorted, a moment.
      List<ScheduledTarget> targets = new ArrayList<>();
      List<ScheduledTarget> baselines = new ArrayList<>();
      LocalDate d = LocalDate.of(2000, 1, 1);
      for (int k = 0; k < Target.MAX_SCHEDULE_ENTRIES; k++) {
        targets.add(ScheduledTarget.of(d, d.plusMonths(1), 10));
        baselines.add(ScheduledTarget.of(d, d.plusMonths(1), 5));
        d = d.plusMonths(1);
      }
      Indicator built =
          Indicator.builder("a").lagging().baselineSchedule(baselines)
              .target(Target.schedule(targets)).build();
      assertEquals(Target.MAX_SCHEDULE_ENTRIES, ((Target.Schedule) built.target().orElseThrow()).entries().size());
    }
  }

  @Nested
  class ManyElements {
    @Test
    void thirtyThousandPerspectivesAreCheckedAndOutlinedInOnePass() {
      // One objective per perspective: matching them pairwise would take 9e8 steps twice.
      Scorecard.Builder b = Scorecard.builder("wide");
      int n = 30_000;
      for (int k = 0; k < n; k++) {
        String p = "p" + k;
        b.perspective(Perspective.of(p, p));
        b.objective("o" + k, o -> o.perspective(p));
      }
      Scorecard card = b.build();
      String outline = card.outline();
      assertEquals(1 + 2 * n, outline.lines().count());
      assertTrue(outline.endsWith(
          "`-- Perspective p29999 (weight 1)\n    `-- Objective o29999 (weight 1)\n"));
    }
  }

  @Nested
  class EdgeNumbers {
    @Test
    void hugeFiniteWeightsAreAccepted() {
      Scorecard card =
          ScorecardValidationTest.card()
              .perspective(Perspective.of("people", "People").withWeight(Double.MAX_VALUE))
              .objective("x", o -> o
                  .perspective("people")
                  .weight(1e308)
                  .indicator("y", i -> i.lagging().baseline(0).target(1).weight(1e308)))
              .build();
      assertEquals(1e308, card.indicator("y").orElseThrow().weight());
    }

    @Test
    void nonFiniteNumbersAreNamed() {
      List<Problem> ps =
          problems(ScorecardValidationTest.revenue(i -> i.cap(Double.NaN).weight(
              Double.NEGATIVE_INFINITY)));
      assertEquals(
          List.of("indicator weight must be a finite number, was -Infinity",
              "cap must be a finite number, was NaN"),
          ps.stream().map(Problem::message).toList());
    }

    @Test
    void nonFiniteNumbersSayWhichBandPointOrThreshold() {
      List<Problem> ps =
          problems(ScorecardValidationTest.revenue(i -> i
              .thresholds(120, Double.POSITIVE_INFINITY)
              .scoring(ScoringSpec.bands(List.of(Band.of(0, 50, 0), Band.of(50, Double.NaN, 1))))));
      assertEquals(
          List.of("bad threshold must be a finite number, was Infinity",
              "band 2 end must be a finite number, was NaN"),
          ps.stream().map(Problem::message).toList());
      assertEquals(
          List.of("piecewise point 2 x must be a finite number, was NaN"),
          problems(ScorecardValidationTest.revenue(i -> i.scoring(ScoringSpec.piecewise(List.of(
                  Point.of(0, 0), Point.of(Double.NaN, 1))))))
              .stream().map(Problem::message).toList());
      assertEquals(
          List.of("good-high threshold must be a finite number, was NaN"),
          problems(ScorecardValidationTest.revenue(i -> i
                  .inRange()
                  .scoring(ScoringSpec.inRange(10, 20, 5))
                  .thresholds(Thresholds.range(10, Double.NaN, 5, 30))))
              .stream().map(Problem::message).toList());
    }

    @Test
    void emptyTextsAreAcceptedAndRenderedAsSuch() {
      Scorecard card =
          ScorecardValidationTest.card()
              .objective("x", o -> o
                  .perspective("financial")
                  .name("")
                  .indicator("y", i -> i.lagging().name("").unit("").baseline(0).target(1)))
              .build();
      assertEquals(Optional.of(""), card.objective("x").map(Objective::name));
      assertTrue(card.outline().contains("Objective x \"\" (weight 1)"), card::outline);
    }
  }
}
