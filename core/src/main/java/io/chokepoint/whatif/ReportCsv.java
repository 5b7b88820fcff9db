package io.chokepoint.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a what-if report's changed orders as CSV (RFC 4180, a header row, CRLF line ends): one row
 * per changed order and regime, with the answer before and after, the rules that started and
 * stopped firing and why, the missing facts of an open answer, and the order's value. Columns are
 * listed in docs/formats.md ("What-if report").
 */
public final class ReportCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "order",
          "date",
          "customer",
          "customer_name",
          "destination",
          "products",
          "value",
          "currency",
          "regime",
          "change",
          "before_outcome",
          "before_review",
          "after_outcome",
          "after_review",
          "review_by",
          "rules_started",
          "rules_stopped",
          "missing_facts",
          "warnings",
          "as_of_before",
          "as_of_after",
          "why");

  private ReportCsv() {}

  /** The CSV text, header first. */
  public static String write(WhatIfReport r) {
    StringBuilder sb = new StringBuilder();
    row(sb, COLUMNS);
    for (OrderResult o : r.exposure().changed()) {
      Amounts value = o.value();
      boolean oneCurrency = value.byCurrency().size() == 1;
      String products =
          o.lines().stream().map(OrderResult.Line::sku).distinct().collect(Collectors.joining(";"));
      for (RegimeChange c : o.changes()) {
        List<String> cells = new ArrayList<>();
        cells.add(o.order());
        cells.add(o.date().toString());
        cells.add(o.customer());
        cells.add(o.customerName());
        cells.add(o.destination());
        cells.add(products);
        cells.add(
            oneCurrency
                ? value.byCurrency().values().iterator().next().toPlainString()
                : value.toString());
        cells.add(oneCurrency ? value.byCurrency().keySet().iterator().next() : "");
        cells.add(c.regime());
        cells.add(c.kind().code());
        cells.add(c.before().outcome().name());
        cells.add(c.before().review());
        cells.add(c.after().outcome().name());
        cells.add(c.after().review());
        cells.add(String.join(";", c.after().reviewBy()));
        cells.add(ids(c.started()));
        cells.add(ids(c.stopped()));
        cells.add(String.join(";", c.after().missingFacts()));
        cells.add(String.join(" | ", c.after().warnings()));
        cells.add(o.asOfBefore().toString());
        cells.add(o.asOfAfter().toString());
        cells.add(why(c));
        row(sb, cells);
      }
    }
    return sb.toString();
  }

  private static String ids(List<RegimeChange.RuleShift> shifts) {
    return shifts.stream().map(RegimeChange.RuleShift::rule).collect(Collectors.joining(";"));
  }

  private static String why(RegimeChange c) {
    List<String> parts = new ArrayList<>();
    c.started().forEach(s -> parts.add(s.rule() + " now fires: " + s.why()));
    c.stopped().forEach(s -> parts.add(s.rule() + " no longer fires: " + s.whyNot()));
    if (parts.isEmpty() && !c.after().missingFacts().isEmpty()) {
      parts.add("open until these facts are known: " + String.join(", ", c.after().missingFacts()));
    }
    return String.join(" | ", parts);
  }

  private static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /** A cell, quoted when it holds a comma, quote or line break. */
  static String cell(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
