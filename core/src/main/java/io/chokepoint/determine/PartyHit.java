package io.chokepoint.determine;

import io.chokepoint.screening.ScreeningMatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One list entry a party matched when its names were screened.
 *
 * @param query the party's name that matched (its name or one of its other names)
 * @param match the entry, the score and the explanation
 * @param band how the match counts
 * @param note why a cleared match is cleared (who and why), else {@code null}
 */
public record PartyHit(String query, ScreeningMatch match, ScreeningBand band, String note) {
  /** The lists of the entries among {@code hits} in {@code band}, in order. */
  static Set<String> lists(List<PartyHit> hits, ScreeningBand band) {
    Set<String> out = new LinkedHashSet<>();
    for (PartyHit h : hits) {
      if (h.band() == band) {
        out.add(h.match().entry().list());
      }
    }
    return out;
  }
}
