package io.chokepoint.whatif;

import io.chokepoint.determine.Outcome;
import java.io.Serializable;
import java.util.List;

/**
 * How one regime's answer for one order changes: the answer before and after, and the rules that
 * started or stopped firing, each with why.
 *
 * @param regime the regime code
 * @param kind what kind of change
 * @param before the baseline's answer
 * @param after the scenario's answer
 * @param started rules that fire under the scenario and did not under the baseline
 * @param stopped rules that fired under the baseline and do not under the scenario
 */
public record RegimeChange(
    String regime,
    ChangeKind kind,
    Answer before,
    Answer after,
    List<RuleShift> started,
    List<RuleShift> stopped)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RegimeChange {
    started = List.copyOf(started);
    stopped = List.copyOf(stopped);
  }

  /**
   * A regime's answer, as much of it as a person acts on.
   *
   * @param outcome the outcome
   * @param review the review policy when a licence is required, else {@code null}
   * @param reviewBy the rules or review cases that set the review
   * @param missingFacts the facts whose absence leaves the answer open
   * @param warnings what the reader must know (e.g. an unconfirmed end of a suspension)
   * @param exceptions the licence exceptions on offer
   */
  public record Answer(
      Outcome outcome,
      String review,
      List<String> reviewBy,
      List<String> missingFacts,
      List<String> warnings,
      List<String> exceptions)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Answer {
      reviewBy = List.copyOf(reviewBy);
      missingFacts = List.copyOf(missingFacts);
      warnings = List.copyOf(warnings);
      exceptions = List.copyOf(exceptions);
    }

    /** The outcome with its review, e.g. {@code LICENSE_REQUIRED / CASE_BY_CASE}. */
    public String label() {
      return outcome.name() + (review == null ? "" : " / " + review);
    }
  }

  /**
   * A rule that started or stopped firing.
   *
   * @param rule the rule id
   * @param title its title
   * @param citation its citation, short form
   * @param why why it fired (on the side where it fired), with the figures compared
   * @param whyNot what it did on the other side: not fired and why, or not in force and why
   */
  public record RuleShift(String rule, String title, String citation, String why, String whyNot)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
