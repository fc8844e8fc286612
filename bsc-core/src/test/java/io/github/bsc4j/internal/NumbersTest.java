package io.github.bsc4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The locale-independent number texts of messages and flag reasons. */
class NumbersTest {
  @Test
  void groupedSeparatesThousandsOfTheWholePartOnlyAndKeepsEveryDigit() {
    assertEquals("0", Numbers.grouped(0));
    assertEquals("999", Numbers.grouped(999));
    assertEquals("1,000", Numbers.grouped(1000));
    assertEquals("270,000", Numbers.grouped(270_000));
    assertEquals("3,201,000", Numbers.grouped(3_201_000));
    assertEquals("-3,201,000", Numbers.grouped(-3_201_000));
    assertEquals("-100", Numbers.grouped(-100));
    assertEquals("1,234.5678", Numbers.grouped(1234.5678));
    assertEquals("0.125", Numbers.grouped(0.125));
    assertEquals("Infinity", Numbers.grouped(Double.POSITIVE_INFINITY));
    assertEquals("NaN", Numbers.grouped(Double.NaN));
  }

  @Test
  void fixedShowsExactlyTheDecimalsRoundedHalfUp() {
    assertEquals("1.000", Numbers.fixed(1, 3));
    assertEquals("0.100", Numbers.fixed(0.1, 3));
    assertEquals("0.313", Numbers.fixed(0.3125, 3));
    assertEquals("-0.313", Numbers.fixed(-0.3125, 3));
    assertEquals("0.111", Numbers.fixed(1.0 / 9, 3));
    assertEquals("2", Numbers.fixed(1.5, 0));
    assertEquals("-Infinity", Numbers.fixed(Double.NEGATIVE_INFINITY, 3));
  }
}
