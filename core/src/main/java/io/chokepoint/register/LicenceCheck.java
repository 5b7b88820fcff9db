package io.chokepoint.register;

import io.chokepoint.determine.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * What the engine said about a movement when it was recorded: whether the movement is an export,
 * re-export or transfer at all, and if so the determination of the synthetic transaction it was
 * checked as, on the movement's date. Anything but NO_LICENSE_REQUIRED is flagged unless the
 * movement names a licence or transaction that covers it; unknown facts give INDETERMINATE, which
 * is flagged, never read as "no licence required".
 *
 * @param status the verdict
 * @param outcome the overall outcome, or {@code null} when nothing was determined
 * @param regimes each regime's outcome and review, empty when nothing was determined
 * @param rules the rules that fired, with their citations
 * @param missingFacts the facts whose absence left an answer open, as input paths
 * @param coveredBy the licence or transaction said to cover it, or {@code null}
 * @param note one sentence saying why the status is what it is
 * @param rulebook the hash of the rule book used, or {@code null}
 * @param input the synthetic transaction as canonical JSON (FORMATS §1), replayable with {@code
 *     chokepoint check}, or {@code null}
 */
public record LicenceCheck(
    Status status,
    Outcome outcome,
    List<RegimeOutcome> regimes,
    List<FiredRule> rules,
    List<String> missingFacts,
    String coveredBy,
    String note,
    String rulebook,
    String input) {
  /** The verdicts on a movement. */
  public enum Status {
    /** Not an export, re-export or transfer: a receipt, a scrapping, a move within a country. */
    NOT_AN_EXPORT,
    /** Determined: no licence required under any regime. */
    CLEAR,
    /** A licence is required (or the answer is open), and the movement names what covers it. */
    COVERED,
    /** Needs a licence, is prohibited, or cannot be decided, and nothing named covers it. */
    FLAGGED
  }

  /**
   * One regime's answer.
   *
   * @param regime the regime code
   * @param outcome its outcome
   * @param review the review policy when a licence is required, else {@code null}
   */
  public record RegimeOutcome(String regime, Outcome outcome, String review) {}

  /**
   * A rule that fired.
   *
   * @param regime the regime code
   * @param id the rule id
   * @param citation where the rule comes from, e.g. {@code 88 FR 73458, 15 CFR 742.6(a)(6)(iii)}
   * @param decision what it decided
   * @param review its review policy, or {@code null}
   */
  public record FiredRule(
      String regime, String id, String citation, String decision, String review) {}

  /** Creates a check. */
  public LicenceCheck {
    Objects.requireNonNull(status, "status");
    regimes = List.copyOf(regimes);
    rules = List.copyOf(rules);
    missingFacts = List.copyOf(missingFacts);
  }

  /** A movement that is no export, with why. */
  public static LicenceCheck notAnExport(String note) {
    return new LicenceCheck(
        Status.NOT_AN_EXPORT, null, List.of(), List.of(), List.of(), null, note, null, null);
  }

  /** Whether the movement is flagged for a person to look at. */
  public boolean flagged() {
    return status == Status.FLAGGED;
  }
}
