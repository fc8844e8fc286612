package io.github.bsc4j.testkit;

import io.github.bsc4j.model.Band;
import io.github.bsc4j.model.Indicator;
import io.github.bsc4j.model.Point;
import io.github.bsc4j.model.Target;
import java.util.Arrays;
import java.util.TreeSet;

/** Actual values worth scoring for one indicator: its anchors and what lies between them. */
final class ProbeValues {
  /** No value lies beyond ± this, like the actual values the properties draw. */
  static final double LIMIT = 1e6;
  /** At most this many values per indicator. */
  static final int MAX = 64;

  private ProbeValues() {}

  static double[] of(Indicator indicator) {
    TreeSet<Double> anchors = new TreeSet<>();
    add(anchors, 0);
    indicator.baseline().ifPresent(v -> add(anchors, v));
    indicator.target().ifPresent(t -> {
      if (t instanceof Target.Constant c) {
        add(anchors, c.value());
      }
    });
    indicator.min().ifPresent(v -> add(anchors, v));
    indicator.max().ifPresent(v -> add(anchors, v));
    indicator.scoring().parameters().values().forEach(v -> add(anchors, v));
    for (Band band : indicator.scoring().bands()) {
      add(anchors, band.from());
      add(anchors, band.to());
    }
    for (Point point : indicator.scoring().points()) {
      add(anchors, point.x());
    }
    double[] a = anchors.stream().mapToDouble(Double::doubleValue).toArray();
    TreeSet<Double> values = new TreeSet<>();
    double span = a.length > 1 ? a[a.length - 1] - a[0] : 100;
    add(values, a[0] - span / 2);
    add(values, a[a.length - 1] + span / 2);
    for (int i = 0; i < a.length; i++) {
      add(values, a[i]);
      if (i + 1 < a.length) {
        double gap = a[i + 1] - a[i];
        add(values, a[i] + gap / 4);
        add(values, a[i] + gap / 2);
        add(values, a[i] + gap * 3 / 4);
      }
    }
    double[] all = values.stream().mapToDouble(Double::doubleValue).toArray();
    if (all.length <= MAX) {
      return all;
    }
    double[] some = new double[MAX];
    for (int i = 0; i < MAX; i++) {
      some[i] = all[(int) ((long) i * (all.length - 1) / (MAX - 1))];
    }
    return Arrays.stream(some).distinct().toArray();
  }

  private static void add(TreeSet<Double> values, double v) {
    if (Double.isFinite(v)) {
      values.add(Math.max(-LIMIT, Math.min(LIMIT, v)) + 0.0); // + 0.0 turns -0.0 into 0.0
    }
  }
}
