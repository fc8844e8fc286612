package io.github.bsc4j.engine;

import io.github.bsc4j.internal.Numbers;
import io.github.bsc4j.model.UserText;
import java.util.List;

/**
 * Renders a result tree as text, one line per node (and one per action). Every text that a user
 * or an extension supplied (ids, names, units, notes, actions, rule and method names) is escaped
 * with {@link UserText#escape(String)}, so none can break a line or forge one.
 */
final class Explanation {
  private final StringBuilder out = new StringBuilder();

  private Explanation() {}

  static String of(ScorecardResult result) {
    Explanation e = new Explanation();
    NodeResult root = result.root();
    e.out
        .append("Scorecard ")
        .append(UserText.escape(root.id()))
        .append(quoted(root))
        .append(", period ")
        .append(UserText.escape(String.valueOf(result.period())))
        .append(": ")
        .append(outcome(root))
        .append(", coverage ")
        .append(Numbers.percent(root.coverage()))
        .append(", ")
        .append(UserText.escape(root.method()))
        .append(trend(root))
        .append(root.note().map(n -> " (" + UserText.escape(n) + ")").orElse(""))
        .append('\n');
    e.children(root.children(), "");
    return e.out.toString();
  }

  private void children(List<NodeResult> nodes, String indent) {
    for (int i = 0; i < nodes.size(); i++) {
      boolean last = i == nodes.size() - 1;
      NodeResult n = nodes.get(i);
      out.append(indent).append(last ? "`-- " : "|-- ").append(line(n)).append('\n');
      String deeper = indent + (last ? "    " : "|   ");
      n.action()
          .ifPresent(a -> out.append(deeper).append(n.children().isEmpty() ? "    " : "|   ")
              .append("action: ").append(UserText.escape(a)).append('\n'));
      children(n.children(), deeper);
    }
  }

  private static String line(NodeResult n) {
    StringBuilder sb = new StringBuilder();
    sb.append(label(n.kind())).append(' ').append(UserText.escape(n.id())).append(quoted(n))
        .append(": ");
    n.indicator()
        .ifPresent(
            d -> {
              String unit = d.unit().isEmpty() ? "" : " " + UserText.escape(d.unit());
              sb.append("actual ")
                  .append(d.actual().isPresent() ? Numbers.plain(d.actual().getAsDouble()) + unit : "-");
              d.target().ifPresent(t -> sb.append(", target ").append(Numbers.plain(t)).append(unit));
              d.baseline()
                  .ifPresent(b -> sb.append(", baseline ").append(Numbers.plain(b)).append(unit));
              sb.append(" -> ").append(UserText.escape(d.rule())).append(' ');
            });
    sb.append(outcome(n));
    if (n.weight() == 0) {
      sb.append(", weight 0 (informational)");
    } else {
      sb.append(", weight ")
          .append(Numbers.plain(n.weight()))
          .append(" (")
          .append(Numbers.percent(n.normalisedWeight()))
          .append(')');
    }
    n.contribution()
        .ifPresent(c -> sb.append(", contributes ").append(Numbers.rounded(c, 4)));
    if (n.kind() != NodeKind.INDICATOR) {
      sb.append(", coverage ").append(Numbers.percent(n.coverage())).append(", ")
          .append(UserText.escape(n.method()));
    }
    sb.append(trend(n));
    n.note().ifPresent(note -> sb.append(" (").append(UserText.escape(note)).append(')'));
    return sb.toString();
  }

  private static String trend(NodeResult n) {
    return n.trend()
        .filter(t -> t.direction().isPresent() && t.scoreChange().isPresent())
        .map(t -> ", trend " + t.direction().get() + " "
            + (t.scoreChange().getAsDouble() >= 0 ? "+" : "")
            + Numbers.rounded(t.scoreChange().getAsDouble(), 4) + " since "
            + UserText.escape(t.periodCode()))
        .orElse("");
  }

  private static String outcome(NodeResult n) {
    return n.score().isPresent()
        ? "score " + Numbers.rounded(n.score().getAsDouble(), 4) + " " + n.status()
        : "no data " + n.status();
  }

  private static String label(NodeKind kind) {
    switch (kind) {
      case PERSPECTIVE:
        return "Perspective";
      case OBJECTIVE:
        return "Objective";
      default: // INDICATOR: the scorecard itself is never a child
        return "Indicator";
    }
  }

  private static String quoted(NodeResult n) {
    return n.name().equals(n.id()) ? "" : " \"" + UserText.escape(n.name()) + "\"";
  }
}
