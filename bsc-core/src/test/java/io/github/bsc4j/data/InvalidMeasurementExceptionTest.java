package io.github.bsc4j.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.ProblemCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvalidMeasurementExceptionTest {
  static final Period MARCH = Period.month(2026, 3);

  @Test
  void withoutASubjectTheMessageIsAsBefore() {
    InvalidMeasurementException e = new InvalidMeasurementException("revenue", MARCH, Double.NaN);
    assertEquals("measurement of indicator 'revenue' for period 2026-03 must be a finite number,"
        + " was NaN", e.getMessage());
    assertEquals(Optional.empty(), e.subjectId());
  }

  @Test
  void aSubjectIsNamedQuotedAndKept() throws Exception {
    InvalidMeasurementException e = new InvalidMeasurementException(
        "E-1\n", "revenue", MARCH, Double.NEGATIVE_INFINITY);
    assertEquals("measurement of indicator 'revenue' for period 2026-03 of subject 'E-1\\n' must"
        + " be a finite number, was -Infinity", e.getMessage());
    assertEquals(Optional.of("E-1\n"), e.subjectId());
    assertEquals("revenue", e.indicatorId());
    assertEquals("2026-03", e.period());
    assertEquals(ProblemCode.NON_FINITE_NUMBER, e.problems().get(0).code());
    assertEquals("revenue", e.problems().get(0).elementId());

    InvalidMeasurementException copy = (InvalidMeasurementException)
        MeasurementLayoutTest.read(MeasurementLayoutTest.write(e));
    assertEquals(Optional.of("E-1\n"), copy.subjectId());
    assertEquals(e.getMessage(), copy.getMessage());
  }
}
