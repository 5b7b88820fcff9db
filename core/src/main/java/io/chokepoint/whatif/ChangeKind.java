package io.chokepoint.whatif;

import io.chokepoint.determine.Outcome;

/** How a regime's answer for an order changes from the baseline to the scenario. */
public enum ChangeKind {
  /** A licence is now required (before: none, or the answer was open). */
  NEWLY_REQUIRED,
  /** The shipment is now prohibited. */
  NEWLY_PROHIBITED,
  /** The answer is now open: facts are missing that decide it. Unknown is not "no". */
  NEWLY_INDETERMINATE,
  /** The answer is less strict than before (e.g. no licence is required any more). */
  RELAXED,
  /** The outcome is the same, the review policy is not. */
  REVIEW_CHANGED,
  /** The outcome and review are the same, but other rules decide them. */
  RULES_CHANGED;

  /**
   * The kind of a change between two answers that differ.
   *
   * @param before the baseline outcome
   * @param after the scenario outcome
   * @param sameReview whether the review policy is the same
   */
  public static ChangeKind of(Outcome before, Outcome after, boolean sameReview) {
    if (after.compareTo(before) > 0) {
      return switch (after) {
        case PROHIBITED -> NEWLY_PROHIBITED;
        case LICENSE_REQUIRED -> NEWLY_REQUIRED;
        default -> NEWLY_INDETERMINATE;
      };
    }
    if (after.compareTo(before) < 0) {
      return RELAXED;
    }
    return sameReview ? RULES_CHANGED : REVIEW_CHANGED;
  }

  /** Whether the scenario puts the order's value at stake: a licence or a prohibition. */
  public boolean atStake() {
    return this == NEWLY_REQUIRED || this == NEWLY_PROHIBITED;
  }

  /** How files spell it, e.g. {@code newly-required}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
