package io.github.bsc4j.engine;

import io.github.bsc4j.data.FiscalCalendar;
import io.github.bsc4j.data.Period;
import io.github.bsc4j.internal.ExplainWords;
import io.github.bsc4j.internal.Words;
import io.github.bsc4j.model.Problem;
import io.github.bsc4j.model.Unit;
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
    return new Explanation(format).render(result);
  }

  private String render(ScorecardResult result) {
    NodeResult root = result.root();
    List<String> compared = new ArrayList<>();
    for (ComparedPeriod c : result.comparisons()) {
      compared.add(period(result.calendar(), c.period(), c.label()));
    }
    String now = period(result.calendar(), result.period(), result.periodLabel());
    String when = compared.isEmpty()
        ? now
        : words.format("explain.period.compared", now, String.join(separator(), compared));
    out.append(words.format("explain.line.scorecard",
            label(root), UserText.escape(result.subjectId()), when, details(root, compared)))
        .append('\n');
    children(root.children(), "", compared);
    for (Problem w : result.warnings()) {
      out.append(words.format("explain.warning", UserText.escape(w.message()))).append('\n');
    }
    return out.toString();
  }

  private void children(List<NodeResult> nodes, String indent, List<String> compared) {
    List<NodeResult> counted = new ArrayList<>();
    List<NodeResult> informational = new ArrayList<>();
    for (NodeResult n : nodes) {
      (n.informational() ? informational : counted).add(n);
    }
    for (int i = 0; i < counted.size(); i++) {
      boolean last = i == counted.size() - 1 && informational.isEmpty();
      node(counted.get(i), indent, last, compared);
    }
    if (!informational.isEmpty()) {
      out.append(indent).append("`-- ").append(words.get("explain.informational")).append('\n');
      for (int i = 0; i < informational.size(); i++) {
        node(informational.get(i), indent + "    ", i == informational.size() - 1, compared);
      }
    }
  }

  private void node(NodeResult n, String indent, boolean last, List<String> compared) {
    out.append(indent).append(last ? "`-- " : "|-- ")
        .append(words.format("explain.line", label(n), details(n, compared))).append('\n');
    String deeper = indent + (last ? "    " : "|   ");
    n.action()
        .ifPresent(a -> out.append(deeper).append(n.children().isEmpty() ? "    " : "|   ")
            .append(words.format("explain.action", UserText.escape(a))).append('\n'));
    children(n.children(), deeper, compared);
  }

  /** The node's kind, id and name: {@code Objective grow "Grow revenue"}. */
  private String label(NodeResult n) {
    String kind = words.get("explain.kind." + n.kind().name());
    String id = UserText.escape(n.id());
    return n.name().equals(n.id())
        ? words.format("explain.node", kind, id)
        : words.format("explain.node.named", kind, id, UserText.escape(n.name()));
  }

  private String details(NodeResult n, List<String> compared) {
    List<String> parts = new ArrayList<>();
    n.indicator().ifPresent(d -> parts.add(inputs(d)));
    parts.add(n.score().isPresent()
        ? words.format("explain.score", fixed(n.score().getAsDouble()), status(n))
        : status(n));
    if (n.kind() != NodeKind.SCORECARD) {
      if (n.informational()) {
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
      parts.add(words.format("explain.completeness", percent(n.completeness())));
      parts.add(UserText.escape(n.method()));
    }
    for (int i = 0; i < n.trends().size() && i < compared.size(); i++) {
      Trend t = n.trends().get(i);
      // a trend without direction is said once, on the scorecard's line
      if (t.direction().isPresent() || n.kind() == NodeKind.SCORECARD) {
        parts.add(trend(n, t, compared.get(i)));
      }
    }
    String text = String.join(separator(), parts);
    return n.note()
        .map(note -> text + words.format("explain.note", UserText.escape(note)))
        .orElse(text);
  }

  /** The status with where it came from: {@code AT RISK (by thresholds)}. */
  private String status(NodeResult n) {
    String status = words.get("explain.status." + n.status().name());
    return n.statusSource() == StatusSource.NO_DATA
        ? status
        : words.format("explain.status.source", status,
            words.get("explain.source." + n.statusSource().name()));
  }

  /** One trend: direction, change of score, the period compared with, and what else to know. */
  private String trend(NodeResult n, Trend t, String then) {
    StringBuilder sb = new StringBuilder();
    if (t.direction().isEmpty()) {
      sb.append(words.format("explain.trend.none", then));
    } else {
      String direction = words.get("explain.trend." + t.direction().get().name());
      sb.append(t.scoreChange().isPresent()
          ? words.format("explain.trend", direction, signed(t.scoreChange().getAsDouble()), then)
          : words.format("explain.trend.direction", direction, then));
    }
    if (t.actualChange().isPresent()) {
      Unit unit = n.indicator().map(IndicatorDetail::unit).orElse(Unit.NONE);
      double change = t.actualChange().getAsDouble();
      String actual = unit.kind() == Unit.Kind.PERCENTAGE
          ? words.format("explain.value.points", signedValue(change))
          : withUnit(signedValue(change), unit);
      sb.append(t.relativeChange().isPresent()
          ? words.format("explain.trend.actualChange.relative", actual,
              signedPercent(t.relativeChange().getAsDouble()))
          : words.format("explain.trend.actualChange", actual));
    }
    if (t.direction().isPresent() && !t.comparable()) {
      List<String> differences = new ArrayList<>();
      for (Trend.Difference d : t.differences()) {
        differences.add(words.get("explain.difference." + d.name()));
      }
      sb.append(words.format("explain.trend.notComparable", String.join(separator(), differences)));
    }
    return sb.toString();
  }

  private String separator() {
    return words.get("explain.separator");
  }

  /** Actual, target and baseline with their unit, then the rule. */
  private String inputs(IndicatorDetail d) {
    List<String> values = new ArrayList<>();
    String actual = d.actual().isPresent()
        ? withUnit(value(d.actual().getAsDouble()), d.unit())
        : words.get("explain.value.missing");
    values.add(words.format("explain.actual", actual));
    d.target().ifPresent(
        t -> values.add(words.format("explain.target", withUnit(value(t), d.unit()))));
    d.baseline().ifPresent(
        b -> values.add(words.format("explain.baseline", withUnit(value(b), d.unit()))));
    return words.format(
        "explain.inputs", String.join(separator(), values), UserText.escape(d.rule()));
  }

  private String withUnit(String number, Unit unit) {
    return unit.symbol().isEmpty()
        ? number
        : words.format("explain.value.unit", number, UserText.escape(unit.symbol()));
  }

  /**
   * A period's label in the words of the format: the label the engine gave (in the scorecard's
   * calendar, in English) when the format changes neither words nor month names; otherwise the
   * label again from the scorecard's calendar, with the format's month names and {@code
   * period.*} patterns (see {@link FiscalCalendar#label(Period, Locale, ResourceBundle)}).
   */
  private String period(FiscalCalendar calendar, Period p, String english) {
    if (bundle == null && monthLocale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      return UserText.escape(english);
    }
    return UserText.escape(
        bundle == null ? calendar.label(p, monthLocale) : calendar.label(p, monthLocale, bundle));
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
    return value(v, false);
  }

  /** A change of an actual value: as {@link #value(double)}, with a sign unless it is zero. */
  String signedValue(double v) {
    return value(v, true);
  }

  private String value(double v, boolean sign) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal exact = BigDecimal.valueOf(v);
    int decimals = digits;
    if (v != 0 && Math.abs(v) < 1) {
      decimals = Math.max(digits, exact.scale() - exact.precision() + Math.max(digits, 1));
    }
    BigDecimal stripped = stripped(exact.setScale(decimals, RoundingMode.HALF_UP));
    return format(stripped, Math.max(0, stripped.scale()), sign, 0);
  }

  /** A relative change as a signed percentage with at most one decimal: {@code +25%}. */
  String signedPercent(double share) {
    if (!Double.isFinite(share)) {
      return words.format("explain.percent", Double.toString(share));
    }
    BigDecimal stripped = stripped(round(share * 100, 1));
    return words.format(
        "explain.percent", format(stripped, Math.max(0, stripped.scale()), true, 0));
  }

  private static BigDecimal stripped(BigDecimal d) {
    return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
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
    BigDecimal stripped = stripped(p);
    return words.format(
        "explain.percent", format(stripped, Math.max(0, stripped.scale()), false, 0));
  }

  private static BigDecimal round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
  }

  private String format(BigDecimal v, int decimals, boolean sign) {
    return format(v, decimals, sign, decimals);
  }

  /**
   * Writes a number already rounded (half up, by {@link BigDecimal}) to at most {@code
   * maxDecimals} decimals, so the format itself never rounds: it only groups, pads to {@code
   * minDecimals} and signs.
   */
  private String format(BigDecimal v, int maxDecimals, boolean sign, int minDecimals) {
    DecimalFormat f = new DecimalFormat("#,##0", symbols);
    f.setMaximumFractionDigits(maxDecimals);
    f.setMinimumFractionDigits(minDecimals);
    if (sign && v.signum() > 0) {
      f.setPositivePrefix("+");
    }
    return f.format(v.signum() == 0 ? BigDecimal.ZERO.setScale(v.scale()) : v);
  }
}
