package io.github.bsc4j.cascade;

import static io.github.bsc4j.cascade.TeamOfFive.MEMBERS;
import static io.github.bsc4j.cascade.TeamOfFive.NEW_CUSTOMERS;
import static io.github.bsc4j.cascade.TeamOfFive.REVENUE;
import static io.github.bsc4j.cascade.TeamOfFive.member;
import static io.github.bsc4j.cascade.TeamOfFive.team;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.internal.FlagWords;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words of flag reasons: an application's bundle replaces them key by key. */
class FlagWordsTest {
  static final Map<String, ContributionShares> SHARES = Map.of(
      "revenue", ContributionShares.of(MEMBERS, REVENUE),
      "new-customers", ContributionShares.of(MEMBERS, NEW_CUSTOMERS));

  static ResourceBundle bundle(String properties) throws IOException {
    return new PropertyResourceBundle(new StringReader(properties));
  }

  @Test
  void everyWordTranslated() throws IOException {
    ResourceBundle german = bundle(
        "flag.freeRider.indicator = {0}: Anteil {1} ({2} von {3}), unter {4} des fairen Anteils"
            + " 1/{5} = {6}\n"
            + "flag.freeRider.separator = \\ | \n"
            + "flag.overCompetition = eigene Scorecard im Plan (Score {0}), Team {1} kritisch bei"
            + " {2}\n"
            + "flag.overCompetition.indicator = {0} [{1}]\n"
            + "flag.overCompetition.separator = \\ und \n");
    assertEquals("'revenue': Anteil 4.7% (15 von 320), unter 100% des fairen Anteils 1/4 = 25% | "
        + "'new-customers': Anteil 12.5% (1 von 8), unter 100% des fairen Anteils 1/4 = 25%",
        new FreeRiderRule(List.of("revenue", "new-customers"), 1, Match.ALL)
            .evaluate(SHARES, german).get(0).reason());
    assertEquals("eigene Scorecard im Plan (Score 1.031), Team 'north' kritisch bei"
        + " 'team-referrals' [0.500] und 'joint-visits' [0.600]",
        OverCompetitionRule.of(List.of("team-referrals", "joint-visits"))
            .evaluate(member("ann"), team(60), german).orElseThrow().reason());
  }

  @Test
  void aKeyTheBundleLacksKeepsTheEnglishWords() throws IOException {
    ResourceBundle some = bundle("flag.overCompetition.separator = \\ & \n");
    assertEquals(FreeRiderRule.of(List.of("revenue")).evaluate(SHARES),
        FreeRiderRule.of(List.of("revenue")).evaluate(SHARES, some));
    assertEquals("own scorecard on track (score 1.031) while team 'north' is off track on"
        + " collaborative 'team-referrals' (score 0.500) & 'joint-visits' (score 0.600)",
        OverCompetitionRule.of(List.of("team-referrals", "joint-visits"))
            .evaluate(member("ann"), team(60), some).orElseThrow().reason());
  }

  @Test
  void everyKeyIsDocumentedWithItsPlaceholders() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
      assertTrue(dir != null, "no mvnw above the working directory");
    }
    String doc = Files.readString(dir.resolve("docs/cascades.md"));
    FlagWords english = new FlagWords();
    for (String key : english.keySet()) {
      String row = doc.lines().filter(l -> l.startsWith("| `" + key + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError(key + " is not documented"));
      Matcher m = Pattern.compile("\\{\\d}").matcher(english.getString(key));
      while (m.find()) {
        assertTrue(row.contains("`" + m.group() + "`"), key + " documents " + m.group());
      }
    }
  }
}
