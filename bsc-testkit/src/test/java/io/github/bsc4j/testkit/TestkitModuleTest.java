package io.github.bsc4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The testkit's module: its name, exports, and what it passes on to implementers. */
class TestkitModuleTest {

  @Test
  void descriptor() throws Exception {
    Path classes = Path.of(
        BscArbitraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.bsc4j.testkit", d.name());
    assertEquals(Set.of("io.github.bsc4j.testkit"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    Set<String> transitive = d.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("io.github.bsc4j.core", "net.jqwik.api", "org.junit.jupiter.api"),
        transitive);
  }
}
