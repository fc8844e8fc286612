package io.github.bsc4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * jqwik's settings reach every launcher, not only Surefire: an IDE or the console launcher run
 * from the project root would otherwise leave jqwik's database, {@code .jqwik-database}, there.
 */
class JqwikConfigurationTest {

  @Test
  void aLauncherWithoutSurefiresParametersKeepsJqwiksDatabaseUnderTarget() {
    ConfigurationParameters seen =
        LauncherDiscoveryRequestBuilder.request().build().getConfigurationParameters();
    assertEquals(Optional.of("target/jqwik-database"), seen.get("jqwik.database"));
    assertEquals(Optional.of("true"), seen.get("jqwik.reporting.onlyfailures"));
  }
}
