package io.chokepoint.screening;

import java.util.Arrays;

/**
 * Scores one name against another from their tokens and token weights, order-free.
 *
 * <p>Tokens are paired greedily, best similarity first ({@link TokenSimilarity}: equal keys, a
 * tolerated typo, an initial for a word). Tokens left over may still match a run of two or three
 * adjacent tokens on the other side written together ({@code dandong} = {@code dan dong}). Each
 * side's coverage is the weight of its matched tokens, times their similarity, over its total
 * weight; the score mixes the two coverages ({@link MatcherConfig#maxCoverageShare()}), so an
 * unmatched distinctive token on either side costs, and an unmatched legal form costs little. When
 * both names keep an unmatched substantive token, a word was swapped for another, and the score is
 * multiplied by {@link MatcherConfig#substitutionPenalty()}. A name whose only matches are legal
 * forms, generic words, places or stopwords scores at most {@link #GENERIC_ONLY_CAP}, unless the
 * whole of a generic name matched ({@link #wholeNameMatched}). A single-word name may also match
 * the initials of the other ({@code CPMIEC}), at reduced confidence.
 *
 * <p>Stateless and thread-safe.
 */
final class NameScorer {
  /** The most a pair can score when no distinctive token matched. */
  static final double GENERIC_ONLY_CAP = 0.5;

  /** An initial matching a word that starts with it. */
  static final double INITIAL_SIMILARITY = 0.75;

  /** Two legal forms of one family (OAO and JSC, Co. and Ltd.). */
  static final double LEGAL_FORM_SIMILARITY = 0.9;

  /** Two different numbers in the same place of a name: members of one series. */
  static final double NUMBER_SIMILARITY = 0.5;

  /**
   * The factor applied when a one-word name is found inside a name with other distinctive words.
   */
  static final double ONE_WORD_INSIDE_PENALTY = 0.95;

  /** The most adjacent tokens read together as one ({@code zhong ke han wu ji} = 中科寒武纪). */
  static final int MAX_JOINED = 6;

  /** The factor applied when both names state legal forms and none agree (AG vs GmbH). */
  static final double LEGAL_CONFLICT_PENALTY = 0.9;

  /**
   * One name's tokens as parallel arrays.
   *
   * @param keys the token keys
   * @param kinds the token kinds
   * @param weights the token weights, each in (0, 1]
   * @param masks the keys' letter sets ({@link TokenSimilarity#mask(String)})
   * @param pinyin the joined pinyin each token was read from, or null ({@link Token#pinyin()}); the
   *     array itself null when no token has one
   * @param han whether each token was read from Chinese characters; null with {@code pinyin}
   */
  record Side(
      String[] keys,
      TokenKind[] kinds,
      double[] weights,
      long[] masks,
      String[] pinyin,
      boolean[] han) {
    int size() {
      return keys.length;
    }

    double total() {
      double t = 0;
      for (double w : weights) {
        t += w;
      }
      return t;
    }
  }

  /**
   * The outcome.
   *
   * @param score in [0, 1]
   * @param pairQ for each query token, the entry token it matched, or -1
   * @param simQ for each query token, the similarity of its match
   * @param pairC for each entry token, the query token it matched, or -1
   * @param simC for each entry token, the similarity of its match
   * @param coverageQ the query's matched share of weight
   * @param coverageC the entry's matched share of weight
   * @param how {@code "tokens"}, {@code "literal"} or {@code "initials"}
   */
  record Result(
      double score,
      int[] pairQ,
      double[] simQ,
      int[] pairC,
      double[] simC,
      double coverageQ,
      double coverageC,
      String how) {}

  private NameScorer() {}

  /** Scores query {@code q} against entry name {@code c}. */
  static Result score(Side q, Side c, MatcherConfig cfg, Lexicon lexicon) {
    int nq = q.size();
    int nc = c.size();
    int[] pairQ = new int[nq];
    int[] pairC = new int[nc];
    double[] simQ = new double[nq];
    double[] simC = new double[nc];
    Arrays.fill(pairQ, -1);
    Arrays.fill(pairC, -1);
    if (nq == 0 || nc == 0) {
      return new Result(0, pairQ, simQ, pairC, simC, 0, 0, "tokens");
    }
    if (Arrays.equals(q.keys(), c.keys())) {
      for (int i = 0; i < nq; i++) {
        pairQ[i] = i;
        pairC[i] = i;
        simQ[i] = 1;
        simC[i] = 1;
      }
      return new Result(1.0, pairQ, simQ, pairC, simC, 1, 1, "literal");
    }
    // exact evidence first, so that a typo never takes a word that a join explains exactly
    for (boolean fuzzy : new boolean[] {false, true}) {
      pairGreedily(q, c, cfg, lexicon, fuzzy, pairQ, simQ, pairC, simC);
      joinAdjacent(q, c, cfg, fuzzy, pairQ, simQ, pairC, simC);
      joinAdjacent(c, q, cfg, fuzzy, pairC, simC, pairQ, simQ);
    }
    double covQ = coverage(q, simQ);
    double covC = coverage(c, simC);
    double share = cfg.maxCoverageShare();
    double score = share * Math.max(covQ, covC) + (1 - share) * Math.min(covQ, covC);
    if (substantiveLeft(q, simQ) && substantiveLeft(c, simC)) {
      score *= cfg.substitutionPenalty(); // a word swapped for another: likely another party
    }
    if (legalConflict(q, simQ) && legalConflict(c, simC)) {
      score *= LEGAL_CONFLICT_PENALTY;
    }
    if ((singleWord(q) && distinctiveLeft(c, simC))
        || (singleWord(c) && distinctiveLeft(q, simQ))) {
      // a one-word name inside a longer name ("DESTINY" in "Destiny Cox"): review, not alert
      score *= ONE_WORD_INSIDE_PENALTY;
    }
    if (!distinctiveMatch(q, simQ)
        && !distinctiveMatch(c, simC)
        && !wholeNameMatched(q, simQ, c, simC)) {
      score = Math.min(score, GENERIC_ONLY_CAP);
    }
    double initials = Math.max(Acronyms.score(q, c), Acronyms.score(c, q));
    if (initials > score) {
      return new Result(initials, pairQ, simQ, pairC, simC, covQ, covC, "initials");
    }
    return new Result(clamp(score), pairQ, simQ, pairC, simC, covQ, covC, "tokens");
  }

  /** The similarity of query token {@code i} and entry token {@code j}. */
  static double similarity(Side q, int i, Side c, int j, MatcherConfig cfg, Lexicon lexicon) {
    String a = q.keys()[i];
    String b = c.keys()[j];
    TokenKind ka = q.kinds()[i];
    TokenKind kb = c.kinds()[j];
    if (a.equals(b) || samePinyin(q, i, c, j)) {
      return 1.0;
    }
    if (ka == TokenKind.LEGAL_FORM || kb == TokenKind.LEGAL_FORM) {
      return ka == kb && lexicon.sameLegalFamily(a, b) ? LEGAL_FORM_SIMILARITY : 0;
    }
    if (ka == TokenKind.NUMBER && kb == TokenKind.NUMBER) {
      return NUMBER_SIMILARITY; // fund VII and fund VIII, vessel 5 and 6: a series, to review
    }
    if (ka == TokenKind.STOPWORD || kb == TokenKind.STOPWORD) {
      return 0;
    }
    if (ka == TokenKind.INITIAL || kb == TokenKind.INITIAL) {
      // "A. Khamenei" ~ "Ali Khamenei"; two different initials never match
      boolean oneWord = (ka == TokenKind.INITIAL) != (kb == TokenKind.INITIAL);
      return oneWord && a.charAt(0) == b.charAt(0) ? INITIAL_SIMILARITY : 0;
    }
    if (q.kinds()[i] == TokenKind.NUMBER
        || kb == TokenKind.NUMBER
        || ka == TokenKind.PINYIN
        || kb == TokenKind.PINYIN) {
      return 0; // one digit or one syllable off is another number or name
    }
    int max = TokenSimilarity.allowedEdits(Math.min(a.length(), b.length()), cfg.twoEditsFrom());
    if (max == 0 || !TokenSimilarity.mayBeNear(q.masks()[i], c.masks()[j], max)) {
      return 0;
    }
    return TokenSimilarity.fuzzy(a, b, cfg.twoEditsFrom());
  }

  /**
   * Whether two tokens were read from the same pinyin, at least one of them from Latin letters: a
   * pinyin name cannot tell 中芯 from 中心, but two names in characters can.
   */
  static boolean samePinyin(Side q, int i, Side c, int j) {
    if (q.pinyin() == null || c.pinyin() == null) {
      return false;
    }
    String pa = q.pinyin()[i];
    return pa != null && pa.equals(c.pinyin()[j]) && !(q.han()[i] && c.han()[j]);
  }

  private static void pairGreedily(
      Side q,
      Side c,
      MatcherConfig cfg,
      Lexicon lexicon,
      boolean fuzzy,
      int[] pairQ,
      double[] simQ,
      int[] pairC,
      double[] simC) {
    int nq = q.size();
    int nc = c.size();
    // candidate pairs in (similarity, weight) order; few tokens, so an insertion sort of plain ints
    // (the boxed sort it replaces was a tenth of a determination's time in the server)
    double[] sims = new double[nq * nc];
    int[] order = new int[nq * nc];
    int count = 0;
    for (int i = 0; i < nq; i++) {
      for (int j = 0; j < nc; j++) {
        if (pairQ[i] >= 0 || pairC[j] >= 0) {
          continue;
        }
        double s = similarity(q, i, c, j, cfg, lexicon);
        if (s > 0 && (fuzzy || s >= 1.0)) {
          sims[i * nc + j] = s;
          order[count++] = i * nc + j;
        }
      }
    }
    if (count <= 48) {
      for (int k = 1; k < count; k++) {
        int x = order[k];
        int m = k - 1;
        while (m >= 0 && before(x, order[m], sims, q, c, nc)) {
          order[m + 1] = order[m];
          m--;
        }
        order[m + 1] = x;
      }
    } else {
      // a long name (an address, say): the insertion sort's square would cost more than boxing
      Integer[] boxed = new Integer[count];
      for (int k = 0; k < count; k++) {
        boxed[k] = order[k];
      }
      Arrays.sort(boxed, (x, y) -> x.equals(y) ? 0 : before(x, y, sims, q, c, nc) ? -1 : 1);
      for (int k = 0; k < count; k++) {
        order[k] = boxed[k];
      }
    }
    for (int k = 0; k < count; k++) {
      int i = order[k] / nc;
      int j = order[k] % nc;
      if (pairQ[i] < 0 && pairC[j] < 0) {
        pairQ[i] = j;
        pairC[j] = i;
        simQ[i] = sims[order[k]];
        simC[j] = sims[order[k]];
      }
    }
  }

  /**
   * Whether pair {@code x} ranks before pair {@code y}: higher similarity, then weight, then index.
   */
  private static boolean before(int x, int y, double[] sims, Side q, Side c, int nc) {
    int bySim = Double.compare(sims[y], sims[x]);
    if (bySim != 0) {
      return bySim < 0;
    }
    double wx = q.weights()[x / nc] + c.weights()[x % nc];
    double wy = q.weights()[y / nc] + c.weights()[y % nc];
    int byWeight = Double.compare(wy, wx);
    return byWeight != 0 ? byWeight < 0 : x < y;
  }

  /**
   * Matches a leftover token of {@code a} with two to four adjacent leftover tokens of {@code b}
   * written together ({@code siemensag} = {@code siemens ag}; up to six when exactly, for pinyin
   * syllables written apart) or, for a token of two to four letters, with their initials ({@code
   * jc} = {@code jean claude}). The joined tokens all point back at the one token.
   */
  private static void joinAdjacent(
      Side a,
      Side b,
      MatcherConfig cfg,
      boolean fuzzy,
      int[] pairA,
      double[] simA,
      int[] pairB,
      double[] simB) {
    for (int i = 0; i < a.size(); i++) {
      TokenKind kind = a.kinds()[i];
      if (pairA[i] >= 0 || kind == TokenKind.LEGAL_FORM || kind == TokenKind.STOPWORD) {
        continue;
      }
      String key = a.keys()[i];
      // pinyin is read exactly: one syllable off is another name
      boolean exact = !fuzzy || kind == TokenKind.PINYIN;
      boolean initials = key.length() >= 2 && key.length() <= 4 && kind == TokenKind.WORD;
      for (int j = 0; j < b.size() && pairA[i] < 0; j++) {
        if (pairB[j] >= 0 || part(a, i, b, j).charAt(0) != key.charAt(0)) {
          continue; // joined words and initials both start with the key's first letter
        }
        StringBuilder joined = new StringBuilder();
        StringBuilder firsts = new StringBuilder();
        for (int len = 1; len <= MAX_JOINED && j + len <= b.size(); len++) {
          int k = j + len - 1;
          if (pairB[k] >= 0) {
            break;
          }
          // a rendering of several words read from one pinyin word joins as that word once
          boolean samePiece =
              k > j
                  && b.pinyin() != null
                  && b.pinyin()[k] != null
                  && b.pinyin()[k].equals(b.pinyin()[k - 1]);
          if (!samePiece) {
            joined.append(part(a, i, b, k));
          }
          firsts.append(b.keys()[k].charAt(0));
          if (len < 2) {
            continue;
          }
          double s = 0;
          if (joined.length() > key.length() + 3 && firsts.length() > key.length()) {
            break; // longer than any typo allows, and too many words for initials
          }
          if (key.contentEquals(joined)) {
            s = 1.0;
          } else if (len > 4) {
            continue; // five or six words (pinyin syllables written apart) only joined exactly
          } else if (exact
              || b.kinds()[k] == TokenKind.PINYIN
              || b.kinds()[j] == TokenKind.PINYIN) {
            continue;
          } else if (initials && firsts.length() == key.length() && key.contentEquals(firsts)) {
            s = INITIAL_SIMILARITY;
          } else if (key.length() >= 4
              && Math.abs(joined.length() - key.length()) <= 3
              && joined.charAt(0) == key.charAt(0)) {
            s = TokenSimilarity.fuzzy(key, joined.toString(), cfg.twoEditsFrom());
          }
          if (s > 0) {
            pairA[i] = j;
            simA[i] = s;
            for (int m = j; m <= k; m++) {
              pairB[m] = i;
              simB[m] = s;
            }
            break;
          }
        }
      }
    }
  }

  /**
   * What token {@code k} of {@code b} contributes to a join matched against token {@code i} of
   * {@code a}: its pinyin when it was read from pinyin or Chinese ({@code zhong xin} read as 中心
   * still joins into 中芯长电, {@code zhongxinzhangdian}), unless both come from characters; else its
   * key.
   */
  private static String part(Side a, int i, Side b, int k) {
    String p = b.pinyin() == null ? null : b.pinyin()[k];
    return p != null && !(b.han()[k] && a.pinyin() != null && a.han()[i]) ? p : b.keys()[k];
  }

  /**
   * Whether a name of generic words only ({@code China Telecom}, {@code Group W}, {@code Central
   * Bank of the Russian Federation}) was matched whole: nothing but legal forms is left on either
   * side; or one side is left with legal forms only, the other with generic words only (not a
   * place: International Pacific Trading is not International Trading), and two tokens or more
   * matched ({@code China Electronics Trading Corp} for {@code China Electronics Corp}). The
   * coverage then says how good the match is, without the generic cap.
   */
  private static boolean wholeNameMatched(Side q, double[] simQ, Side c, double[] simC) {
    boolean qWhole = onlyLeft(q, simQ, false);
    boolean cWhole = onlyLeft(c, simC, false);
    if (qWhole && cWhole) {
      return true;
    }
    if (!(qWhole && onlyLeft(c, simC, true)) && !(cWhole && onlyLeft(q, simQ, true))) {
      return false;
    }
    int matched = 0;
    for (int i = 0; i < q.size(); i++) {
      if (simQ[i] > 0 && q.kinds()[i] != TokenKind.LEGAL_FORM) {
        matched++;
      }
    }
    return matched >= 2;
  }

  /** Whether only legal forms (and, if {@code generic}, generic words) are unmatched. */
  private static boolean onlyLeft(Side s, double[] sim, boolean generic) {
    for (int i = 0; i < s.size(); i++) {
      TokenKind k = s.kinds()[i];
      boolean allowed = k == TokenKind.LEGAL_FORM || (generic && k == TokenKind.GENERIC);
      if (sim[i] == 0 && !allowed) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name has exactly one distinctive token. */
  private static boolean singleWord(Side s) {
    int n = 0;
    for (TokenKind k : s.kinds()) {
      if (k.distinctive()) {
        n++;
      }
    }
    return n == 1;
  }

  /** Whether a distinctive token of the name is unmatched. */
  private static boolean distinctiveLeft(Side s, double[] sim) {
    for (int i = 0; i < s.size(); i++) {
      if (sim[i] == 0 && s.kinds()[i].distinctive()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name states a legal form and none of its legal forms matched. */
  private static boolean legalConflict(Side s, double[] sim) {
    boolean any = false;
    for (int i = 0; i < s.size(); i++) {
      if (s.kinds()[i] == TokenKind.LEGAL_FORM) {
        if (sim[i] > 0) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Whether a token that says what the party is (not a legal form or stopword) is unmatched. */
  private static boolean substantiveLeft(Side s, double[] sim) {
    for (int i = 0; i < s.size(); i++) {
      TokenKind k = s.kinds()[i];
      if (sim[i] == 0 && k != TokenKind.LEGAL_FORM && k != TokenKind.STOPWORD) {
        return true;
      }
    }
    return false;
  }

  private static double coverage(Side s, double[] sim) {
    double total = 0;
    double matched = 0;
    for (int i = 0; i < s.size(); i++) {
      total += s.weights()[i];
      matched += s.weights()[i] * sim[i];
    }
    return total == 0 ? 0 : matched / total;
  }

  private static boolean distinctiveMatch(Side s, double[] sim) {
    for (int i = 0; i < s.size(); i++) {
      if (sim[i] > 0 && s.kinds()[i].distinctive()) {
        return true;
      }
    }
    return false;
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
