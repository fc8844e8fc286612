package io.github.bsc4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scorecards {@link BscArbitraries#scorecards()} generates survive Java serialisation (what a
 * Spark job does to ship one to its workers): they arrive equal and score bit for bit the same.
 */
class ShippedScorecardsTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  @Provide
  Arbitrary<ScorecardCase> cards() {
    return BscArbitraries.scorecards();
  }

  @Property(tries = 200)
  void generatedScorecardsArriveEqualAndScoreTheSame(@ForAll("cards") ScorecardCase c)
      throws IOException, ClassNotFoundException {
    Scorecard card = c.scorecard();
    Scorecard copy = (Scorecard) ship(card);
    Period period = (Period) ship(c.period());
    assertEquals(card, copy);
    assertEquals(c.period(), period);
    ScorecardResult here = ENGINE.evaluate(ENGINE.compile(card), "s", c.measurements(), c.period());
    ScorecardResult there = ENGINE.evaluate(ENGINE.compile(copy), "s", c.measurements(), period);
    for (int k = 0; k < here.nodes().size(); k++) {
      NodeResult a = here.nodes().get(k);
      NodeResult b = there.nodes().get(k);
      assertEquals(a.id(), b.id());
      assertEquals(a.score().isPresent() ? Double.doubleToRawLongBits(a.score().getAsDouble()) : 0,
          b.score().isPresent() ? Double.doubleToRawLongBits(b.score().getAsDouble()) : 0, a.id());
      assertEquals(a.score().isPresent(), b.score().isPresent(), a.id());
    }
  }

  private static Object ship(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
