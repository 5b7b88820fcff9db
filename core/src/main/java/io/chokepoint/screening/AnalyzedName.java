package io.chokepoint.screening;

import java.util.List;

/**
 * A name taken apart for matching.
 *
 * @param original the name as written
 * @param normalized the output of {@link TextNormalizer#normalize(String)}
 * @param tokens the tokens, in order
 */
public record AnalyzedName(String original, String normalized, List<Token> tokens) {
  public AnalyzedName {
    tokens = List.copyOf(tokens);
  }

  /** The token keys joined by spaces: two names with the same key string read the same. */
  public String keyString() {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.key());
    }
    return sb.toString();
  }
}
