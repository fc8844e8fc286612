package io.github.bsc4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bsc4j.cascade.AlignmentReport;
import io.github.bsc4j.cascade.Reason;
import io.github.bsc4j.cascade.Organisation;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.examples.SalesOrganisationExample.MemberRow;
import io.github.bsc4j.examples.SalesOrganisationExample.Report;
import io.github.bsc4j.examples.SalesOrganisationExample.TeamRow;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SalesOrganisationExampleTest {
  private static final double EPS = 1e-12;

  private static final Report REPORT = SalesOrganisationExample.evaluate(
      SalesOrganisation.YTD_SEPTEMBER, SalesOrganisation.YTD_AUGUST);

  private static TeamRow team(String id) {
    return REPORT.teams().stream().filter(t -> t.team().id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static MemberRow member(String id) {
    return SalesOrganisationExample.member(REPORT, id).orElseThrow();
  }

  @Test
  void theRegionHasThreeTeamsThirteenPeopleAJulyJoinerAndThreeMissingMonths() {
    Organisation org = SalesOrganisation.organisation();
    assertEquals(List.of("west"), org.units().stream().map(u -> u.id()).toList());
    assertEquals(List.of("key-accounts", "new-business", "inside-sales"),
        org.teams().stream().map(t -> t.id()).toList());
    assertEquals(13, org.people().size());
    assertEquals(List.of("eli", "fay", "gus", "hana"),
        org.membersIn("new-business", YearMonth.of(2026, 6)));
    assertEquals(List.of("eli", "fay", "gus", "hana", "ivo"),
        org.membersIn("new-business", YearMonth.of(2026, 7)));
    var cleo = SalesOrganisation.people().get("cleo");
    assertTrue(cleo.value("revenue", Period.month(2026, 3)).isPresent());
    assertTrue(cleo.value("revenue", Period.month(2026, 4)).isEmpty());
    assertTrue(cleo.value("revenue", Period.month(2026, 6)).isEmpty());
    assertEquals(94_000, cleo.value("revenue", Period.month(2026, 7)).getAsDouble());
    // the data are a formula: Jan to Sep average to the level, 1,000 EUR a month of growth
    var ana = SalesOrganisation.people().get("ana");
    assertEquals(100_000, ana.value("revenue", Period.month(2026, 1)).getAsDouble());
    assertEquals(111_000, ana.value("revenue", Period.month(2026, 12)).getAsDouble());
  }

  @Test
  void bothTemplatesCoverTheFourPerspectivesAndEveryCountedIndicatorAnswersTheFourQuestions() {
    for (Scorecard s : List.of(SalesOrganisation.team(), SalesOrganisation.individual())) {
      for (Perspective p : Perspective.standard()) {
        assertFalse(s.objectivesIn(p.id()).isEmpty(), s.id() + " has objectives in " + p.id());
      }
      for (Indicator i : s.indicators()) {
        if (i.weight() == 0) {
          continue;
        }
        assertFalse(i.rationale().isBlank(), i.id() + ": why measured");
        assertTrue(i.thresholds().isPresent(), i.id() + ": good and bad range");
        assertFalse(i.actions().isEmpty(), i.id() + ": actions");
        assertFalse(i.risks().isEmpty(), i.id() + ": behaviours it may drive");
      }
    }
    assertEquals(8, SalesOrganisation.individual().indicators().size());
    assertEquals(10, SalesOrganisation.team().indicators().size());
  }

  @Test
  void goodAndBadAreThe90And70PercentPointsBetweenBaselineAndTargetAsTheCutOffs() {
    for (Scorecard s : List.of(SalesOrganisation.team(), SalesOrganisation.individual())) {
      assertEquals(0.9, s.defaults().cutoffs().onTrack(), s.id());
      assertEquals(0.7, s.defaults().cutoffs().atRisk(), s.id());
      for (Indicator i : s.indicators()) {
        if (i.weight() == 0 || i.id().equals("ethics-violations")) {
          continue; // informational; for ethics none is good and one is off track
        }
        double baseline = i.baseline().getAsDouble();
        double target = ((Target.Constant) i.target().orElseThrow()).value();
        List<Double> goodBad = i.thresholds().orElseThrow().values();
        assertEquals(baseline + 0.9 * (target - baseline), goodBad.get(0), 1e-9, i.id());
        assertEquals(baseline + 0.7 * (target - baseline), goodBad.get(1), 1e-9, i.id());
      }
    }
    assertEquals(List.of(0.0, 0.5), SalesOrganisation.individual().indicator("ethics-violations")
        .orElseThrow().thresholds().orElseThrow().values());
  }

  @Test
  void everyIndividualObjectiveSupportsATeamObjective() {
    AlignmentReport report =
        AlignmentReport.of(SalesOrganisation.team(), SalesOrganisation.individual());
    assertEquals(List.of(), report.unsupported());
    assertEquals(List.of(), report.unaligned());
    assertEquals(List.of(), report.problems());
  }

  @Test
  void everyIndicatorOfBothTemplatesIsDocumentedWithItsPolarityAndKind() throws IOException {
    String doc = Files.readString(SalesTeamExampleTest.repositoryRoot()
        .resolve("docs/sales-team-kpis.md"), StandardCharsets.UTF_8);
    String organisation = doc.substring(doc.indexOf("## The sales organisation"),
        doc.indexOf("## The indicators of the single-team example"));
    for (Scorecard s : List.of(SalesOrganisation.team(), SalesOrganisation.individual())) {
      String table = organisation.substring(organisation.indexOf("template `" + s.id() + "`"));
      for (Indicator i : s.indicators()) {
        if (i.id().equals("headcount")) {
          assertTrue(table.contains("`headcount` is the COUNT"), "headcount is explained");
          continue;
        }
        String row = table.lines().filter(l -> l.startsWith("| `" + i.id() + "` |"))
            .findFirst().orElse("");
        String polarity = switch (i.polarity()) {
          case HIGHER_IS_BETTER -> "| ↑ |";
          case LOWER_IS_BETTER -> "| ↓ |";
          default -> "| ? |";
        };
        assertTrue(row.contains(polarity), s.id() + "/" + i.id() + " " + polarity + ": " + row);
        assertTrue(row.endsWith("| " + i.kind().name().toLowerCase(Locale.ROOT) + " |"),
            s.id() + "/" + i.id() + " " + i.kind() + ": " + row);
        if (SalesOrganisation.COLLABORATIVE.contains(i.id())) {
          assertTrue(row.contains("collaborative"), i.id() + " documented as collaborative");
        }
      }
    }
  }

  @Test
  void teamScoresAsComputedByHand() {
    // key accounts: financial 1 (revenue 3,144,000 of 2,880,000, margin and per head capped);
    // customer: satisfaction 0.9, retention 8/9 (93 1/3 %: 6 months at q 0.875, 3 without
    // cleo at 11/12); internal: response time 8/9 likewise, rework 0.875; learning 1
    double keyAccounts = (1 + (0.9 + 8.0 / 9) / 2 + (8.0 / 9 + 0.875) / 2 + 1) / 4;
    assertEquals(keyAccounts, team("key-accounts").result().score().getAsDouble(), EPS);
    assertEquals(0.944097222222, keyAccounts, 1e-12);
    assertEquals(Status.ON_TRACK, team("key-accounts").result().status());
    // new business: retention and response time score the members' average quality, 0.6875
    // for six months and 0.675 with ivo for three: 41/60
    double newBusiness = (1 + (0.8 + 41.0 / 60) / 2 + (41.0 / 60 + 0.75) / 2 + (0.8 + 0.75) / 2) / 4;
    assertEquals(newBusiness, team("new-business").result().score().getAsDouble(), EPS);
    assertEquals(Status.AT_RISK, team("new-business").result().status());
    // inside sales: margin 823,500 of 900,000 scores 0.83; quality average 0.65625
    double financial = (2 * 1 + 0.83 + 1) / 4;
    double insideSales = (financial + (0.1 + 0.65625) / 2 + (0.65625 + 0.125) / 2
        + (0.2 + 0.125) / 2) / 4;
    assertEquals(insideSales, team("inside-sales").result().score().getAsDouble(), EPS);
    assertEquals(0.4721875, insideSales, EPS);
    assertEquals(Status.OFF_TRACK, team("inside-sales").result().status());
    assertEquals(3_144_000, team("key-accounts").result().node("team-revenue").orElseThrow()
        .indicator().orElseThrow().actual().getAsDouble(), EPS);
    assertEquals(823_500, team("inside-sales").result().node("team-gross-margin").orElseThrow()
        .indicator().orElseThrow().actual().getAsDouble(), 1e-9);
    assertEquals(3_201_000, team("new-business").result().node("team-revenue").orElseThrow()
        .indicator().orElseThrow().actual().getAsDouble(), EPS);
    // revenue per head over member-months: 36 in key accounts (cleo's missing months count),
    // 39 in new business (ivo's three)
    assertEquals(3_144_000.0 / 36, team("key-accounts").result().node("revenue-per-head")
        .orElseThrow().indicator().orElseThrow().actual().getAsDouble(), 1e-9);
    assertEquals(3_201_000.0 / 39, team("new-business").result().node("revenue-per-head")
        .orElseThrow().indicator().orElseThrow().actual().getAsDouble(), 1e-9);
  }

  @Test
  void ownScoresBlendsAndPayoutsAsComputedByHand() {
    // own score = (r + 2q + (q + 1) / 2) / 4 with r the revenue level's score, capped at 1
    MemberRow ben = member("ben");
    double benOwn = (0.9 + 2 * 0.875 + (0.875 + 1) / 2) / 4;
    assertEquals(benOwn, ben.own().score().getAsDouble(), EPS);
    assertEquals(0.896875, benOwn, EPS);
    double keyAccounts = team("key-accounts").result().score().getAsDouble();
    double benBlend = 0.4 * keyAccounts + 0.6 * benOwn;
    assertEquals(benBlend, ben.blended().getAsDouble(), EPS);
    assertEquals(0.915763888889, benBlend, 1e-12);
    // above 0.9: 100 % + 2 per unit of score
    assertEquals(1 + 2 * (benBlend - 0.9), ben.payout().getAsDouble(), EPS);

    MemberRow lea = member("lea");
    assertEquals(1.0, lea.own().score().getAsDouble(), EPS);
    double leaBlend = 0.4 * 0.4721875 + 0.6 * 1;
    assertEquals(leaBlend, lea.blended().getAsDouble(), EPS);
    assertEquals(0.788875, leaBlend, EPS);
    // between 0.6 and 0.9: from 50 % to 100 % in a straight line
    assertEquals(0.5 + 0.5 * (leaBlend - 0.6) / 0.3, lea.payout().getAsDouble(), EPS);

    MemberRow gus = member("gus");
    assertEquals((0 + 2 * 0.5 + 0.75) / 4, gus.own().score().getAsDouble(), EPS);
    assertTrue(gus.blended().getAsDouble() < 0.6, "below the threshold");
    assertEquals(0.0, gus.payout().getAsDouble());
    // the joiner is judged on July to September, the person with missing months on her six
    assertEquals((1 + 2 * 0.625 + (0.625 + 1) / 2) / 4,
        member("ivo").own().score().getAsDouble(), EPS);
    assertEquals((0.8 + 2 * 0.75 + (0.75 + 1) / 2) / 4,
        member("cleo").own().score().getAsDouble(), EPS);
  }

  @Test
  void theFreeRiderHasATinyShareWhileHisTeamDoesWell() {
    MemberRow gus = member("gus");
    assertEquals(270_000, gus.revenue().getAsDouble(), EPS);
    assertEquals(270_000.0 / 3_201_000, gus.share().getAsDouble(), EPS);
    assertEquals(List.of("FREE_RIDER"), gus.flags());
    assertEquals(List.of("'team-revenue': share 8.4% (270,000 of 3,201,000), below 50% of the"
        + " fair share 1/5 = 20%"), gus.reasons());
    assertEquals(Status.ON_TRACK, team("new-business").result().node("team-revenue")
        .orElseThrow().status());
    // the joiner's three months, 339,000 EUR, stay above the line of 10 %
    assertEquals(339_000.0 / 3_201_000, member("ivo").share().getAsDouble(), EPS);
    assertEquals(List.of(), member("ivo").flags());
    double shares = REPORT.members().stream().filter(m -> m.teamId().equals("new-business"))
        .mapToDouble(m -> m.share().getAsDouble()).sum();
    assertEquals(1.0, shares, EPS);
  }

  @Test
  void theFreeRidersStatementSaysWhatLoweredHisScore() {
    // effective weights: revenue 1/4 · 2/3, margin 1/4 · 1/3, success rate 1/4 · 1/2; gus
    // scores 0, 0 and 0.5 on them
    List<Reason> lowered = member("gus").lowered();
    assertEquals(List.of("revenue", "gross-margin", "success-rate"),
        lowered.stream().map(Reason::indicatorId).toList());
    assertEquals(-1.0 / 6, lowered.get(0).points(), EPS);
    assertEquals(-1.0 / 12, lowered.get(1).points(), EPS);
    assertEquals(-1.0 / 16, lowered.get(2).points(), EPS);
    assertEquals(List.of(), member("lea").lowered());
  }

  @Test
  void theLoneStarIsOnTrackAloneWhileHerTeamIsOffTrackOnCollaborativeIndicators() {
    MemberRow lea = member("lea");
    assertEquals(Status.ON_TRACK, lea.own().status());
    assertEquals(List.of("OVER_COMPETITION"), lea.flags());
    assertEquals(List.of("own scorecard on track (score 1.000) while team 'inside-sales' is off"
        + " track on collaborative 'customer-satisfaction' (score 0.100), 'rework' (score"
        + " 0.125), 'team-communication' (score 0.125)"), lea.reasons());
    // ana is on track too, in a team that works together: no flag
    assertEquals(Status.ON_TRACK, member("ana").own().status());
    assertEquals(List.of(), member("ana").flags());
    assertEquals(List.of("gus", "lea"), REPORT.members().stream()
        .filter(m -> !m.flags().isEmpty()).map(m -> m.person().id()).toList());
  }

  @Test
  void ranksByBlendedScoreInTheRegionAndInTheTeam() {
    assertEquals(List.of("ana", "ben", "dev", "cleo", "eli", "fay", "hana", "lea", "ivo", "gus",
            "max", "kim", "jo"),
        REPORT.members().stream()
            .sorted(java.util.Comparator.comparingInt(m -> m.rank().getAsInt()))
            .map(m -> m.person().id()).toList());
    assertEquals(List.of(1, 2, 4, 3, 5, 6, 10, 7, 9, 13, 12, 8, 11),
        REPORT.members().stream().map(m -> m.rank().getAsInt()).toList());
    assertEquals(List.of(1, 2, 4, 3, 1, 2, 5, 3, 4, 4, 3, 1, 2),
        REPORT.members().stream().map(m -> m.teamRank().getAsInt()).toList());
  }

  @Test
  void theOutputFitsInOneHundredColumnsAndShowsPeriodLabelsNeverDates() {
    String printed = mainOutput();
    for (String line : printed.split("\n")) {
      assertTrue(line.length() <= 100, () -> line.length() + " columns: " + line);
    }
    Matcher date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(printed);
    assertFalse(date.find(), () -> "a raw date " + date.group() + " in:\n" + printed);
    assertTrue(printed.startsWith(
        "Acme Sales, West region, YTD Sep 2026 compared with YTD Aug 2026\n"), printed);
    assertTrue(printed.contains("gus    new-business  0.438 OFF_TRACK  0.808  0.586  +0.002   8.4%"
        + "   0.0%   10    5  FREE_RIDER\n"), printed);
  }

  @Test
  void theWalkthroughShowsTheOutputVerbatim() throws IOException {
    String doc = Files.readString(SalesTeamExampleTest.repositoryRoot()
        .resolve("docs/cascades.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains("```\n" + mainOutput() + "```\n"),
        "docs/cascades.md shows what the main job prints:\n" + mainOutput());
  }

  @Test
  void theMainJobIsTheSalesOrganisation() throws IOException {
    String pom = Files.readString(SalesTeamExampleTest.repositoryRoot()
        .resolve("bsc-examples/pom.xml"), StandardCharsets.UTF_8);
    assertTrue(pom.contains("<exec.mainClass>io.github.bsc4j.examples.SalesOrganisationExample"
        + "</exec.mainClass>"), pom);
  }

  /** What the main job prints. */
  static String mainOutput() {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      SalesOrganisationExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
