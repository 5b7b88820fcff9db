package io.chokepoint.determine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chokepoint.classify.ChipClassification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a determination in the JSON shape of FORMATS.md §2, one object per line. Field names and
 * values follow the format exactly; fields beyond it (input, engine, status, caveats, redFlags) are
 * additions, never renames.
 */
public final class DeterminationJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private DeterminationJson() {}

  /** The determination as one line of JSON. */
  public static String toLine(Determination d) {
    try {
      return JSON.writeValueAsString(toMap(d));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a determination as JSON", e);
    }
  }

  /** The determination as ordered maps and lists, ready for any JSON writer. */
  public static Map<String, Object> toMap(Determination d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("transaction", d.transaction());
    m.put("asOf", d.asOf().toString());
    m.put("rulebook", d.rulebook());
    m.put("lists", d.lists());
    if (!d.screening().isEmpty()) {
      m.put("screening", ScreeningFormat.parties(d.screening()));
    }
    m.put("input", d.input());
    m.put("engine", d.engine());
    m.put("overall", d.overall().name());
    List<Object> regimes = new ArrayList<>();
    for (RegimeDetermination r : d.regimes()) {
      regimes.add(regime(r));
    }
    m.put("regimes", regimes);
    return m;
  }

  private static Double chineseShare(ItemResult i) {
    for (var sh : i.shares().values()) {
      if ("CN".equals(sh.origin()) && sh.known()) {
        return round6(sh.share());
      }
    }
    return null;
  }

  private static double round6(double d) {
    return Math.round(d * 1_000_000.0) / 1_000_000.0;
  }

  /** A PRC control code as JSON. */
  public static Map<String, Object> code(io.chokepoint.classify.MaterialClassification.Code c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", c.code());
    m.put("title", c.title());
    m.put("hsCodes", c.hsCodes());
    m.put("citation", c.citation());
    m.put("confidence", c.confidence());
    return m;
  }

  private static Map<String, Object> regime(RegimeDetermination r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regime", r.regime());
    m.put("outcome", r.outcome().name());
    m.put("review", r.review() == null ? null : r.review().name());
    if (r.review() != null) {
      m.put("reviewBy", r.reviewBy());
    }
    List<Object> ex = new ArrayList<>();
    for (OfferedException o : r.exceptions()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", o.id());
      e.put("notificationRequired", o.notificationRequired());
      e.put("title", o.title());
      e.put("citation", o.citation());
      o.data()
          .forEach(
              (k, v) -> {
                if (!k.equals("notificationRequired")) {
                  e.put(k, v);
                }
              });
      if (!o.notification().isEmpty()) {
        e.put("notification", o.notification());
      }
      if (!o.figures().isEmpty()) {
        e.put("figures", o.figures());
      }
      ex.add(e);
    }
    m.put("exceptions", ex);
    List<Object> rules = new ArrayList<>();
    for (RuleResult rr : r.rules()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", rr.rule().id());
      e.put("citation", rr.rule().citation().shortForm());
      e.put("fired", rr.fired());
      e.put("why", RuleWhy.of(rr));
      e.put("status", rr.status().name());
      e.put("title", rr.rule().title());
      e.put("kind", rr.rule().kind().name().toLowerCase().replace('_', '-'));
      if (rr.fired()) {
        e.put("decision", rr.rule().outcome().decision().name());
      }
      if (rr.rule().citation().url() != null) {
        e.put("url", rr.rule().citation().url());
      }
      rules.add(e);
    }
    m.put("rules", rules);
    List<Object> items = new ArrayList<>();
    for (ItemResult i : r.items()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("item", i.item());
      e.put("classification", i.classification());
      if ("CN-ECL".equals(r.regime())) {
        e.put("chineseRareEarthShare", chineseShare(i));
      }
      if (!i.shares().isEmpty()) {
        Map<String, Object> shares = new LinkedHashMap<>();
        i.shares().forEach((n, sh) -> shares.put(n, sh.known() ? round6(sh.share()) : null));
        e.put("shares", shares);
      }
      if (i.material() != null) {
        List<Object> codes = new ArrayList<>();
        i.material().codes().forEach(c -> codes.add(code(c)));
        e.put("codes", codes);
        if (i.material().excludedBy() != null) {
          e.put("excludedBy", code(i.material().excludedBy()));
        }
        if (!i.material().possible().isEmpty()) {
          e.put("possibleCodes", i.material().possible().stream().map(c -> c.code()).toList());
        }
      }
      e.put("kind", i.kind());
      if (i.basis() != null) {
        e.put("basis", i.basis());
      }
      ChipClassification c = i.chip();
      if (c != null) {
        e.put("chip", c.name());
        e.put("tpp", c.tpp());
        e.put(
            "performanceDensity",
            c.performanceDensity() == null
                ? null
                : Math.round(c.performanceDensity() * 100.0) / 100.0);
        e.put("datacenter", c.datacenter());
        e.put("classificationRule", c.rule());
      }
      e.put("reached", i.reached().isTrue() ? "yes" : i.reached().isFalse() ? "no" : "unknown");
      items.add(e);
    }
    m.put("items", items);
    List<Object> parties = new ArrayList<>();
    for (PartyResult p : r.parties()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("party", p.party());
      e.put("role", p.role());
      List<Object> hits = new ArrayList<>();
      for (PartyResult.Hit h : p.hits()) {
        hits.add(Map.of("list", h.list(), "source", h.source()));
      }
      e.put("hits", hits);
      parties.add(e);
    }
    m.put("parties", parties);
    m.put("missingFacts", r.missingFacts());
    m.put("warnings", r.warnings());
    m.put("caveats", r.caveats());
    m.put("redFlags", r.redFlags());
    m.put("obligations", r.obligations());
    if (!r.licensing().isEmpty()) {
      m.put("licensing", r.licensing());
    }
    m.put("trace", r.trace());
    return m;
  }
}
