package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the indexed words within a typo or two of a query word, without scanning the vocabulary: a
 * trigram index over the distinct words (not over names, which keeps it small), a count of shared
 * trigrams, then the edit distance on the few words that share enough. This is the n-gram fallback
 * for words the index does not hold ({@code huawey}).
 */
final class FuzzyVocabulary {
  private final Map<String, int[]> grams;
  private final String[] vocab;
  private final long[] masks;

  /**
   * Indexes the words of {@code vocab} at least {@link TokenSimilarity#MIN_FUZZY_LENGTH} long whose
   * flag in {@code eligible} is set.
   */
  FuzzyVocabulary(String[] vocab, boolean[] eligible, long[] masks) {
    this.vocab = vocab;
    this.masks = masks;
    Map<String, int[]> counts = new HashMap<>();
    for (int id = 0; id < vocab.length; id++) {
      if (eligible[id] && vocab[id].length() >= TokenSimilarity.MIN_FUZZY_LENGTH) {
        for (String g : trigrams(vocab[id])) {
          counts.computeIfAbsent(g, k -> new int[1])[0]++;
        }
      }
    }
    Map<String, int[]> lists = new HashMap<>(counts.size() * 2);
    Map<String, int[]> fill = new HashMap<>(counts.size() * 2);
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      lists.put(e.getKey(), new int[e.getValue()[0]]);
      fill.put(e.getKey(), new int[1]);
    }
    for (int id = 0; id < vocab.length; id++) {
      if (eligible[id] && vocab[id].length() >= TokenSimilarity.MIN_FUZZY_LENGTH) {
        for (String g : trigrams(vocab[id])) {
          lists.get(g)[fill.get(g)[0]++] = id;
        }
      }
    }
    this.grams = lists;
  }

  /**
   * The ids of the words within the tolerated edits of {@code word}, itself excluded.
   *
   * @param word the query word
   * @param twoEditsFrom the length from which two edits are tolerated
   * @param counts a zeroed array of the vocabulary's size, reused by one thread; left zeroed
   */
  List<Integer> near(String word, int twoEditsFrom, int[] counts) {
    List<Integer> out = new ArrayList<>();
    List<String> probe = probe(word, twoEditsFrom);
    int[] touched = new int[64];
    int nTouched = 0;
    for (String g : probe) {
      int[] ids = grams.get(g);
      for (int id : ids == null ? new int[0] : ids) {
        if (counts[id]++ == 0) {
          if (nTouched == touched.length) {
            touched = java.util.Arrays.copyOf(touched, nTouched * 2);
          }
          touched[nTouched++] = id;
        }
      }
    }
    long mine0 = TokenSimilarity.mask(word);
    for (int t = 0; t < nTouched; t++) {
      int id = touched[t];
      if (isNear(word, mine0, vocab[id], masks[id], twoEditsFrom)) {
        out.add(id);
      }
      counts[id] = 0;
    }
    return out;
  }

  /**
   * The trigrams of {@code word} whose word lists {@link #near} reads, rarest first: empty when the
   * word is too short for a typo. By the q-gram lemma each edit destroys at most three of the
   * padded trigrams, so a near word shares at least {@code need} of them; by the prefix filter it
   * then shares one of the {@code size - need + 1} rarest. Which trigrams those are depends on how
   * many words hold each, so two vocabularies that differ only in words far from {@code word} can
   * still probe differently; {@link ScreeningDelta} compares the probes.
   */
  List<String> probe(String word, int twoEditsFrom) {
    int max = TokenSimilarity.allowedEdits(word.length(), twoEditsFrom);
    if (max == 0) {
      return List.of();
    }
    List<String> mine = trigrams(word);
    int need = Math.max(1, mine.size() - 3 * max);
    List<String> byRarity = new ArrayList<>(mine);
    byRarity.sort((a, b) -> Integer.compare(count(a), count(b))); // stable: ties keep word order
    return byRarity.subList(0, Math.min(byRarity.size(), mine.size() - need + 1));
  }

  /** How many indexed words hold trigram {@code gram}. */
  int count(String gram) {
    int[] ids = grams.get(gram);
    return ids == null ? 0 : ids.length;
  }

  /**
   * Whether {@link #near} accepts {@code other} for {@code word} once it has read it from a probed
   * list: within the tolerated edits, and not the word itself.
   */
  static boolean isNear(String word, long wordMask, String other, long otherMask, int twoEdits) {
    int max = TokenSimilarity.allowedEdits(word.length(), twoEdits);
    return max > 0
        && Math.abs(other.length() - word.length()) <= max
        && TokenSimilarity.mayBeNear(wordMask, otherMask, max)
        && !other.equals(word)
        && TokenSimilarity.fuzzy(word, other, twoEdits) > 0;
  }

  /** The distinct trigrams of {@code w} padded with one boundary mark each side. */
  static List<String> trigrams(String w) {
    String p = "\u0001" + w + "\u0002";
    List<String> out = new ArrayList<>(p.length());
    for (int i = 0; i + 3 <= p.length(); i++) {
      String g = p.substring(i, i + 3);
      if (!out.contains(g)) {
        out.add(g);
      }
    }
    return out;
  }
}
