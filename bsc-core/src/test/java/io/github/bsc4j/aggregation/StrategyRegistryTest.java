package io.github.bsc4j.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.scoring.ExtensionRegistrationException;
import org.junit.jupiter.api.Test;

/** Building a registry of strategies: from a class loader, its text, and malformed names. */
class StrategyRegistryTest {

  private record Named(String name) implements AggregationStrategy {
    @Override
    public double aggregate(AggregationInput input) {
      return 0;
    }
  }

  @Test
  void strategiesLoadFromAGivenClassLoaderAndTheBuilderChains() {
    AggregationStrategies s = AggregationStrategies.builder()
        .addServiceLoaded(StrategyRegistryTest.class.getClassLoader())
        .add(new Named("extra"))
        .build();
    assertTrue(s.names().contains("weighted-mean"), s.names().toString());
    assertTrue(s.names().contains("extra"), s.names().toString());
  }

  @Test
  void theTextListsTheNames() {
    assertEquals("AggregationStrategies[only]",
        AggregationStrategies.builder().add(new Named("only")).build().toString());
  }

  @Test
  void aMalformedNameIsQuotedWithItsControlCharactersEscaped() {
    ExtensionRegistrationException e = assertThrows(ExtensionRegistrationException.class,
        () -> AggregationStrategies.builder().add(new Named("two\nlines")));
    assertEquals("two\\nlines", e.elementId());
    assertEquals("aggregation strategy name 'two\\nlines' of " + Named.class.getName()
        + " is malformed: names match [A-Za-z][A-Za-z0-9_.-]* and have at most 64 characters",
        e.getMessage());
  }
}
