package io.github.bsc4j.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of the architecture, enforced on the compiled main classes of bsc-core. */
class DependencyRulesTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.bsc4j");
  }

  @Test
  void modelDependsOnJavaAlone() {
    classes()
        .that()
        .resideInAPackage("io.github.bsc4j.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.github.bsc4j.model..", "java..")
        .because("the domain model must be usable with nothing but the JDK")
        .check(core);
  }

  @Test
  void theModelsInternalPackageIsPlainJdkCode() {
    // model.internal holds what the model shares with the rest of the library (the one cycle
    // search): not exported, and, so that any package may use it, depending on java.* alone.
    classes()
        .that()
        .resideInAPackage("io.github.bsc4j.model.internal..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.github.bsc4j.model.internal..", "java..")
        .check(core);
    org.junit.jupiter.api.Assertions.assertTrue(
        core.containPackage("io.github.bsc4j.model.internal"), "model.internal imported");
  }

  @Test
  void dataFlowsOneWay() {
    // The architecture: model <- data <- scoring <- aggregation <- engine; no package imports one to
    // its right. internal holds shared helpers and depends on none of them.
    String[][] forbidden = {
      {"io.github.bsc4j.data..", "io.github.bsc4j.scoring..", "io.github.bsc4j.aggregation..",
          "io.github.bsc4j.engine.."},
      {"io.github.bsc4j.scoring..", "io.github.bsc4j.aggregation..", "io.github.bsc4j.engine.."},
      {"io.github.bsc4j.aggregation..", "io.github.bsc4j.engine.."},
      {"io.github.bsc4j.internal..", "io.github.bsc4j.model..", "io.github.bsc4j.data..",
          "io.github.bsc4j.scoring..", "io.github.bsc4j.aggregation..",
          "io.github.bsc4j.engine.."},
    };
    for (String[] rule : forbidden) {
      check(rule);
    }
    // cascade builds on the engine; nothing below it knows it exists.
    for (String below : new String[] {"model", "data", "scoring", "aggregation", "formula",
        "engine", "internal"}) {
      check(new String[] {"io.github.bsc4j." + below + "..", "io.github.bsc4j.cascade.."});
    }
  }

  private static void check(String[] rule) {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage(rule[0])
        .should().dependOnClassesThat()
        .resideInAnyPackage(java.util.Arrays.copyOfRange(rule, 1, rule.length))
        .check(core);
  }

  @Test
  void theFormulaLanguageDependsOnJavaAndTheModelAlone() {
    classes()
        .that()
        .resideInAPackage("io.github.bsc4j.formula..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.github.bsc4j.formula..", "io.github.bsc4j.model..", "java..")
        .because("formulas never reach reflection, scripting or class loading, nor the engine;"
            + " they share the model's problem and exception types, which are java.* alone")
        .check(core);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage("io.github.bsc4j.formula..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("java.lang.reflect..", "javax.script..", "java.lang.invoke..")
        .orShould().callMethod(Class.class, "forName", String.class)
        .check(core);
  }

  @Test
  void builtInsAreReachedOnlyThroughServiceLoader() {
    // The engine finds built-ins through ServiceLoader like any other provider; afterwards it
    // may ask the two kernel classes to prepare the ones it recognises, which is how scores are
    // computed without allocating. Nothing else of the internal packages is reachable.
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideOutsideOfPackages("io.github.bsc4j.scoring.internal..",
            "io.github.bsc4j.aggregation.internal..")
        .should().dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are built-in rules or strategies (not their kernels)",
                (com.tngtech.archunit.core.domain.JavaClass type) -> {
                  String name = type.getBaseComponentType().getName(); // arrays too
                  return (name.startsWith("io.github.bsc4j.scoring.internal.")
                      || name.startsWith("io.github.bsc4j.aggregation.internal."))
                      && !name.startsWith("io.github.bsc4j.scoring.internal.RuleKernel")
                      && !name.startsWith("io.github.bsc4j.aggregation.internal.StrategyKernel");
                }))
        .because("built-in rules and strategies are providers like any other")
        .check(core);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideOutsideOfPackages("io.github.bsc4j.scoring.internal..",
            "io.github.bsc4j.aggregation.internal..", "io.github.bsc4j.engine..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("io.github.bsc4j.scoring.internal..",
            "io.github.bsc4j.aggregation.internal..")
        .because("only the engine uses the kernels of the built-ins")
        .check(core);
  }

  @Test
  void coreUsesNothingButTheJdkAndSlf4j() {
    // The published jar's only runtime dependency is slf4j-api; no other library may creep in.
    classes()
        .that()
        .resideInAPackage("io.github.bsc4j..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.github.bsc4j..", "java..", "org.slf4j")
        .check(core);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("io.github.bsc4j.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void coreNeverPrints() {
    com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
        .because("a library logs through SLF4J and never prints")
        .check(core);
  }

  @Test
  void importFoundTheModel() {
    // Guards the rules above against passing vacuously on an empty import.
    org.junit.jupiter.api.Assertions.assertTrue(
        core.containPackage("io.github.bsc4j.model"), "model package imported");
    org.junit.jupiter.api.Assertions.assertTrue(
        core.stream().count() > 20, "expected the whole model to be imported, got " + core.size());
  }
}
