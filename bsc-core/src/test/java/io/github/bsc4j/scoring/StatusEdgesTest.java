package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.Thresholds;
import org.junit.jupiter.api.Test;

/** Statuses exactly on the edges: the cut-offs less the tolerance, and the ends of ranges. */
class StatusEdgesTest {

  @Test
  void aScoreExactlyTheToleranceBelowACutoffStillReachesIt() {
    StatusCutoffs cutoffs = StatusCutoffs.of(0.5, 0.25);
    double onEdge = 0.5 - Statuses.TOLERANCE;
    double atRiskEdge = 0.25 - Statuses.TOLERANCE;
    assertEquals(Status.ON_TRACK, Statuses.ofScore(onEdge, cutoffs));
    assertEquals(Status.AT_RISK, Statuses.ofScore(Math.nextDown(onEdge), cutoffs));
    assertEquals(Status.AT_RISK, Statuses.ofScore(atRiskEdge, cutoffs));
    assertEquals(Status.OFF_TRACK, Statuses.ofScore(Math.nextDown(atRiskEdge), cutoffs));
  }

  @Test
  void bothEndsOfTheTolerableRangeAreAtRisk() {
    Indicator i = Indicator.builder("i").lagging().inRange()
        .thresholds(Thresholds.range(40, 60, 30, 70)).build();
    StatusCutoffs cutoffs = StatusCutoffs.DEFAULT;
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 30, 0, cutoffs));
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 70, 0, cutoffs));
    assertEquals(Status.OFF_TRACK, Statuses.ofIndicator(i, Math.nextDown(30.0), 0, cutoffs));
    assertEquals(Status.OFF_TRACK, Statuses.ofIndicator(i, Math.nextUp(70.0), 0, cutoffs));
  }
}
