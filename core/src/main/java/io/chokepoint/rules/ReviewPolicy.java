package io.chokepoint.rules;

/**
 * How the authority reviews a licence application, in increasing strictness. The PRC "in principle
 * not approved" is {@link #PRESUMPTION_OF_DENIAL}.
 */
public enum ReviewPolicy {
  /** Applications are generally approved. */
  PRESUMPTION_OF_APPROVAL,
  /** Each application is judged on its merits. */
  CASE_BY_CASE,
  /** Applications are generally denied. */
  PRESUMPTION_OF_DENIAL;

  /** Whether this policy is stricter than the other. */
  public boolean stricterThan(ReviewPolicy other) {
    return ordinal() > other.ordinal();
  }
}
