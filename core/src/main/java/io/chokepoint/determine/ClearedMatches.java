package io.chokepoint.determine;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.TextNormalizer;
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
   * The pairs a false-positive memory holds, a transaction party being known by {@link
   * #partyKey(Party)}.
   *
   * @param memory the reviewed non-matches
   * @return the cleared pairs, each explained as who cleared it, when and why
   */
  static ClearedMatches of(FalsePositiveMemory memory) {
    return (party, entry) ->
        memory
            .clearing(partyKey(party), entry)
            .map(
                r ->
                    String.format(
                        "reviewed non-match: %s on %s: %s",
                        r.reviewer(), r.reviewedAt().toString().substring(0, 10), r.reason()))
            .orElse(null);
  }

  /**
   * The key a transaction party is remembered by: its normalised name and its country, so that
   * spelling, case and punctuation do not matter but a namesake elsewhere is another party.
   */
  static String partyKey(Party party) {
    return partyKey(party.name(), party.country());
  }

  /**
   * The key a party of this name and country is remembered by.
   *
   * @param name the party's name as written
   * @param country its ISO alpha-2 country, or {@code null}
   */
  static String partyKey(String name, String country) {
    return TextNormalizer.normalize(name) + "|" + (country == null ? "" : country);
  }

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
