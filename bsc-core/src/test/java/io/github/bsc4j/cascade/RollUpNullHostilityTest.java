package io.github.bsc4j.cascade;

import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.CompiledScorecard;
import io.github.bsc4j.engine.ScorecardEngine;
import io.github.bsc4j.model.Scorecard;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public method of the templates and member roll-ups rejects null. */
class RollUpNullHostilityTest {

  @Test
  void publicApiRejectsNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Period.class, Period.month(2026, 1))
        .setDefault(YearMonth.class, YearMonth.of(2026, 1))
        .setDefault(ScorecardEngine.class, SalesTeamFixture.ENGINE)
        .setDefault(Scorecard.class, SalesTeamFixture.PERSON)
        .setDefault(CompiledScorecard.class, SalesTeamFixture.PERSON_TEMPLATE.plan())
        .setDefault(ScorecardTemplate.class, SalesTeamFixture.PERSON_TEMPLATE)
        .setDefault(TeamTemplate.class, SalesTeamFixture.SALES)
        .setDefault(Organisation.class, OrganisationRollUpTest.ACME)
        .setDefault(MeasurementSource.class, MeasurementSource.EMPTY)
        .setDefault(double[].class, new double[] {1});
    for (Class<?> type : List.of(MemberFunction.class, MemberRollUp.class, RollUpCoverage.class,
        ScorecardTemplate.class, TeamTemplate.class, TeamMeasurements.class,
        MeasuredSubjects.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(MemberFunction.SUM);
    tester.testAllPublicInstanceMethods(MemberRollUp.count("headcount"));
    tester.testAllPublicInstanceMethods(SalesTeamFixture.PERSON_TEMPLATE);
    tester.testAllPublicInstanceMethods(SalesTeamFixture.SALES);
    tester.testAllPublicInstanceMethods(SalesTeamFixture.north());
    tester.testAllPublicInstanceMethods(
        new RollUpCoverage("team-revenue", SalesTeamFixture.Q1, 1, 2));
  }
}
