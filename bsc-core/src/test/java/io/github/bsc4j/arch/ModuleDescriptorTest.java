package io.github.bsc4j.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Asserts the module's name, its exact exports and its exact requirements. */
class ModuleDescriptorTest {
  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readDescriptor() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Scorecard.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // Tests run against the compiled classes directory, which holds module-info.class.
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
  }

  @Test
  void moduleName() {
    assertEquals("io.github.bsc4j.core", descriptor.name());
  }

  @Test
  void exportsExactlyTheApiPackages() {
    Set<String> exported =
        descriptor.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Set.of(
            "io.github.bsc4j.model",
            "io.github.bsc4j.data",
            "io.github.bsc4j.scoring",
            "io.github.bsc4j.aggregation",
            "io.github.bsc4j.engine",
            "io.github.bsc4j.formula",
            "io.github.bsc4j.cascade"),
        exported);
    descriptor
        .exports()
        .forEach(e -> assertEquals(Set.of(), e.targets(), "qualified export " + e.source()));
  }

  @Test
  void requiresSlf4jAlone() {
    Set<String> requires =
        descriptor.requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .filter(n -> !n.equals("java.base"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("org.slf4j"), requires);
  }

  @Test
  void usesAndProvidesBothExtensionPoints() {
    assertEquals(
        Set.of("io.github.bsc4j.scoring.ScoringRule", "io.github.bsc4j.aggregation.AggregationStrategy"),
        descriptor.uses());
    Set<String> provided =
        descriptor.provides().stream()
            .map(ModuleDescriptor.Provides::service)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(descriptor.uses(), provided);
  }

  @Test
  void servicesFilesListExactlyWhatTheModuleProvides() throws IOException {
    // Class-path users find extensions through META-INF/services; both registrations must agree.
    for (ModuleDescriptor.Provides p : descriptor.provides()) {
      String path = "META-INF/services/" + p.service();
      try (InputStream in = Scorecard.class.getClassLoader().getResourceAsStream(path)) {
        org.junit.jupiter.api.Assertions.assertNotNull(in, path);
        java.util.List<String> listed =
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        assertEquals(p.providers(), listed, path);
      }
    }
  }

  @Test
  void opensNothing() {
    assertEquals(Set.of(), descriptor.opens());
    assertEquals(false, descriptor.isOpen());
  }
}
