package io.chokepoint.whatif;

import java.util.stream.Collectors;

/** Writes a what-if report as text for a person reading a terminal. */
public final class ReportText {
  private ReportText() {}

  /** The report as lines of text. */
  public static String write(WhatIfReport r) {
    StringBuilder sb = new StringBuilder();
    Exposure e = r.exposure();
    sb.append("What-if ")
        .append(r.scenario().id())
        .append(": ")
        .append(r.scenario().title())
        .append('\n');
    side(sb, "baseline", r.baseline());
    side(sb, "scenario", r.changed());
    sb.append(orders(e.orders()))
        .append(" run (")
        .append(e.totalValue())
        .append("); ")
        .append(e.changedOrders())
        .append(" change");
    if (!e.changes().isEmpty()) {
      sb.append(": ")
          .append(
              e.changes().entrySet().stream()
                  .map(k -> k.getValue() + " " + k.getKey().code())
                  .collect(Collectors.joining(", ")));
    }
    sb.append('\n');
    sb.append("At stake: ")
        .append(orders(e.total().orders()))
        .append(", ")
        .append(e.total().value())
        .append("; in doubt: ")
        .append(orders(e.total().doubtOrders()))
        .append(", ")
        .append(e.total().doubtValue())
        .append('\n');
    e.byReview().forEach((k, s) -> stake(sb, k, s));
    if (!e.changed().isEmpty()) {
      sb.append("Changed orders:\n");
    }
    for (OrderResult o : e.changed()) {
      Amounts value = o.value();
      sb.append("  ")
          .append(o.order())
          .append(" ships ")
          .append(o.date())
          .append(" to ")
          .append(o.customerName() == null ? o.customer() : o.customerName())
          .append(" (")
          .append(o.destination())
          .append("), ")
          .append(value)
          .append('\n');
      for (RegimeChange c : o.changes()) {
        sb.append("    ")
            .append(c.regime())
            .append(' ')
            .append(c.kind().code())
            .append(": ")
            .append(c.before().label())
            .append(" → ")
            .append(c.after().label())
            .append('\n');
        for (RegimeChange.RuleShift s : c.started()) {
          sb.append("      + ").append(s.rule()).append(": ").append(s.why()).append('\n');
        }
        for (RegimeChange.RuleShift s : c.stopped()) {
          sb.append("      - ").append(s.rule()).append(": ").append(s.whyNot()).append('\n');
        }
        if (!c.after().missingFacts().isEmpty()) {
          sb.append("      open until known: ")
              .append(String.join(", ", c.after().missingFacts()))
              .append('\n');
        }
      }
    }
    if (!r.licences().isEmpty()) {
      sb.append("Licences:\n");
    }
    for (LicenceExposure l : r.licences()) {
      Exposure.Demand d = l.demand();
      sb.append("  ")
          .append(l.licence())
          .append(": limit ")
          .append(l.quantityLimit() == null ? "none" : ReportHtml.plain(l.quantityLimit()))
          .append(" units, drawn ")
          .append(ReportHtml.plain(l.drawnQuantity()))
          .append("; baseline asks ")
          .append(ReportHtml.plain(d.baselineQuantity()))
          .append(", scenario asks ")
          .append(ReportHtml.plain(d.scenarioQuantity()))
          .append(": ")
          .append(
              l.newlyExhausted()
                  ? "newly exhausted"
                  : l.exhaustedAfter() ? "exhausted in both" : "not exhausted")
          .append(d.newOrders().isEmpty() ? "" : " (new: " + String.join(", ", d.newOrders()) + ")")
          .append('\n');
    }
    if (!r.products().isEmpty()) {
      sb.append("Products whose content share crosses a threshold:\n");
    }
    for (ShareCrossing c : r.products()) {
      sb.append("  ")
          .append(c.sku())
          .append(' ')
          .append(c.description())
          .append(": ")
          .append(c.regime())
          .append(' ')
          .append(c.share())
          .append(' ')
          .append(ReportHtml.percent(c.before()))
          .append(" → ")
          .append(ReportHtml.percent(c.after()))
          .append(c.afterMax() > c.after() ? " to " + ReportHtml.percent(c.afterMax()) : "")
          .append(" (")
          .append(c.parameter())
          .append(' ')
          .append(ReportHtml.percent(c.thresholdAfter()))
          .append("): reached ")
          .append(word(c.reachedBefore()))
          .append(" → ")
          .append(word(c.reachedAfter()))
          .append('\n');
    }
    return sb.toString();
  }

  private static void side(StringBuilder sb, String name, WhatIfReport.Side s) {
    sb.append("  ")
        .append(name)
        .append(": ")
        .append(s.label())
        .append(", evaluated on ")
        .append(s.asOfText())
        .append("; rule book ")
        .append(s.rulebook())
        .append(s.shippedRuleBook() ? " (shipped)" : " (variant)")
        .append('\n');
  }

  private static void stake(StringBuilder sb, String key, Stake s) {
    sb.append("  ")
        .append(key)
        .append(": ")
        .append(orders(s.orders()))
        .append(", ")
        .append(s.value())
        .append('\n');
  }

  private static String orders(int n) {
    return n + (n == 1 ? " order" : " orders");
  }

  private static String word(Boolean b) {
    return b == null ? "open" : b ? "yes" : "no";
  }
}
