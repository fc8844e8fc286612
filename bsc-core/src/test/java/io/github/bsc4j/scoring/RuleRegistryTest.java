package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Building a registry of scoring rules from a class loader, and its text. */
class RuleRegistryTest {

  private record Named(String name) implements ScoringRule {
    @Override
    public double score(ScoringInput input) {
      return 0;
    }
  }

  @Test
  void rulesLoadFromAGivenClassLoaderAndTheBuilderChains() {
    ScoringRules r = ScoringRules.builder()
        .addServiceLoaded(RuleRegistryTest.class.getClassLoader())
        .add(new Named("extra"))
        .build();
    assertTrue(r.names().contains("linear"), r.names().toString());
    assertTrue(r.names().contains("extra"), r.names().toString());
  }

  @Test
  void theTextListsTheNames() {
    assertEquals("ScoringRules[only]", ScoringRules.builder().add(new Named("only")).build()
        .toString());
  }
}
