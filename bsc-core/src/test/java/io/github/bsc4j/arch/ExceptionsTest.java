package io.github.bsc4j.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.bsc4j.data.InvalidMeasurementException;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.data.PeriodFormatException;
import io.github.bsc4j.engine.ExtensionFailureException;
import io.github.bsc4j.formula.Formula;
import io.github.bsc4j.formula.FormulaException;
import io.github.bsc4j.model.BscException;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.ProblemCode;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every exception bsc4j throws is a {@link BscException} and survives Java serialisation with its
 * message, problems and codes, so that an error can cross a process boundary.
 */
class ExceptionsTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.bsc4j");
  }

  @SuppressWarnings("unchecked")
  static <T extends Serializable> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  /** Round-trips {@code e} and checks that class, message, problems and codes survive. */
  static <T extends BscException> T survives(T e) throws Exception {
    T copy = roundTrip(e);
    assertNotSame(e, copy);
    assertEquals(e.getClass(), copy.getClass());
    assertEquals(e.getMessage(), copy.getMessage());
    assertEquals(e.problems(), copy.problems());
    assertEquals(e.code(), copy.code());
    assertEquals(e.elementId(), copy.elementId());
    assertEquals(
        e.problems().stream().map(Problem::code).toList(),
        copy.problems().stream().map(Problem::code).toList());
    return copy;
  }

  @Test
  void aValidationExceptionKeepsEveryProblem() throws Exception {
    ScorecardValidationException e =
        assertThrows(
            ScorecardValidationException.class,
            () -> Scorecard.builder("9card")
                .perspective(Perspective.FINANCIAL.withWeight(-1))
                .objective("o", o -> o
                    .perspective("financial")
                    .indicator("i", i -> i.baseline(Double.NaN)))
                .build());
    ScorecardValidationException copy = survives(e);
    assertEquals(
        List.of(
            ProblemCode.MALFORMED_ID,
            ProblemCode.NEGATIVE_WEIGHT,
            ProblemCode.MISSING_ATTRIBUTE,
            ProblemCode.NON_FINITE_NUMBER),
        copy.problems().stream().map(Problem::code).toList());
    assertTrue(copy.has(ProblemCode.NON_FINITE_NUMBER));
  }

  @Test
  void aFormulaExceptionSurvives() throws Exception {
    FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse("1 +"));
    FormulaException copy = survives(e);
    assertEquals(e.position(), copy.position());
    assertEquals(e.reason(), copy.reason());
  }

  @Test
  void aPeriodFormatExceptionSurvives() throws Exception {
    PeriodFormatException e =
        assertThrows(PeriodFormatException.class, () -> Period.parse("2026-13"));
    assertEquals(ProblemCode.MALFORMED_PERIOD, survives(e).code());
    assertEquals(e.text(), roundTrip(e).text());
  }

  @Test
  void anInvalidMeasurementExceptionSurvives() throws Exception {
    InvalidMeasurementException e =
        assertThrows(
            InvalidMeasurementException.class,
            () -> Measurements.builder().put("revenue", Period.month(2026, 3), Double.NaN));
    InvalidMeasurementException copy = survives(e);
    assertEquals(ProblemCode.NON_FINITE_NUMBER, copy.code());
    assertEquals("revenue", copy.indicatorId());
    assertEquals(e.period(), copy.period());
  }

  @Test
  void anExtensionFailureSurvivesWithItsCause() throws Exception {
    ExtensionFailureException e =
        new ExtensionFailureException(
            "my-rule", "revenue", "rule 'my-rule' threw", new IllegalStateException("boom"));
    ExtensionFailureException copy = survives(e);
    assertEquals(ProblemCode.EXTENSION_FAILURE, copy.code());
    assertEquals("my-rule", copy.extension());
    assertEquals("revenue", copy.nodeId());
    assertEquals(IllegalStateException.class, copy.getCause().getClass());
    assertEquals("boom", copy.getCause().getMessage());
  }

  @Test
  void aProblemSurvivesOnItsOwn() throws Exception {
    Problem p = new Problem("revenue", ProblemCode.LIMIT_EXCEEDED, "too far");
    assertEquals(p, roundTrip(p));
  }

  @Test
  void everyExceptionTypeIsABscException() {
    classes()
        .that().haveSimpleNameEndingWith("Exception")
        .should().beAssignableTo(BscException.class)
        .because("applications catch one type and switch on problem codes")
        .check(core);
    classes()
        .that().areAssignableTo(Throwable.class)
        .and().arePublic()
        .should().beAssignableTo(BscException.class)
        .because("every public throwable of bsc4j is a BscException; only private control flow"
            + " (such as the formula evaluator's) may use another type")
        .check(core);
  }

  @Test
  void everyExceptionTypeIsSerialisable() {
    classes()
        .that().areAssignableTo(BscException.class)
        .should(declareASerialVersionUidAndOnlySerialisableFields())
        .because("an error must be able to cross a process boundary")
        .check(core);
  }

  @Test
  void theRulesAboveAreNotVacuous() {
    long exceptions =
        core.stream().filter(c -> c.isAssignableTo(BscException.class)).count();
    assertTrue(exceptions >= 6, "found only " + exceptions + " exception types");
  }

  private static ArchCondition<JavaClass> declareASerialVersionUidAndOnlySerialisableFields() {
    return new ArchCondition<>("declare serialVersionUID and only serialisable fields") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean hasUid =
            type.getFields().stream()
                .anyMatch(f -> f.getName().equals("serialVersionUID")
                    && f.getModifiers().contains(JavaModifier.STATIC));
        if (!hasUid) {
          events.add(
              SimpleConditionEvent.violated(type, type.getName() + " has no serialVersionUID"));
        }
        for (JavaField f : type.getFields()) {
          if (f.getModifiers().contains(JavaModifier.STATIC)
              || f.getModifiers().contains(JavaModifier.TRANSIENT)) {
            continue;
          }
          JavaClass raw = f.getRawType();
          boolean ok =
              raw.isPrimitive()
                  || raw.isAssignableTo(Serializable.class)
                  // BscException's problem list is built with List.copyOf (serialisable).
                  || (type.isEquivalentTo(BscException.class) && raw.isEquivalentTo(List.class));
          if (!ok) {
            events.add(SimpleConditionEvent.violated(
                f, f.getFullName() + " is of type " + raw.getName() + ", not serialisable"));
          }
        }
      }
    };
  }
}
