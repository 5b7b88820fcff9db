package io.chokepoint.whatif;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a what-if report as one self-contained HTML page: inline CSS and inline SVG charts (value
 * at stake by product and by destination country), no script, no web font, no link to anything
 * outside the page, so it opens offline and can be mailed or archived as it is. The markup is
 * well-formed XML (every element closed, every attribute quoted), so tools can read it too.
 */
public final class ReportHtml {
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
        margin:0 auto;max-width:1180px;padding:24px;color:#1d2430;background:#fff;line-height:1.45}
      h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.2em;margin:28px 0 8px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
      .sub{color:#5a6475;margin:0 0 16px}.desc{max-width:60em}
      .sides{display:flex;gap:16px;flex-wrap:wrap}.side{flex:1 1 420px;border:1px solid #d8dde6;border-radius:6px;padding:10px 14px}
      .side h3{margin:0 0 6px;font-size:1em}.side p{margin:2px 0}.hash{font-family:monospace;font-size:.85em;word-break:break-all}
      .tiles{display:flex;gap:12px;flex-wrap:wrap;margin-top:16px}.tile{border:1px solid #d8dde6;border-radius:6px;padding:8px 14px;min-width:150px}
      .tile .n{font-size:1.5em;font-weight:600}.tile .l{color:#5a6475;font-size:.9em}
      .tile.stake .n{color:#b3261e}.tile.doubt .n{color:#8a5a00}
      table{border-collapse:collapse;width:100%;font-size:.92em;margin:6px 0 12px}
      th,td{border-bottom:1px solid #e3e7ee;padding:5px 8px;text-align:left;vertical-align:top}
      th{background:#f4f6f9;font-weight:600}td.num,th.num{text-align:right;white-space:nowrap}
      .badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:.85em;white-space:nowrap}
      .newly-required,.newly-prohibited{background:#fde7e5;color:#8c1d17}.newly-indeterminate{background:#fff2d6;color:#6b4600}
      .relaxed{background:#e4f4e8;color:#1e5c2f}.review-changed,.rules-changed{background:#e8eefc;color:#1f3f8a}
      .why{margin:0;padding-left:18px}.why li{margin:2px 0}.missing{color:#6b4600}.warn{color:#5a6475;font-size:.9em}
      svg.bars{width:100%;max-width:820px;height:auto;display:block}svg.defs{position:absolute}
      svg .label{text-anchor:end;font-size:12px;fill:#1d2430}svg .value{font-size:12px;fill:#1d2430}
      rect.stake{fill:#c8453b}rect.doubt{fill:url(#hatch)}.doubt-bg{fill:#f2c46d}.doubt-line{stroke:#a26d00;stroke-width:2}
      .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
      .legend .s{background:#c8453b}.legend .d{background:#f2c46d}.none{color:#5a6475}
      .yes{color:#8c1d17;font-weight:600}.no{color:#1e5c2f}td.order{white-space:nowrap}
      @media print{body{padding:0}.side,.tile{break-inside:avoid}}
      """;

  private ReportHtml() {}

  /** The page. */
  public static String write(WhatIfReport r) {
    Exposure e = r.exposure();
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>What-if: ")
        .append(esc(r.scenario().title()))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>")
        .append(SvgBars.defs());
    header(sb, r);
    tiles(sb, r);
    Set<String> currencies = new TreeSet<>(e.total().value().byCurrency().keySet());
    currencies.addAll(e.total().doubtValue().byCurrency().keySet());
    chartSection(sb, "Value at stake by product", e.byProduct(), labels(e), currencies);
    chartSection(sb, "Value at stake by destination country", e.byCountry(), Map.of(), currencies);
    sb.append("<h2>Orders that newly need a licence</h2>");
    groupTable(sb, "Regime", e.byRegime(), Map.of());
    groupTable(sb, "Regime and review policy", e.byReview(), Map.of());
    groupTable(sb, "Customer", e.byCustomer(), Map.of());
    groupTable(sb, "Product", e.byProduct(), labels(e));
    groupTable(sb, "Destination", e.byCountry(), Map.of());
    licences(sb, r);
    products(sb, r);
    orders(sb, r);
    sb.append("<h2>How to read this report</h2><ul>");
    r.notes().forEach(n -> sb.append("<li>").append(esc(n)).append("</li>"));
    return sb.append("</ul></body></html>\n").toString();
  }

  private static Map<String, String> labels(Exposure e) {
    Map<String, String> m = new java.util.TreeMap<>();
    e.productNames().forEach((sku, d) -> m.put(sku, sku + " " + d));
    return m;
  }

  private static void header(StringBuilder sb, WhatIfReport r) {
    Scenario s = r.scenario();
    sb.append("<h1>What-if: ").append(esc(s.title())).append("</h1><p class=\"sub\">Scenario ");
    sb.append(esc(s.id())).append(" (").append(esc(s.file())).append("), over the orders of ");
    sb.append(esc(r.ordersFile())).append(" and the catalogue ").append(esc(r.catalogueFile()));
    sb.append(".</p>");
    if (s.description() != null) {
      sb.append("<p class=\"desc\">").append(esc(s.description())).append("</p>");
    }
    sb.append("<div class=\"sides\">");
    side(sb, "Baseline", r.baseline());
    side(sb, "Scenario", r.changed());
    sb.append("</div>");
  }

  private static void side(StringBuilder sb, String name, WhatIfReport.Side s) {
    sb.append("<div class=\"side\"><h3>").append(name).append(": ").append(esc(s.label()));
    sb.append("</h3><p>Evaluated on ").append(esc(s.asOfText())).append(".</p><p>Rule book ");
    sb.append(s.shippedRuleBook() ? "as shipped (golden cases passed)" : "variant of the shipped");
    sb.append(": <span class=\"hash\">").append(esc(s.rulebook())).append("</span></p>");
    if (s.changes().isEmpty()) {
      sb.append("<p>No change to the shipped law or catalogue.</p>");
    } else {
      sb.append("<ul>");
      s.changes().forEach(c -> sb.append("<li>").append(esc(c)).append("</li>"));
      sb.append("</ul>");
    }
    sb.append("</div>");
  }

  private static void tiles(StringBuilder sb, WhatIfReport r) {
    Exposure e = r.exposure();
    sb.append("<div class=\"tiles\">");
    tile(sb, "", Integer.toString(e.orders()), "orders run (" + e.totalValue() + ")");
    tile(sb, "", Integer.toString(e.changedOrders()), "orders whose answer changes");
    tile(sb, "stake", Integer.toString(e.total().orders()), "at stake: " + e.total().value());
    tile(
        sb,
        "doubt",
        Integer.toString(e.total().doubtOrders()),
        "in doubt: " + e.total().doubtValue());
    long exhausted = r.licences().stream().filter(LicenceExposure::newlyExhausted).count();
    tile(sb, exhausted > 0 ? "stake" : "", Long.toString(exhausted), "licences newly exhausted");
    tile(sb, "", Integer.toString(r.products().size()), "products crossing a threshold");
    sb.append("</div>");
  }

  private static void tile(StringBuilder sb, String cls, String n, String label) {
    sb.append("<div class=\"tile ").append(cls).append("\"><div class=\"n\">").append(esc(n));
    sb.append("</div><div class=\"l\">").append(esc(label)).append("</div></div>");
  }

  private static void chartSection(
      StringBuilder sb,
      String title,
      Map<String, Stake> groups,
      Map<String, String> labels,
      Set<String> currencies) {
    sb.append("<h2>").append(esc(title)).append("</h2>");
    if (currencies.isEmpty()) {
      sb.append("<p class=\"none\">Nothing is at stake or in doubt.</p>");
      return;
    }
    sb.append("<p class=\"legend\"><span class=\"s\"></span>newly needs a licence or prohibited");
    sb.append("<span class=\"d\"></span>in doubt (INDETERMINATE)</p>");
    for (String c : currencies) {
      sb.append(SvgBars.chart(title, groups, labels, c));
    }
  }

  private static void groupTable(
      StringBuilder sb, String what, Map<String, Stake> groups, Map<String, String> labels) {
    sb.append("<table><thead><tr><th>").append(esc(what)).append("</th>");
    sb.append("<th class=\"num\">orders at stake</th><th class=\"num\">value at stake</th>");
    sb.append("<th class=\"num\">orders in doubt</th><th class=\"num\">value in doubt</th>");
    sb.append("</tr></thead><tbody>");
    if (groups.isEmpty()) {
      sb.append("<tr><td colspan=\"5\" class=\"none\">none</td></tr>");
    }
    groups.forEach(
        (k, s) ->
            sb.append("<tr><td>")
                .append(esc(labels.getOrDefault(k, k)))
                .append("</td><td class=\"num\">")
                .append(s.orders())
                .append("</td><td class=\"num\">")
                .append(esc(s.value().toString()))
                .append("</td><td class=\"num\">")
                .append(s.doubtOrders())
                .append("</td><td class=\"num\">")
                .append(esc(s.doubtValue().toString()))
                .append("</td></tr>"));
    sb.append("</tbody></table>");
  }

  private static void licences(StringBuilder sb, WhatIfReport r) {
    sb.append("<h2>Licences</h2>");
    if (r.licences().isEmpty()) {
      sb.append("<p class=\"none\">No licences were given (--licences).</p>");
      return;
    }
    sb.append("<table><thead><tr><th>Licence</th><th>Regime</th><th class=\"num\">limit</th>");
    sb.append("<th class=\"num\">drawn</th><th class=\"num\">baseline asks</th>");
    sb.append("<th class=\"num\">scenario asks</th><th>exhausted</th><th>new orders</th>");
    sb.append("</tr></thead><tbody>");
    for (LicenceExposure l : r.licences()) {
      Exposure.Demand d = l.demand();
      sb.append("<tr><td>").append(esc(l.licence())).append(" (").append(esc(l.kind()));
      sb.append(", ").append(esc(l.holder())).append(")</td><td>");
      sb.append(esc(l.regime() == null ? "internal" : l.regime())).append("</td>");
      sb.append("<td class=\"num\">").append(esc(limit(l))).append("</td>");
      sb.append("<td class=\"num\">").append(plain(l.drawnQuantity())).append(" units</td>");
      sb.append("<td class=\"num\">").append(plain(d.baselineQuantity())).append(" units, ");
      sb.append(esc(d.baselineValue().toString())).append("</td><td class=\"num\">");
      sb.append(plain(d.scenarioQuantity())).append(" units, ");
      sb.append(esc(d.scenarioValue().toString())).append("</td><td>");
      sb.append(
          l.newlyExhausted()
              ? "<span class=\"yes\">newly exhausted</span>"
              : l.exhaustedAfter()
                  ? "<span class=\"yes\">exhausted in both</span>"
                  : "<span class=\"no\">no</span>");
      sb.append("</td><td>").append(esc(String.join(", ", l.newOrders()))).append("</td></tr>");
    }
    sb.append("</tbody></table>");
  }

  private static String limit(LicenceExposure l) {
    String q = l.quantityLimit() == null ? "" : plain(l.quantityLimit()) + " units";
    String v =
        l.valueLimit() == null
            ? ""
            : SvgBars.money(l.valueLimit().currency(), l.valueLimit().amount());
    return q.isEmpty() && v.isEmpty() ? "none" : q + (q.isEmpty() || v.isEmpty() ? "" : ", ") + v;
  }

  private static void products(StringBuilder sb, WhatIfReport r) {
    sb.append("<h2>Products whose content share crosses a threshold</h2>");
    if (r.products().isEmpty()) {
      sb.append("<p class=\"none\">No product's share crosses a threshold.</p>");
      return;
    }
    sb.append("<table><thead><tr><th>Product</th><th>Share</th><th class=\"num\">baseline</th>");
    sb.append("<th class=\"num\">scenario</th><th>threshold</th><th>reached</th></tr></thead>");
    sb.append("<tbody>");
    for (ShareCrossing c : r.products()) {
      sb.append("<tr><td>").append(esc(c.sku() + " " + c.description())).append("</td><td>");
      sb.append(esc(c.regime() + " " + c.share())).append("</td><td class=\"num\">");
      sb.append(range(c.before(), c.beforeMax())).append("</td><td class=\"num\">");
      sb.append(range(c.after(), c.afterMax())).append("</td><td>");
      sb.append(esc(c.parameter() + " " + percent(c.thresholdAfter()))).append("</td><td>");
      sb.append(reached(c.reachedBefore())).append(" → ").append(reached(c.reachedAfter()));
      sb.append("</td></tr>");
    }
    sb.append("</tbody></table>");
  }

  private static void orders(StringBuilder sb, WhatIfReport r) {
    sb.append("<h2>Changed orders</h2>");
    List<OrderResult> changed = r.exposure().changed();
    if (changed.isEmpty()) {
      sb.append("<p class=\"none\">No order's answer changes.</p>");
      return;
    }
    sb.append("<table><thead><tr><th>Order</th><th>Customer</th><th class=\"num\">value</th>");
    sb.append("<th>Regime</th><th>Change</th><th>Before → after</th><th>Why</th></tr></thead>");
    sb.append("<tbody>");
    for (OrderResult o : changed) {
      Amounts value = o.value();
      for (RegimeChange c : o.changes()) {
        sb.append("<tr><td class=\"order\"><b>").append(esc(o.order())).append("</b><br/>");
        sb.append("<span class=\"warn\">").append(o.date()).append(" → ");
        sb.append(esc(o.destination())).append("</span></td><td>");
        sb.append(esc(o.customerName() == null ? o.customer() : o.customerName()));
        sb.append("</td><td class=\"num\">").append(esc(value.toString())).append("</td><td>");
        sb.append(esc(c.regime())).append("</td><td><span class=\"badge ").append(c.kind().code());
        sb.append("\">").append(c.kind().code()).append("</span></td><td>");
        sb.append(esc(c.before().label())).append(" →<br/>").append(esc(c.after().label()));
        sb.append("</td><td><ul class=\"why\">");
        c.started()
            .forEach(
                s ->
                    sb.append("<li><b>")
                        .append(esc(s.rule()))
                        .append("</b> now fires (")
                        .append(esc(s.citation()))
                        .append("): ")
                        .append(esc(s.why()))
                        .append("</li>"));
        c.stopped()
            .forEach(
                s ->
                    sb.append("<li><b>")
                        .append(esc(s.rule()))
                        .append("</b> no longer fires: ")
                        .append(esc(s.whyNot()))
                        .append("</li>"));
        if (!c.after().missingFacts().isEmpty()) {
          sb.append("<li class=\"missing\">open until known: ");
          sb.append(esc(String.join(", ", c.after().missingFacts()))).append("</li>");
        }
        c.after()
            .warnings()
            .forEach(w -> sb.append("<li class=\"warn\">").append(esc(w)).append("</li>"));
        sb.append("</ul></td></tr>");
      }
    }
    sb.append("</tbody></table>");
  }

  private static String reached(Boolean b) {
    return b == null ? "open" : b ? "yes" : "no";
  }

  private static String range(double min, double max) {
    return max > min ? percent(min) + " to " + percent(max) : percent(min);
  }

  /** A share as a percentage, e.g. {@code 0.2%}. */
  static String percent(Double share) {
    if (share == null) {
      return "none";
    }
    return new BigDecimal(share * 100)
            .setScale(4, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  /** A decimal without trailing zeros or exponent, e.g. {@code 10}. */
  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** Text escaped for HTML and XML: {@code & < > "} and the apostrophe. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
