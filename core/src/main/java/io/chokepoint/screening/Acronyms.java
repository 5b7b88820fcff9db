package io.chokepoint.screening;

/**
 * Acronyms: a one-word name ({@code CPMIEC}) read as the initials of a longer one ({@code China
 * Precision Machinery Import/Export Corporation}). Initials are taken from the token keys, so
 * expanded abbreviations count ({@code I/E} gives {@code i e}); stopwords are skipped, legal forms
 * are tried with and without. An exact reading scores by length, at most {@link #EXACT}, in the
 * review band of the default policy; a reading that skips one initial scores {@link #SKIP_PENALTY}
 * less. Acronyms of fewer than three letters are never read.
 */
final class Acronyms {
  /** The score of an exact acronym of five letters or more. */
  static final double EXACT = 0.78;

  /** What skipping one word of the long name costs. */
  static final double SKIP_PENALTY = 0.08;

  private Acronyms() {}

  /** The acronym score of {@code shortName} against {@code longName}, 0 when it is not one. */
  static double score(NameScorer.Side shortName, NameScorer.Side longName) {
    String word = singleWord(shortName);
    if (word == null) {
      return 0;
    }
    double best = 0;
    for (boolean withLegal : new boolean[] {true, false}) {
      String initials = initials(longName, withLegal);
      if (initials.length() < 3) {
        continue;
      }
      double base = word.length() == 3 ? 0.6 : word.length() == 4 ? 0.7 : EXACT;
      if (initials.equals(word)) {
        best = Math.max(best, base);
      } else if (initials.length() == word.length() + 1 && skipsOne(initials, word)) {
        best = Math.max(best, base - SKIP_PENALTY);
      }
    }
    return best;
  }

  /** The initials of a name, or the single distinctive word of one, whichever is asked. */
  static String initials(NameScorer.Side name, boolean withLegal) {
    StringBuilder sb = new StringBuilder(name.size());
    for (int i = 0; i < name.size(); i++) {
      TokenKind k = name.kinds()[i];
      if (k == TokenKind.STOPWORD || (!withLegal && k == TokenKind.LEGAL_FORM)) {
        continue;
      }
      sb.append(name.keys()[i].charAt(0));
    }
    return sb.toString();
  }

  /** The one word of a name that is a single word (legal forms and stopwords aside), or null. */
  static String singleWord(NameScorer.Side name) {
    String word = null;
    for (int i = 0; i < name.size(); i++) {
      TokenKind k = name.kinds()[i];
      if (k == TokenKind.STOPWORD || k == TokenKind.LEGAL_FORM) {
        continue;
      }
      if (word != null || k != TokenKind.WORD) {
        return null;
      }
      word = name.keys()[i];
    }
    return word != null && word.length() >= 3 && word.length() <= 12 ? word : null;
  }

  private static boolean skipsOne(String longer, String shorter) {
    int i = 0;
    int j = 0;
    int skipped = 0;
    while (i < longer.length() && j < shorter.length()) {
      if (longer.charAt(i) == shorter.charAt(j)) {
        i++;
        j++;
      } else if (skipped++ == 0) {
        i++;
      } else {
        return false;
      }
    }
    return j == shorter.length();
  }
}
