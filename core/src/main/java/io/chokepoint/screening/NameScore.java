package io.chokepoint.screening;

import java.util.List;

/**
 * How alike two names are.
 *
 * @param score in [0, 1]
 * @param explanation the reasons, one line per step
 */
public record NameScore(double score, List<String> explanation) {
  public NameScore {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must lie in [0, 1], was " + score);
    }
    explanation = List.copyOf(explanation);
  }
}
