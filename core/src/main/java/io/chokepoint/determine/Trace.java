package io.chokepoint.determine;

import io.chokepoint.rules.Jurisdiction;
import io.chokepoint.rules.Regime;
import io.chokepoint.rules.ReviewPolicy;
import io.chokepoint.rules.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the trace of a regime determination: what the regime reaches, how each item was
 * classified, every rule with its state, the comparisons with their numbers, and the outcome.
 */
final class Trace {
  private Trace() {}

  static List<String> render(
      Regime regime,
      TransactionFacts facts,
      LocalDate asOf,
      List<Truth> reach,
      List<RuleResult> results,
      Outcome outcome,
      ReviewPolicy review,
      String itemCodeFact) {
    List<String> t = new ArrayList<>();
    t.add(
        regime.code()
            + " as of "
            + asOf
            + ": "
            + regime.rules().size()
            + " rules in "
            + regime.packs().size()
            + " packs");
    regime.coverageNotes().forEach(n -> t.add("coverage: " + n.strip()));
    Jurisdiction j = regime.jurisdiction();
    for (int i = 0; i < facts.items.size(); i++) {
      TransactionFacts.ItemFacts item = facts.items.get(i);
      String id = item.item().id();
      if (j != null) {
        Frame f = new Frame(regime.constantsAt(asOf), facts.tx, item.facts(), null);
        t.add(
            "item "
                + id
                + ": "
                + reachWords(reach.get(i), j)
                + comparisons(j.condition().explain(f)));
      }
      if ("item.cnCodes".equals(itemCodeFact) && item.content() != null) {
        if (item.content().material() != null) {
          t.add("item " + id + ": material classified under " + regime.code());
          item.content().material().trace().forEach(line -> t.add("  " + line));
        }
        item.content()
            .shares()
            .forEach(
                (name, share) -> {
                  if (regime.shares().containsKey(name)) {
                    t.add(
                        "item "
                            + id
                            + ": content share "
                            + name
                            + " ("
                            + regime.shares().get(name).description()
                            + ")");
                    share.trace().forEach(line -> t.add("  " + line));
                  }
                });
      }
      if (itemCodeFact != null) {
        if (item.chip() != null && !"item.cnCodes".equals(itemCodeFact)) {
          t.add(
              "item "
                  + id
                  + ": chip "
                  + item.chip().name()
                  + " classified as "
                  + item.chip().eccn()
                  + (item.chip().rule() == null ? "" : " (" + item.chip().rule() + ")"));
          item.chip().trace().forEach(line -> t.add("  " + line));
        }
        Object code = item.facts().get(itemCodeFact);
        t.add(
            "item "
                + id
                + ": "
                + itemCodeFact
                + " = "
                + (code == null ? "(unknown)" : code)
                + " ["
                + ("item.cnCodes".equals(itemCodeFact) ? cnBasis(item) : item.basis())
                + "]");
      }
    }
    for (RuleResult r : results) {
      String head = r.rule().id() + " (" + r.rule().citation().shortForm() + ")";
      switch (r.status()) {
        case NOT_IN_FORCE -> t.add(head + ": not in force: " + r.inForce().why());
        case FIRED ->
            t.add(
                head
                    + ": FIRED -> "
                    + r.rule().outcome().decision()
                    + (r.rule().outcome().review() == null
                        ? ""
                        : " / " + r.rule().outcome().review()));
        case UNKNOWN -> t.add(head + ": UNKNOWN");
        case NOT_FIRED -> t.add(head + ": not fired");
      }
      for (Evaluation e : r.evaluations()) {
        if (e.truth().isFalse() && e.notes().contains("not reached by the regime")) {
          t.add("  " + e.subject() + ": not reached by the regime");
          continue;
        }
        String state =
            e.truth().isTrue()
                ? "fired"
                : e.truth().isFalse() ? "no" : "unknown, missing " + e.truth().missing();
        if (!r.inForce().applies()) {
          state = "would be: " + state;
        }
        t.add(
            "  "
                + e.subject()
                + ": "
                + state
                + comparisons(r.rule().condition().explain(e.facts())));
        if (e.truth().isTrue() && r.inForce().applies()) {
          e.notes().forEach(n -> t.add("    " + n));
          if (e.appliedReview() != null && e.appliedReview().when() != null) {
            t.add("      " + String.join("; ", e.appliedReview().when().explain(e.facts())));
          }
        }
      }
    }
    t.add("outcome: " + outcome + (review == null ? "" : " / " + review));
    return t;
  }

  private static String reachWords(Truth t, Jurisdiction j) {
    if (t.isTrue()) {
      return "reached (" + j.description() + ")";
    }
    if (t.isFalse()) {
      return "not reached (" + j.description() + ")";
    }
    return "may be reached (" + j.description() + "): missing " + t.missing();
  }

  private static String comparisons(List<String> c) {
    return c.isEmpty() ? "" : " [" + String.join("; ", c) + "]";
  }

  /** Where an item's PRC codes come from, for the trace. */
  private static String cnBasis(TransactionFacts.ItemFacts item) {
    if (item.item().classification().containsKey("CN-ECL")) {
      return "stated";
    }
    if (item.content() != null && item.content().material() != null) {
      return "material classification";
    }
    return item.item().material() == null
        ? "not a material: no PRC entry is encoded for it; state classification.CN-ECL if it has one"
        : "material not classified";
  }
}
