package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the model: builders round-trip, valid input builds, one defect gives one problem. */
class ModelPropertiesTest {

  /** Valid indicators: finite numbers, polarity-consistent baseline and target, ordered
   * thresholds, cap at least 1, non-negative weight. */
  @Provide
  Arbitrary<Indicator> indicators() {
    Arbitrary<Double> base = Arbitraries.doubles().between(-1e6, 1e6).ofScale(3);
    Arbitrary<Double> gap = Arbitraries.doubles().between(0, 1e5).ofScale(3);
    Arbitrary<Polarity> polarity = Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
    Arbitrary<Indicator.Builder> core =
        Combinators.combine(ids(), base, gap, polarity, Arbitraries.of(IndicatorKind.class))
            .as((id, b, g, p, k) -> {
              double t = p == Polarity.HIGHER_IS_BETTER ? b + g : b - g;
              return Indicator.builder(id).kind(k).polarity(p).baseline(b).target(t)
                  .thresholds(t, b);
            });
    return Combinators.combine(
            core,
            Arbitraries.doubles().between(0, 10).ofScale(2),
            Arbitraries.doubles().between(1, 2).ofScale(2),
            Arbitraries.of(RollUp.class),
            Arbitraries.strings().alpha().ofMaxLength(12),
            Arbitraries.of(Status.class).set().ofMaxSize(3))
        .as((b, w, cap, roll, text, statuses) -> {
          b.weight(w).cap(cap).rollUp(roll).rationale(text).name(text.isEmpty() ? "n" : text);
          statuses.forEach(s -> b.action(s, "do " + s));
          if (!text.isEmpty()) {
            b.risk(text);
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
    Arbitrary<String> rest =
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("_.-")
            .ofMaxLength(63);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  @Property
  void indicatorToBuilderRoundTrips(@ForAll("indicators") Indicator indicator) {
    Indicator copy = indicator.toBuilder().build();
    assertEquals(indicator, copy);
    assertEquals(indicator.hashCode(), copy.hashCode());
  }

  @Property(tries = 200)
  void scorecardToBuilderRoundTrips(
      @ForAll("indicators") Indicator a, @ForAll("indicators") Indicator b) {
    Set<String> taken = new HashSet<>(Set.of("o1", "o2", "o3"));
    Perspective.standard().forEach(p -> taken.add(p.id()));
    Assume.that(!taken.contains(a.id()) && !taken.contains(b.id()) && !a.id().equals(b.id()));
    Assume.that(a.weight() > 0 && b.weight() > 0);
    Scorecard card =
        Scorecard.builder("card")
            .perspectives(Perspective.standard())
            .objective("o1", o -> o.perspective("financial").indicator(a))
            .objective("o2", o -> o.perspective("customer").weight(2))
            .objective("o3", o -> o.perspective("customer").indicator(b))
            .link("o2", "o1")
            .build();
    Scorecard copy = card.toBuilder().build();
    assertEquals(card, copy);
    assertEquals(card.hashCode(), copy.hashCode());
    assertEquals(card.outline(), copy.outline());
  }

  enum Injection {
    BASELINE(b -> b.baseline(Double.NaN)),
    TARGET(b -> b.target(Double.NaN)),
    WEIGHT(b -> b.weight(Double.POSITIVE_INFINITY)),
    CAP(b -> b.cap(Double.NaN)),
    MIN(b -> b.min(Double.NEGATIVE_INFINITY)),
    MAX(b -> b.max(Double.NaN)),
    GOOD(b -> b.thresholds(Double.NaN, 0)),
    PARAMETER(b -> b.scoring(ScoringSpec.linear().withParameter("k", Double.NaN)));

    final UnaryOperator<Indicator.Builder> apply;

    Injection(UnaryOperator<Indicator.Builder> apply) {
      this.apply = apply;
    }
  }

  @Property
  void oneNonFiniteNumberGivesExactlyOneProblemNamingTheIndicator(
      @ForAll("indicators") Indicator indicator, @ForAll Injection injection) {
    Indicator.Builder broken = injection.apply.apply(indicator.toBuilder());
    ScorecardValidationException e =
        assertThrows(ScorecardValidationException.class, broken::build);
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(ProblemCode.NON_FINITE_NUMBER, e.problems().get(0).code());
    assertEquals(indicator.id(), e.problems().get(0).elementId());
  }

  @Property
  void wellFormedIdsAreAccepted(@ForAll("ids") String id) {
    assertEquals(id, Indicator.builder(id).lagging().build().id());
  }

  @Property
  void malformedIdsAreRejected(@ForAll String id) {
    boolean wellFormed = id.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    if (wellFormed) {
      Indicator.builder(id).lagging().build();
    } else {
      ScorecardValidationException e =
          assertThrows(ScorecardValidationException.class,
              () -> Indicator.builder(id).lagging().build());
      assertEquals(List.of(ProblemCode.MALFORMED_ID),
          e.problems().stream().map(Problem::code).toList());
    }
  }

  @Property(tries = 300)
  void theOrderOfLinksNeverDecidesValidity(
      @ForAll @IntRange(min = 0, max = 60) int extraLinks, @ForAll long seed) {
    List<String> objectives = List.of("a", "b", "c", "d", "e", "f");
    Random random = new Random(seed);
    List<CauseEffectLink> links = new ArrayList<>();
    for (int k = 0; k < extraLinks % 9; k++) {
      String from = objectives.get(random.nextInt(objectives.size()));
      String to = objectives.get(random.nextInt(objectives.size()));
      CauseEffectLink link = CauseEffectLink.of(from, to);
      if (!from.equals(to) && !links.contains(link)) {
        links.add(link);
      }
    }
    List<CauseEffectLink> shuffled = new ArrayList<>(links);
    Collections.shuffle(shuffled, random);
    List<ProblemCode> first = codes(objectives, links);
    List<ProblemCode> second = codes(objectives, shuffled);
    assertEquals(first.isEmpty(), second.isEmpty());
    assertEquals(first.size(), second.size(), "one problem per cycle component either way");
  }

  private static List<ProblemCode> codes(List<String> objectives, List<CauseEffectLink> links) {
    Scorecard.Builder b = Scorecard.builder("s").perspective(Perspective.FINANCIAL);
    for (String o : objectives) {
      b.objective(o, ob -> ob.perspective("financial"));
    }
    links.forEach(b::link);
    try {
      b.build();
      return List.of();
    } catch (ScorecardValidationException e) {
      return e.problems().stream().map(Problem::code).toList();
    }
  }
}
