package io.chokepoint.licence;

import io.chokepoint.content.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Licences, balances, matches, decisions and applications as JSON-ready maps, in the shapes of
 * docs/formats.md. A licence is written in the licence-file format, so that {@link LicenceReader}
 * reads it back unchanged.
 */
public final class LicenceFormat {
  private LicenceFormat() {}

  /** A licence in the licence-file format. */
  public static Map<String, Object> licence(Licence l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", l.number());
    m.putAll(terms(l.terms()));
    m.put("validFrom", l.validFrom().toString());
    m.put("validTo", l.validTo().toString());
    List<Object> conditions = new ArrayList<>();
    for (LicenceCondition c : l.conditions()) {
      if (c instanceof LicenceCondition.Rider r) {
        conditions.add(Map.of("rider", r.text()));
      } else if (c instanceof LicenceCondition.ShareCap cap) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", cap.id());
        s.put("measure", cap.measure().code());
        s.put("capped", List.copyOf(new TreeSet<>(cap.capped())));
        s.put("share", cap.share());
        s.put("reference", List.copyOf(new TreeSet<>(cap.reference())));
        if (cap.citation() != null) {
          s.put("citation", cap.citation());
        }
        conditions.add(Map.of("shareCap", s));
      }
    }
    if (!conditions.isEmpty()) {
      m.put("conditions", conditions);
    }
    if (l.application() != null) {
      m.put("application", l.application());
    }
    m.put("status", l.status().code());
    return m;
  }

  /** Licence terms in the licence-file format (no number, dates, conditions or status). */
  public static Map<String, Object> terms(LicenceTerms t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", t.kind().code());
    m.put("holder", t.holder());
    List<Object> items = new ArrayList<>();
    for (CoveredItem i : t.items()) {
      Map<String, Object> im = new LinkedHashMap<>();
      if (i.code() != null) {
        im.put("regime", i.regime());
        im.put("code", i.code());
      }
      if (i.description() != null) {
        im.put("description", i.description());
      }
      items.add(im);
    }
    m.put("items", items);
    putParties(m, "consignees", t.consignees());
    putParties(m, "endUsers", t.endUsers());
    if (!t.countries().isEmpty()) {
      m.put("countries", List.copyOf(new TreeSet<>(t.countries())));
    }
    if (t.quantity() != null) {
      m.put("quantity", t.quantity());
    }
    if (t.value() != null) {
      m.put("value", money(t.value()));
    }
    return m;
  }

  private static void putParties(Map<String, Object> m, String key, List<NamedParty> parties) {
    if (parties.isEmpty()) {
      return;
    }
    List<Object> out = new ArrayList<>();
    for (NamedParty p : parties) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("name", p.name());
      if (p.country() != null) {
        pm.put("country", p.country());
      }
      if (!p.otherNames().isEmpty()) {
        pm.put("otherNames", p.otherNames());
      }
      out.add(pm);
    }
    m.put(key, out);
  }

  private static Map<String, Object> money(Money v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("amount", v.amount());
    m.put("currency", v.currency());
    return m;
  }

  /** A figure without an exponent: 2E+5 as 200000, as a person and a spreadsheet read it. */
  private static BigDecimal plain(BigDecimal d) {
    return d == null || d.scale() >= 0 ? d : d.setScale(0);
  }

  /** A licence's balance: limit, drawn and left, and each share cap's standing. */
  public static Map<String, Object> balance(Licence l, Balance b) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("limit", l.quantityLimit());
    q.put("drawn", plain(b.quantity()));
    q.put("left", l.quantityLimit() == null ? null : l.quantityLimit().subtract(b.quantity()));
    m.put("quantity", q);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("currency", l.valueLimit() == null ? null : l.valueLimit().currency());
    v.put("limit", l.valueLimit() == null ? null : l.valueLimit().amount());
    v.put("drawn", plain(b.value()));
    v.put("left", l.valueLimit() == null ? null : l.valueLimit().amount().subtract(b.value()));
    m.put("value", v);
    List<Object> caps = new ArrayList<>();
    for (LicenceCondition.ShareCap cap : l.shareCaps()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", cap.id());
      c.put("condition", cap.describe());
      c.put("drawnToCapped", b.capped(cap.id()));
      c.put("referenceShipped", b.reference(cap.id()));
      BigDecimal allowance = cap.allowance(b.reference(cap.id()));
      c.put("allowance", allowance.stripTrailingZeros());
      c.put("left", allowance.subtract(b.capped(cap.id())).stripTrailingZeros());
      caps.add(c);
    }
    if (!caps.isEmpty()) {
      m.put("shareCaps", caps);
    }
    return m;
  }

  /** One licence's match against a line. */
  public static Map<String, Object> match(LicenceMatch match) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("licence", match.licence().number());
    m.put("kind", match.licence().kind().code());
    m.put("covers", match.covers());
    m.put("reasons", shortfalls(match.shortfalls()));
    m.put("riders", match.riders());
    m.put("validTo", match.licence().validTo().toString());
    m.put("balance", balance(match.licence(), match.balance()));
    return m;
  }

  /** Reasons as {@code {kind, message}} maps. */
  public static List<Object> shortfalls(List<Shortfall> shortfalls) {
    List<Object> out = new ArrayList<>();
    for (Shortfall s : shortfalls) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("kind", s.kind().code());
      r.put("message", s.message());
      out.add(r);
    }
    return out;
  }

  /** A review clock and, once submitted, its deadline. */
  public static Map<String, Object> review(ReviewClock clock) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("days", clock.days());
    m.put("workingDays", clock.workingDays());
    m.put("basis", clock.basis());
    m.put("caveats", clock.caveats());
    return m;
  }

  /** An application draft. */
  public static Map<String, Object> draft(ApplicationDraft d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("form", d.form().code());
    m.put("authority", d.form().authority().name());
    m.put("transaction", d.transaction());
    m.put("lines", d.lines());
    List<Object> fields = new ArrayList<>();
    for (DraftField f : d.fields()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("name", f.name());
      fm.put("value", f.value());
      fm.put("source", f.source());
      fields.add(fm);
    }
    m.put("fields", fields);
    m.put("missing", d.missing());
    m.put("documents", d.documents());
    m.put("problems", d.problems());
    m.put("review", review(d.clock()));
    m.put("terms", terms(d.terms()));
    return m;
  }

  /** An application with its draft. */
  public static Map<String, Object> application(LicenceApplication a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("status", a.status().code());
    m.put("form", a.draft().form().code());
    m.put("transaction", a.draft().transaction());
    m.put("submittedOn", a.submittedOn() == null ? null : a.submittedOn().toString());
    m.put("deadline", a.deadline() == null ? null : a.deadline().toString());
    m.put("deadlineCaveats", a.draft().clock().caveats());
    m.put("decidedOn", a.decidedOn() == null ? null : a.decidedOn().toString());
    m.put("licence", a.licence());
    m.put("note", a.note());
    m.put("draft", draft(a.draft()));
    return m;
  }

  /**
   * Reads a draft back from the JSON {@link #draft} wrote.
   *
   * @throws IllegalArgumentException if the JSON is not a draft
   */
  public static ApplicationDraft readDraft(String json) {
    try {
      com.fasterxml.jackson.databind.ObjectMapper mapper =
          new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.JsonNode n = mapper.readTree(json);
      List<DraftField> fields = new ArrayList<>();
      for (com.fasterxml.jackson.databind.JsonNode f : n.get("fields")) {
        com.fasterxml.jackson.databind.JsonNode v = f.get("value");
        Object value =
            v == null || v.isNull()
                ? null
                : v.isNumber() ? v.decimalValue() : v.isBoolean() ? v.booleanValue() : v.asText();
        fields.add(new DraftField(f.get("name").asText(), value, f.get("source").asText()));
      }
      com.fasterxml.jackson.databind.JsonNode r = n.get("review");
      List<String> caveats = strings(r.get("caveats"));
      ReviewClock clock =
          new ReviewClock(
              r.get("days").isNull() ? null : r.get("days").asInt(),
              r.get("workingDays").asBoolean(),
              r.get("basis").asText(),
              caveats);
      return new ApplicationDraft(
          ApplicationForm.of(n.get("form").asText()),
          n.get("transaction").asText(),
          strings(n.get("lines")),
          fields,
          strings(n.get("documents")),
          strings(n.get("problems")),
          clock,
          LicenceReader.parseTerms(mapper.writeValueAsString(n.get("terms")), "terms.json"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not an application draft: " + e.getMessage(), e);
    }
  }

  private static List<String> strings(com.fasterxml.jackson.databind.JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(e -> out.add(e.asText()));
    return out;
  }
}
