package io.chokepoint.determine;

import io.chokepoint.content.ContentShare;
import io.chokepoint.rules.Decision;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.Jurisdiction;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.ReviewPolicy;
import io.chokepoint.rules.Rule;
import io.chokepoint.rules.ShareSpec;
import io.chokepoint.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Determines one regime for one transaction: which items the regime reaches, every rule's
 * evaluations, and the aggregate outcome. The outcome is the strictest decision of the rules that
 * fired; when a rule that could not be decided could make a no-licence answer stricter, the outcome
 * is INDETERMINATE and the missing facts are listed.
 */
final class RegimeEvaluator {
  private RegimeEvaluator() {}

  static RegimeDetermination evaluate(
      Regime regime, TransactionFacts facts, LocalDate asOf, String itemCodeFact) {
    Map<String, Object> constants = regime.constantsAt(asOf);
    Jurisdiction j = regime.jurisdiction();
    List<Truth> reach = new ArrayList<>();
    Set<String> txMissing = new TreeSet<>();
    List<String> doubts = new ArrayList<>();
    boolean anyTrue = false;
    for (TransactionFacts.ItemFacts item : facts.items) {
      Truth t = Truth.TRUE;
      if (j != null) {
        t = j.condition().evaluate(new Frame(constants, facts.tx, item.facts(), null));
        if (t.isUnknown()) {
          t = new Truth(Truth.Value.UNKNOWN, MissingFacts.name(t.missing(), item, null), t.error());
          txMissing.addAll(t.missing());
        }
      }
      anyTrue |= t.isTrue();
      reach.add(t);
      if (j != null) {
        for (Jurisdiction.Doubt d : j.doubts()) {
          if (d.when().evaluate(new Frame(constants, facts.tx, item.facts(), null)).isTrue()) {
            doubts.add("item " + item.item().id() + ": " + d.warning());
          }
        }
      }
    }
    Truth txReach =
        anyTrue ? Truth.TRUE : (txMissing.isEmpty() ? Truth.FALSE : Truth.unknown(txMissing));
    RuleEvaluator evaluator =
        new RuleEvaluator(regime.conditionCount(), asOf, constants, facts, reach, txReach);
    List<RuleResult> results = new ArrayList<>();
    for (Rule r : regime.rules()) {
      results.add(evaluator.evaluate(r));
    }
    return aggregate(regime, facts, asOf, itemCodeFact, reach, results, doubts);
  }

  /**
   * For a rule that is phasing in or suspended and whose condition holds, what it would require
   * were it in force: the strictest decision of its evaluations, with its review.
   */
  private static java.util.Optional<String> wouldRequire(RuleResult r) {
    Evaluation strictest = null;
    for (Evaluation e : r.evaluations()) {
      if (e.truth().isTrue()
          && (strictest == null
              || Outcome.of(e.decision()).ordinal() > Outcome.of(strictest.decision()).ordinal()
              || (e.decision() == strictest.decision()
                  && e.review() != null
                  && strictest.review() != null
                  && e.review().stricterThan(strictest.review())))) {
        strictest = e;
      }
    }
    if (strictest == null) {
      return java.util.Optional.empty();
    }
    String would =
        strictest.decision() + (strictest.review() == null ? "" : " / " + strictest.review());
    return java.util.Optional.of(
        r.inForce().status() == InForce.Status.SUSPENDED
            ? r.rule().id()
                + " would require "
                + would
                + " if it were in force: "
                + r.inForce().why()
            : r.rule().id()
                + " would require "
                + would
                + " but is not yet enforced: "
                + r.inForce().why());
  }

  private static RegimeDetermination aggregate(
      Regime regime,
      TransactionFacts facts,
      LocalDate asOf,
      String itemCodeFact,
      List<Truth> reach,
      List<RuleResult> results,
      List<String> doubts) {
    Outcome determined = Outcome.NO_LICENSE_REQUIRED;
    for (RuleResult r : results) {
      if (!r.inForce().applies()) {
        continue;
      }
      for (Evaluation e : r.evaluations()) {
        if (e.truth().isTrue()) {
          determined = determined.max(Outcome.of(e.decision()));
        }
      }
    }
    ReviewPolicy review = null;
    Set<String> missing = new TreeSet<>();
    List<String> warnings = new ArrayList<>(doubts);
    Set<String> caveats = new LinkedHashSet<>();
    List<String> redFlags = new ArrayList<>();
    Set<String> obligations = new LinkedHashSet<>();
    Map<String, OfferedException> offers = null;
    boolean indeterminate = false;
    for (RuleResult r : results) {
      boolean relevant = false;
      if (!r.inForce().applies()) {
        wouldRequire(r).ifPresent(warnings::add);
        continue;
      }
      for (Evaluation e : r.evaluations()) {
        if (e.truth().isTrue()) {
          relevant = true;
          obligations.addAll(e.obligations());
          if (e.decision() == Decision.LICENSE_REQUIRED && determined == Outcome.LICENSE_REQUIRED) {
            review = review == null || e.review().stricterThan(review) ? e.review() : review;
            missing.addAll(e.reviewMissing());
            offers = intersect(offers, e.exceptions());
            warnings.addAll(e.doubts());
          }
          if (r.rule().outcome().redFlag() != null
              && !redFlags.contains(r.rule().outcome().redFlag())) {
            redFlags.add(r.rule().outcome().redFlag());
          }
        } else if (e.truth().isUnknown()) {
          Outcome potential = Outcome.of(e.decision());
          if (potential.ordinal() > determined.ordinal()) {
            relevant = true;
            missing.addAll(e.truth().missing());
            if (e.truth().error() != null) {
              warnings.add(r.rule().id() + ": could not be evaluated: " + e.truth().error());
            }
            if (determined == Outcome.NO_LICENSE_REQUIRED) {
              indeterminate = true;
            } else {
              warnings.add(
                  r.rule().id()
                      + " could make the answer "
                      + potential
                      + " if "
                      + e.truth().missing()
                      + " were established");
            }
          } else if (potential == determined
              && potential == Outcome.LICENSE_REQUIRED
              && e.review() != null
              && review != null
              && e.review().stricterThan(review)) {
            relevant = true;
            missing.addAll(e.truth().missing());
            warnings.add(
                r.rule().id()
                    + " could make the review "
                    + e.review()
                    + " if "
                    + e.truth().missing()
                    + " were established");
          }
        }
      }
      // A rule in force on uncertain terms (a suspension whose end is unconfirmed) matters only
      // where it decides: had it not fired, the answer would be the same either way.
      if (relevant) {
        for (String w : r.inForce().warnings()) {
          warnings.add(r.rule().id() + ": " + w);
        }
        caveats.addAll(regime.caveats(r.rule()));
      }
    }
    for (int i = 0; i < facts.items.size(); i++) {
      TransactionFacts.ItemFacts item = facts.items.get(i);
      if (!reach.get(i).isFalse()) {
        warnings.addAll(item.warnings());
        if (item.chip() != null) {
          caveats.addAll(item.chip().caveats());
        }
        for (ShareSpec spec : regime.shares().values()) {
          ContentShare share = item.content().shares().get(spec.name());
          if (share != null && (!share.known() || share.counted().signum() > 0)) {
            caveats.addAll(spec.caveats());
          }
        }
      }
    }
    if (regime.coversFrom() != null && asOf.isBefore(regime.coversFrom())) {
      warnings.add(
          regime.code()
              + " packs model dates from "
              + regime.coversFrom()
              + "; the answer for "
              + asOf
              + " may miss rules and memberships of that time");
    }
    Outcome outcome = indeterminate ? Outcome.INDETERMINATE : determined;
    if (outcome != Outcome.LICENSE_REQUIRED) {
      review = null;
      offers = null;
    }
    if (outcome == Outcome.NO_LICENSE_REQUIRED) {
      missing.clear();
    }
    List<OfferedException> exceptions = offers == null ? List.of() : List.copyOf(offers.values());
    List<ItemResult> items = new ArrayList<>();
    for (int i = 0; i < facts.items.size(); i++) {
      TransactionFacts.ItemFacts f = facts.items.get(i);
      items.add(itemResult(regime, f, itemCodeFact, reach.get(i)));
    }
    List<PartyResult> parties = new ArrayList<>();
    for (TransactionFacts.PartyFacts p : facts.parties) {
      List<PartyResult.Hit> hits = new ArrayList<>();
      p.party().lists().forEach(l -> hits.add(new PartyResult.Hit(l, "stated in the transaction")));
      if (p.screen() != null) {
        for (PartyHit h : p.screen().hits()) {
          String entry =
              String.format(
                  java.util.Locale.ROOT,
                  "%s '%s' score %.3f",
                  h.match().entry().id(),
                  h.match().entry().name(),
                  h.match().score());
          switch (h.band()) {
            case HIT ->
                hits.add(new PartyResult.Hit(h.match().entry().list(), "screening: " + entry));
            case POSSIBLE ->
                hits.add(
                    new PartyResult.Hit(
                        h.match().entry().list(), "possible match, review the party: " + entry));
            case CLEARED -> {
              // A cleared pair is shown in the screening block, not as a list the party is on.
            }
          }
        }
      }
      parties.add(new PartyResult(p.party().name(), p.party().role(), hits));
    }
    Outcome finalOutcome = outcome;
    ReviewPolicy finalReview = review;
    List<String> dedupedWarnings = new ArrayList<>(new LinkedHashSet<>(warnings));
    return new RegimeDetermination(
        regime.code(),
        outcome,
        review,
        exceptions,
        results,
        items,
        parties,
        new ArrayList<>(missing),
        dedupedWarnings,
        new ArrayList<>(caveats),
        redFlags,
        new ArrayList<>(obligations),
        outcome == Outcome.LICENSE_REQUIRED ? regime.licensing() : Map.of(),
        () ->
            Trace.render(
                regime, facts, asOf, reach, results, finalOutcome, finalReview, itemCodeFact));
  }

  private static ItemResult itemResult(
      Regime regime, TransactionFacts.ItemFacts f, String itemCodeFact, Truth reached) {
    Object code = itemCodeFact == null ? null : f.facts().get(itemCodeFact);
    boolean cn = "item.cnCodes".equals(itemCodeFact);
    var material = cn && f.content() != null ? f.content().material() : null;
    if (code instanceof List<?> list) {
      code =
          list.isEmpty() ? "NONE" : String.join(", ", list.stream().map(Object::toString).toList());
    }
    if (code == null && f.chip() != null && !cn && itemCodeFact != null) {
      code = f.chip().eccn();
    }
    if (code == null && material != null && !material.known()) {
      code = io.chokepoint.classify.ChipClassification.UNKNOWN;
    }
    String basis =
        itemCodeFact == null
            ? null
            : cn
                ? (material == null
                    ? (f.item().classification().containsKey("CN-ECL")
                        ? "stated"
                        : "not a material")
                    : material.excludedBy() != null
                        ? "excluded: " + material.excludedBy().entry()
                        : "material classification")
                : f.basis();
    Map<String, io.chokepoint.content.ContentShare> shares = new java.util.LinkedHashMap<>();
    if (f.content() != null) {
      regime
          .shares()
          .keySet()
          .forEach(
              n -> {
                var sh = f.content().shares().get(n);
                if (sh != null) {
                  shares.put(n, sh);
                }
              });
    }
    return new ItemResult(
        f.item().id(),
        f.kind(),
        code == null ? null : code.toString(),
        basis,
        cn ? null : (itemCodeFact == null ? null : f.chip()),
        material,
        shares,
        reached);
  }

  private static Map<String, OfferedException> intersect(
      Map<String, OfferedException> acc, List<OfferedException> offered) {
    Map<String, OfferedException> now = new LinkedHashMap<>();
    for (OfferedException o : offered) {
      now.put(o.id(), o);
    }
    if (acc == null) {
      return now;
    }
    Map<String, OfferedException> out = new LinkedHashMap<>();
    for (Map.Entry<String, OfferedException> e : acc.entrySet()) {
      OfferedException other = now.get(e.getKey());
      if (other != null) {
        List<Map<String, Object>> figures = new ArrayList<>(e.getValue().figures());
        for (Map<String, Object> f : other.figures()) {
          if (!figures.contains(f)) {
            figures.add(f);
          }
        }
        OfferedException a = e.getValue();
        out.put(
            e.getKey(),
            new OfferedException(
                a.id(),
                a.title(),
                a.citation(),
                a.notificationRequired(),
                a.data(),
                a.notification(),
                figures));
      }
    }
    return out;
  }
}
