package io.chokepoint.determine;

import io.chokepoint.rules.Decision;

/**
 * The answer for a regime or a whole transaction, in increasing strictness: PROHIBITED >
 * LICENSE_REQUIRED > INDETERMINATE > NO_LICENSE_REQUIRED (FORMATS.md §2).
 */
public enum Outcome {
  /** No licence is required. */
  NO_LICENSE_REQUIRED,
  /** The answer depends on facts that are missing; they are listed. */
  INDETERMINATE,
  /** A licence is required. */
  LICENSE_REQUIRED,
  /** The transaction is prohibited. */
  PROHIBITED;

  /** The outcome of a rule decision. */
  public static Outcome of(Decision d) {
    return switch (d) {
      case NO_LICENSE_REQUIRED -> NO_LICENSE_REQUIRED;
      case LICENSE_REQUIRED -> LICENSE_REQUIRED;
      case PROHIBITED -> PROHIBITED;
    };
  }

  /** The stricter of the two. */
  public Outcome max(Outcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
