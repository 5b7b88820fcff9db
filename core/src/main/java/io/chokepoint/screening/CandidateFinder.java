package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Picks the names worth scoring for a query from the {@link NameIndex}, never scanning the list.
 *
 * <p>Each query key (token, two adjacent tokens joined in either order, the word itself as
 * initials) adds its weight to the names in its posting list; a key in more than {@link
 * MatcherConfig#postingsCap()} names is skipped, since a word that common cannot single a name out.
 * Query words the list does not hold, and every word of a short query, are looked up with typos
 * through {@link FuzzyVocabulary}. When only frequent keys hit, their posting lists are
 * intersected, rarest first. The {@link MatcherConfig#maxCandidates()} best-supported names are
 * returned.
 *
 * <p>Thread-safe: scratch arrays are per thread.
 */
final class CandidateFinder {
  private final NameIndex index;
  private final MatcherConfig cfg;
  // Scratch arrays are lent out, most recently returned first, rather than kept per thread: a
  // server's many threads then share as many sets as compute at once, and those stay in the caches.
  private final ConcurrentLinkedDeque<Scratch> scratch = new ConcurrentLinkedDeque<>();

  private static final class Scratch {
    final float[] support;
    final int[] vocabCounts;
    // the index of the query key that first touched each name; FUZZY for a typo lookup
    final int[] firstKey;
    // for a name first touched by a typo lookup: the query token and the neighbour (vocabulary id)
    final int[] firstToken;
    final int[] firstNear;
    int key;
    int token;
    int near;
    int[] touched = new int[256];
    int nTouched;

    Scratch(int names, int vocab) {
      support = new float[names];
      vocabCounts = new int[vocab];
      firstKey = new int[names];
      firstToken = new int[names];
      firstNear = new int[names];
    }

    void add(int name, float w) {
      if (support[name] == 0) {
        if (nTouched == touched.length) {
          touched = Arrays.copyOf(touched, nTouched * 2);
        }
        touched[nTouched++] = name;
        firstKey[name] = key;
        firstToken[name] = token;
        firstNear[name] = near;
      }
      support[name] += w;
    }
  }

  /** The first key of a name first touched by a typo lookup ({@link Found#boundaryKeys()}). */
  static final int FUZZY = -1;

  /** How many names past the cut {@link #find} reports. */
  static final int TAIL = 4;

  /** How many names above the weakest candidate {@link #find} reports. */
  static final int HEAD = 4;

  /**
   * The candidates and how the cut fell.
   *
   * @param names the candidate name ids, best-supported first when cut, else in touched order
   * @param touched how many names the keys touched; -1 when none was and frequent keys were
   *     intersected instead
   * @param boundary when more were touched than {@link MatcherConfig#maxCandidates()}, up to {@link
   *     #HEAD} candidates ranked just above the weakest one, the weakest candidate kept and up to
   *     {@link #TAIL} names ranked after it, in rank order; else empty
   * @param above how many of {@code boundary} rank above the weakest candidate
   * @param boundarySupports their supports
   * @param boundaryKeys the index of the query key ({@link NameIndex#indexKeys}) that first touched
   *     each, or {@link #FUZZY}
   * @param boundaryTokens for each first touched by a typo lookup, the index in the query's tokens
   *     of the word looked up; else -1
   * @param boundaryNear for each first touched by a typo lookup, the neighbour that found it (a
   *     word of the index); else null
   */
  record Found(
      int[] names,
      int touched,
      int[] boundary,
      int above,
      float[] boundarySupports,
      int[] boundaryKeys,
      int[] boundaryTokens,
      String[] boundaryNear) {
    /** No candidates, nothing touched. */
    static Found none() {
      return new Found(
          new int[0], 0, new int[0], 0, new float[0], new int[0], new int[0], new String[0]);
    }
  }

  CandidateFinder(NameIndex index, MatcherConfig cfg) {
    this.index = index;
    this.cfg = cfg;
  }

  /** The candidate name ids for {@code query}, best-supported first. */
  int[] candidates(AnalyzedName query) {
    return find(query).names();
  }

  /** The candidates for {@code query}, with how many names were touched and where the cut fell. */
  Found find(AnalyzedName query) {
    return find(query, (Map<String, List<Integer>>) null);
  }

  /**
   * As {@link #find(AnalyzedName)}, each word's typo lookup remembered in {@code near} (shared by
   * the queries of a bulk run, which look up the same words again and again), or not when null.
   */
  Found find(AnalyzedName query, Map<String, List<Integer>> near) {
    Scratch s = scratch.pollFirst();
    if (s == null) {
      s = new Scratch(index.names(), index.vocab.length);
    }
    Found found = find(query, s, near);
    // only a set left clean goes back: one a failure left half-filled is dropped
    scratch.offerFirst(s);
    return found;
  }

  private Found find(AnalyzedName query, Scratch s, Map<String, List<Integer>> near) {
    s.nTouched = 0;
    List<int[]> frequent = new ArrayList<>();
    List<String> keys = NameIndex.indexKeys(query.tokens(), true);
    for (int k = 0; k < keys.size(); k++) {
      int id = index.id(keys.get(k));
      if (id >= 0) {
        s.key = k;
        addPostings(s, index.postings[id], index.rarity[id], frequent);
      }
    }
    s.key = FUZZY;
    int distinct = 0;
    for (Token t : query.tokens()) {
      if (t.kind().distinctive()) {
        distinct++;
      }
    }
    List<Token> tokens = query.tokens();
    for (int ti = 0; ti < tokens.size(); ti++) {
      Token t = tokens.get(ti);
      boolean typoable =
          t.kind() == TokenKind.WORD
              || t.kind() == TokenKind.GENERIC
              || t.kind() == TokenKind.PLACE;
      // a word the list holds finds its names exactly; only a lone word may hide a typo too
      if (!typoable || (index.id(t.key()) >= 0 && distinct > 1)) {
        continue;
      }
      s.token = ti;
      int[] counts = s.vocabCounts;
      List<Integer> found =
          near == null
              ? index.fuzzy.near(t.key(), cfg.twoEditsFrom(), counts)
              : near.computeIfAbsent(
                  t.key(), k -> List.copyOf(index.fuzzy.near(k, cfg.twoEditsFrom(), counts)));
      for (int n : found) {
        s.near = n;
        addPostings(s, index.postings[n], 0.8f * index.rarity[n], frequent);
      }
    }
    int touched = s.nTouched;
    if (s.nTouched == 0 && !frequent.isEmpty()) {
      intersect(s, frequent);
      touched = -1;
    }
    return best(s, touched);
  }

  private void addPostings(Scratch s, int[] names, float w, List<int[]> frequent) {
    if (names.length > cfg.postingsCap()) {
      frequent.add(names);
      return;
    }
    for (int name : names) {
      s.add(name, w);
    }
  }

  /** The names in all frequent lists (or in as many as leave some), rarest list first. */
  private void intersect(Scratch s, List<int[]> lists) {
    lists.sort((a, b) -> Integer.compare(a.length, b.length));
    int[] acc = lists.get(0);
    for (int i = 1; i < lists.size(); i++) {
      int[] next = intersect(acc, lists.get(i));
      if (next.length == 0) {
        break;
      }
      acc = next;
    }
    int limit = Math.min(acc.length, cfg.postingsCap());
    for (int i = 0; i < limit; i++) {
      s.add(acc[i], 1f);
    }
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The best-supported touched names, resetting the scratch. */
  private Found best(Scratch s, int touched) {
    int n = s.nTouched;
    int[] names = Arrays.copyOf(s.touched, n);
    int max = cfg.maxCandidates();
    int[] boundary = new int[0];
    int above = 0;
    if (n > max) {
      // best support first, ties in touched order: one primitive sort of (support, place) pairs;
      // a support is a sum of positive weights, whose bits order as the floats do. (Sorting boxed
      // ids with a comparator gave the same order, and kept the JIT recompiling the JDK's sort.)
      float[] support = s.support;
      long[] order = new long[n];
      for (int i = 0; i < n; i++) {
        order[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(support[names[i]])) << 32) | i;
      }
      Arrays.sort(order);
      int[] boxed = new int[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = names[(int) order[i]];
      }
      for (int i = 0; i < max; i++) {
        names[i] = boxed[i];
      }
      names = Arrays.copyOf(names, max);
      above = Math.min(HEAD, max - 1);
      int from = max - 1 - above;
      boundary = new int[Math.min(n, max + TAIL) - from];
      for (int i = 0; i < boundary.length; i++) {
        boundary[i] = boxed[from + i];
      }
    }
    float[] supports = new float[boundary.length];
    int[] keys = new int[boundary.length];
    int[] tokens = new int[boundary.length];
    String[] near = new String[boundary.length];
    for (int i = 0; i < boundary.length; i++) {
      int name = boundary[i];
      supports[i] = s.support[name];
      keys[i] = s.firstKey[name];
      boolean typo = keys[i] == FUZZY && touched >= 0;
      tokens[i] = typo ? s.firstToken[name] : -1;
      near[i] = typo ? index.vocab[s.firstNear[name]] : null;
    }
    for (int i = 0; i < n; i++) {
      s.support[s.touched[i]] = 0;
    }
    s.nTouched = 0;
    return new Found(names, touched, boundary, above, supports, keys, tokens, near);
  }
}
