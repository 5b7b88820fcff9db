package io.chokepoint.determine;

import java.util.ArrayList;
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

  /** The lists of the entries the party is taken to be (band {@link ScreeningBand#HIT}). */
  public List<String> listsHit() {
    return lists(ScreeningBand.HIT);
  }

  /** The lists of the entries the party may be (band {@link ScreeningBand#POSSIBLE}). */
  public List<String> listsPossible() {
    return lists(ScreeningBand.POSSIBLE);
  }

  /** The primary names of the entries in {@code band}. */
  public List<String> entryNames(ScreeningBand band) {
    Set<String> out = new LinkedHashSet<>();
    for (PartyHit h : hits) {
      if (h.band() == band) {
        out.add(h.match().entry().name());
      }
    }
    return List.copyOf(out);
  }

  private List<String> lists(ScreeningBand band) {
    Set<String> out = new LinkedHashSet<>();
    for (PartyHit h : hits) {
      if (h.band() == band) {
        out.add(h.match().entry().list());
      }
    }
    return new ArrayList<>(out);
  }
}
