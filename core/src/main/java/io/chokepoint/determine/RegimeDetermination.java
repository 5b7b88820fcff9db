package io.chokepoint.determine;

import io.chokepoint.rules.ReviewPolicy;
import java.util.List;
import java.util.function.Supplier;

/**
 * The answer of one regime for one transaction: the outcome, the review policy, the licence
 * exceptions on offer, every rule with whether it fired and why, the items and parties as the
 * regime sees them, missing facts, warnings, caveats and a trace a person can follow. The trace is
 * rendered on first use, so that determinations stay cheap when only the outcome is wanted.
 */
public final class RegimeDetermination {
  private final String regime;
  private final Outcome outcome;
  private final ReviewPolicy review;
  private final List<OfferedException> exceptions;
  private final List<RuleResult> rules;
  private final List<ItemResult> items;
  private final List<PartyResult> parties;
  private final List<String> missingFacts;
  private final List<String> warnings;
  private final List<String> caveats;
  private final List<String> redFlags;
  private final List<String> obligations;
  private final java.util.Map<String, Object> licensing;
  private final Supplier<List<String>> traceSupplier;
  private volatile List<String> trace;

  RegimeDetermination(
      String regime,
      Outcome outcome,
      ReviewPolicy review,
      List<OfferedException> exceptions,
      List<RuleResult> rules,
      List<ItemResult> items,
      List<PartyResult> parties,
      List<String> missingFacts,
      List<String> warnings,
      List<String> caveats,
      List<String> redFlags,
      List<String> obligations,
      java.util.Map<String, Object> licensing,
      Supplier<List<String>> trace) {
    this.regime = regime;
    this.outcome = outcome;
    this.review = review;
    this.exceptions = List.copyOf(exceptions);
    this.rules = List.copyOf(rules);
    this.items = List.copyOf(items);
    this.parties = List.copyOf(parties);
    this.missingFacts = List.copyOf(missingFacts);
    this.warnings = List.copyOf(warnings);
    this.caveats = List.copyOf(caveats);
    this.redFlags = List.copyOf(redFlags);
    this.obligations = List.copyOf(obligations);
    this.licensing =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(licensing));
    this.traceSupplier = trace;
  }

  /** The regime code. */
  public String regime() {
    return regime;
  }

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** The review policy when a licence is required, else {@code null}. */
  public ReviewPolicy review() {
    return review;
  }

  /**
   * What set the review: for each firing licence requirement whose review is the regime's, the id
   * of the review case that applied, or the rule's id when its own review applied. Empty unless a
   * licence is required.
   */
  public List<String> reviewBy() {
    if (review == null) {
      return List.of();
    }
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (RuleResult r : rules) {
      if (!r.inForce().applies()) {
        continue;
      }
      for (Evaluation e : r.evaluations()) {
        if (e.truth().isTrue()
            && e.decision() == io.chokepoint.rules.Decision.LICENSE_REQUIRED
            && e.review() == review) {
          out.add(e.appliedReview() != null ? e.appliedReview().id() : r.rule().id());
        }
      }
    }
    return List.copyOf(out);
  }

  /** Licence exceptions that may be used instead of a licence. */
  public List<OfferedException> exceptions() {
    return exceptions;
  }

  /** Every rule of the regime, with its state and evaluations. */
  public List<RuleResult> rules() {
    return rules;
  }

  /** The items as the regime sees them. */
  public List<ItemResult> items() {
    return items;
  }

  /** The parties and their list hits. */
  public List<PartyResult> parties() {
    return parties;
  }

  /** The facts whose absence leaves the outcome or review open, as input paths. */
  public List<String> missingFacts() {
    return missingFacts;
  }

  /** What the reader must know, e.g. an unconfirmed end of a suspension. */
  public List<String> warnings() {
    return warnings;
  }

  /** Uncertain facts and rules the answer rests on. */
  public List<String> caveats() {
    return caveats;
  }

  /** Red flags raised by guidance rules. */
  public List<String> redFlags() {
    return redFlags;
  }

  /** What the exporter must do because an override applied, e.g. report an exempt export. */
  public List<String> obligations() {
    return obligations;
  }

  /**
   * How licences work under the regime (validity, review time, documents), when a licence is
   * required; empty otherwise.
   */
  public java.util.Map<String, Object> licensing() {
    return licensing;
  }

  /** A trace a person can follow, line by line. */
  public List<String> trace() {
    List<String> t = trace;
    if (t == null) {
      t = List.copyOf(traceSupplier.get());
      trace = t;
    }
    return t;
  }
}
