package io.chokepoint.determine;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.transaction.Party;

/**
 * The party and list-entry pairs that people reviewed and found not to be the same: a match of such
 * a pair no longer counts, while the entry is unchanged.
 */
@FunctionalInterface
public interface ClearedMatches {
  /** Clears nothing. */
  ClearedMatches NONE = (p, e) -> null;

  /**
   * Whether the pair was cleared.
   *
   * @param party the party
   * @param entry the list entry as it is now
   * @return who cleared it and why, or {@code null} if it was not cleared (or the entry changed
   *     since)
   */
  String why(Party party, ListEntry entry);
}
