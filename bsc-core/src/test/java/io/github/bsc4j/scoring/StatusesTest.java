package io.github.bsc4j.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.Thresholds;
import org.junit.jupiter.api.Test;

class StatusesTest {
  static final StatusCutoffs DEFAULT = StatusCutoffs.DEFAULT;

  @Test
  void fromTheScoreWithTheDefaultCutoffs() {
    assertEquals(Status.ON_TRACK, Statuses.ofScore(1.0, DEFAULT));
    assertEquals(Status.ON_TRACK, Statuses.ofScore(1.3, DEFAULT));
    assertEquals(Status.ON_TRACK, Statuses.ofScore(0.9999999999999999, DEFAULT), "rounding");
    assertEquals(Status.AT_RISK, Statuses.ofScore(0.99, DEFAULT));
    assertEquals(Status.AT_RISK, Statuses.ofScore(0.7, DEFAULT));
    assertEquals(Status.OFF_TRACK, Statuses.ofScore(0.69, DEFAULT));
    assertEquals(Status.OFF_TRACK, Statuses.ofScore(0, DEFAULT));
  }

  @Test
  void fromTheScoreWithOtherCutoffs() {
    StatusCutoffs lenient = StatusCutoffs.of(0.9, 0.5);
    assertEquals(Status.ON_TRACK, Statuses.ofScore(0.9, lenient));
    assertEquals(Status.AT_RISK, Statuses.ofScore(0.5, lenient));
    assertEquals(Status.OFF_TRACK, Statuses.ofScore(0.49, lenient));
  }

  @Test
  void fromRawThresholdsForHigherIsBetter() {
    Indicator i = Indicator.builder("i").lagging().thresholds(100, 80).build();
    assertEquals(Status.ON_TRACK, Statuses.ofIndicator(i, 100, 0, DEFAULT), "score ignored");
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 80, 1, DEFAULT));
    assertEquals(Status.OFF_TRACK, Statuses.ofIndicator(i, 79.9, 1, DEFAULT));
  }

  @Test
  void fromRawThresholdsForLowerIsBetter() {
    Indicator i = Indicator.builder("i").lagging().lowerIsBetter().thresholds(2.5, 4).build();
    assertEquals(Status.ON_TRACK, Statuses.ofIndicator(i, 2.5, 0, DEFAULT));
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 4, 0, DEFAULT));
    assertEquals(Status.OFF_TRACK, Statuses.ofIndicator(i, 4.01, 0, DEFAULT));
  }

  @Test
  void fromRangeThresholds() {
    Indicator i =
        Indicator.builder("i").lagging().inRange().thresholds(Thresholds.range(40, 60, 30, 70))
            .build();
    assertEquals(Status.ON_TRACK, Statuses.ofIndicator(i, 40, 0, DEFAULT));
    assertEquals(Status.ON_TRACK, Statuses.ofIndicator(i, 60, 0, DEFAULT));
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 30, 0, DEFAULT));
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 65, 0, DEFAULT));
    assertEquals(Status.OFF_TRACK, Statuses.ofIndicator(i, 29, 1, DEFAULT));
    assertEquals(Status.OFF_TRACK, Statuses.ofIndicator(i, 71, 1, DEFAULT));
  }

  @Test
  void withoutThresholdsFromTheScore() {
    Indicator i = Indicator.builder("i").lagging().build();
    assertEquals(Status.AT_RISK, Statuses.ofIndicator(i, 1e9, 0.8, DEFAULT));
  }
}
