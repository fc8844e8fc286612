package io.github.bsc4j.cascade;

import static io.github.bsc4j.model.Serialisation.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.NodeResult;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.Scorecard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sales fixtures' scorecards (a person's and a team's, a rep's and a team's) survive Java
 * serialisation: they arrive equal and score every member bit for bit the same.
 */
class SalesScorecardsSerialisationTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();

  @Test
  void theSalesScorecardsArriveEqual() {
    for (Scorecard card : List.of(SalesTeamFixture.PERSON, SalesTeamFixture.TEAM,
        SalesOrganisationFixture.REP, SalesOrganisationFixture.TEAM)) {
      Scorecard copy = roundTrip(card);
      assertNotSame(card, copy);
      assertEquals(card, copy, card.id());
      assertEquals(card.hashCode(), copy.hashCode(), card.id());
      assertEquals(card.outline(), copy.outline(), card.id());
    }
  }

  @Test
  void shippedSalesScorecardsScoreEveryMemberTheSame() {
    assertSameScores(SalesTeamFixture.PERSON, SalesTeamFixture.MEMBERS, SalesTeamFixture.Q1);
    assertSameScores(SalesOrganisationFixture.REP, SalesOrganisationFixture.sources(),
        SalesOrganisationFixture.Q1);
    for (Period month : List.of(Period.month(SalesOrganisationFixture.JAN),
        Period.month(SalesOrganisationFixture.MAR))) {
      assertSameScores(SalesOrganisationFixture.REP, SalesOrganisationFixture.sources(), month);
    }
  }

  private static void assertSameScores(
      Scorecard card, Map<String, MeasurementSource> members, Period period) {
    CompiledScorecard here = ENGINE.compile(card);
    CompiledScorecard there = ENGINE.compile(roundTrip(card));
    int scored = 0;
    for (Map.Entry<String, MeasurementSource> member : members.entrySet()) {
      ScorecardResult a = ENGINE.evaluate(here, member.getKey(), member.getValue(), period);
      ScorecardResult b = ENGINE.evaluate(there, member.getKey(), member.getValue(), period);
      assertEquals(a.nodes().size(), b.nodes().size());
      for (int k = 0; k < a.nodes().size(); k++) {
        NodeResult na = a.nodes().get(k);
        NodeResult nb = b.nodes().get(k);
        assertEquals(na.score().isPresent(), nb.score().isPresent(), na.id());
        if (na.score().isPresent()) {
          assertEquals(Double.doubleToRawLongBits(na.score().getAsDouble()),
              Double.doubleToRawLongBits(nb.score().getAsDouble()),
              member.getKey() + " " + na.id() + " " + period);
          scored++;
        }
        assertEquals(na.status(), nb.status(), na.id());
      }
    }
    assertTrue(scored > 0, "something was scored for " + period);
  }
}
