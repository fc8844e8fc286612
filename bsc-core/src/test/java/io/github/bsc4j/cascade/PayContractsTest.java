package io.github.bsc4j.cascade;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bsc4j.model.Status;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Value-type contracts of the pay types: equality by value, null-hostility everywhere. */
class PayContractsTest {

  @Test
  void payTypesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(BlendWeights.of(3, 1), new BlendWeights(3, 1))
        .addEqualityGroup(BlendWeights.of(0.75, 0.25))
        .addEqualityGroup(BlendWeights.of(1, 3))
        .testEquals();
    BlendWeights w = BlendWeights.of(3, 1);
    OptionalDouble none = OptionalDouble.empty();
    new EqualsTester()
        .addEqualityGroup(w.blend(0.875, 1.25), w.blend(0.875, 1.25))
        .addEqualityGroup(BlendWeights.of(6, 2).blend(0.875, 1.25))
        .addEqualityGroup(w.blend(0.875, 1.0))
        .addEqualityGroup(w.blend(1.0, 1.25))
        .addEqualityGroup(w.blend(none, OptionalDouble.of(1.25)))
        .addEqualityGroup(w.blend(none, none))
        .addEqualityGroup(BlendWeights.of(0, 1).blend(none, OptionalDouble.of(1.25)))
        .testEquals();
    PayoutCurve c = PayoutCurveTest.typical().mode(TierMode.MARGINAL).build();
    new EqualsTester()
        .addEqualityGroup(c, c.toBuilder().build(),
            PayoutCurveTest.typical().mode(TierMode.MARGINAL).build())
        .addEqualityGroup(c.toBuilder().tier(1.4, 2).build())
        .addEqualityGroup(PayoutCurve.builder("other").threshold(0.5, 0.5).tier(1.0, 2.0)
            .tier(1.2, 1.5).cap(2.0).mode(TierMode.MARGINAL).build())
        .addEqualityGroup(c.toBuilder().threshold(0.6, 0.5).build())
        .addEqualityGroup(c.toBuilder().threshold(0.5, 0.6).build())
        .addEqualityGroup(c.toBuilder().cap(3).build())
        .addEqualityGroup(c.toBuilder().uncapped().build())
        .addEqualityGroup(c.toBuilder().tier(1.3, 1).build())
        .addEqualityGroup(PayoutCurve.builder("sales-2026").threshold(0.5, 0.5).tier(1.0, 2.0)
            .cap(2.0).build())
        .addEqualityGroup(PayoutCurve.builder("sales-2026").threshold(0.5, 0.5).tier(1.0, 2.0)
            .cap(2.0).mode(TierMode.MARGINAL).build())
        .testEquals();
    PayoutCurve r = PayoutCurveTest.rising().mode(TierMode.RETROACTIVE).build();
    new EqualsTester()
        .addEqualityGroup(r, r.toBuilder().build())
        .addEqualityGroup(r.toBuilder().mode(TierMode.MARGINAL).build())
        .addEqualityGroup(PayoutCurve.builder("rising").target(1.5).build())
        .addEqualityGroup(PayoutCurve.builder("rising").target(1.25).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PayoutGate.on("ethics"), new PayoutGate("ethics"))
        .addEqualityGroup(PayoutGate.on("compliance"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PoolSplit.of(1000, Map.of("a", OptionalDouble.of(1))),
            PoolSplit.of(1000, Map.of("a", OptionalDouble.of(2))))
        .addEqualityGroup(PoolSplit.of(1001, Map.of("a", OptionalDouble.of(1))))
        .addEqualityGroup(PoolSplit.of(1000, Map.of("b", OptionalDouble.of(1))))
        .addEqualityGroup(PoolSplit.of(1000, Map.of("a", OptionalDouble.empty())))
        .addEqualityGroup(PoolSplit.of(1000, Map.of("a", OptionalDouble.of(1),
            "b", OptionalDouble.empty())))
        .testEquals();
  }

  @Test
  void payTypesRejectNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Status.class, Status.ON_TRACK)
        .setDefault(OptionalDouble.class, OptionalDouble.of(1))
        .setDefault(double[].class, new double[] {1});
    for (Class<?> type : List.of(BlendWeights.class, BlendedScore.class, PayoutCurve.class,
        PayoutCurve.Builder.class, PayoutCurve.Tier.class, PayoutGate.class, PoolSplit.class,
        TierMode.class, BlendedScore.Outcome.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(BlendWeights.of(1, 1));
    tester.testAllPublicInstanceMethods(BlendWeights.of(1, 1).blend(1, 1));
    tester.testAllPublicInstanceMethods(PayoutCurve.builder("c").build());
    tester.testAllPublicInstanceMethods(PayoutCurve.builder("c"));
    tester.testAllPublicInstanceMethods(PayoutGate.on("g"));
    tester.testAllPublicInstanceMethods(PoolSplit.of(1, Map.of("a", OptionalDouble.of(1))));
  }
}
