package io.github.bsc4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs the contracts against deliberately broken implementations and checks that each is caught
 * by the right law, with a message that names the law, the extension and the evidence.
 */
class ContractsCatchBugsTest {

  /** Runs one specimen through jqwik; returns failed property name to failure message. */
  static Map<String, String> failures(Class<?> specimen) {
    Map<String, String> failed = new TreeMap<>();
    EngineTestKit.engine("jqwik")
        .configurationParameter("jqwik.database", "target/jqwik-database-specimens")
        .configurationParameter("jqwik.reporting.onlyfailures", "true")
        // Reports of the expected failures go to the platform (EngineTestKit keeps them), not to
        // the build's output.
        .configurationParameter("jqwik.reporting.usejunitplatform", "true")
        .selectors(selectClass(specimen))
        .execute()
        .testEvents()
        .failed()
        .stream()
        .forEach(e -> failed.put(name(e), message(e)));
    return failed;
  }

  static String name(Event e) {
    return e.getTestDescriptor().getDisplayName();
  }

  static String message(Event e) {
    return e.getRequiredPayload(TestExecutionResult.class).getThrowable()
        .map(Throwable::getMessage).orElse("");
  }

  static void caughtBy(Map<String, String> failed, String property, String... phrases) {
    assertTrue(failed.containsKey(property), "expected " + property + " to fail; failed: " + failed);
    for (String phrase : phrases) {
      assertTrue(failed.get(property).contains(phrase),
          property + " message lacks '" + phrase + "': " + failed.get(property));
    }
  }

  @Test
  void aWeightedMeanThatIgnoresWeightsIsCaught() {
    Map<String, String> failed = failures(Specimens.IgnoresWeights.class);
    caughtBy(failed, "splittingAChildChangesNothing",
        "aggregation strategy 'unweighted-mean' breaks the law \"splitting a child into two that"
            + " share its weight changes nothing\"",
        "not on how many children carry it");
  }

  @Test
  void aStrategyThatDependsOnChildOrderIsCaught() {
    Map<String, String> failed = failures(Specimens.DependsOnOrder.class);
    caughtBy(failed, "permutingChildrenChangesNothing",
        "aggregation strategy 'first-child' breaks the law \"permuting children changes"
            + " nothing\"", "but in the order");
  }

  @Test
  void aStrategyCannotScoreMissingDataBecauseNoInputHoldsNone() {
    // A strategy that would turn "no data" into 0 is never asked: an input without a child of
    // positive weight cannot be made, and through the engine such a node is NO_DATA.
    assertThrows(IllegalArgumentException.class, () -> io.github.bsc4j.aggregation
        .AggregationInput.of(new double[] {0.4, 0.9}, new double[] {0, 0}));
    assertEquals(Map.of(), failures(Specimens.ScoresMissingDataAsZero.class),
        "it breaks no law");
  }

  @Test
  void aPenaltyThatPushesBelowTheWorstChildIsCaught() {
    Map<String, String> failed = failures(Specimens.PenaltyBelowTheWorstChild.class);
    caughtBy(failed, "equalChildrenGiveTheirScore",
        "'subtracting-penalty' breaks the law \"equal children give their score\"");
    caughtBy(failed, "resultLiesBetweenSmallestAndLargestChild", "outside [");
  }

  @Test
  void aRuleThatExceedsItsCapIsCaught() {
    Map<String, String> failed = failures(Specimens.ExceedsItsCap.class);
    caughtBy(failed, "scoresAreFiniteAndWithinZeroAndTheCap",
        "scoring rule 'unclamped-linear' breaks the law \"scores lie in [0, cap]\"", "with cap");
  }

  @Test
  void aRuleThatDecreasesWhereItShouldIncreaseIsCaught() {
    Map<String, String> failed = failures(Specimens.DecreasesWhereItShouldIncrease.class);
    caughtBy(failed, "scoresMoveWithTheValueAsDeclared",
        "scoring rule 'backwards' breaks the law \"the score never falls as the value improves");
    caughtBy(failed, "meetingTheTargetScoresOne", "actual = target");
  }

  @Test
  void aRuleThatKeepsScratchValuesInFieldsIsCaught() {
    Map<String, String> failed = failures(Specimens.KeepsScratchValuesInFields.class);
    assertEquals(Set.of("sharedInstanceIsStatelessAndThreadSafe"), failed.keySet(),
        "only the shared-instance law is broken: " + failed);
    caughtBy(failed, "sharedInstanceIsStatelessAndThreadSafe",
        "scoring rule 'scratch-linear' breaks the law \"one shared instance gives each input the"
            + " same score, in any order and from any thread\": it keeps mutable state in fields:"
            + " field 'actual' (double) of io.github.bsc4j.testkit.Specimens$ScratchFields is"
            + " neither final nor volatile;");
  }

  @Test
  void aRuleThatKeepsStateBetweenCallsIsCaught() {
    Map<String, String> failed = failures(Specimens.KeepsStateBetweenScores.class);
    assertEquals(Set.of("sharedInstanceIsStatelessAndThreadSafe"), failed.keySet(),
        "only the shared-instance law is broken: " + failed);
    caughtBy(failed, "sharedInstanceIsStatelessAndThreadSafe",
        "scoring rule 'trend-bonus' breaks the law \"one shared instance gives each input the same"
            + " score, in any order and from any thread\": it keeps state between calls: actual ",
        " on the shared instance right after actual ", " alone; the engine calls one instance");
  }

  @Test
  void aStrategyThatKeepsAScratchBufferInAFieldIsCaught() {
    Map<String, String> failed = failures(Specimens.KeepsAScratchBufferInAField.class);
    assertEquals(Set.of("sharedInstanceIsStatelessAndThreadSafe"), failed.keySet(),
        "only the shared-instance law is broken: " + failed);
    caughtBy(failed, "sharedInstanceIsStatelessAndThreadSafe",
        "aggregation strategy 'scratch-min' breaks the law \"one shared instance gives each input"
            + " the same result, in any order and from any thread\": it keeps mutable state in"
            + " fields: field 'buffer' (double[]) of"
            + " io.github.bsc4j.testkit.Specimens$ReusesAScratchBuffer is neither final nor"
            + " volatile;");
  }

  @Test
  void aStrategyThatKeepsStateBetweenCallsIsCaught() {
    Map<String, String> failed = failures(Specimens.KeepsStateBetweenAggregations.class);
    assertEquals(Set.of("sharedInstanceIsStatelessAndThreadSafe"), failed.keySet(),
        "only the shared-instance law is broken: " + failed);
    caughtBy(failed, "sharedInstanceIsStatelessAndThreadSafe",
        "aggregation strategy 'cached-weights' breaks the law \"one shared instance gives each"
            + " input the same result, in any order and from any thread\": it keeps state between"
            + " calls: children [", " on the shared instance right after children [",
        " alone; the engine calls one instance");
  }
}
