package io.chokepoint.screening;

import io.chokepoint.lists.ListEntry;
import java.util.List;

/**
 * One list entry that a screened name may be: the entry, the name of it that matched best, a score
 * in [0, 1] and the reasons for that score in words.
 *
 * @param entry the list entry
 * @param matchedName the entry's name or alias that matched best
 * @param score how sure the match is, in [0, 1]
 * @param explanation one line per step, e.g. {@code "华为 → hua wei → huawei"}, {@code "country CN
 *     agrees (+0.02)"}
 */
public record ScreeningMatch(
    ListEntry entry, String matchedName, double score, List<String> explanation) {
  public ScreeningMatch {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must lie in [0, 1], was " + score);
    }
    explanation = List.copyOf(explanation);
  }
}
