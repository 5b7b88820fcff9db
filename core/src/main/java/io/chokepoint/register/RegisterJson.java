package io.chokepoint.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.content.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes register movements and reports as JSON, in the shapes docs/formats.md gives: one object
 * per line, keys in a fixed order, amounts as plain decimal numbers.
 */
public final class RegisterJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RegisterJson() {}

  /** A movement as one line. */
  public static String line(RecordedMovement r) {
    return write(movement(r));
  }

  /** A report as one line. */
  public static String line(RegisterReport report) {
    return write(report(report));
  }

  /** A movement as ordered maps and lists. */
  public static Map<String, Object> movement(RecordedMovement r) {
    Movement m = r.movement();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("seq", r.seq());
    out.put("holding", m.holding());
    out.put("kind", m.kind());
    out.put("date", m.date().toString());
    out.put("quantity", m.quantity());
    out.put("serials", m.serials());
    out.put("from", site(m.from()));
    out.put("to", site(m.to()));
    if (m instanceof Movement.Received rc) {
      out.put("shippedFrom", rc.fromCountry());
      out.put("supplier", rc.supplier());
    }
    if (m instanceof Movement.Transferred t) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", t.counterparty().name());
      c.put("country", t.counterparty().country());
      c.put("headquarters", t.counterparty().headquarters());
      out.put("counterparty", c);
      out.put("endUse", t.endUse());
    }
    out.put("licence", m.licence());
    out.put("transaction", m.transaction());
    out.put("reason", m.reason());
    out.put("flagged", r.check().flagged());
    out.put("check", check(r.check()));
    out.put("recordedBy", r.recordedBy());
    out.put("recordedAt", r.recordedAt());
    return out;
  }

  private static Map<String, Object> check(LicenceCheck c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", c.status().name());
    out.put("outcome", c.outcome() == null ? null : c.outcome().name());
    List<Object> regimes = new ArrayList<>();
    c.regimes()
        .forEach(
            r -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("regime", r.regime());
              m.put("outcome", r.outcome().name());
              m.put("review", r.review());
              regimes.add(m);
            });
    out.put("regimes", regimes);
    List<Object> rules = new ArrayList<>();
    c.rules()
        .forEach(
            f -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("regime", f.regime());
              m.put("id", f.id());
              m.put("citation", f.citation());
              m.put("decision", f.decision());
              m.put("review", f.review());
              rules.add(m);
            });
    out.put("rules", rules);
    out.put("missingFacts", c.missingFacts());
    out.put("coveredBy", c.coveredBy());
    out.put("note", c.note());
    out.put("rulebook", c.rulebook());
    out.put("transaction", c.input());
    return out;
  }

  /** A report as ordered maps and lists. */
  public static Map<String, Object> report(RegisterReport r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("asOf", r.asOf().toString());
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("site", r.filter().site());
    filter.put("eccn", r.filter().eccn());
    out.put("filter", filter);
    out.put("total", total(r.total()));
    out.put("byClassification", totals(r.byClassification()));
    out.put("bySite", totals(r.bySite()));
    out.put("byEndUse", totals(r.byEndUse()));
    List<Object> positions = new ArrayList<>();
    for (RegisterReport.Position p : r.positions()) {
      Holding h = p.holding();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("holding", h.id());
      m.put("item", h.item().label());
      m.put("chip", h.item().chip());
      m.put("classification", p.eccn());
      m.put("statedClassification", h.item().classification());
      m.put("site", site(p.site()));
      m.put("quantity", p.quantity());
      m.put("serials", p.serials());
      m.put("lot", h.lot());
      m.put("unitValue", money(h.unitValue()));
      m.put("value", money(p.value()));
      m.put("custodian", h.custodian().name());
      m.put("endUse", h.endUse());
      m.put("licence", h.licence());
      m.put("transaction", h.transaction());
      positions.add(m);
    }
    out.put("positions", positions);
    out.put("flaggedMovements", r.flagged().stream().map(RegisterJson::movement).toList());
    return out;
  }

  private static List<Object> totals(List<RegisterReport.Total> ts) {
    return new ArrayList<>(ts.stream().map(RegisterJson::total).toList());
  }

  private static Map<String, Object> total(RegisterReport.Total t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", t.key());
    m.put("quantity", t.quantity());
    m.put("value", t.value().stream().map(RegisterJson::money).toList());
    return m;
  }

  private static Map<String, Object> money(Money v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", v.amount());
    m.put("currency", v.currency());
    return m;
  }

  private static Map<String, Object> site(Site s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("country", s.country());
    return m;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write register JSON", e);
    }
  }
}
