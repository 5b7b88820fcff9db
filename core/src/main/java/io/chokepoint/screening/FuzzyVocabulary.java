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
  private final boolean[] eligible;

  /**
   * Indexes the words of {@code vocab} at least {@link TokenSimilarity#MIN_FUZZY_LENGTH} long whose
   * flag in {@code eligible} is set.
   */
  FuzzyVocabulary(String[] vocab, boolean[] eligible, long[] masks) {
    this.vocab = vocab;
    this.masks = masks;
    this.eligible = eligible;
    // one pass: each word's trigrams are made and looked up once (two passes that counted first
    // took a server's start a quarter of a second for the 59,000 keys of the shipped lists)
    Map<String, Ids> growing = new HashMap<>();
    for (int id = 0; id < vocab.length; id++) {
      if (eligible[id] && vocab[id].length() >= TokenSimilarity.MIN_FUZZY_LENGTH) {
        for (String g : trigrams(vocab[id])) {
          growing.computeIfAbsent(g, k -> new Ids()).add(id);
        }
      }
    }
    Map<String, int[]> lists = new HashMap<>(growing.size() * 2);
    growing.forEach((g, ids) -> lists.put(g, java.util.Arrays.copyOf(ids.ids, ids.size)));
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
    int max = TokenSimilarity.allowedEdits(word.length(), twoEditsFrom);
    List<Integer> out = new ArrayList<>();
    if (max == 0) {
      return out;
    }
    List<String> probed = probedWithin(word, max);
    int[] touched = new int[64];
    int nTouched = 0;
    for (String g : probed) {
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
      String other = vocab[id];
      if (Math.abs(other.length() - word.length()) <= max
          && TokenSimilarity.mayBeNear(mine0, masks[id], max)
          && !other.equals(word)
          && TokenSimilarity.fuzzy(word, other, twoEditsFrom) > 0) {
        out.add(id);
      }
      counts[id] = 0;
    }
    return out;
  }

  /**
   * The trigrams whose word lists {@link #near} reads for {@code word}, in the order it reads them:
   * by q-gram lemma each edit destroys at most three of the padded trigrams, so a near word shares
   * at least {@code need} of them; by prefix filter it then shares one of the {@code size - need +
   * 1} rarest, read shortest first, equal lengths in trigram order.
   */
  List<String> probed(String word, int twoEditsFrom) {
    return probedWithin(word, TokenSimilarity.allowedEdits(word.length(), twoEditsFrom));
  }

  private List<String> probedWithin(String word, int max) {
    if (max == 0) {
      return List.of();
    }
    List<String> mine = trigrams(word);
    int need = Math.max(1, mine.size() - 3 * max);
    int probe = mine.size() - need + 1;
    mine.sort(java.util.Comparator.comparingInt(this::length)); // stable
    return mine.size() <= probe ? mine : mine.subList(0, probe);
  }

  private int length(String gram) {
    int[] ids = grams.get(gram);
    return ids == null ? 0 : ids.length;
  }

  /**
   * The trigrams whose words, those in {@code ignoring} left out, differ from {@code other}'s: held
   * by one only, or another sequence of words. A word none of whose trigrams is among them, whose
   * lookup reads the same lists in the same order in both ({@link #probed}), and that is not near a
   * word of {@code ignoring}, finds the same words in the same order in both.
   */
  java.util.Set<String> differingGrams(FuzzyVocabulary other, java.util.Set<String> ignoring) {
    java.util.Set<String> out = new java.util.HashSet<>();
    java.util.Set<String> all = new java.util.HashSet<>(grams.keySet());
    all.addAll(other.grams.keySet());
    for (String g : all) {
      if (!kept(g, ignoring).equals(other.kept(g, ignoring))) {
        out.add(g);
      }
    }
    return out;
  }

  private List<String> kept(String gram, java.util.Set<String> ignoring) {
    List<String> out = new ArrayList<>();
    for (int id : grams.getOrDefault(gram, new int[0])) {
      if (!ignoring.contains(vocab[id])) {
        out.add(vocab[id]);
      }
    }
    return out;
  }

  /**
   * The trigrams whose words differ from {@code other}'s: held by one only, or another sequence of
   * words. A word none of whose trigrams is among them finds the same words in the same order in
   * both ({@link #near}: the trigram lists it reads, their lengths and so the order it reads them
   * in, and the words it checks are the same).
   */
  java.util.Set<String> differingGrams(FuzzyVocabulary other) {
    return differingGrams(other, java.util.Set.of());
  }

  /** Whether vocabulary word {@code id} can be found by a typo lookup. */
  boolean holds(int id) {
    return eligible[id] && vocab[id].length() >= TokenSimilarity.MIN_FUZZY_LENGTH;
  }

  /** The ids of the words holding one trigram, in id order, as they are added. */
  private static final class Ids {
    int[] ids = new int[4];
    int size;

    void add(int id) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }
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
