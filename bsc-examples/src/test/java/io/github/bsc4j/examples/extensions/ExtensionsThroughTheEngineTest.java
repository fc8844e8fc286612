package io.github.bsc4j.examples.extensions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.engine.ScorecardResult;
import io.github.bsc4j.model.AggregationSpec;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScoringSpec;
import io.github.bsc4j.model.SubjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A CRM account scorecard using both extensions, found by ServiceLoader, checked by hand. */
class ExtensionsThroughTheEngineTest {
  static final Period Q1 = Period.quarter(2026, 1);

  @Test
  void customerHealthWithALogisticCurveAndAPenalisedMean() {
    Scorecard account = Scorecard.builder("key-account")
        .subjectKind(SubjectKind.UNIT)
        .perspective(Perspective.CUSTOMER)
        .objective("healthy-accounts", o -> o
            .perspective(Perspective.CUSTOMER)
            .aggregation(AggregationSpec.of("penalised-mean"))
            .indicator("health-index", i -> i.lagging().scoring("logistic"))
            .indicator("open-tickets", i -> i.leading().lowerIsBetter()
                .scoring(ScoringSpec.of("logistic", Map.of("midpoint", 10.0, "steepness", 0.5)))))
        .build();
    ScorecardEngine engine = ScorecardEngine.create(); // finds both through META-INF/services
    ScorecardResult q1 = engine.evaluate(engine.compile(account), "subject",
        Measurements.of(Q1, Map.of("health-index", 50.0, "open-tickets", 10.0 + 2 * Math.log(3))),
        Q1);
    // health: 1 / (1 + e^0) = 0.5; tickets: 1 / (1 + e^(0.5 * 2 ln 3)) = 1 / (1 + 3) = 0.25
    assertEquals(0.5, q1.node("health-index").orElseThrow().score().getAsDouble(), 1e-12);
    assertEquals(0.25, q1.node("open-tickets").orElseThrow().score().getAsDouble(), 1e-12);
    // mean 0.375, all weight off track (< 0.7), worst 0.25: 0.375 - 0.5 * 1 * 0.125 = 0.3125
    assertEquals(0.3125, q1.score().getAsDouble(), 1e-12);
    assertEquals("penalised-mean", q1.node("healthy-accounts").orElseThrow().method());
  }

  @Test
  void theContractTestsKeepJqwiksDatabaseUnderTargetWhateverLauncherRunsThem() throws IOException {
    // Surefire passes the root pom's configurationParameters; an IDE or the console launcher reads
    // only junit-platform.properties, and without it jqwik writes .jqwik-database to its working
    // directory, the project root.
    Properties settings = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("junit-platform.properties")) {
      assertNotNull(in, "src/test/resources/junit-platform.properties");
      settings.load(in);
    }
    assertEquals("target/jqwik-database", settings.getProperty("jqwik.database"));
  }
}
