package io.chokepoint.screening;

/**
 * How alike two token keys are, in [0, 1]: 1 when equal; for words of four letters or more, a few
 * edits (insertion, deletion, substitution or adjacent transposition) are tolerated, scored {@code
 * 1 - edits / longer length}; anything else is 0.
 */
final class TokenSimilarity {
  /** Below this length a typo is too likely to be another word ("bd" vs "bp", "kim" vs "kin"). */
  static final int MIN_FUZZY_LENGTH = 4;

  private TokenSimilarity() {}

  /**
   * The number of edits tolerated between words whose shorter one has {@code length} letters: one
   * from four letters, two from {@code twoEditsFrom}, three from thirteen.
   */
  static int allowedEdits(int length, int twoEditsFrom) {
    if (length < MIN_FUZZY_LENGTH) {
      return 0;
    }
    return length < twoEditsFrom ? 1 : length < 13 ? 2 : 3;
  }

  /** The similarity of two keys; 0 when they are not within the tolerated edits. */
  static double fuzzy(String a, String b, int twoEditsFrom) {
    if (a.equals(b)) {
      return 1.0;
    }
    int max = allowedEdits(Math.min(a.length(), b.length()), twoEditsFrom);
    if (max == 0 || Math.abs(a.length() - b.length()) > max || letterGap(a, b) > max) {
      return 0;
    }
    int d = distance(a, b, max);
    if (d > max) {
      return 0;
    }
    return 1.0 - (double) d / Math.max(a.length(), b.length());
  }

  /**
   * The set of letters and digits of a key as bits, for {@link #mayBeNear}: an edit changes at most
   * two bits, so keys whose sets differ in more than twice the tolerated edits are not near.
   */
  static long mask(String key) {
    long m = 0;
    for (int i = 0; i < key.length(); i++) {
      m |= 1L << bucket(key.charAt(i));
    }
    return m;
  }

  /** A cheap test that two keys with letter sets {@code ma} and {@code mb} may be within reach. */
  static boolean mayBeNear(long ma, long mb, int maxEdits) {
    return Long.bitCount(ma ^ mb) <= 2 * maxEdits;
  }

  /**
   * A lower bound of the edit distance from the letters alone, cheap enough to run on every pair:
   * each edit changes the letter counts by at most two. Letters outside a-z and digits share one
   * bucket.
   */
  static int letterGap(String a, String b) {
    int[] counts = new int[37];
    for (int i = 0; i < a.length(); i++) {
      counts[bucket(a.charAt(i))]++;
    }
    for (int i = 0; i < b.length(); i++) {
      counts[bucket(b.charAt(i))]--;
    }
    int gap = 0;
    for (int c : counts) {
      gap += Math.abs(c);
    }
    return (gap + 1) / 2;
  }

  static int bucket(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return 36;
  }

  /**
   * The optimal-string-alignment (restricted Damerau-Levenshtein) distance, or {@code max + 1} as
   * soon as it must exceed {@code max}.
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
