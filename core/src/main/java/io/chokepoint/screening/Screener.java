package io.chokepoint.screening;

import java.util.List;

/**
 * Screens names against the entries of one list snapshot. Implementations are immutable and safe
 * for concurrent use: the index is built once and every call only reads it.
 */
public interface Screener {
  /**
   * Screens one name.
   *
   * @param query the name and what else is known of the party
   * @param threshold the lowest score to return, in [0, 1]
   * @return the matches scoring at or above {@code threshold}, best first, at most one per entry
   * @throws IllegalArgumentException if {@code threshold} is outside [0, 1]
   */
  List<ScreeningMatch> screen(ScreeningQuery query, double threshold);
}
