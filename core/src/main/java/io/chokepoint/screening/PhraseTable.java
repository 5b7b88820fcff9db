package io.chokepoint.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word sequences mapped to replacement words, matched longest first: the form of the legal-form and
 * abbreviation tables ({@code co ltd = company limited; youxian gongsi}). Variants written in Han
 * are kept apart for the Chinese segmenter.
 */
final class PhraseTable {
  /**
   * A match at a position.
   *
   * @param length how many words matched
   * @param replacement the canonical words
   */
  record Match(int length, List<String> replacement) {}

  private final Map<String, List<String>> latin = new HashMap<>();
  private final Map<String, List<String>> han = new HashMap<>();
  private int maxWords;

  /**
   * Reads a table of {@code canonical = variant; variant} lines.
   *
   * @param source the name to report in errors
   * @param lines the lines
   * @return the table
   * @throws TableFormatException if a line is malformed, a canonical is not plain lower-case ASCII
   *     words, or a variant normalises to nothing or to two different canonicals
   */
  static PhraseTable parse(String source, List<String> lines) {
    PhraseTable t = new PhraseTable();
    for (TableLines.Line line : TableLines.parse(source, lines, "=")) {
      if (!line.head().matches("[a-z0-9]+( [a-z0-9]+)*")) {
        throw line.error(
            String.format(
                "the canonical form '%s' must be lower-case ASCII words with single spaces",
                line.head()));
      }
      List<String> canonical = List.of(line.head().split(" "));
      t.put(line, line.head(), canonical);
      for (String variant : line.items()) {
        String norm = TextNormalizer.normalize(variant);
        if (norm.isEmpty()) {
          throw line.error(String.format("the variant '%s' is empty once normalised", variant));
        }
        t.put(line, norm, canonical);
      }
    }
    return t;
  }

  private void put(TableLines.Line line, String norm, List<String> canonical) {
    boolean isHan = Han.containsHan(norm);
    String key = isHan ? norm.replace(" ", "") : norm;
    Map<String, List<String>> map = isHan ? han : latin;
    List<String> old = map.putIfAbsent(key, canonical);
    if (old != null && !old.equals(canonical)) {
      throw line.error(String.format("'%s' already stands for '%s'", key, String.join(" ", old)));
    }
    if (!isHan) {
      maxWords = Math.max(maxWords, key.split(" ").length);
    }
  }

  /** The longest match starting at {@code from} within {@code words[from, to)}, or null. */
  Match longestAt(List<String> words, int from, int to) {
    int limit = Math.min(maxWords, to - from);
    for (int n = limit; n >= 1; n--) {
      String key = n == 1 ? words.get(from) : String.join(" ", words.subList(from, from + n));
      List<String> canonical = latin.get(key);
      if (canonical != null) {
        return new Match(n, canonical);
      }
    }
    return null;
  }

  /** The Han variants, e.g. 有限公司 → [co, ltd]. */
  Map<String, List<String>> hanVariants() {
    return Map.copyOf(han);
  }

  /** Whether {@code word} alone is a variant. */
  boolean containsWord(String word) {
    return latin.containsKey(word);
  }
}
