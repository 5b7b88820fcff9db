package io.chokepoint.review;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.OfferedException;
import io.chokepoint.determine.Outcome;
import io.chokepoint.determine.RegimeDetermination;
import java.util.List;

/**
 * What a review needs of one regime's determination: its outcome, the licence exceptions it
 * offered, and the facts it was missing. It can be read from a live determination or from a
 * recorded one (FORMATS.md §2), so that a review acts on the answer that was recorded.
 *
 * @param regime the regime code
 * @param outcome its outcome
 * @param exceptions the ids of the licence exceptions offered
 * @param missingFacts the facts it was missing
 */
public record RegimeSummary(
    String regime, Outcome outcome, List<String> exceptions, List<String> missingFacts) {
  /** Creates a summary. */
  public RegimeSummary {
    exceptions = List.copyOf(exceptions);
    missingFacts = List.copyOf(missingFacts);
  }

  /** The summaries of a determination's regimes, in order. */
  public static List<RegimeSummary> of(Determination d) {
    return d.regimes().stream().map(RegimeSummary::of).toList();
  }

  private static RegimeSummary of(RegimeDetermination r) {
    return new RegimeSummary(
        r.regime(),
        r.outcome(),
        r.exceptions().stream().map(OfferedException::id).toList(),
        r.missingFacts());
  }

  /** Whether this regime offered the licence exception (ids compare ignoring case). */
  public boolean offers(String exception) {
    return exceptions.stream().anyMatch(e -> e.equalsIgnoreCase(exception));
  }
}
