package io.github.bsc4j.engine;

import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.internal.ExplainWords;
import io.github.bsc4j.internal.Words;
import io.github.bsc4j.model.UserText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders a result tree as text, one line per node (and one per action), in the words and number
 * format of an {@link ExplainFormat}. Every text that a user or an extension supplied (ids, names,
 * units, notes, actions, rule and method names) is escaped with {@link UserText#escape(String)},
 * so none can break a line or forge one; every other word comes from the bundle.
 */
final class Explanation {
  private static final ExplainWords DEFAULT_WORDS = new ExplainWords();

  private final StringBuilder out = new StringBuilder();
  private final Words words;
  private final int digits;
  private final DecimalFormatSymbols symbols;
  private final FiscalCalendar calendar = FiscalCalendar.CALENDAR;
  private final Locale monthLocale;
  private final ResourceBundle bundle;

  Explanation(ExplainFormat format) {
    this.words = Words.of(format.words().orElse(null), DEFAULT_WORDS);
    this.digits = format.scoreDigits();
    this.symbols = DecimalFormatSymbols.getInstance(format.locale());
    this.monthLocale = format.locale().equals(Locale.ROOT) ? Locale.ENGLISH : format.locale();
    this.bundle = format.words().orElse(null);
  }

  static String of(ScorecardResult result, ExplainFormat format) {
    Explanation e = new Explanation(format);
    NodeResult root = result.root();
    e.out
        .append(
            e.words.format("explain.line.scorecard",
                e.label(root),
                e.words.format("explain.period", e.period(result.period())),
                e.details(root)))
        .append('\n');
    e.children(root.children(), "");
    return e.out.toString();
  }

  private void children(List<NodeResult> nodes, String indent) {
    List<NodeResult> counted = new ArrayList<>();
    List<NodeResult> informational = new ArrayList<>();
    for (NodeResult n : nodes) {
      (n.weight() == 0 ? informational : counted).add(n);
    }
    for (int i = 0; i < counted.size(); i++) {
      boolean last = i == counted.size() - 1 && informational.isEmpty();
      NodeResult n = counted.get(i);
      out.append(indent).append(last ? "`-- " : "|-- ")
          .append(words.format("explain.line", label(n), details(n))).append('\n');
      String deeper = indent + (last ? "    " : "|   ");
      action(n, deeper);
      children(n.children(), deeper);
    }
    if (!informational.isEmpty()) {
      out.append(indent).append("`-- ").append(words.get("explain.informational")).append('\n');
      String group = indent + "    ";
      for (int i = 0; i < informational.size(); i++) {
        boolean last = i == informational.size() - 1;
        NodeResult n = informational.get(i);
        out.append(group).append(last ? "`-- " : "|-- ")
            .append(words.format("explain.line", label(n), details(n))).append('\n');
        String deeper = group + (last ? "    " : "|   ");
        action(n, deeper);
        children(n.children(), deeper);
      }
    }
  }

  private void action(NodeResult n, String indent) {
    n.action()
        .ifPresent(a -> out.append(indent).append(n.children().isEmpty() ? "    " : "|   ")
            .append(words.format("explain.action", UserText.escape(a))).append('\n'));
  }

  /** The node's kind, id and name: {@code Objective grow "Grow revenue"}. */
  private String label(NodeResult n) {
    String kind = words.get("explain.kind." + n.kind().name());
    String id = UserText.escape(n.id());
    return n.name().equals(n.id())
        ? words.format("explain.node", kind, id)
        : words.format("explain.node.named", kind, id, UserText.escape(n.name()));
  }

  private String details(NodeResult n) {
    List<String> parts = new ArrayList<>();
    n.indicator().ifPresent(d -> parts.add(inputs(d)));
    parts.add(n.score().isPresent()
        ? words.format("explain.score", fixed(n.score().getAsDouble()), status(n))
        : status(n));
    if (n.kind() != NodeKind.SCORECARD) {
      if (n.weight() == 0) {
        parts.add(words.format("explain.weight.informational", value(0)));
      } else {
        parts.add(words.format(
            "explain.weight", value(n.weight()), percent(n.normalisedWeight())));
        n.contribution()
            .ifPresent(c -> parts.add(words.format("explain.contributes", fixed(c))));
      }
    }
    if (n.kind() != NodeKind.INDICATOR) {
      parts.add(words.format("explain.coverage", percent(n.coverage())));
      parts.add(UserText.escape(n.method()));
    }
    n.trend().ifPresent(t -> parts.add(words.format("explain.trend",
        words.get("explain.trend." + t.direction().name()),
        signed(t.delta()),
        period(t.previousPeriod()))));
    String text = String.join(words.get("explain.separator"), parts);
    return n.note()
        .map(note -> text + words.format("explain.note", UserText.escape(note)))
        .orElse(text);
  }

  private String status(NodeResult n) {
    return words.get("explain.status." + n.status().name());
  }

  /** Actual, target and baseline with their unit, then the rule. */
  private String inputs(IndicatorDetail d) {
    List<String> values = new ArrayList<>();
    String actual = d.actual().isPresent()
        ? withUnit(d.actual().getAsDouble(), d.unit())
        : words.get("explain.value.missing");
    values.add(words.format("explain.actual", actual));
    d.target().ifPresent(t -> values.add(words.format("explain.target", withUnit(t, d.unit()))));
    d.baseline()
        .ifPresent(b -> values.add(words.format("explain.baseline", withUnit(b, d.unit()))));
    return words.format("explain.inputs",
        String.join(words.get("explain.separator"), values), UserText.escape(d.rule()));
  }

  private String withUnit(double v, String unit) {
    return unit.isEmpty()
        ? value(v)
        : words.format("explain.value.unit", value(v), UserText.escape(unit));
  }

  /**
   * A period's label, with the month names of the format's locale (English for the root locale)
   * and the patterns of its bundle ({@code period.*} keys, see {@link FiscalCalendar#label(Period,
   * Locale, ResourceBundle)}).
   */
  private String period(Period p) {
    return calendar.label(p, monthLocale, bundle);
  }

  /** A score, contribution or other number in [0, cap]: exactly {@code digits} decimals. */
  String fixed(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return format(round(v, digits), digits, false);
  }

  /** A change of score: {@code digits} decimals and a sign unless it rounds to zero. */
  String signed(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return format(round(v, digits), digits, true);
  }

  /**
   * An actual value, target, baseline or weight: at most {@code digits} decimals, trailing zeros
   * dropped, and for a value below 1 in magnitude at least {@code max(digits, 1)} significant
   * digits.
   */
  String value(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal exact = BigDecimal.valueOf(v);
    int decimals = digits;
    if (v != 0 && Math.abs(v) < 1) {
      decimals = Math.max(digits, exact.scale() - exact.precision() + Math.max(digits, 1));
    }
    BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
    BigDecimal stripped = rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    return format(stripped, Math.max(0, stripped.scale()), false, 0);
  }

  /**
   * A share as a percentage with at most one decimal; a share strictly between 0 and 1 never
   * reads as 0% or 100%.
   */
  String percent(double share) {
    if (!Double.isFinite(share)) {
      return words.format("explain.percent", Double.toString(share));
    }
    BigDecimal p = round(share * 100, 1);
    if (share < 1 && p.compareTo(BigDecimal.valueOf(100)) >= 0) {
      p = new BigDecimal("99.9");
    } else if (share > 0 && p.signum() <= 0) {
      p = new BigDecimal("0.1");
    }
    BigDecimal stripped = p.signum() == 0 ? BigDecimal.ZERO : p.stripTrailingZeros();
    return words.format(
        "explain.percent", format(stripped, Math.max(0, stripped.scale()), false, 0));
  }

  private static BigDecimal round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
  }

  private String format(BigDecimal v, int decimals, boolean sign) {
    return format(v, decimals, sign, decimals);
  }

  private String format(BigDecimal v, int maxDecimals, boolean sign, int minDecimals) {
    DecimalFormat f = new DecimalFormat("#,##0", symbols);
    f.setMaximumFractionDigits(maxDecimals);
    f.setMinimumFractionDigits(minDecimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    if (sign && v.signum() > 0) {
      f.setPositivePrefix("+");
    }
    return f.format(v.signum() == 0 ? BigDecimal.ZERO.setScale(v.scale()) : v);
  }
}
