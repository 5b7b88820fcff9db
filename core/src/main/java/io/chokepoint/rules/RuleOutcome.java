package io.chokepoint.rules;

import java.util.List;

/**
 * What a rule decides when it fires.
 *
 * @param decision licence required, prohibited, or no licence required
 * @param review the default review policy when a licence is required, else {@code null}
 * @param reviewCases review policies that replace the default under conditions, first match wins
 * @param redFlag a red flag to raise with the outcome, or {@code null}
 */
public record RuleOutcome(
    Decision decision, ReviewPolicy review, List<ReviewCase> reviewCases, String redFlag) {
  public RuleOutcome {
    reviewCases = List.copyOf(reviewCases);
  }
}
