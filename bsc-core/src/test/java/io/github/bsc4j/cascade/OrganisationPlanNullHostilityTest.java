package io.github.bsc4j.cascade;

import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.data.MeasurementSource;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.engine.EvaluationOptions;
import io.github.bsc4j.engine.ScorecardResult;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every public method of the organisation's plan and evaluation rejects null. */
class OrganisationPlanNullHostilityTest {

  @Test
  void publicApiRejectsNull() {
    OrganisationEvaluation e = SalesOrganisationFixture.plan().evaluate(
        SalesOrganisationFixture.ACME,
        SubjectMeasurements.of(SalesOrganisationFixture.sources()), SalesOrganisationFixture.Q1);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Period.class, SalesOrganisationFixture.Q1)
        .setDefault(Organisation.class, SalesOrganisationFixture.ACME)
        .setDefault(TeamTemplate.class, SalesOrganisationFixture.SALES)
        .setDefault(SubjectMeasurements.class, SubjectMeasurements.NONE)
        .setDefault(EvaluationOptions.class, EvaluationOptions.DEFAULT)
        .setDefault(MeasurementSource.class, MeasurementSource.EMPTY)
        .setDefault(PayoutCurve.class, SalesOrganisationFixture.curve())
        .setDefault(PayoutGate.class, PayoutGate.on("revenue"))
        .setDefault(FreeRiderRule.class, FreeRiderRule.of(List.of("team-revenue")))
        .setDefault(TeamPool.class, TeamPool.byBlendedScore(1))
        .setDefault(ResourceBundle.class, new java.util.ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[0][];
          }
        })
        .setDefault(Map.class, Map.of())
        .setDefault(ScorecardResult.class, e.members().get(0).result())
        .setDefault(BlendedScore.class, e.members().get(0).blended())
        .setDefault(RankedMember.class, e.members().get(0).teamRank())
        .setDefault(Reasons.class, e.members().get(0).reasons());
    for (Class<?> type : List.of(OrganisationPlan.class, SubjectMeasurements.class,
        TeamPool.class, MemberEvaluation.class, TeamEvaluation.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(SalesOrganisationFixture.plan());
    tester.testAllPublicInstanceMethods(OrganisationPlan.builder(SalesOrganisationFixture.SALES));
    tester.testAllPublicInstanceMethods(SubjectMeasurements.NONE);
    tester.testAllPublicInstanceMethods(e);
    tester.testAllPublicInstanceMethods(e.members().get(0));
    tester.testAllPublicInstanceMethods(e.teams().get(0));
  }
}
