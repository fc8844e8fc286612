package io.github.bsc4j.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Renders a scorecard definition as an indented, locale-independent text tree. Every line is
 * escaped with {@link UserText#escape(String)}, so no name, unit, note or other user text can
 * break a line or forge one.
 */
final class Outline {
  private final StringBuilder out = new StringBuilder();

  private Outline() {}

  static String of(Scorecard card) {
    Outline o = new Outline();
    o.scorecard(card);
    return o.out.toString();
  }

  /** Formats a number without locale, exponent or a trailing ".0": 1200000, 0.15, -3.5. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private void line(String prefix, String text) {
    out.append(prefix).append(UserText.escape(text)).append('\n');
  }

  private void scorecard(Scorecard card) {
    line(
        "",
        "Scorecard "
            + card.id()
            + quoted(card.name(), card.id())
            + " ("
            + lower(card.subjectKind())
            + ")");
    Strategy s = card.strategy();
    if (!s.vision().isEmpty()) {
      line("  ", "Vision: " + s.vision());
    }
    if (!s.mission().isEmpty()) {
      line("  ", "Mission: " + s.mission());
    }
    for (StrategicTheme t : s.themes()) {
      line("  ", "Theme " + t.id() + quoted(t.name(), t.id()));
    }
    List<Perspective> perspectives = card.perspectives();
    // Grouped in one pass: objectivesIn(...) per perspective would be quadratic.
    Map<String, List<Objective>> byPerspective = new java.util.HashMap<>();
    for (Objective objective : card.objectives()) {
      byPerspective
          .computeIfAbsent(objective.perspective(), k -> new java.util.ArrayList<>())
          .add(objective);
    }
    for (int p = 0; p < perspectives.size(); p++) {
      Perspective perspective = perspectives.get(p);
      boolean lastP = p == perspectives.size() - 1;
      line(
          lastP ? "`-- " : "|-- ",
          "Perspective "
              + perspective.id()
              + quoted(perspective.name(), perspective.id())
              + " (weight "
              + number(perspective.weight())
              + perspective.aggregation().map(a -> ", " + a.name()).orElse("")
              + ")");
      String pIndent = lastP ? "    " : "|   ";
      List<Objective> objectives = byPerspective.getOrDefault(perspective.id(), List.of());
      for (int o = 0; o < objectives.size(); o++) {
        Objective objective = objectives.get(o);
        boolean lastO = o == objectives.size() - 1;
        line(
            pIndent + (lastO ? "`-- " : "|-- "),
            "Objective "
                + objective.id()
                + quoted(objective.name(), objective.id())
                + " (weight "
                + number(objective.weight())
                + objective.theme().map(t -> ", theme " + t).orElse("")
                + objective.aggregation().map(a -> ", " + a.name()).orElse("")
                + (objective.owner().isEmpty() ? "" : ", owner " + objective.owner())
                + ")");
        String oIndent = pIndent + (lastO ? "    " : "|   ");
        List<Indicator> indicators = objective.indicators();
        for (int i = 0; i < indicators.size(); i++) {
          boolean lastI = i == indicators.size() - 1;
          line(oIndent + (lastI ? "`-- " : "|-- "), indicator(indicators.get(i)));
        }
      }
    }
    if (!card.links().isEmpty()) {
      line("", "Cause-effect links");
      for (CauseEffectLink link : card.links()) {
        line(
            "  ",
            link.from()
                + (link.sign() == LinkSign.POSITIVE ? " -> " : " -(negative)-> ")
                + link.to()
                + (link.strength() == 1.0 ? "" : " (strength " + number(link.strength()) + ")"));
      }
    }
  }

  private static String indicator(Indicator i) {
    StringBuilder sb = new StringBuilder();
    sb.append(i.id()).append(quoted(i.name(), i.id()));
    sb.append(" [").append(lower(i.kind())).append(", ").append(polarity(i.polarity())).append(']');
    String unit = i.unit().symbol().isEmpty() ? "" : " " + i.unit().symbol();
    i.baseline().ifPresent(b -> sb.append(" baseline ").append(number(b)).append(unit));
    i.target().ifPresent(t -> sb.append(" target ").append(target(t)).append(unit));
    i.thresholds().ifPresent(t -> sb.append(thresholds(t)));
    i.formula().ifPresent(f -> sb.append(" = ").append(f));
    sb.append(" (weight ").append(number(i.weight()));
    sb.append(", ").append(i.scoring().name());
    if (i.cap() != 1.0) {
      sb.append(", cap ").append(number(i.cap()));
    }
    sb.append(", ").append(lower(i.rollUp()));
    return sb.append(')').toString();
  }

  private static String target(Target t) {
    if (t instanceof Target.Constant c) {
      return number(c.value());
    }
    StringBuilder sb = new StringBuilder("schedule {");
    List<ScheduledTarget> entries = ((Target.Schedule) t).entries();
    for (int i = 0; i < entries.size(); i++) {
      ScheduledTarget e = entries.get(i);
      sb.append(i == 0 ? "" : ", ").append(e.start()).append(": ").append(number(e.value()));
    }
    return sb.append('}').toString();
  }

  private static String thresholds(Thresholds t) {
    if (t instanceof Thresholds.Directional d) {
      return " good " + number(d.good()) + " bad " + number(d.bad());
    }
    Thresholds.Range r = (Thresholds.Range) t;
    return " good ["
        + number(r.goodLow())
        + ", "
        + number(r.goodHigh())
        + "] bad outside ["
        + number(r.badLow())
        + ", "
        + number(r.badHigh())
        + "]";
  }

  private static String polarity(Polarity p) {
    return Map.of(
            Polarity.HIGHER_IS_BETTER, "higher is better",
            Polarity.LOWER_IS_BETTER, "lower is better",
            Polarity.IN_RANGE, "in range")
        .get(p);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String quoted(String name, String id) {
    return name.equals(id) ? "" : " \"" + name + "\"";
  }
}
