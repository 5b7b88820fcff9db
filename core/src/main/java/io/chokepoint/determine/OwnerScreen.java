package io.chokepoint.determine;

import java.util.List;
import java.util.Set;

/**
 * The screening of one owner of a party: what reaches a party through its owners (the US Affiliates
 * Rule, the PRC 50% rule of Announcement 2025 No. 61) depends on whether its owners are listed, so
 * owners are screened like parties.
 *
 * @param name the owner's name
 * @param share the share it owns, 0 to 1
 * @param hits its matches, best first
 */
public record OwnerScreen(String name, double share, List<PartyHit> hits) {
  public OwnerScreen {
    hits = List.copyOf(hits);
  }

  /** The lists of the entries in {@code band} (a fresh, modifiable set). */
  public Set<String> lists(ScreeningBand band) {
    return PartyHit.lists(hits, band);
  }
}
