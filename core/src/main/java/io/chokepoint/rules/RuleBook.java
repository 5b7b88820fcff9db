package io.chokepoint.rules;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The whole body of law the engine runs: every regime with its packs, loaded, validated and
 * compiled at once. It is immutable and identified by a content hash over the pack files, which
 * every determination records.
 */
public final class RuleBook {
  private final Map<String, Regime> regimes;
  private final String contentHash;
  private final String source;

  RuleBook(Map<String, Regime> regimes, String contentHash, String source) {
    this.regimes = java.util.Collections.unmodifiableMap(new TreeMap<>(regimes));
    this.contentHash = contentHash;
    this.source = source;
  }

  /** The regimes, sorted by code. */
  public Collection<Regime> regimes() {
    return regimes.values();
  }

  /** The regime with the code. */
  public Optional<Regime> regime(String code) {
    return Optional.ofNullable(regimes.get(code));
  }

  /** {@code sha256:<hex>} over the pack files' paths and bytes. */
  public String contentHash() {
    return contentHash;
  }

  /** Where the rule book was loaded from. */
  public String source() {
    return source;
  }

  /**
   * The transaction facts ({@code facts.*}) the packs declare, by short name, across regimes. A
   * transaction may give only these.
   */
  public Map<String, FactType> declaredFacts() {
    Map<String, FactType> m = new TreeMap<>();
    for (Regime r : regimes.values()) {
      r.declaredFacts().forEach((k, f) -> m.putIfAbsent(k.substring("facts.".length()), f.type()));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The rule with the id, in any regime. */
  public Optional<Rule> rule(String id) {
    for (Regime r : regimes.values()) {
      for (Rule rule : r.rules()) {
        if (rule.id().equals(id)) {
          return Optional.of(rule);
        }
      }
    }
    return Optional.empty();
  }
}
