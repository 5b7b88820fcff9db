package io.chokepoint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One regime of the rule book (US-EAR, CN-ECL): its packs, its parameters and sets with dated
 * values, its declared facts and its jurisdiction.
 */
public final class Regime {
  private final String code;
  private final List<RulePack> packs;
  private final Map<String, Parameter> parameters;
  private final Map<String, NamedSet> sets;
  private final Map<String, Fact> facts;
  private final Jurisdiction jurisdiction;
  private final Map<String, ShareSpec> shares;
  private final int conditionCount;
  private final List<Rule> rules;
  private final List<ClassificationRule> classifications;
  private final Map<LocalDate, Map<String, Object>> constantsByDay = new ConcurrentHashMap<>();
  private final Map<String, List<String>> caveatsByRule = new HashMap<>();

  Regime(
      String code,
      List<RulePack> packs,
      Map<String, Parameter> parameters,
      Map<String, NamedSet> sets,
      Map<String, Fact> facts,
      Map<String, ShareSpec> shares,
      Jurisdiction jurisdiction,
      int conditionCount) {
    this.shares = Map.copyOf(shares);
    this.code = code;
    this.conditionCount = conditionCount;
    this.packs = List.copyOf(packs);
    this.parameters = Map.copyOf(parameters);
    this.sets = Map.copyOf(sets);
    this.facts = Map.copyOf(facts);
    this.jurisdiction = jurisdiction;
    List<Rule> r = new ArrayList<>();
    List<ClassificationRule> c = new ArrayList<>();
    for (RulePack p : packs) {
      r.addAll(p.rules());
      c.addAll(p.classifications());
    }
    r.sort(Comparator.comparing(Rule::id));
    c.sort(Comparator.comparingInt(ClassificationRule::priority).reversed());
    this.rules = List.copyOf(r);
    this.classifications = List.copyOf(c);
    for (Rule rule : rules) {
      caveatsByRule.put(rule.id(), caveatLines(rule));
    }
  }

  private List<String> caveatLines(Rule rule) {
    List<String> lines = rule.confidence().caveatLines(rule.id(), rule.caveats());
    for (String f : rule.condition().facts()) {
      if (f.startsWith("sets.")) {
        NamedSet s = sets.get(f.substring(5));
        if (s != null && s.caveat() != null) {
          lines.add(s.caveat());
        }
      }
    }
    return List.copyOf(lines);
  }

  /**
   * What a reader must know when the rule matters to an answer: its confidence below primary, its
   * caveats, and the caveats of the sets it reads.
   */
  public List<String> caveats(Rule rule) {
    return caveatsByRule.getOrDefault(rule.id(), List.of());
  }

  /** The number of distinct compiled conditions; every {@link Condition#index()} lies below it. */
  public int conditionCount() {
    return conditionCount;
  }

  /** The regime code, e.g. {@code US-EAR}. */
  public String code() {
    return code;
  }

  /** The packs, in file order. */
  public List<RulePack> packs() {
    return packs;
  }

  /** Every rule, by id. */
  public List<Rule> rules() {
    return rules;
  }

  /** Every classification entry, highest priority first. */
  public List<ClassificationRule> classifications() {
    return classifications;
  }

  /** The classification entries for a subject such as {@code chip}, highest priority first. */
  public List<ClassificationRule> classifications(String subject) {
    return classifications.stream().filter(c -> c.subject().equals(subject)).toList();
  }

  /** The parameters by name. */
  public Map<String, Parameter> parameters() {
    return parameters;
  }

  /** The sets by name. */
  public Map<String, NamedSet> sets() {
    return sets;
  }

  /** The declared transaction facts ({@code facts.*}) by dotted name. */
  public Map<String, Fact> declaredFacts() {
    return facts;
  }

  /** The content shares the regime's rules read ({@code item.share.*}), by name. */
  public Map<String, ShareSpec> shares() {
    return shares;
  }

  /** The jurisdiction, or {@code null} when the regime reaches every item. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The first date every pack of the regime models, or {@code null} when none says. */
  public LocalDate coversFrom() {
    LocalDate d = null;
    for (RulePack p : packs) {
      if (p.coversFrom() != null && (d == null || p.coversFrom().isAfter(d))) {
        d = p.coversFrom();
      }
    }
    return d;
  }

  /** How licences work under the regime, from every pack's {@code licensing:} block. */
  public Map<String, Object> licensing() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    packs.forEach(p -> m.putAll(p.licensing()));
    return m;
  }

  /** Notes of packs that say what they do not cover yet. */
  public List<String> coverageNotes() {
    return packs.stream().map(RulePack::coverage).filter(n -> n != null).toList();
  }

  /**
   * The parameter and set values that hold on a day, keyed {@code params.<name>} and {@code
   * sets.<name>}. Cached per day, since many determinations share a date.
   */
  public Map<String, Object> constantsAt(LocalDate day) {
    return constantsByDay.computeIfAbsent(
        day,
        d -> {
          Map<String, Object> m = new HashMap<>();
          parameters.forEach((n, p) -> p.at(d).ifPresent(v -> m.put("params." + n, v.value())));
          sets.forEach(
              (n, s) -> s.at(d).ifPresent(v -> m.put("sets." + n, new StringSet(v.value()))));
          return Map.copyOf(m);
        });
  }
}
