package io.github.bsc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An objective may name the objective it supports one level up; the attribute is optional. */
class ObjectiveSupportsTest {

  private static Objective.Builder objective() {
    return Objective.builder("t-revenue").perspective("financial")
        .indicator("revenue", i -> i.lagging().baseline(0).target(1));
  }

  @Test
  void supportsIsKeptCopiedComparedAndClearedAgain() {
    Objective plain = objective().build();
    Objective supporting = objective().supports("grow-revenue").build();
    assertEquals(Optional.empty(), plain.supports());
    assertEquals(Optional.of("grow-revenue"), supporting.supports());
    assertEquals(supporting, supporting.toBuilder().build());
    assertEquals(supporting.hashCode(), supporting.toBuilder().build().hashCode());
    assertNotEquals(plain, supporting);
    assertNotEquals(supporting, objective().supports("other").build());
    assertEquals(plain, supporting.toBuilder().noSupports().build());
    assertEquals("Objective[t-revenue, name=t-revenue, perspective=financial, weight=1.0,"
        + " supports=grow-revenue, indicators=[revenue]]", supporting.toString());
  }

  @Test
  void aMalformedSupportedIdIsAProblemOfTheObjective() {
    ScorecardValidationException e = assertThrows(ScorecardValidationException.class,
        () -> objective().supports("grow revenue").build());
    assertEquals(List.of("[t-revenue] MALFORMED_ID: objective 't-revenue' supports"
        + " 'grow revenue', which is not a well-formed id: ids match [A-Za-z][A-Za-z0-9_.-]*"
        + " and have at most 64 characters"),
        e.problems().stream().map(Problem::toString).toList());
    assertThrows(NullPointerException.class, () -> objective().supports(null));
  }
}
