package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invalid definition described in the README gets exactly the message the README shows. */
class ReadmeErrorExampleTest {

  @Test
  void readmeShowsTheRealMessage() throws IOException {
    ScorecardValidationException e =
        assertThrows(
            ScorecardValidationException.class,
            () ->
                Scorecard.builder("sales-team")
                    .perspective(Perspective.FINANCIAL)
                    .perspective(Perspective.CUSTOMER)
                    .objective("grow-revenue", o -> o
                        .perspective(Perspective.FINANCIAL)
                        .indicator("revenue", i -> i
                            .lagging().baseline(1_000_000).target(900_000)))
                    .objective("keep-customers", o -> o
                        .perspective("custmer")
                        .indicator("return-rate", i -> i
                            .lowerIsBetter().baseline(4).target(Double.NaN)))
                    .link("keep-customers", "grow-revenue")
                    .link("grow-revenue", "keep-customers")
                    .build());
    assertEquals(
        List.of(
            ProblemCode.POLARITY_INCONSISTENT,
            ProblemCode.MISSING_ATTRIBUTE,
            ProblemCode.NON_FINITE_NUMBER,
            ProblemCode.DANGLING_REFERENCE,
            ProblemCode.LINK_CYCLE),
        e.problems().stream().map(p -> p.code()).toList());

    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("README.md"))) {
      root = root.getParent();
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(e.getMessage()), "README must show:\n" + e.getMessage());
  }
}
