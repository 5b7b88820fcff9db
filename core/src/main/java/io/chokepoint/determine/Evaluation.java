package io.chokepoint.determine;

import io.chokepoint.rules.Decision;
import io.chokepoint.rules.FactLookup;
import io.chokepoint.rules.ReviewPolicy;
import io.chokepoint.rules.Truth;
import java.util.List;
import java.util.Set;

/**
 * One evaluation of a rule: for the transaction, one item, or one item and party.
 *
 * @param item the item id, or {@code null} for a transaction-level rule
 * @param party the party name, or {@code null}
 * @param truth whether the rule fired, with missing facts when unknown
 * @param decision the decision if fired or possibly fired (after overrides)
 * @param review the review policy if a licence is required, else {@code null}
 * @param exceptions the licence exceptions that apply
 * @param appliedReview the review case that set the review, or {@code null}
 * @param reviewMissing facts that could change the review policy
 * @param notes what the trace should say beyond the comparisons
 * @param doubts what the answer's warnings should say, e.g. that a licence exception may apply
 * @param obligations what the exporter must do when an override applies, e.g. report within 10
 *     working days
 * @param facts the facts the rule saw, for explanations
 */
public record Evaluation(
    String item,
    String party,
    Truth truth,
    Decision decision,
    ReviewPolicy review,
    List<OfferedException> exceptions,
    io.chokepoint.rules.ReviewCase appliedReview,
    Set<String> reviewMissing,
    List<String> notes,
    List<String> doubts,
    List<String> obligations,
    FactLookup facts) {
  public Evaluation {
    exceptions = List.copyOf(exceptions);
    reviewMissing = Set.copyOf(reviewMissing);
    notes = List.copyOf(notes);
    doubts = List.copyOf(doubts);
    obligations = List.copyOf(obligations);
  }

  /** Who the evaluation was for, e.g. {@code item L1, party Acme}. */
  public String subject() {
    StringBuilder sb = new StringBuilder();
    if (item != null) {
      sb.append("item ").append(item);
    }
    if (party != null) {
      sb.append(sb.length() > 0 ? ", " : "").append("party ").append(party);
    }
    return sb.length() == 0 ? "transaction" : sb.toString();
  }
}
