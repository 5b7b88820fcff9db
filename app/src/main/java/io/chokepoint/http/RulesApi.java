package io.chokepoint.http;

import io.chokepoint.review.Role;
import io.chokepoint.rules.Citation;
import io.chokepoint.rules.EnforcementPeriod;
import io.chokepoint.rules.ExceptionClause;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.PhaseIn;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.Rule;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RulePack;
import io.chokepoint.rules.Suspension;
import io.chokepoint.rules.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rule book as the console browses it: the packs and rules of each regime with their state on a
 * date, one rule with its citation and validity, and each regime's timeline of bars.
 */
final class RulesApi implements ApiModule {
  @Override
  public void register(Api api) {
    api.route(
        new Endpoint(
            "GET",
            "/api/rules",
            Role.VIEWER,
            "rules",
            "The regimes, their packs and rules, each rule's state on a date (?asOf=DATE).",
            null),
        call -> {
          LocalDate day = day(call);
          RuleBook book = api.services().home().engine().ruleBook();
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("rulebook", book.contentHash());
          m.put("asOf", day.toString());
          List<Object> regimes = new ArrayList<>();
          for (Regime r : book.regimes()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("regime", r.code());
            rm.put("coverage", r.coverageNotes());
            List<Object> packs = new ArrayList<>();
            for (RulePack p : r.packs()) {
              Map<String, Object> pm = new LinkedHashMap<>();
              pm.put("id", p.id());
              pm.put("title", p.title());
              pm.put("file", p.file());
              pm.put("description", p.description());
              pm.put("rules", p.rules().stream().map(rule -> summary(rule, day)).toList());
              packs.add(pm);
            }
            rm.put("packs", packs);
            regimes.add(rm);
          }
          m.put("regimes", regimes);
          return m;
        });
    // Before /api/rules/{id}: a literal segment must win over the parameter.
    api.route(
        new Endpoint(
            "GET",
            "/api/rules/timeline",
            Role.VIEWER,
            "rules",
            "A regime's rules as bars over time (?regime=CN-ECL): intervals in force, suspended,"
                + " not enforced or phasing in.",
            null),
        call -> {
          String code = call.query("regime");
          RuleBook book = api.services().home().engine().ruleBook();
          if (code == null || code.isBlank()) {
            throw ApiException.invalid("regime", "'regime' is required, e.g. ?regime=CN-ECL");
          }
          Regime r =
              book.regime(code.toUpperCase(Locale.ROOT))
                  .orElseThrow(
                      () ->
                          ApiException.invalid(
                              "regime",
                              "no regime '"
                                  + code
                                  + "': "
                                  + book.regimes().stream().map(Regime::code).toList()));
          LocalDate today = LocalDate.now();
          LocalDate first = null;
          LocalDate last = today;
          List<Object> bars = new ArrayList<>();
          for (RulePack p : r.packs()) {
            for (Rule rule : p.rules()) {
              List<RuleTimeline.Segment> segs = RuleTimeline.segments(rule);
              for (RuleTimeline.Segment s : segs) {
                first = first == null || s.from().isBefore(first) ? s.from() : first;
                last = s.to() != null && s.to().isAfter(last) ? s.to() : last;
              }
              Map<String, Object> b = new LinkedHashMap<>();
              b.put("id", rule.id());
              b.put("pack", p.id());
              b.put("title", rule.title());
              b.put("citation", rule.citation().shortForm());
              b.put("url", rule.citation().url());
              b.put("segments", segs.stream().map(RuleTimeline.Segment::json).toList());
              // The declared suspensions too, whole: one may start before the rule takes effect
              // (Ann. 61 route (a)), and the picture shows the instrument's own dates.
              b.put("suspensions", suspensions(rule.validity()));
              bars.add(b);
            }
          }
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("regime", r.code());
          m.put("today", today.toString());
          m.put("from", (first == null ? today : first).toString());
          m.put("to", last.toString());
          m.put("rules", bars);
          return m;
        });
    api.route(
        new Endpoint(
            "GET",
            "/api/rules/{id}",
            Role.VIEWER,
            "rules",
            "One rule: citation, validity (intervals, phase-ins, suspensions, non-enforcement),"
                + " outcome, condition and its state on a date (?asOf=DATE).",
            null),
        call -> {
          String id = call.path("id");
          Rule rule =
              api.services()
                  .home()
                  .engine()
                  .ruleBook()
                  .rule(id)
                  .orElseThrow(() -> new ApiException(404, "NOT_FOUND", "no rule " + id, "id"));
          return detail(rule, day(call));
        });
  }

  private static LocalDate day(ApiCall call) {
    LocalDate d = call.date("asOf");
    return d == null ? LocalDate.now() : d;
  }

  private static Map<String, Object> summary(Rule rule, LocalDate day) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", rule.id());
    m.put("title", rule.title());
    m.put("kind", rule.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    m.put("citation", rule.citation().shortForm());
    m.put("url", rule.citation().url());
    InForce in = rule.validity().at(day);
    m.put("state", in.status().name());
    m.put("why", in.why());
    return m;
  }

  private static Map<String, Object> detail(Rule rule, LocalDate day) {
    Map<String, Object> m = summary(rule, day);
    m.put("regime", rule.regime());
    m.put("asOf", day.toString());
    m.put("warnings", rule.validity().at(day).warnings());
    m.put("citation", citation(rule.citation()));
    m.put("confidence", rule.confidence().label());
    m.put("caveats", rule.caveats());
    m.put("validity", validity(rule.validity()));
    m.put("decision", rule.outcome().decision().name());
    m.put("review", rule.outcome().review() == null ? null : rule.outcome().review().name());
    m.put("redFlag", rule.outcome().redFlag());
    m.put("condition", rule.condition().source());
    List<Object> ex = new ArrayList<>();
    for (ExceptionClause c : rule.exceptions()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("id", c.id());
      cm.put("kind", c.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      cm.put("title", c.title());
      cm.put("citation", c.citation() == null ? null : c.citation().shortForm());
      cm.put("url", c.citation() == null ? null : c.citation().url());
      ex.add(cm);
    }
    m.put("exceptions", ex);
    m.put(
        "segments", RuleTimeline.segments(rule).stream().map(RuleTimeline.Segment::json).toList());
    return m;
  }

  private static Map<String, Object> citation(Citation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("short", c.shortForm());
    m.put("instrument", c.instrument());
    m.put("paragraph", c.paragraph());
    m.put("reference", c.reference());
    m.put("url", c.url());
    return m;
  }

  private static Map<String, Object> validity(Validity v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("effective", interval(v.effective().from(), v.effective().to()));
    List<Object> phase = new ArrayList<>();
    for (PhaseIn p : v.phaseIns()) {
      phase.add(
          Map.of(
              "from", p.from().toString(), "paragraph", nz(p.paragraph()), "note", nz(p.note())));
    }
    m.put("phaseIns", phase);
    m.put("suspensions", suspensions(v));
    List<Object> enf = new ArrayList<>();
    for (EnforcementPeriod p : v.enforcement()) {
      Map<String, Object> pm = interval(p.interval().from(), p.interval().to());
      pm.put("enforced", p.enforced());
      pm.put("instrument", p.instrument());
      pm.put("note", p.note());
      enf.add(pm);
    }
    m.put("enforcement", enf);
    return m;
  }

  private static List<Object> suspensions(Validity v) {
    List<Object> susp = new ArrayList<>();
    for (Suspension s : v.suspensions()) {
      Map<String, Object> sm = interval(s.interval().from(), s.interval().to());
      sm.put("instrument", s.instrument());
      sm.put("endConfirmed", s.endConfirmed());
      sm.put("note", s.note());
      susp.add(sm);
    }
    return susp;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static Map<String, Object> interval(LocalDate from, LocalDate to) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", from.toString());
    m.put("to", to == null ? null : to.toString());
    return m;
  }
}
