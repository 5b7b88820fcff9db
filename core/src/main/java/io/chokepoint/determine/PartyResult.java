package io.chokepoint.determine;

import java.util.List;

/**
 * A party of the transaction and the list entries that concern it.
 *
 * @param party the party's name
 * @param role its role
 * @param hits the lists it is on, with where that came from
 */
public record PartyResult(String party, String role, List<Hit> hits) {
  public PartyResult {
    hits = List.copyOf(hits);
  }

  /**
   * A list the party is on.
   *
   * @param list the list code, e.g. US-EL
   * @param source where the hit comes from
   */
  public record Hit(String list, String source) {}
}
