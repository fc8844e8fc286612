package io.github.bsc4j.model;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The level-wide weight rule shared by objectives and scorecards. */
final class Weights {
  private Weights() {}

  /** Reports ALL_WEIGHTS_ZERO when a non-empty level has only zero weights. */
  static <T> void checkNotAllZero(
      String ownerId, String level, List<T> children, ToDoubleFunction<T> weight, Problems p) {
    if (children.isEmpty()) {
      return;
    }
    for (T child : children) {
      if (weight.applyAsDouble(child) != 0.0) {
        return;
      }
    }
    p.add(
        ownerId,
        ProblemCode.ALL_WEIGHTS_ZERO,
        "every weight among the "
            + level
            + " is zero, so nothing on that level counts; give at least one a positive weight");
  }
}
