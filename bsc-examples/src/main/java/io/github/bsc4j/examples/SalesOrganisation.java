package io.github.bsc4j.examples;

import io.github.bsc4j.cascade.MemberFunction;
import io.github.bsc4j.cascade.MemberRollUp;
import io.github.bsc4j.cascade.Organisation;
import io.github.bsc4j.cascade.ScorecardTemplate;
import io.github.bsc4j.cascade.TeamTemplate;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.PartialPeriodPolicy;
import io.github.bsc4j.model.Perspective;
import io.github.bsc4j.model.RollUp;
import io.github.bsc4j.model.Scorecard;
import io.github.bsc4j.model.ScorecardDefaults;
import io.github.bsc4j.model.Status;
import io.github.bsc4j.model.StatusCutoffs;
import io.github.bsc4j.model.SubjectKind;
import io.github.bsc4j.model.Unit;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The README's scenario: a sales region of three teams and thirteen salespeople, a team template
 * and an individual template over the four perspectives after a paper on the Balanced Scorecard
 * for sales teams (the facts taken from it are in {@code docs/sales-team-kpis.md}), and twelve
 * months of deterministic data for 2026. The walkthrough in {@code docs/cascades.md} explains
 * every number.
 *
 * <p>Each salesperson is described by two levels: a revenue level (their average monthly revenue
 * through September) and a quality level {@code q} between 0 and 1, the score they reach on
 * every customer, process and learning indicator. A month's revenue is the level plus 1,000 EUR
 * for every month after May (minus before it), so the average over January to September is the
 * level itself; every other value is the same each month.
 */
public final class SalesOrganisation {
  /** The period the example reports: January to September 2026. */
  public static final Period YTD_SEPTEMBER = Period.yearToDate(2026, 9);

  /** The period it is compared with, the year to date one month earlier. */
  public static final Period YTD_AUGUST = Period.yearToDate(2026, 8);

  /** The team indicators the team reaches only together. */
  public static final List<String> COLLABORATIVE =
      List.of("customer-satisfaction", "rework", "team-communication");

  /** The months the salesperson with missing months has no data for (April to June). */
  static final Set<Integer> CLEO_MISSING = Set.of(4, 5, 6);

  /** The month the mid-year joiner joins (July 2026). */
  static final YearMonth IVO_JOINS = YearMonth.of(2026, 7);

  private SalesOrganisation() {}

  /**
   * One salesperson of the scenario.
   *
   * @param id the person's id
   * @param name the display name
   * @param team the team's id
   * @param revenue the average monthly revenue through September, in EUR
   * @param quality the score reached on every indicator but the financial ones
   */
  record Seller(String id, String name, String team, int revenue, double quality) {}

  /** The people, by team, in the order the organisation lists them. */
  static final List<Seller> SELLERS = List.of(
      new Seller("ana", "Ana", "key-accounts", 104_000, 1.0),
      new Seller("ben", "Ben", "key-accounts", 96_000, 0.875),
      new Seller("cleo", "Cleo", "key-accounts", 92_000, 0.75),
      new Seller("dev", "Dev", "key-accounts", 88_000, 0.875),
      new Seller("eli", "Eli", "new-business", 100_000, 0.75),
      new Seller("fay", "Fay", "new-business", 96_000, 0.75),
      new Seller("gus", "Gus", "new-business", 30_000, 0.5),
      new Seller("hana", "Hana", "new-business", 92_000, 0.75),
      new Seller("ivo", "Ivo", "new-business", 110_000, 0.625),
      new Seller("jo", "Jo", "inside-sales", 70_000, 0.5),
      new Seller("kim", "Kim", "inside-sales", 72_000, 0.5),
      new Seller("lea", "Lea", "inside-sales", 108_000, 1.0),
      new Seller("max", "Max", "inside-sales", 74_000, 0.625));

  /**
   * The region: three teams under one unit, thirteen people; Ivo joins new business in July.
   *
   * @return the organisation
   */
  public static Organisation organisation() {
    Organisation.Builder b = Organisation.builder("acme-sales").name("Acme Sales")
        .unit("west", "West region", "acme-sales")
        .team("key-accounts", "Key accounts", "west")
        .team("new-business", "New business", "west")
        .team("inside-sales", "Inside sales", "west");
    for (Seller s : SELLERS) {
      b.person(s.id(), s.name());
    }
    for (Seller s : SELLERS) {
      b.membership(s.id(), s.team(), s.id().equals("ivo") ? IVO_JOINS : YearMonth.of(2026, 1));
    }
    return b.build();
  }

  /**
   * Each salesperson's own monthly measurements, January to December 2026 (Ivo's from July;
   * none of Cleo's for April to June).
   *
   * @return the measurements by person id, in the organisation's order
   */
  public static Map<String, Measurements> people() {
    Map<String, Measurements> all = new LinkedHashMap<>();
    for (Seller s : SELLERS) {
      Measurements.Builder m = Measurements.builder();
      double q = s.quality();
      for (int month = 1; month <= 12; month++) {
        YearMonth ym = YearMonth.of(2026, month);
        if (ym.isBefore(s.id().equals("ivo") ? IVO_JOINS : YearMonth.of(2026, 1))
            || s.id().equals("cleo") && CLEO_MISSING.contains(month)) {
          continue;
        }
        Period p = Period.month(ym);
        double revenue = s.revenue() + 1_000.0 * (month - 5);
        m.put("revenue", p, revenue)
            // 15,000 at the revenue baseline, 30,000 at its target: the same score as revenue
            .put("gross-margin", p, 15_000 + 0.375 * (revenue - 60_000))
            .put("success-rate", p, 15 + 10 * q)
            .put("customer-retention", p, 80 + 15 * q)
            .put("response-time", p, 24 - 16 * q)
            .put("on-time-delivery", p, 86 + 12 * q)
            .put("suggestions", p, 2 * q)
            .put("ethics-violations", p, 0);
      }
      all.put(s.id(), m.build());
    }
    return all;
  }

  /**
   * Each team's own monthly measurements of the indicators not rolled up from its members,
   * January to December 2026: the same values every month, but for customer satisfaction, which
   * moves by a fixed step a month (up in key accounts and new business, down in inside sales) and
   * averages the given level over January to September.
   *
   * @return the measurements by team id
   */
  public static Map<String, Measurements> teams() {
    Map<String, Measurements> all = new LinkedHashMap<>();
    all.put("key-accounts", team(88, 0.5, 5, 4.5, 40));
    all.put("new-business", team(86, 0.5, 6, 4, 36));
    all.put("inside-sales", team(72, -1, 11, 2.75, 24));
    return all;
  }

  private static Measurements team(double satisfaction, double satisfactionSlope, double rework,
      double communication, double training) {
    Measurements.Builder m = Measurements.builder();
    for (int month = 1; month <= 12; month++) {
      Period p = Period.month(2026, month);
      m.put("customer-satisfaction", p, satisfaction + satisfactionSlope * (month - 5))
          .put("rework", p, rework)
          .put("team-communication", p, communication)
          .put("training-hours", p, training);
    }
    return m.build();
  }

  /**
   * The team template with its member roll-ups (revenue, gross margin, retention and response
   * time from the members, headcount their count) and its collaborative indicators.
   *
   * @param engine the engine that compiles both templates, once
   * @return the team template
   */
  public static TeamTemplate template(ScorecardEngine engine) {
    return TeamTemplate.of(
        ScorecardTemplate.compile(engine, team()),
        ScorecardTemplate.compile(engine, individual()),
        List.of(
            MemberRollUp.of("team-revenue", "revenue", MemberFunction.SUM),
            MemberRollUp.of("team-gross-margin", "gross-margin", MemberFunction.SUM),
            MemberRollUp.of("customer-retention", "customer-retention", MemberFunction.AVERAGE),
            MemberRollUp.of("response-time", "response-time", MemberFunction.AVERAGE),
            MemberRollUp.count("headcount")),
        COLLABORATIVE);
  }

  /** Cut-offs 0.9 and 0.7: the 90 % and 70 % points between baseline and target. */
  private static ScorecardDefaults defaults() {
    return ScorecardDefaults.DEFAULT.withCutoffs(StatusCutoffs.of(0.9, 0.7));
  }

  /**
   * The individual scorecard every salesperson shares: eight indicators from the paper's
   * individual catalogue. Every value is per month; over a longer period the months the person
   * has data for are averaged (partial periods: available months), so a joiner and someone
   * without data for some months are judged on the months they have.
   *
   * @return the individual scorecard
   */
  public static Scorecard individual() {
    return Scorecard.builder("salesperson")
        .name("Salesperson")
        .subjectKind(SubjectKind.PERSON)
        .description("Individual scorecard of a salesperson, reviewed monthly")
        .perspectives(Perspective.standard())
        .defaults(defaults().withPartialPeriods(PartialPeriodPolicy.AVAILABLE_MONTHS))
        .objective("sell-profitably", o -> o
            .name("Sell profitably")
            .supports("grow-profitable-revenue")
            .perspective(Perspective.FINANCIAL)
            .indicator("revenue", i -> i
                .name("Sales revenue per month").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(60_000).target(100_000).thresholds(96_000, 88_000)
                .rollUp(RollUp.AVERAGE).weight(2)
                .rationale("The person's part of the team's revenue")
                .action(Status.AT_RISK, "Review the pipeline with the team lead")
                .action(Status.OFF_TRACK, "Agree a written plan for the next quarter")
                .risk("Discounting to close deals early")
                .risk("Taking deals from colleagues' accounts"))
            .indicator("gross-margin", i -> i
                .name("Gross margin per month").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(15_000).target(30_000).thresholds(28_500, 25_500)
                .rollUp(RollUp.AVERAGE)
                .rationale("Revenue bought with discounts does not pay")
                .action(Status.OFF_TRACK, "Review discounts above 10 % with the team lead")
                .risk("Walking away from strategic low-margin accounts")))
        .objective("win-and-keep-customers", o -> o
            .name("Win and keep customers")
            .supports("delight-customers")
            .perspective(Perspective.CUSTOMER)
            .indicator("success-rate", i -> i
                .name("Success rate").unit(Unit.percent())
                .leading().higherIsBetter()
                .baseline(15).target(25).thresholds(24, 22)
                .rationale("Sales closed per contact: the skill behind the revenue")
                .action(Status.OFF_TRACK, "Pair with a colleague on the next five visits")
                .risk("Contacting only sure customers"))
            .indicator("customer-retention", i -> i
                .name("Customer retention rate").unit(Unit.percent())
                .lagging().higherIsBetter()
                .baseline(80).target(95).thresholds(93.5, 90.5)
                .rationale("Keeping a customer costs less than winning one")
                .action(Status.OFF_TRACK, "Call every customer who left this quarter")
                .risk("Keeping unprofitable customers at any price")))
        .objective("serve-reliably", o -> o
            .name("Serve reliably")
            .supports("work-as-one-team")
            .perspective(Perspective.INTERNAL_PROCESS)
            .indicator("response-time", i -> i
                .name("Response time to customer requests").unit("hours")
                .leading().lowerIsBetter()
                .baseline(24).target(8).thresholds(9.6, 12.8)
                .rationale("Slow answers lose deals before price is discussed")
                .action(Status.OFF_TRACK, "Share the request queue with the team")
                .risk("Fast but empty answers"))
            .indicator("on-time-delivery", i -> i
                .name("On-time delivery").unit(Unit.percent())
                .leading().higherIsBetter()
                .baseline(86).target(98).thresholds(96.8, 94.4)
                .rationale("Promises kept make the next sale")
                .action(Status.OFF_TRACK, "Check delivery dates with logistics before promising")
                .risk("Promising late dates to be safe")))
        .objective("grow-and-behave", o -> o
            .name("Grow and behave")
            .supports("learn-together")
            .perspective(Perspective.LEARNING_AND_GROWTH)
            .indicator("suggestions", i -> i
                .name("Improvement suggestions per month").unit("suggestions")
                .leading().higherIsBetter()
                .baseline(0).target(2).thresholds(1.8, 1.4)
                .rationale("People who improve the way we sell stay in the market")
                .action(Status.OFF_TRACK, "Bring one idea to the next team meeting")
                .risk("Many trivial suggestions"))
            .indicator("ethics-violations", i -> i
                .name("Ethics violations").unit("cases")
                .leading().lowerIsBetter()
                .baseline(1).target(0).thresholds(0, 0.5)
                .rollUp(RollUp.MAX)
                .rationale("No result justifies a breach of the code of conduct")
                .action(Status.OFF_TRACK, "Escalate to compliance; hold variable pay")
                .risk("Hiding breaches instead of reporting them")))
        .build();
  }

  /**
   * The team scorecard every team shares: nine indicators from the paper's team catalogue, five
   * of them made from the members' values, three collaborative.
   *
   * @return the team scorecard
   */
  public static Scorecard team() {
    return Scorecard.builder("sales-team")
        .name("Sales team")
        .subjectKind(SubjectKind.TEAM)
        .description("Team scorecard of a sales team, reviewed monthly")
        .perspectives(Perspective.standard())
        .defaults(defaults())
        .objective("grow-profitable-revenue", o -> o
            .name("Grow profitable revenue")
            .perspective(Perspective.FINANCIAL)
            .indicator("team-revenue", i -> i
                .name("Team sales revenue").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(200_000).target(320_000).thresholds(308_000, 284_000)
                .rollUp(RollUp.SUM).weight(2)
                .rationale("The outcome the team exists for; the sum of its members' revenue")
                .action(Status.AT_RISK, "Re-plan the quarter's top ten opportunities")
                .action(Status.OFF_TRACK, "Review the pipeline with every salesperson")
                .risk("Stuffing the channel at period end"))
            .indicator("team-gross-margin", i -> i
                .name("Team gross margin").unit("EUR")
                .lagging().higherIsBetter()
                .baseline(50_000).target(100_000).thresholds(95_000, 85_000)
                .rollUp(RollUp.SUM)
                .rationale("Revenue bought with discounts does not pay")
                .action(Status.OFF_TRACK, "Review the team's discount approvals")
                .risk("Walking away from strategic low-margin accounts"))
            .indicator("revenue-per-head", i -> i
                .name("Revenue per head and month").unit(Unit.ratio("EUR/head"))
                .lagging().higherIsBetter()
                .baseline(60_000).target(80_000).thresholds(78_000, 74_000)
                .rollUp(RollUp.AVERAGE)
                .formula("[team-revenue] / headcount")
                .rationale("Productivity of the team, not only its size: over a longer period"
                    + " the revenue per member-month, so a joiner counts for their months")
                .action(Status.OFF_TRACK, "Look at who needs coaching before hiring more")
                .risk("Not hiring when the market grows"))
            .indicator("headcount", i -> i
                .name("Team headcount (member-months over a period)").unit("people")
                .lagging().higherIsBetter()
                .baseline(3).target(5).weight(0)
                .rollUp(RollUp.SUM)
                .rationale("Informational: the denominator of revenue per head")))
        .objective("delight-customers", o -> o
            .name("Delight customers")
            .perspective(Perspective.CUSTOMER)
            .indicator("customer-satisfaction", i -> i
                .name("Customer satisfaction").unit(Unit.percent())
                .lagging().higherIsBetter()
                .baseline(70).target(90).bounds(0, 100).thresholds(88, 84)
                .rationale("Satisfied customers rebuy and recommend; one team serves each")
                .action(Status.OFF_TRACK, "Call every detractor within a week, as a team")
                .risk("Surveying only happy customers"))
            .indicator("customer-retention", i -> i
                .name("Customer retention rate").unit(Unit.percent())
                .lagging().higherIsBetter()
                .baseline(80).target(95).thresholds(93.5, 90.5)
                .rationale("The average of the members' retention: the team's customer base")
                .action(Status.OFF_TRACK, "Review the accounts lost this quarter together")
                .risk("Keeping unprofitable customers at any price")))
        .objective("work-as-one-team", o -> o
            .name("Work as one team")
            .perspective(Perspective.INTERNAL_PROCESS)
            .indicator("response-time", i -> i
                .name("Response time to customer requests").unit("hours")
                .leading().lowerIsBetter()
                .baseline(24).target(8).thresholds(9.6, 12.8)
                .rationale("The average of the members' response times")
                .action(Status.OFF_TRACK, "Share the request queue across the team")
                .risk("Fast but empty answers"))
            .indicator("rework", i -> i
                .name("Rework").unit("cases")
                .leading().lowerIsBetter()
                .baseline(12).target(4).thresholds(4.8, 6.4)
                .rollUp(RollUp.AVERAGE)
                .rationale("Orders redone because a hand-over between colleagues failed")
                .action(Status.OFF_TRACK, "Walk through the last five reworked orders together")
                .risk("Hiding rework instead of fixing its cause")))
        .objective("learn-together", o -> o
            .name("Learn together")
            .perspective(Perspective.LEARNING_AND_GROWTH)
            .indicator("training-hours", i -> i
                .name("Training hours").unit("hours")
                .leading().higherIsBetter()
                .baseline(20).target(40).thresholds(38, 34)
                .rollUp(RollUp.SUM)
                .rationale("Skills drive response time and success rate")
                .action(Status.OFF_TRACK, "Book the next product training for the whole team")
                .risk("Training for the sake of the hours"))
            .indicator("team-communication", i -> i
                .name("Internal communication rating").unit(Unit.level("points"))
                .leading().higherIsBetter()
                .baseline(2.5).target(4.5).bounds(1, 5).thresholds(4.3, 3.9)
                .rationale("How well the team shares leads and know-how, rated 1 to 5")
                .action(Status.OFF_TRACK, "Hold a weekly lead-sharing meeting")
                .risk("Meetings instead of selling")))
        .build();
  }
}
