package io.chokepoint.determine;

/** How a party's match with a list entry counts in a determination. */
public enum ScreeningBand {
  /** At or above the alert threshold: the party is taken to be the listed entry. */
  HIT,
  /**
   * In the review band below the alert threshold: the party may be the entry, so every answer that
   * depends on the entry's list is indeterminate until a person reviews the party.
   */
  POSSIBLE,
  /** A person reviewed this pair and recorded it as not the same party; the entry is unchanged. */
  CLEARED
}
