package io.chokepoint.determine;

import io.chokepoint.screening.ScreeningMatch;

/**
 * One list entry a party matched when its names were screened.
 *
 * @param query the party's name that matched (its name or one of its other names)
 * @param match the entry, the score and the explanation
 * @param band how the match counts
 * @param note why a cleared match is cleared (who and why), else {@code null}
 */
public record PartyHit(String query, ScreeningMatch match, ScreeningBand band, String note) {}
