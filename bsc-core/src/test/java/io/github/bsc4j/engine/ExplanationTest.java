package io.github.bsc4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.data.Comparison;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.internal.ExplainWords;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.ScheduledTarget;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusPolicy;
import io.github.bsc4j.model.Target;
import io.github.bsc4j.model.UserText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
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
  static final Period FEB_2025 = Period.month(2025, 2);

  /**
   * A card that needs every word: named and unnamed nodes, units, a percentage and none, a
   * carried value, a missing one with its note, all four statuses and the three sources, every
   * kind of trend against both comparisons, an action, an informational child and a warning.
   * Every indicator runs from baseline 0 to target 100; February 2026 is evaluated against
   * January 2026 and February 2025.
   */
  static ScorecardResult everyWord() {
    Scorecard card = Scorecard.builder("shop").name("Shop")
        .perspective(Perspective.FINANCIAL)
        .perspective(Perspective.CUSTOMER)
        .objective("grow", o -> o.perspective("financial")
            .indicator("revenue", i -> i.name("Revenue").unit("EUR").lagging().baseline(0)
                .target(100).thresholds(90, 50).action(Status.AT_RISK, "call the top ten"))
            .indicator("cost", i -> i.lagging().baseline(0).target(100))
            .indicator("share", i -> i.unit("%").lagging().baseline(0).target(100))
            .indicator("visits", i -> i.lagging().baseline(0).target(100).carryForward(2))
            .indicator("late", i -> i.lagging().baseline(0).target(Target.schedule(List.of(
                ScheduledTarget.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 1), 100)))))
            .indicator("missing", i -> i.lagging().baseline(0).target(100))
            .indicator("info", i -> i.lagging().baseline(0).target(100).weight(0)))
        .objective("keep", o -> o.perspective("customer").statusPolicy(StatusPolicy.WORST_CHILD)
            .indicator("sat", i -> i.lagging().baseline(0).target(100)))
        .build();
    Measurements m = Measurements.builder()
        .put("revenue", JAN, 40).put("revenue", FEB, 80)
        .put("cost", FEB_2025, 60).put("cost", JAN, 100).put("cost", FEB, 60)
        .put("share", JAN, 50).put("share", FEB, 55)
        .put("visits", JAN, 100)
        .put("late", JAN, 50).put("late", FEB, 55)
        .put("info", JAN, 50).put("info", FEB, 50)
        .put("sat", FEB, 90)
        .put("ghost", FEB, 1)
        .build();
    return ENGINE.evaluate(ENGINE.compile(card), "north", m, FEB, EvaluationOptions.DEFAULT
        .withComparisons(Comparison.PREVIOUS_PERIOD, Comparison.SAME_PERIOD_LAST_YEAR));
  }

  @Test
  void theDefaultWordsAndNumbersReadAsTheHandCalculation() {
    // February 2026, grow: (0.8 + 0.6 + 0.55 + 1 + 0.55) / 5 = 0.7, 5 of 6 with data; keep 0.9;
    // the card (0.7 + 0.9) / 2 = 0.8, completeness (5/6 + 1) / 2 = 91.7%. January 2026: late has
    // no target yet and keep no data, grow (0.4 + 1 + 0.5 + 1) / 4 = 0.725 is the card's score:
    // 0.8 - 0.725 = +0.075. February 2025: cost 0.6 alone, +0.2.
    assertEquals(
        "Scorecard shop \"Shop\" for north, Feb 2026 vs Jan 2026, Feb 2025: score 0.800"
            + " AT RISK (by score cut-offs), coverage 100%, completeness 91.7%,"
            + " weighted-mean, trend improved +0.075 vs Jan 2026 (not comparable: coverage,"
            + " target changed), trend improved +0.200 vs Feb 2025 (not comparable:"
            + " coverage, target changed)\n"
            + "|-- Perspective financial \"Financial\": score 0.700 AT RISK (by score"
            + " cut-offs), weight 1 (50%), contributes 0.350, coverage 100%, completeness"
            + " 83.3%, weighted-mean, trend worsened -0.025 vs Jan 2026 (not comparable:"
            + " coverage, target changed), trend improved +0.100 vs Feb 2025 (not"
            + " comparable: coverage, target changed)\n"
            + "|   `-- Objective grow: score 0.700 AT RISK (by score cut-offs), weight 1"
            + " (100%), contributes 0.700, coverage 83.3%, completeness 83.3%,"
            + " weighted-mean, trend worsened -0.025 vs Jan 2026 (not comparable: coverage,"
            + " target changed), trend improved +0.100 vs Feb 2025 (not comparable:"
            + " coverage, target changed)\n"
            + "|       |-- Indicator revenue \"Revenue\": actual 80 EUR, target 100 EUR,"
            + " baseline 0 EUR -> linear, score 0.800 AT RISK (by thresholds), weight 1"
            + " (20%), contributes 0.160, trend improved +0.400 vs Jan 2026 (actual +40"
            + " EUR, +100%)\n"
            + "|       |       action: call the top ten\n"
            + "|       |-- Indicator cost: actual 60, target 100, baseline 0 -> linear,"
            + " score 0.600 OFF TRACK (by score cut-offs), weight 1 (20%), contributes"
            + " 0.120, trend worsened -0.400 vs Jan 2026 (actual -40, -40%), trend"
            + " unchanged 0.000 vs Feb 2025 (actual 0, 0%)\n"
            + "|       |-- Indicator share: actual 55 %, target 100 %, baseline 0 % ->"
            + " linear, score 0.550 OFF TRACK (by score cut-offs), weight 1 (20%),"
            + " contributes 0.110, trend improved +0.050 vs Jan 2026 (actual +5 points)\n"
            + "|       |-- Indicator visits: actual 100, target 100, baseline 0 -> linear,"
            + " score 1.000 ON TRACK (by score cut-offs), weight 1 (20%), contributes"
            + " 0.200, trend unchanged 0.000 vs Jan 2026 (actual 0, 0%) (carried forward"
            + " from Jan 2026)\n"
            + "|       |-- Indicator late: actual 55, target 100, baseline 0 -> linear,"
            + " score 0.550 OFF TRACK (by score cut-offs), weight 1 (20%), contributes"
            + " 0.110, trend improved vs Jan 2026 (actual +5, +10%) (not comparable:"
            + " coverage, target changed)\n"
            + "|       |-- Indicator missing: actual missing, target 100, baseline 0 ->"
            + " linear, NO DATA, weight 1 (0%), contributes 0.000 (no measurement for"
            + " Feb 2026)\n"
            + "|       `-- informational, not counted:\n"
            + "|           `-- Indicator info: actual 50, target 100, baseline 0 -> linear,"
            + " score 0.500 OFF TRACK (by score cut-offs), weight 0, informational, trend"
            + " unchanged 0.000 vs Jan 2026 (actual 0, 0%)\n"
            + "`-- Perspective customer \"Customer\": score 0.900 AT RISK (by score"
            + " cut-offs), weight 1 (50%), contributes 0.450, coverage 100%, completeness"
            + " 100%, weighted-mean\n"
            + "    `-- Objective keep: score 0.900 AT RISK (by its children), weight 1"
            + " (100%), contributes 0.900, coverage 100%, completeness 100%, weighted-mean\n"
            + "        `-- Indicator sat: actual 90, target 100, baseline 0 -> linear,"
            + " score 0.900 AT RISK (by score cut-offs), weight 1 (100%), contributes 0.900\n"
            + "warning: measurements name 'ghost', which is not an indicator of scorecard"
            + " 'shop'; its values are not used\n",
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
    ScorecardResult r = withRootTrendsEdited(everyWord());
    String text = r.explain(ExplainFormat.DEFAULT.withWords(marked));

    for (String key : english.keySet()) {
      assertTrue(text.contains("[" + key + "]"), key + " is used:\n" + text);
    }
    String rest = withoutUserText(r, text).replaceAll("\\[[A-Za-z_.]+]", "")
        .replace("Feb 2026", "").replace("Jan 2026", "").replace("Feb 2025", ""); // period.* words
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
    assertTrue(text.contains("|       |-- Indikator revenue \"Revenue\": Ist 80 EUR,"
        + " target 100 EUR, baseline 0 EUR -> linear, score 0.800 GEFÄHRDET (by thresholds),"
        + " weight 1 (20%), contributes 0.160, trend improved +0.400 vs Jan 2026"
        + " (actual +40 EUR, +100%)\n"),
        text);
    assertTrue(text.startsWith("Scorecard shop \"Shop\" for north, Feb 2026 vs Jan 2026, Feb 2025:"
        + " score 0.800 GEFÄHRDET (by score cut-offs), coverage 100%,"), text);
  }

  @Test
  void theGermanBundleOfTheDocsWithGermanNumbers() throws IOException {
    String doc = Files.readString(repositoryRoot().resolve("docs/scoring.md"));
    List<String> blocks = codeBlocksAfter(doc, "A German bundle in part", 2);
    ResourceBundle german = new PropertyResourceBundle(new StringReader(blocks.get(0)));
    Scorecard card = Scorecard.builder("c").perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("umsatz", i -> i.unit("EUR").lagging().baseline(1_000_000)
                .target(1_200_000)))
        .build();
    Measurements m = Measurements.builder()
        .put("umsatz", JAN, 1_050_000).put("umsatz", FEB, 1_150_000.5).build();
    String text = ENGINE.evaluate(ENGINE.compile(card), "north", m, FEB)
        .explain(ExplainFormat.DEFAULT.withLocale(Locale.GERMANY).withWords(german));
    // (1,150,000.5 - 1,000,000) / 200,000 = 0.7500025; January 0.25; 100,000.5 / 1,050,000 =
    // 9.52% more
    assertTrue(text.startsWith("Scorecard c für north, Feb. 2026 ggü. Jan. 2026: Wert 0,750"
        + " GEFÄHRDET (nach Wertgrenzen), Abdeckung 100 %, Vollständigkeit 100 %, weighted-mean,"
        + " Trend verbessert +0,500 ggü. Jan. 2026\n"), text);
    assertTrue(text.endsWith("`-- Kennzahl umsatz: Ist 1.150.000,5 EUR, Soll 1.200.000 EUR,"
        + " Basis 1.000.000 EUR -> linear, Wert 0,750 GEFÄHRDET (nach Wertgrenzen),"
        + " Gewicht 1 (100 %), Beitrag 0,750, Trend verbessert +0,500 ggü. Jan. 2026"
        + " (Ist +100.000,5 EUR, +9,5 %)\n"), text);
    List<String> shown = blocks.get(1).lines().toList();
    assertTrue(text.startsWith(shown.get(0) + "\n"), "the docs show the first line");
    assertTrue(text.endsWith(shown.get(shown.size() - 1) + "\n"), "and the last");
  }

  @Test
  void periodsAreLabelledAgainInTheFormatsMonthsAndWords() {
    Scorecard card = Scorecard.builder("c").fiscalYearStart(java.time.Month.APRIL)
        .perspective(Perspective.FINANCIAL)
        .objective("o", o -> o.perspective("financial")
            .indicator("i", i -> i.lagging().baseline(0).target(100)))
        .build();
    CompiledScorecard plan = ENGINE.compile(card);
    Period ytd = plan.calendar().yearToDate(java.time.YearMonth.of(2026, 6));
    Measurements m = Measurements.builder().put("i", Period.month(2026, 6), 50)
        .put("i", Period.month(2025, 6), 40).build();
    ScorecardResult r = ENGINE.evaluate(plan, "north", m, ytd);
    assertTrue(r.explain().startsWith(
        "Scorecard c for north, FY2027 YTD Jun 2026 vs FY2026 YTD Jun 2025: "), r.explain());
    String german = r.explain(ExplainFormat.DEFAULT.withLocale(Locale.GERMANY));
    assertTrue(german.startsWith("Scorecard c for north, FY2027 YTD Juni 2026 vs FY2026 YTD Juni"
        + " 2025: "), german);
    ResourceBundle words = bundle(List.<Object[]>of(
        new Object[] {"period.fiscalYearToDate", "GJ{0} bis {1} {2}"}));
    String custom = r.explain(ExplainFormat.DEFAULT.withWords(words));
    assertTrue(custom.startsWith("Scorecard c for north, GJ2027 bis Jun 2026 vs GJ2026 bis Jun"
        + " 2025: "), custom);
    ScorecardResult first = ENGINE.evaluate(plan, "north", m, Period.month(1, 1));
    assertEquals(List.of(), first.comparisons(), "no period before year 1 to compare with");
    assertTrue(first.explain().startsWith("Scorecard c for north, " + first.periodLabel() + ": "),
        first.explain());
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

  /** The first {@code count} fenced blocks after a heading or phrase of a Markdown text. */
  static List<String> codeBlocksAfter(String doc, String phrase, int count) {
    List<String> blocks = new ArrayList<>();
    int at = doc.indexOf(phrase);
    assertTrue(at >= 0, phrase);
    while (blocks.size() < count) {
      int open = doc.indexOf("```\n", at) + 4;
      int close = doc.indexOf("```\n", open);
      blocks.add(doc.substring(open, close));
      at = close + 4;
    }
    return blocks;
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

  /**
   * The result with its root's first trend marked as comparing a different definition, which no
   * evaluation reports today (one plan scores both periods), and its second without a score then.
   */
  static ScorecardResult withRootTrendsEdited(ScorecardResult r) {
    NodeResult n = r.root();
    Trend t = n.trends().get(0);
    List<Trend> trends = new ArrayList<>(n.trends());
    trends.set(0, new Trend(t.comparison(), t.period(), t.periodCode(), t.previousScore(),
        t.scoreChange(), t.direction(), List.of(Trend.Difference.DEFINITION), t.previousActual(),
        t.actualChange(), t.relativeChange()));
    Trend u = n.trends().get(1);
    trends.set(1, new Trend(u.comparison(), u.period(), u.periodCode(), OptionalDouble.empty(),
        OptionalDouble.empty(), Optional.empty(), List.of(), OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty()));
    NodeResult root = new NodeResult(n.kind(), n.id(), n.name(), n.score(), n.status(),
        n.statusSource(), n.weight(), n.normalisedWeight(), n.contribution(), n.coverage(),
        n.completeness(), n.method(), n.indicator(), n.action(), n.note(), trends, n.children());
    return new ScorecardResult(r.scorecardId(), r.subjectId(), r.period(), r.calendar(),
        r.periodCode(),
        r.periodLabel(), root, r.comparisons(), r.warnings());
  }

  /**
   * The text with every id, name, unit, rule, method, note, action, subject and warning (the
   * engine's message) taken out.
   */
  static String withoutUserText(ScorecardResult r, String text) {
    List<String> user = new ArrayList<>();
    user.add(r.subjectId());
    r.warnings().forEach(w -> user.add(w.message()));
    for (NodeResult n : r.nodes()) {
      user.add(n.id());
      user.add(n.name());
      user.add(n.method());
      n.note().ifPresent(user::add);
      n.action().ifPresent(user::add);
      n.indicator().ifPresent(d -> {
        user.add(d.unit().symbol());
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
