package io.chokepoint.determine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The screening of one party of a transaction: every list entry its names matched at or above the
 * review threshold, best first, at most one per entry.
 *
 * @param index the party's index in the transaction
 * @param role the party's role
 * @param name the party's name
 * @param hits the matches
 * @param owners the screening of each of its owners, in order; empty when it names none
 */
public record PartyScreen(
    int index, String role, String name, List<PartyHit> hits, List<OwnerScreen> owners) {
  public PartyScreen {
    hits = List.copyOf(hits);
    owners = List.copyOf(owners);
  }

  /** The lists of the entries in {@code band}, in match order (a fresh, modifiable set). */
  public Set<String> lists(ScreeningBand band) {
    return PartyHit.lists(hits, band);
  }

  /** The primary names of the entries in {@code band} (a fresh, modifiable set). */
  public Set<String> entryNames(ScreeningBand band) {
    Set<String> out = new LinkedHashSet<>();
    for (PartyHit h : hits) {
      if (h.band() == band) {
        out.add(h.match().entry().name());
      }
    }
    return out;
  }
}
