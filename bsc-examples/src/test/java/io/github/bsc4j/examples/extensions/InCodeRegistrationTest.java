package io.github.bsc4j.examples.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bsc4j.aggregation.AggregationStrategies;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.scoring.ExtensionRegistrationException;
import io.github.bsc4j.scoring.ScoringInput;
import io.github.bsc4j.scoring.ScoringRule;
import io.github.bsc4j.scoring.ScoringRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-code registration of docs/extending.md and docs/scoring.md, word for word. Both
 * example extensions are also services of this module (META-INF/services), so {@code
 * addServiceLoaded()} has already found them when {@code add} registers them again.
 */
class InCodeRegistrationTest {

  @Test
  void theSnippetOfExtendingMdWorksAlthoughBothAreAlsoServices() {
    // docs/extending.md, "2. Register it"
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(new LogisticRule()).build(),
        AggregationStrategies.builder().addServiceLoaded().add(new PenalisedMean()).build());

    assertInstanceOf(LogisticRule.class, engine.rules().find("logistic").orElseThrow());
    assertInstanceOf(PenalisedMean.class,
        engine.strategies().find("penalised-mean").orElseThrow());
    assertEquals(List.of("bands", "binary", "in-range", "linear", "logistic", "min-max",
        "piecewise", "ratio", "relative"), engine.rules().names().stream().sorted().toList(),
        "registered once");
  }

  @Test
  void theSnippetOfScoringMdWorksToo() {
    // docs/scoring.md, "Writing your own rule or strategy"
    ScorecardEngine engine = ScorecardEngine.of(
        ScoringRules.builder().addServiceLoaded().add(new LogisticRule()).build(),
        AggregationStrategies.load());

    assertInstanceOf(LogisticRule.class, engine.rules().find("logistic").orElseThrow());
  }

  @Test
  void aDifferentClassUnderATakenNameIsStillATypedError() {
    ScoringRule impostor = new ScoringRule() {
      @Override
      public String name() {
        return "logistic";
      }

      @Override
      public double score(ScoringInput input) {
        return 0;
      }
    };
    ExtensionRegistrationException e = assertThrows(ExtensionRegistrationException.class,
        () -> ScoringRules.builder().addServiceLoaded().add(impostor));
    assertEquals(ProblemCode.EXTENSION_REGISTRATION, e.code());
    assertEquals("logistic", e.elementId());
    assertEquals("scoring rule name 'logistic' of " + impostor.getClass().getName()
        + " is already registered by io.github.bsc4j.examples.extensions.LogisticRule",
        e.getMessage());
  }
}
