package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Measurements;
import io.github.bsc4j.data.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of evaluating an organisation over random organisations (people joining, leaving and
 * moving; {@link OrganisationPropertiesTest#draw}) and random data with gaps: nothing depends on
 * the order in which memberships, people or measurements are given.
 */
class OrganisationEvaluationPropertiesTest {
  private static final YearMonth FIRST = YearMonth.of(2024, 1);
  private static final int MONTHS = 72;

  /** An organisation case, with each person's months and values in the order drawn. */
  record Data(OrganisationPropertiesTest.Case org, Map<String, List<Object[]>> entries) {}

  @Provide
  Arbitrary<Data> cases() {
    return Arbitraries.longs().map(seed -> {
      OrganisationPropertiesTest.Case org = OrganisationPropertiesTest.draw(seed);
      Random r = new Random(~seed);
      Map<String, List<Object[]>> entries = new LinkedHashMap<>();
      for (int p = 0; p < org.people(); p++) {
        if (r.nextInt(8) == 0) {
          continue; // a person without any data
        }
        List<Object[]> list = new ArrayList<>();
        for (int k = 0; k < MONTHS; k++) {
          Period month = Period.month(FIRST.plusMonths(k));
          if (r.nextInt(5) != 0) {
            list.add(new Object[] {"revenue", month, (double) r.nextInt(300)});
          }
          if (r.nextInt(5) != 0) {
            list.add(new Object[] {"referrals", month, (double) r.nextInt(4)});
          }
        }
        entries.put("p" + p, list);
      }
      entries.put("stranger", List.<Object[]>of(
          new Object[] {"revenue", Period.month(FIRST), 1.0}));
      return new Data(org, entries);
    });
  }

  private static SubjectMeasurements measurements(Data d, Random shuffle) {
    List<String> ids = new ArrayList<>(d.entries().keySet());
    Collections.shuffle(ids, shuffle);
    Map<String, MeasurementSource> sources = new LinkedHashMap<>();
    for (String id : ids) {
      List<Object[]> list = new ArrayList<>(d.entries().get(id));
      Collections.shuffle(list, shuffle);
      Measurements.Builder b = Measurements.builder();
      for (Object[] e : list) {
        b.put((String) e[0], (Period) e[1], (double) e[2]);
      }
      sources.put(id, b.build());
    }
    return SubjectMeasurements.of(sources);
  }

  private static Organisation organisation(
      OrganisationPropertiesTest.Case c, List<Integer> personOrder, List<Membership> order) {
    Organisation.Builder b = Organisation.builder("org").unit("region", "Region", "org");
    for (int t = 0; t < c.teams(); t++) {
      b.team("t" + t, "Team " + t, t % 2 == 0 ? "region" : "org");
    }
    for (int p : personOrder) {
      b.person("p" + p, "Person " + p);
    }
    for (Membership m : order) {
      if (m.until().isPresent()) {
        b.membership(m.personId(), m.teamId(), m.from(), m.until().get());
      } else {
        b.membership(m.personId(), m.teamId(), m.from());
      }
    }
    return b.build();
  }

  private static List<Integer> identity(int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    return order;
  }

  private static final OrganisationPlan PLAN =
      OrganisationPlan.builder(SalesOrganisationFixture.SALES)
      .blend(2, 3)
      .payout(SalesOrganisationFixture.curve())
      .freeRider(FreeRiderRule.of(List.of("team-revenue", "team-referrals")))
      .pool(TeamPool.byBlendedScore(99_999))
      .build();

  private static Period period(OrganisationPropertiesTest.Case c) {
    Period p = c.period();
    return p.isWholeMonths() ? p : Period.quarter(2025, 2);
  }

  @Property(tries = 60)
  void theEvaluationIgnoresTheOrderOfMembershipsAndMeasurements(
      @ForAll("cases") Data d, @ForAll long shuffleSeed) {
    Random shuffle = new Random(shuffleSeed);
    OrganisationPropertiesTest.Case c = d.org();
    List<Membership> reordered = new ArrayList<>(c.memberships());
    Collections.shuffle(reordered, shuffle);
    Period period = period(c);
    OrganisationEvaluation a = PLAN.evaluate(organisation(c, identity(c.people()),
        c.memberships()), measurements(d, new Random(1)), period);
    OrganisationEvaluation b = PLAN.evaluate(organisation(c, identity(c.people()), reordered),
        measurements(d, shuffle), period);
    assertEquals(a.teams(), b.teams());
    assertEquals(a.warnings(), b.warnings());
    assertEquals(1, a.warnings().size());
  }

  @Property(tries = 60)
  void everyPersonsRowRankAndPoolPartIgnoreTheOrderPeopleAreListedIn(
      @ForAll("cases") Data d, @ForAll long shuffleSeed) {
    Random shuffle = new Random(shuffleSeed);
    OrganisationPropertiesTest.Case c = d.org();
    List<Integer> people = identity(c.people());
    Collections.shuffle(people, shuffle);
    Period period = period(c);
    OrganisationEvaluation a = PLAN.evaluate(organisation(c, identity(c.people()),
        c.memberships()), measurements(d, new Random(1)), period);
    OrganisationEvaluation b = PLAN.evaluate(organisation(c, people, c.memberships()),
        measurements(d, shuffle), period);
    assertEquals(a.members().size(), b.members().size());
    for (MemberEvaluation row : a.members()) {
      assertEquals(row, b.member(row.personId()).orElseThrow());
    }
    for (TeamEvaluation team : a.teams()) {
      TeamEvaluation other = b.team(team.teamId()).orElseThrow();
      assertEquals(team.result(), other.result());
      assertEquals(team.pool(), other.pool());
    }
  }
}
