package io.chokepoint.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A horizontal bar chart as inline SVG: one bar per group, the value at stake in a solid segment
 * and the value in doubt in a hatched one after it, largest first. Plain markup with no script,
 * font or link, so a report that holds it opens offline and prints as it shows.
 */
final class SvgBars {
  /** The most bars drawn; the rest are summed into one bar. */
  static final int MAX_BARS = 20;

  private static final int LABEL = 170;
  private static final int BAR = 420;
  private static final int ROW = 26;

  private SvgBars() {}

  /** The hatching of the in-doubt segments, defined once per page. */
  static String defs() {
    return "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>"
        + "<pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"doubt-bg\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"doubt-line\"/></pattern></defs></svg>";
  }

  /**
   * A chart of one currency's values.
   *
   * @param title what the chart shows, for its accessible name
   * @param groups the groups with their stakes
   * @param labels the long label of each group key, shown as the bar's tooltip (the key itself when
   *     absent); the bar is labelled with the key
   * @param currency the currency whose values are drawn
   * @return the SVG element, or a sentence when nothing is at stake
   */
  static String chart(
      String title, Map<String, Stake> groups, Map<String, String> labels, String currency) {
    List<Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Stake> g : groups.entrySet()) {
      BigDecimal stake = g.getValue().value().in(currency);
      BigDecimal doubt = g.getValue().doubtValue().in(currency);
      if (stake.signum() > 0 || doubt.signum() > 0) {
        bars.add(new Bar(g.getKey(), labels.getOrDefault(g.getKey(), g.getKey()), stake, doubt));
      }
    }
    if (bars.isEmpty()) {
      return "<p class=\"none\">Nothing at stake in " + ReportHtml.esc(currency) + ".</p>";
    }
    bars.sort(Comparator.comparing(Bar::total).reversed().thenComparing(Bar::label));
    if (bars.size() > MAX_BARS) {
      List<Bar> rest = bars.subList(MAX_BARS - 1, bars.size());
      Bar others =
          new Bar(
              rest.size() + " others",
              rest.size() + " others",
              rest.stream().map(Bar::stake).reduce(BigDecimal.ZERO, BigDecimal::add),
              rest.stream().map(Bar::doubt).reduce(BigDecimal.ZERO, BigDecimal::add));
      bars = new ArrayList<>(bars.subList(0, MAX_BARS - 1));
      bars.add(others);
    }
    BigDecimal max = bars.get(0).total();
    int height = bars.size() * ROW + 10;
    int width = LABEL + BAR + 150;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"bars\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(ReportHtml.esc(title + " (" + currency + ")"))
        .append("\">")
        .append("<title>")
        .append(ReportHtml.esc(title + " (" + currency + ")"))
        .append("</title>");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 5 + i * ROW;
      double ws = scale(b.stake(), max);
      double wd = scale(b.doubt(), max);
      sb.append("<g><title>")
          .append(ReportHtml.esc(b.title()))
          .append(": at stake ")
          .append(money(currency, b.stake()))
          .append(", in doubt ")
          .append(money(currency, b.doubt()))
          .append("</title>");
      sb.append("<text x=\"")
          .append(LABEL - 8)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" class=\"label\">")
          .append(ReportHtml.esc(shorten(b.label())))
          .append("</text>");
      sb.append(rect("stake", LABEL, y, ws));
      if (wd > 0) {
        sb.append(rect("doubt", LABEL + ws, y, wd));
      }
      sb.append("<text x=\"")
          .append(fmt(LABEL + ws + wd + 6))
          .append("\" y=\"")
          .append(y + 16)
          .append("\" class=\"value\">")
          .append(money(currency, b.total()))
          .append("</text></g>");
    }
    return sb.append("</svg>").toString();
  }

  /** A bar: its short label (the group's key), its long label (for the tooltip) and values. */
  private record Bar(String label, String title, BigDecimal stake, BigDecimal doubt) {
    BigDecimal total() {
      return stake.add(doubt);
    }
  }

  private static double scale(BigDecimal v, BigDecimal max) {
    return max.signum() == 0 ? 0 : v.doubleValue() / max.doubleValue() * BAR;
  }

  private static String rect(String cls, double x, int y, double w) {
    return "<rect class=\""
        + cls
        + "\" x=\""
        + fmt(x)
        + "\" y=\""
        + (y + 2)
        + "\" width=\""
        + fmt(Math.max(w, 1))
        + "\" height=\""
        + (ROW - 8)
        + "\"/>";
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  static String money(String currency, BigDecimal v) {
    return currency + " " + String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String shorten(String s) {
    return s.length() <= 24 ? s : s.substring(0, 23) + "…";
  }
}
