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

  private static final java.util.regex.Pattern HEAD =
      java.util.regex.Pattern.compile("([a-z0-9]+(?: [a-z0-9]+)*)(?: \\[([a-z0-9]+)\\])?");

  /** Variants this long or longer are also recognised misspelt. */
  private static final int LONG_WORD = 5;

  private final Map<String, List<String>> latin = new HashMap<>();
  private final Map<String, List<String>> han = new HashMap<>();
  // single-word variants of LONG_WORD letters or more, by first letter and length (bucketKey)
  private final Map<Integer, List<String>> longWords = new HashMap<>();
  // the same, with what a lookup compares precomputed; set once the table is read
  private Map<Integer, Bucket> buckets = Map.of();
  private final Map<String, String> families = new HashMap<>();
  // single-word variants that are pinyin (tongxin, youxiangongsi)
  private final java.util.Set<String> pinyin = new java.util.HashSet<>();
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
      java.util.regex.Matcher m = HEAD.matcher(line.head());
      if (!m.matches()) {
        throw line.error(
            String.format(
                "the canonical form '%s' must be lower-case ASCII words with single spaces,"
                    + " optionally followed by a [family]",
                line.head()));
      }
      List<String> canonical = List.of(m.group(1).split(" "));
      for (String w : canonical) {
        t.families.put(w, m.group(2) != null ? m.group(2) : w);
      }
      t.put(line, m.group(1), canonical);
      for (String variant : line.items()) {
        String norm = TextNormalizer.normalize(variant);
        if (norm.isEmpty()) {
          throw line.error(String.format("the variant '%s' is empty once normalised", variant));
        }
        t.put(line, norm, canonical);
      }
    }
    t.buckets = t.buckets();
    return t;
  }

  /**
   * The long single-word variants that share a first letter and a length, in table order, with
   * their letter masks and whether each is pinyin: a typo lookup scans only the buckets of its own
   * first letter, so the analysis of a list's names (every unknown long word is looked up) does not
   * visit the whole table for each word.
   */
  private record Bucket(String[] words, long[] masks, boolean[] pinyin) {}

  private static int bucketKey(char first, int length) {
    return (first << 12) | Math.min(length, 0xfff);
  }

  private Map<Integer, Bucket> buckets() {
    Map<Integer, Bucket> out = new HashMap<>();
    longWords.forEach(
        (key, words) -> {
          long[] masks = new long[words.size()];
          boolean[] py = new boolean[words.size()];
          for (int i = 0; i < masks.length; i++) {
            masks[i] = TokenSimilarity.mask(words.get(i));
            py[i] = pinyin.contains(words.get(i));
          }
          out.put(key, new Bucket(words.toArray(String[]::new), masks, py));
        });
    return Map.copyOf(out);
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
      if (key.length() >= LONG_WORD && !key.contains(" ")) {
        longWords
            .computeIfAbsent(
                bucketKey(key.charAt(0), key.length()), k -> new java.util.ArrayList<>())
            .add(key);
        if (PinyinReader.splits(key)) {
          pinyin.add(key);
        }
      }
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

  /**
   * The canonical of a single-word variant that {@code word} misspells ({@link
   * #misspeltVariant(String)}), or null.
   */
  List<String> misspelt(String word) {
    String v = misspeltVariant(word);
    return v == null ? null : latin.get(v);
  }

  /**
   * The single-word variant of five letters or more that {@code word} misspells, keeping its first
   * letter, or null: a five-letter word or variant by swapping two neighbouring letters ({@code
   * limtd}; {@code petrom} is not {@code petro}); from six letters by one typo of any kind ({@code
   * cmpany}, {@code limied}, {@code holdding}), from nine by two ({@code aktiengeselschaft}). A
   * variant written in pinyin ({@code tongxin}) is only found with two letters swapped: one letter
   * off is another pinyin name ({@code tongxing}). Shorter variants are never guessed: too many
   * words are one letter off {@code ltd}.
   */
  String misspeltVariant(String word) {
    int n = word.length();
    if (n < LONG_WORD || latin.containsKey(word)) {
      return null;
    }
    int edits = n < 9 ? 1 : 2;
    long mask = TokenSimilarity.mask(word);
    String best = null;
    int bestDistance = edits + 1;
    for (int len = n - edits; len <= n + edits; len++) {
      Bucket same = buckets.get(bucketKey(word.charAt(0), len));
      if (same == null) {
        continue;
      }
      String[] words = same.words();
      for (int i = 0; i < words.length; i++) {
        String v = words[i];
        if (!TokenSimilarity.mayBeNear(mask, same.masks()[i], edits)) {
          continue;
        }
        // five letters, or a pinyin variant: only a swap of two neighbours ("berhan" stays a name)
        boolean swapOnly = n == LONG_WORD || v.length() == LONG_WORD || (n < 9 && same.pinyin()[i]);
        if (swapOnly && (v.length() != n || TokenSimilarity.letterGap(word, v) != 0)) {
          continue;
        }
        int d = TokenSimilarity.distance(word, v, edits);
        if (d < bestDistance) {
          best = v; // the nearest variant: "indsutries" is "industries", not "industrie"
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /** The Han variants, e.g. 有限公司 → [co, ltd]. */
  Map<String, List<String>> hanVariants() {
    return Map.copyOf(han);
  }

  /** The family of canonical word {@code key} (its own key when none was given), or null. */
  String family(String key) {
    return families.get(key);
  }

  /** Whether {@code word} alone is a variant. */
  boolean containsWord(String word) {
    return latin.containsKey(word);
  }
}
