package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.internal.ExplainWords;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.UserText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** explain(): numbers by locale and digits, words from a bundle, informational children apart. */
class ExplanationTest {
  static final ScorecardEngine ENGINE = ScorecardEngine.create();
  static final Period JAN = Period.month(2026, 1);
  static final Period FEB = Period.month(2026, 2);

  /**
   * A card that needs every word: named and unnamed nodes, a unit and none, a carried value, a
   * missing one with its note, all four statuses, all three trend directions, an action and an
   * informational child. Every indicator runs from baseline 0 to target 100.
   */
  static ScorecardResult everyWord() {
    Scorecard card = Scorecard.builder("shop").name("Shop")
        .perspective(Perspective.FINANCIAL)
        .objective("grow", o -> o.perspective("financial")
            .indicator("revenue", i -> i.name("Revenue").unit("EUR").lagging().baseline(0)
                .target(100).action(Status.AT_RISK, "call the top ten"))
            .indicator("cost", i -> i.lagging().baseline(0).target(100))
            .indicator("visits", i -> i.lagging().baseline(0).target(100).carryForward(2))
            .indicator("missing", i -> i.lagging().baseline(0).target(100))
            .indicator("info", i -> i.lagging().baseline(0).target(100).weight(0)))
        .build();
    Measurements m = Measurements.builder()
        .put("revenue", JAN, 40).put("revenue", FEB, 80)
        .put("cost", JAN, 100).put("cost", FEB, 60)
        .put("visits", JAN, 100)
        .put("info", JAN, 50).put("info", FEB, 50)
        .build();
    return ENGINE.evaluate(ENGINE.compile(card), m, FEB);
  }

  @Test
  void theDefaultWordsAndNumbersReadAsTheHandCalculation() {
    // grow skips "missing": (0.8 + 0.6 + 1) / 3 = 0.8 in February, (0.4 + 1 + 1) / 3 in January
    assertEquals(
        "Scorecard shop \"Shop\", period Feb 2026: score 0.800 AT RISK, coverage 100%,"
            + " weighted-mean, trend flat 0.000 vs Jan 2026\n"
            + "`-- Perspective financial \"Financial\": score 0.800 AT RISK, weight 1 (100%),"
            + " contributes 0.800, coverage 100%, weighted-mean, trend flat 0.000 vs Jan 2026\n"
            + "    `-- Objective grow: score 0.800 AT RISK, weight 1 (100%), contributes 0.800,"
            + " coverage 75%, weighted-mean, trend flat 0.000 vs Jan 2026\n"
            + "        |-- Indicator revenue \"Revenue\": actual 80 EUR, target 100 EUR,"
            + " baseline 0 EUR -> linear, score 0.800 AT RISK, weight 1 (33.3%),"
            + " contributes 0.267, trend up +0.400 vs Jan 2026\n"
            + "        |       action: call the top ten\n"
            + "        |-- Indicator cost: actual 60, target 100, baseline 0 -> linear,"
            + " score 0.600 OFF TRACK, weight 1 (33.3%), contributes 0.200,"
            + " trend down -0.400 vs Jan 2026\n"
            + "        |-- Indicator visits: actual 100,"
            + " target 100, baseline 0 -> linear, score 1.000 ON TRACK, weight 1 (33.3%),"
            + " contributes 0.333, trend flat 0.000 vs Jan 2026 (carried forward from 2026-01)\n"
            + "        |-- Indicator missing: actual missing, target 100, baseline 0 -> linear,"
            + " NO DATA, weight 1 (0%), contributes 0.000 (no measurement for 2026-02)\n"
            + "        `-- informational, not counted:\n"
            + "            `-- Indicator info: actual 50, target 100, baseline 0 -> linear,"
            + " score 0.500 OFF TRACK, weight 0, informational, trend flat 0.000 vs Jan 2026\n",
        everyWord().explain());
  }

  @Test
  void aBundleWithEveryKeyReplacesEveryWord() {
    ExplainWords english = new ExplainWords();
    List<Object[]> pairs = new ArrayList<>();
    for (String key : Collections.list(english.getKeys())) {
      pairs.add(new Object[] {key, "[" + key + "]" + placeholders(english.getString(key))});
    }
    ResourceBundle marked = bundle(pairs);
    ScorecardResult r = everyWord();
    String text = r.explain(ExplainFormat.DEFAULT.withWords(marked));

    for (String key : english.keySet()) {
      assertTrue(text.contains("[" + key + "]"), key + " is used:\n" + text);
    }
    String rest = withoutUserText(r, text).replaceAll("\\[[A-Za-z_.]+]", "")
        .replace("Feb 2026", "").replace("Jan 2026", ""); // period labels: their own words
    assertFalse(rest.chars().anyMatch(Character::isLetter),
        "no word is left once the keys and user text are taken out: " + rest);
    for (String key : english.keySet()) {
      for (String word : english.getString(key).split("[^\\p{L}]+")) {
        if (!word.isEmpty()) {
          assertFalse(Pattern.compile("\\b" + word + "\\b").matcher(rest).find(), word);
        }
      }
    }
  }

  @Test
  void aBundleWithSomeKeysKeepsTheEnglishWordsForTheOthers() throws IOException {
    ResourceBundle some = new PropertyResourceBundle(new StringReader(
        "explain.kind.INDICATOR = Indikator\nexplain.status.AT_RISK = GEFÄHRDET\n"
            + "explain.actual = Ist {0}\n"));
    String text = everyWord().explain(ExplainFormat.DEFAULT.withWords(some));
    assertTrue(text.contains("        |-- Indikator revenue \"Revenue\": Ist 80 EUR,"
        + " target 100 EUR, baseline 0 EUR -> linear, score 0.800 GEFÄHRDET, weight 1 (33.3%),"
        + " contributes 0.267, trend up +0.400 vs Jan 2026\n"), text);
    assertTrue(text.startsWith("Scorecard shop \"Shop\", period Feb 2026: score 0.800 GEFÄHRDET,"),
        text);
  }

  @Test
  void aGermanTranslationWithGermanNumbers() {
    ResourceBundle german = bundle(List.of(
        new Object[] {"explain.kind.SCORECARD", "Scorecard"},
        new Object[] {"explain.kind.PERSPECTIVE", "Perspektive"},
        new Object[] {"explain.kind.OBJECTIVE", "Ziel"},
        new Object[] {"explain.kind.INDICATOR", "Kennzahl"},
        new Object[] {"explain.period", "Zeitraum {0}"},
        new Object[] {"explain.actual", "Ist {0}"},
        new Object[] {"explain.target", "Soll {0}"},
        new Object[] {"explain.baseline", "Basis {0}"},
        new Object[] {"explain.score", "Wert {0} {1}"},
        new Object[] {"explain.status.AT_RISK", "GEFÄHRDET"},
        new Object[] {"explain.weight", "Gewicht {0} ({1})"},
        new Object[] {"explain.contributes", "Beitrag {0}"},
        new Object[] {"explain.trend", "Trend {0} {1} ggü. {2}"},
        new Object[] {"explain.trend.UP", "steigend"},
        new Object[] {"explain.percent", "{0} %"}));
    Scorecard card = Scorecard.builder("c").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("umsatz", i -> i.unit("EUR").lagging().baseline(1_000_000)
                .target(1_200_000)))
        .build();
    Measurements m = Measurements.builder()
        .put("umsatz", JAN, 1_050_000).put("umsatz", FEB, 1_150_000.5).build();
    String text = ENGINE.evaluate(ENGINE.compile(card), m, FEB)
        .explain(ExplainFormat.DEFAULT.withLocale(Locale.GERMANY).withWords(german));
    // (1,150,000.5 - 1,000,000) / 200,000 = 0.7500025; January 0.25
    assertTrue(text.contains("`-- Kennzahl umsatz: Ist 1.150.000,5 EUR, Soll 1.200.000 EUR,"
        + " Basis 1.000.000 EUR -> linear, Wert 0,750 GEFÄHRDET, Gewicht 1 (100 %), Beitrag 0,750,"
        + " Trend steigend +0,500 ggü. Jan. 2026\n"), text);
  }

  @Test
  void numbersFollowTheDigitsAndTheLocale() {
    Explanation e = new Explanation(ExplainFormat.DEFAULT);
    assertEquals("0.978", e.value(0.9777777777777779));
    assertEquals("1,150,000", e.value(1_150_000));
    assertEquals("1,234,567.891", e.value(1_234_567.8912));
    assertEquals("0.000123", e.value(0.000123456), "three significant digits below 1");
    assertEquals("-0.5", e.value(-0.5));
    assertEquals("0", e.value(-0.0));
    assertEquals("0.0004", e.value(0.0004));
    assertEquals("0.313", e.fixed(0.3125), "half up");
    assertEquals("1.000", e.fixed(1));
    assertEquals("+0.119", e.signed(0.1189));
    assertEquals("-0.250", e.signed(-0.25));
    assertEquals("0.000", e.signed(-0.0001), "no sign on what rounds to zero");
    assertEquals("66.7%", e.percent(2.0 / 3));
    assertEquals("100%", e.percent(1));
    assertEquals("0%", e.percent(0));
    assertEquals("99.9%", e.percent(0.99999), "a share short of 1 never reads as 100%");
    assertEquals("0.1%", e.percent(0.000001), "a share above 0 never reads as 0%");

    Explanation two = new Explanation(ExplainFormat.DEFAULT.withScoreDigits(2));
    assertEquals("0.31", two.fixed(0.3125));
    assertEquals("0.98", two.value(0.9777777777777779));
    assertEquals("0.00012", two.value(0.000123456));
    Explanation none = new Explanation(ExplainFormat.DEFAULT.withScoreDigits(0));
    assertEquals("1", none.fixed(0.5));
    assertEquals("0.5", none.value(0.5), "a value below 1 keeps one significant digit");

    Explanation french = new Explanation(ExplainFormat.DEFAULT.withLocale(Locale.FRANCE));
    String grouped = french.value(1_150_000.5);
    assertTrue(grouped.matches("1\\D150\\D000,5"), grouped);
  }

  @Test
  void theFormatIsAValue() {
    ExplainFormat f = ExplainFormat.DEFAULT;
    assertEquals(Locale.ROOT, f.locale());
    assertEquals(3, f.scoreDigits());
    assertTrue(f.words().isEmpty());
    ResourceBundle b = bundle(List.of());
    assertEquals(f, f.withWords(b).withDefaultWords());
    assertEquals(f.withWords(b), f.withWords(b));
    assertEquals(f.withWords(b).hashCode(), f.withWords(b).hashCode());
    assertFalse(f.equals(f.withLocale(Locale.GERMANY)));
    assertEquals("ExplainFormat[locale=de-DE, scoreDigits=2, words=custom]",
        f.withLocale(Locale.GERMANY).withScoreDigits(2).withWords(b).toString());
    assertEquals("ExplainFormat[locale=root, scoreDigits=3, words=default]", f.toString());
    assertThrows(IllegalArgumentException.class, () -> f.withScoreDigits(-1));
    assertThrows(IllegalArgumentException.class,
        () -> f.withScoreDigits(ExplainFormat.MAX_SCORE_DIGITS + 1));
    assertEquals(12, f.withScoreDigits(12).scoreDigits());
  }

  @Test
  void everyKeyIsDocumentedWithItsPlaceholders() throws IOException {
    String doc = Files.readString(repositoryRoot().resolve("docs/scoring.md"));
    ExplainWords english = new ExplainWords();
    for (String key : english.keySet()) {
      String row = doc.lines().filter(l -> l.startsWith("| `" + key + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError(key + " is not documented"));
      for (String p : placeholders(english.getString(key)).trim().split(" ")) {
        if (!p.isEmpty()) {
          assertTrue(row.contains("`" + p + "`"), key + " documents " + p + ": " + row);
        }
      }
    }
  }

  /** The placeholders of a pattern, each after a space: " {0} {1}". */
  static String placeholders(String pattern) {
    StringBuilder sb = new StringBuilder();
    Matcher m = Pattern.compile("\\{\\d}").matcher(pattern);
    while (m.find()) {
      sb.append(' ').append(m.group());
    }
    return sb.toString();
  }

  static ResourceBundle bundle(List<Object[]> pairs) {
    Object[][] contents = pairs.toArray(new Object[0][]);
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return contents;
      }
    };
  }

  /** The text with every id, name, unit, rule, method, note and action taken out. */
  static String withoutUserText(ScorecardResult r, String text) {
    List<String> user = new ArrayList<>();
    for (NodeResult n : r.nodes()) {
      user.add(n.id());
      user.add(n.name());
      user.add(n.method());
      n.note().ifPresent(user::add);
      n.action().ifPresent(user::add);
      n.indicator().ifPresent(d -> {
        user.add(d.unit());
        user.add(d.rule());
      });
    }
    user.sort(Comparator.comparingInt(String::length).reversed());
    String rest = text;
    for (String u : user) {
      if (!u.isEmpty()) {
        rest = rest.replace(UserText.escape(u), "");
      }
    }
    return rest;
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
      assertTrue(dir != null, "no mvnw above the working directory");
    }
    return dir;
  }
}
