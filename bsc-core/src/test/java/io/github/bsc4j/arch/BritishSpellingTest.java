package io.github.bsc4j.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API of bsc-core spells English the British way ({@code normalisedWeight},
 * {@code organisation}, {@code behaviour}): no public type, method, field, enum constant or record
 * component of an exported package uses an American spelling. Names a type inherits from the JDK
 * (an override of a JDK method) are the JDK's and are not checked.
 */
class BritishSpellingTest {
  private static final Set<String> EXPORTED = Set.of(
      "io.github.bsc4j.model", "io.github.bsc4j.data", "io.github.bsc4j.scoring",
      "io.github.bsc4j.aggregation", "io.github.bsc4j.engine", "io.github.bsc4j.formula",
      "io.github.bsc4j.cascade");

  /** -ize, -izes, -ized, -izing, -ization(s), -izer(s); -yze, -yzed, -yzing, -yzer. */
  private static final Pattern SUFFIX =
      Pattern.compile(".*(iz(e|es|ed|ing|ation|ations|er|ers)|yz(e|es|ed|ing|er|ers))");

  /** Words that end like that in British English too. */
  private static final Set<String> BRITISH_TOO = Set.of(
      "size", "sizes", "sized", "sizing", "resize", "resized", "oversize", "oversized", "prize",
      "prizes", "seize", "seized", "seizes", "maize", "capsize");

  /** American spellings that no suffix rule catches, with their British forms in the comment. */
  private static final Set<String> AMERICAN = Set.of(
      "color", "colors", "colored", "behavior", "behaviors", "behavioral", // colour, behaviour
      "favor", "favors", "favorite", "honor", "labor", "neighbor", "neighbors", "flavor", "humor",
      "center", "centers", "centered", "centimeter", "theater", "fiber", "liter", // centre ...
      "catalog", "catalogs", "dialog", "analog", // catalogue, dialogue, analogue
      "defense", "offense", "gray", // defence, offence, grey
      "labeled", "labeling", "modeled", "modeling", "canceled", "canceling", "traveled",
      "traveling", "signaled", "signaling", "totaled", "totaling", "leveled", "leveling",
      "fueled", "counseling", // labelled, modelling, cancelled, ...
      "enrollment", "fulfill", "fulfillment", "judgment", "acknowledgment");

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.bsc4j");
  }

  /** The words of an identifier: camelCase and UPPER_SNAKE split, lower-cased. */
  static List<String> words(String identifier) {
    List<String> words = new ArrayList<>();
    for (String part : identifier.split("[_$\\d]+")) {
      for (String w : part.split("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words;
  }

  static boolean american(String identifier) {
    return words(identifier).stream().anyMatch(w ->
        AMERICAN.contains(w) || (SUFFIX.matcher(w).matches() && !BRITISH_TOO.contains(w)));
  }

  @Test
  void theCheckTellsTheSpellingsApart() {
    for (String us : List.of("normalizedWeight", "Color", "BEHAVIOR", "analyze", "catalogs",
        "centerOf", "ORGANIZATION", "summarizer", "isLabeled", "Categorization")) {
      assertTrue(american(us), us);
    }
    for (String gb : List.of("normalisedWeight", "organisation", "behaviour", "size",
        "MAX_SIZE", "centre", "catalogue", "analyse", "colour", "labelled", "horizon")) {
      assertTrue(!american(gb), gb);
    }
    assertEquals(List.of("max", "carry", "forward", "months"), words("MAX_carryForwardMonths"));
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  /** Whether a JDK supertype of {@code owner} has a method of this name: then it is the JDK's. */
  private static boolean inheritedFromTheJdk(JavaClass owner, String name) {
    return Stream.concat(owner.getAllRawSuperclasses().stream(),
            owner.getAllRawInterfaces().stream())
        .filter(t -> t.getPackageName().startsWith("java."))
        .anyMatch(t -> t.getAllMethods().stream().anyMatch(m -> m.getName().equals(name)));
  }

  @Test
  void thePublicApiSpellsEnglishTheBritishWay() {
    Set<String> found = new TreeSet<>();
    int checked = 0;
    for (JavaClass c : core) {
      if (!EXPORTED.contains(c.getPackageName()) || !visible(c.getModifiers())
          || c.isAnonymousClass()) {
        continue;
      }
      checked++;
      if (american(c.getSimpleName())) {
        found.add(c.getName());
      }
      List<JavaMember> members = new ArrayList<>();
      members.addAll(c.getMethods());
      members.addAll(c.getFields());
      for (JavaMember m : members) {
        if (visible(m.getModifiers()) && american(m.getName())
            && !inheritedFromTheJdk(c, m.getName())) {
          found.add(c.getName() + "." + m.getName());
        }
      }
    }
    assertTrue(checked > 50, "expected the exported API to be imported, got " + checked);
    assertEquals(Set.of(), found, "American spellings in the public API");
  }
}
