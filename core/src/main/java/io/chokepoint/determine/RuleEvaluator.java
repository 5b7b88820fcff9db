package io.chokepoint.determine;

import io.chokepoint.rules.Condition;
import io.chokepoint.rules.Decision;
import io.chokepoint.rules.ExceptionClause;
import io.chokepoint.rules.InForce;
import io.chokepoint.rules.ReviewCase;
import io.chokepoint.rules.ReviewPolicy;
import io.chokepoint.rules.Rule;
import io.chokepoint.rules.Scope;
import io.chokepoint.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates one rule of a regime against one transaction's facts: once for the transaction, per
 * item, or per item and party, depending on the facts its condition reads. For each firing it works
 * out the review policy (review cases) and the licence exceptions and overrides, by priority.
 */
final class RuleEvaluator {
  private final LocalDate asOf;
  private final Map<String, Object> constants;
  private final TransactionFacts facts;
  private final List<Truth> reach;
  private final Truth txReach;
  private final Truth[][] memo;
  private final int width;

  RuleEvaluator(
      int conditionCount,
      LocalDate asOf,
      Map<String, Object> constants,
      TransactionFacts facts,
      List<Truth> reach,
      Truth txReach) {
    this.memo = new Truth[conditionCount][];
    this.width = facts.parties.size() + 1;
    this.asOf = asOf;
    this.constants = constants;
    this.facts = facts;
    this.reach = reach;
    this.txReach = txReach;
  }

  RuleResult evaluate(Rule rule) {
    InForce in = rule.validity().at(asOf);
    // A rule that is phasing in or suspended is evaluated so that the answer can say what it
    // would require were it in force.
    if (!in.applies()
        && in.status() != InForce.Status.PHASING_IN
        && in.status() != InForce.Status.SUSPENDED) {
      return new RuleResult(rule, in, List.of());
    }
    // Such a rule only says what it would require where it would surely fire, so an item the
    // regime only may reach need not be tried.
    boolean onlyIfReached = !in.applies();
    List<Evaluation> out = new ArrayList<>();
    Condition c = rule.condition();
    boolean perParty = c.reads(Scope.PARTY);
    if (perParty || c.reads(Scope.ITEM)) {
      for (int i = 0; i < facts.items.size(); i++) {
        if (reach.get(i).isFalse()) {
          out.add(notReached(facts.items.get(i).item().id(), frame(i, -1)));
          continue;
        }
        if (onlyIfReached && !reach.get(i).isTrue()) {
          continue;
        }
        // A per-party rule is first evaluated with no party: if the party facts do not matter,
        // one evaluation stands for every party.
        Truth noParty = perParty ? eval(c, i, -1) : null;
        if (perParty && !(noParty.isUnknown() && readsMissingParty(noParty))) {
          out.add(one(rule, noParty, i, -1));
        } else if (perParty) {
          for (int p = 0; p < facts.parties.size(); p++) {
            out.add(one(rule, eval(c, i, p), i, p));
          }
        } else {
          out.add(one(rule, eval(c, i, -1), i, -1));
        }
      }
    } else {
      if (txReach.isFalse()) {
        out.add(notReached(null, frame(-1, -1)));
      } else if (!onlyIfReached || txReach.isTrue()) {
        out.add(one(rule, eval(c, -1, -1), -1, -1));
      }
    }
    return new RuleResult(rule, in, out);
  }

  private static boolean readsMissingParty(Truth t) {
    for (String m : t.missing()) {
      if (m.startsWith("party.")) {
        return true;
      }
    }
    return false;
  }

  private Frame frame(int item, int party) {
    return new Frame(
        constants,
        facts.tx,
        item < 0 ? null : facts.items.get(item).facts(),
        party < 0 ? null : facts.parties.get(party).facts(),
        new Frame.Remembered(memo, width, item, party));
  }

  /**
   * Evaluates a condition for an item and a party. A split condition is evaluated part by part,
   * stopping at the first part that decides; a part that reads party facts is first tried without a
   * party, since often the party does not matter. Results are remembered by what they read.
   */
  private Truth eval(Condition c, int item, int party) {
    if (c.junction() != Condition.Junction.NONE) {
      boolean and = c.junction() == Condition.Junction.AND;
      Truth acc = and ? Truth.TRUE : Truth.FALSE;
      for (Condition part : c.parts()) {
        Truth t = eval(part, item, party);
        if (and && t.isFalse()) {
          return Truth.FALSE;
        }
        if (!and && t.isTrue()) {
          return Truth.TRUE;
        }
        acc = and ? acc.and(t) : acc.or(t);
      }
      return acc;
    }
    if (party < 0 && c.reads(Scope.PARTY)) {
      // A part that reads party facts cannot be decided without a party; saying so without
      // evaluating it makes the caller evaluate it per party.
      return partyUnknown(c);
    }
    return leaf(c, item, party);
  }

  private static Truth partyUnknown(Condition c) {
    Set<String> missing = new TreeSet<>();
    for (String f : c.facts()) {
      if (f.startsWith("party.")) {
        missing.add(f);
      }
    }
    return Truth.unknown(missing);
  }

  private Truth leaf(Condition c, int item, int party) {
    int slot = Frame.slot(c, item, party, width);
    Truth[] byKey = memo[c.index()];
    if (byKey == null) {
      byKey = new Truth[(facts.items.size() + 1) * width];
      memo[c.index()] = byKey;
    }
    Truth t = byKey[slot];
    if (t == null) {
      t = c.evaluate(frame(item, party));
      byKey[slot] = t;
    }
    return t;
  }

  private static Evaluation notReached(String item, Frame frame) {
    return new Evaluation(
        item,
        null,
        Truth.FALSE,
        null,
        null,
        List.of(),
        null,
        Set.of(),
        List.of("not reached by the regime"),
        List.of(),
        List.of(),
        frame);
  }

  private Evaluation one(Rule rule, Truth condition, int itemIdx, int partyIdx) {
    TransactionFacts.ItemFacts item = itemIdx < 0 ? null : facts.items.get(itemIdx);
    String party = partyIdx < 0 ? null : facts.parties.get(partyIdx).party().name();
    Truth reached = itemIdx < 0 ? txReach : reach.get(itemIdx);
    Frame frame = frame(itemIdx, partyIdx);
    Truth t = reached.and(condition);
    if (t.isUnknown()) {
      t = new Truth(Truth.Value.UNKNOWN, MissingFacts.name(t.missing(), item, party), t.error());
    }
    String itemId = item == null ? null : item.item().id();
    Decision decision = rule.outcome().decision();
    ReviewPolicy review = rule.outcome().review();
    if (!t.isTrue()) {
      return new Evaluation(
          itemId, party, t, decision, review, List.of(), null, Set.of(), List.of(), List.of(),
          List.of(), frame);
    }
    List<String> notes = new ArrayList<>();
    List<String> doubts = new ArrayList<>();
    List<String> obligations = new ArrayList<>();
    Set<String> reviewMissing = new TreeSet<>();
    ReviewCase applied = null;
    ReviewPolicy assumed = null;
    if (decision == Decision.LICENSE_REQUIRED) {
      for (ReviewCase rc : rule.outcome().reviewCases()) {
        if (rc.dates() != null && !rc.dates().contains(asOf)) {
          continue;
        }
        Truth w = rc.when() == null ? Truth.TRUE : anyParty(rc.when(), itemIdx, partyIdx);
        if (w.isTrue()) {
          // An earlier case that may hold comes first; if it would be stricter, it is kept.
          review = assumed != null && assumed.stricterThan(rc.review()) ? assumed : rc.review();
          applied = rc;
          notes.add("review " + rc.review() + " by " + rc.id() + cite(rc));
          break;
        }
        if (w.isUnknown()) {
          Set<String> named = MissingFacts.name(w.missing(), item, party);
          reviewMissing.addAll(named);
          if (rc.review().stricterThan(review)) {
            review = rc.review();
            assumed = review;
            notes.add(
                "review "
                    + rc.review()
                    + " by "
                    + rc.id()
                    + " assumed: it may apply, missing "
                    + named);
          } else {
            notes.add(
                "review would be "
                    + rc.review()
                    + " by "
                    + rc.id()
                    + cite(rc)
                    + " if established: "
                    + named);
          }
        }
      }
    }
    List<OfferedException> offered = new ArrayList<>();
    for (ExceptionClause x : rule.exceptions()) {
      if (!x.validity().at(asOf).applies()) {
        continue;
      }
      Truth xt = anyParty(x.condition(), itemIdx, partyIdx);
      if (xt.isUnknown()) {
        String doubt =
            x.id() + " may apply; missing " + MissingFacts.name(xt.missing(), item, party);
        notes.add(doubt);
        if (x.kind() == ExceptionClause.Kind.LICENCE_EXCEPTION) {
          doubts.add(rule.id() + ": licence exception " + doubt);
        } else {
          doubts.add(rule.id() + ": override " + doubt + " (" + x.title() + ")");
        }
        continue;
      }
      if (!xt.isTrue()) {
        continue;
      }
      if (x.kind() == ExceptionClause.Kind.OVERRIDE) {
        if (x.overrideDecision() != null) {
          decision = x.overrideDecision();
          review = decision == Decision.LICENSE_REQUIRED ? x.overrideReview() : null;
        }
        notes.add(
            "override " + x.id() + " (" + x.citation().shortForm() + ") applies: " + x.title());
        x.notification()
            .forEach(n -> obligations.add(x.id() + " (" + x.citation().shortForm() + "): " + n));
        if (x.blocksLower()) {
          break;
        }
      } else if (decision == Decision.LICENSE_REQUIRED) {
        offered.add(offer(x, item));
        notes.add("licence exception " + x.id() + " (" + x.citation().shortForm() + ") available");
      }
    }
    return new Evaluation(
        itemId,
        party,
        Truth.TRUE,
        decision,
        review,
        offered,
        applied,
        reviewMissing,
        notes,
        doubts,
        obligations,
        frame);
  }

  /** Evaluates a condition that may read party facts; without a party, any party decides. */
  private Truth anyParty(Condition c, int item, int party) {
    if (party >= 0 || !c.reads(Scope.PARTY)) {
      return eval(c, item, party);
    }
    Truth result = Truth.FALSE;
    Set<String> missing = new TreeSet<>();
    for (int p = 0; p < facts.parties.size(); p++) {
      Truth t = eval(c, item, p);
      if (t.isTrue()) {
        return Truth.TRUE;
      }
      if (t.isUnknown()) {
        result = t;
        missing.addAll(t.missing());
      }
    }
    return result.isUnknown() ? Truth.unknown(missing) : Truth.FALSE;
  }

  private static String cite(ReviewCase rc) {
    return rc.citation() == null ? "" : " (" + rc.citation().shortForm() + ")";
  }

  private static OfferedException offer(ExceptionClause x, TransactionFacts.ItemFacts item) {
    List<Map<String, Object>> figures = new ArrayList<>();
    if (item != null && item.chip() != null) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("item", item.item().id());
      f.put("eccn", item.facts().get("item.eccn"));
      f.put("tpp", item.chip().tpp());
      Double pd = item.chip().performanceDensity();
      f.put("performanceDensity", pd == null ? null : Math.round(pd * 100.0) / 100.0);
      figures.add(f);
    }
    boolean notify = Boolean.TRUE.equals(x.data().get("notificationRequired"));
    return new OfferedException(
        x.id(), x.title(), x.citation().shortForm(), notify, x.data(), x.notification(), figures);
  }
}
