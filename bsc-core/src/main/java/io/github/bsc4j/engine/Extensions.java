package io.github.bsc4j.engine;

import java.util.ArrayList;
import java.util.List;

/** How the engine names the rules and strategies it calls, and what it copies from them. */
final class Extensions {
  private static final String SCORING_BUILT_INS = "io.github.bsc4j.scoring.internal";
  private static final String AGGREGATION_BUILT_INS = "io.github.bsc4j.aggregation.internal";

  private Extensions() {}

  /**
   * Whether a rule or strategy is one of this library's built-ins: a class of its non-exported
   * built-in packages, in its module and loaded by its class loader.
   */
  static boolean isBuiltIn(Object extension) {
    Class<?> type = extension.getClass();
    String pkg = type.getPackageName();
    return type.getModule() == Extensions.class.getModule()
        && type.getClassLoader() == Extensions.class.getClassLoader()
        && (pkg.equals(SCORING_BUILT_INS) || pkg.equals(AGGREGATION_BUILT_INS));
  }

  /** "scoring rule 'x'", or "built-in scoring rule 'linear'". */
  static String describe(boolean builtIn, String kind, String name) {
    return (builtIn ? "built-in " : "") + kind + " '" + name + "'";
  }

  /** The sentence a built-in's failure ends with; nothing for an extension's. */
  static String bug(boolean builtIn) {
    return builtIn ? " (a bug in bsc4j; please report it)" : "";
  }

  /** A copy of what {@code validate()} returned, taken while the extension is still guarded. */
  static <T> List<T> copy(List<T> list) {
    return list == null ? null : new ArrayList<>(list);
  }
}
