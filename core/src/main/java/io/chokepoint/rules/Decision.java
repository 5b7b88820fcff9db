package io.chokepoint.rules;

/**
 * What a rule decides when it fires, in increasing strictness. The determination adds {@code
 * INDETERMINATE} for answers that depend on missing facts.
 */
public enum Decision {
  /** The rule relieves or does not require a licence. */
  NO_LICENSE_REQUIRED,
  /** A licence is required. */
  LICENSE_REQUIRED,
  /** The transaction is prohibited (or denied in principle with no licence path). */
  PROHIBITED;

  /** Whether this decision is stricter than the other. */
  public boolean stricterThan(Decision other) {
    return ordinal() > other.ordinal();
  }
}
