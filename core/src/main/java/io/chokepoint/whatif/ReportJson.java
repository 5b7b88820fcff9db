package io.chokepoint.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a what-if report as the JSON summary of docs/formats.md ("What-if report"): the scenario
 * and its two sides, the summary figures, what is at stake by regime, review, customer, product and
 * country, the licences, the products whose shares cross a threshold, and every changed order with
 * its answers before and after.
 */
public final class ReportJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private ReportJson() {}

  /** The report as one line of JSON. */
  public static String line(WhatIfReport r) {
    return write(r, false);
  }

  /** The report as indented JSON, for a file a person may open. */
  public static String pretty(WhatIfReport r) {
    return write(r, true);
  }

  private static String write(WhatIfReport r, boolean pretty) {
    try {
      return pretty
          ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toMap(r))
          : JSON.writeValueAsString(toMap(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a what-if report as JSON", e);
    }
  }

  /** The report as ordered maps and lists, ready for any JSON writer. */
  public static Map<String, Object> toMap(WhatIfReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Scenario s = r.scenario();
    m.put("scenario", s.id());
    m.put("title", s.title());
    m.put("description", s.description());
    m.put("file", s.file());
    m.put("orders", r.ordersFile());
    m.put("catalogue", r.catalogueFile());
    m.put("asOf", r.day() == null ? null : r.day().toString());
    m.put("baseline", side(r.baseline()));
    m.put("whatIf", side(r.changed()));
    Exposure e = r.exposure();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("ordersRun", e.orders());
    summary.put("totalValue", amounts(e.totalValue()));
    summary.put("changedOrders", e.changedOrders());
    Map<String, Object> kinds = new LinkedHashMap<>();
    e.changes().forEach((k, v) -> kinds.put(k.code(), v));
    summary.put("changes", kinds);
    summary.put("atStake", stake(e.total(), false));
    summary.put("inDoubt", stake(e.total(), true));
    summary.put(
        "licencesNewlyExhausted",
        r.licences().stream().filter(LicenceExposure::newlyExhausted).count());
    summary.put("productsCrossing", r.products().size());
    m.put("summary", summary);
    m.put("byRegime", groups(e.byRegime(), "regime", null));
    List<Object> reviews = new ArrayList<>();
    e.byReview()
        .forEach(
            (k, v) -> {
              Map<String, Object> g = new LinkedHashMap<>();
              g.put("regime", k.substring(0, k.indexOf(' ')));
              g.put("review", k.substring(k.indexOf(' ') + 1));
              g.put("orders", v.orders());
              g.put("value", amounts(v.value()));
              reviews.add(g);
            });
    m.put("byReview", reviews);
    m.put("byCustomer", groups(e.byCustomer(), "customer", null));
    m.put("byProduct", groups(e.byProduct(), "sku", e.productNames()));
    m.put("byCountry", groups(e.byCountry(), "country", null));
    m.put("licences", r.licences().stream().map(ReportJson::licence).toList());
    m.put("products", r.products().stream().map(ReportJson::crossing).toList());
    m.put("changedOrders", e.changed().stream().map(ReportJson::order).toList());
    m.put("notes", r.notes());
    return m;
  }

  private static Map<String, Object> side(WhatIfReport.Side s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", s.label());
    m.put("asOf", s.asOf() == null ? "order date" : s.asOf().toString());
    m.put("rulebook", s.rulebook());
    m.put("shippedRuleBook", s.shippedRuleBook());
    m.put("changes", s.changes());
    return m;
  }

  /** An amount per currency: {@code {"USD": 12000.00}}. */
  static Map<String, BigDecimal> amounts(Amounts a) {
    return new LinkedHashMap<>(a.byCurrency());
  }

  private static Map<String, Object> stake(Stake s, boolean doubt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("orders", doubt ? s.doubtOrders() : s.orders());
    m.put("value", amounts(doubt ? s.doubtValue() : s.value()));
    return m;
  }

  private static List<Object> groups(
      Map<String, Stake> groups, String key, Map<String, String> names) {
    List<Object> out = new ArrayList<>();
    groups.forEach(
        (k, v) -> {
          Map<String, Object> g = new LinkedHashMap<>();
          g.put(key, k);
          if (names != null) {
            g.put("description", names.get(k));
          }
          g.put("orders", v.orders());
          g.put("value", amounts(v.value()));
          g.put("doubtOrders", v.doubtOrders());
          g.put("doubtValue", amounts(v.doubtValue()));
          out.add(g);
        });
    return out;
  }

  private static Map<String, Object> licence(LicenceExposure l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("licence", l.licence());
    m.put("kind", l.kind());
    m.put("holder", l.holder());
    m.put("regime", l.regime());
    m.put("quantityLimit", l.quantityLimit());
    Money v = l.valueLimit();
    Map<String, Object> limit = new LinkedHashMap<>();
    if (v != null) {
      limit.put("amount", v.amount());
      limit.put("currency", v.currency());
    }
    m.put("valueLimit", v == null ? null : limit);
    m.put("drawnQuantity", l.drawnQuantity());
    m.put("drawnValue", l.drawnValue());
    Exposure.Demand d = l.demand();
    // ordered maps: Map.of's order changes from one JVM to the next, and the file must not
    m.put("baseline", demand(d.baselineQuantity(), amounts(d.baselineValue())));
    m.put("whatIf", demand(d.scenarioQuantity(), amounts(d.scenarioValue())));
    m.put("exhaustedBefore", l.exhaustedBefore());
    m.put("exhaustedAfter", l.exhaustedAfter());
    m.put("newlyExhausted", l.newlyExhausted());
    m.put("newOrders", List.copyOf(l.newOrders()));
    return m;
  }

  private static Map<String, Object> crossing(ShareCrossing c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sku", c.sku());
    m.put("description", c.description());
    m.put("regime", c.regime());
    m.put("share", c.share());
    m.put("threshold", c.parameter());
    m.put("thresholdBefore", c.thresholdBefore());
    m.put("thresholdAfter", c.thresholdAfter());
    m.put("before", round(c.before()));
    m.put("beforeMax", round(c.beforeMax()));
    m.put("after", round(c.after()));
    m.put("afterMax", round(c.afterMax()));
    m.put("reachedBefore", c.reachedBefore());
    m.put("reachedAfter", c.reachedAfter());
    return m;
  }

  private static Map<String, Object> order(OrderResult o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("order", o.order());
    m.put("date", o.date().toString());
    m.put("customer", o.customer());
    m.put("customerName", o.customerName());
    m.put("destination", o.destination());
    List<Object> lines = new ArrayList<>();
    for (OrderResult.Line l : o.lines()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("line", l.line());
      lm.put("sku", l.sku());
      lm.put("quantity", l.quantity());
      lm.put("value", l.value());
      lm.put("currency", l.currency());
      lines.add(lm);
    }
    m.put("value", amounts(o.value()));
    m.put("lines", lines);
    m.put("asOfBefore", o.asOfBefore().toString());
    m.put("asOfAfter", o.asOfAfter().toString());
    m.put("before", o.before().name());
    m.put("after", o.after().name());
    m.put("changes", o.changes().stream().map(ReportJson::change).toList());
    m.put("diff", o.diff());
    return m;
  }

  private static Map<String, Object> demand(Object quantity, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quantity", quantity);
    m.put("value", value);
    return m;
  }

  private static Map<String, Object> change(RegimeChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regime", c.regime());
    m.put("change", c.kind().code());
    m.put("before", answer(c.before()));
    m.put("after", answer(c.after()));
    m.put("rulesStarted", c.started().stream().map(ReportJson::shift).toList());
    m.put("rulesStopped", c.stopped().stream().map(ReportJson::shift).toList());
    return m;
  }

  private static Map<String, Object> answer(RegimeChange.Answer a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", a.outcome().name());
    m.put("review", a.review());
    m.put("reviewBy", a.reviewBy());
    m.put("missingFacts", a.missingFacts());
    m.put("warnings", a.warnings());
    m.put("exceptions", a.exceptions());
    return m;
  }

  private static Map<String, Object> shift(RegimeChange.RuleShift s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.rule());
    m.put("title", s.title());
    m.put("citation", s.citation());
    m.put("why", s.why());
    m.put("otherSide", s.whyNot());
    return m;
  }

  private static double round(double d) {
    return Math.round(d * 1_000_000.0) / 1_000_000.0;
  }
}
