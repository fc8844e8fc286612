package io.github.bsc4j.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bsc4j.data.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of membership over random organisations: members are exactly the people active in the
 * period, month questions agree with each other, and nothing depends on the order memberships
 * were added in.
 */
class OrganisationPropertiesTest {
  private static final YearMonth BASE = YearMonth.of(2025, 1);

  /** A random organisation, its memberships in the order added, and a period. */
  record Case(int teams, int people, List<Membership> memberships, Period period, long seed) {
    Organisation build(List<Membership> order) {
      Organisation.Builder b = Organisation.builder("org").unit("region", "Region", "org");
      for (int t = 0; t < teams; t++) {
        b.team("t" + t, "Team " + t, t % 2 == 0 ? "region" : "org");
      }
      for (int p = 0; p < people; p++) {
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
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.longs().map(OrganisationPropertiesTest::draw);
  }

  /** Each person has 1..3 memberships one after another, with gaps, the last maybe open. */
  static Case draw(long seed) {
    Random r = new Random(seed);
    int teams = 1 + r.nextInt(4);
    int people = 1 + r.nextInt(10);
    List<Membership> memberships = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      YearMonth next = BASE.plusMonths(r.nextInt(12));
      int count = 1 + r.nextInt(3);
      for (int k = 0; k < count; k++) {
        String team = "t" + r.nextInt(teams);
        boolean open = k == count - 1 && r.nextBoolean();
        YearMonth until = next.plusMonths(r.nextInt(9));
        memberships.add(new Membership("p" + p, team, next,
            open ? Optional.empty() : Optional.of(until)));
        next = until.plusMonths(1 + r.nextInt(4));
      }
    }
    Collections.shuffle(memberships, r);
    YearMonth first = BASE.plusMonths(r.nextInt(40));
    java.time.LocalDate day = first.atDay(1 + r.nextInt(28));
    Period period = r.nextInt(5) == 0
        ? Period.days(day, day.plusDays(r.nextInt(90)))
        : Period.months(first, first.plusMonths(r.nextInt(15)));
    return new Case(teams, people, List.copyOf(memberships), period, seed);
  }

  static List<YearMonth> monthsTouched(Period period) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(period.start());
        !m.isAfter(YearMonth.from(period.lastDay())); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  @Property(tries = 300)
  void membersAreExactlyThePeopleActiveInThePeriodWithTheirMonths(@ForAll("cases") Case c) {
    Organisation org = c.build(c.memberships());
    for (int t = 0; t < c.teams(); t++) {
      String team = "t" + t;
      List<Member> expected = new ArrayList<>();
      for (int p = 0; p < c.people(); p++) {
        String person = "p" + p;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m : monthsTouched(c.period())) {
          if (c.memberships().stream().anyMatch(ms -> ms.personId().equals(person)
              && ms.teamId().equals(team) && ms.isActiveIn(m))) {
            months.add(m);
          }
        }
        if (!months.isEmpty()) {
          expected.add(new Member(person, months));
        }
      }
      assertEquals(expected, org.members(team, c.period()), team);
    }
  }

  @Property(tries = 300)
  void monthQuestionsAgree(@ForAll("cases") Case c) {
    Organisation org = c.build(c.memberships());
    for (int p = 0; p < c.people(); p++) {
      String person = "p" + p;
      Optional<String> last = Optional.empty();
      for (YearMonth m : monthsTouched(c.period())) {
        Optional<String> team = org.teamOf(person, m);
        for (int t = 0; t < c.teams(); t++) {
          assertEquals(team.equals(Optional.of("t" + t)),
              org.membersIn("t" + t, m).contains(person));
        }
        if (team.isPresent()) {
          last = team;
        }
      }
      assertEquals(last, org.teamOf(person, c.period()), person);
    }
  }

  @Property(tries = 200)
  void nothingDependsOnTheOrderMembershipsWereAddedIn(@ForAll("cases") Case c) {
    Organisation org = c.build(c.memberships());
    List<Membership> reversed = new ArrayList<>(c.memberships());
    Collections.reverse(reversed);
    Organisation other = c.build(reversed);
    assertEquals(org, other);
    assertEquals(org.hashCode(), other.hashCode());
    assertEquals(org.memberships(), other.memberships());
    for (int t = 0; t < c.teams(); t++) {
      assertEquals(org.members("t" + t, c.period()), other.members("t" + t, c.period()));
    }
    for (int p = 0; p < c.people(); p++) {
      assertEquals(org.memberships("p" + p), other.memberships("p" + p));
      assertEquals(org.teamOf("p" + p, c.period()), other.teamOf("p" + p, c.period()));
    }
  }
}
