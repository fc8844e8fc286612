package io.github.bsc4j.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.model.Scorecard;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The other tests run on the class path, where META-INF/services registers the built-ins. This
 * one starts a JVM with bsc-core on the module path, where only module-info's provides/uses
 * count, and checks every built-in is found there too.
 */
class ModulePathTest {

  static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void builtInsAreFoundOnTheModulePath() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String modulePath = location(Scorecard.class) + File.pathSeparator + location(org.slf4j.Logger.class);
    Process p =
        new ProcessBuilder(
                java,
                "-Dslf4j.internal.verbosity=ERROR",
                "--module-path", modulePath,
                "--add-modules", "io.github.bsc4j.core",
                "-cp", location(ModulePathProbe.class),
                ModulePathProbe.class.getName())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    List<String> lines = out.lines().filter(l -> !l.startsWith("SLF4J")).toList();
    assertEquals(
        List.of(
            "io.github.bsc4j.core",
            "[linear, min-max, ratio, relative, binary, in-range, bands, piecewise]",
            "[weighted-mean, geometric, power-mean, min, max]"),
        lines,
        out);
  }
}
