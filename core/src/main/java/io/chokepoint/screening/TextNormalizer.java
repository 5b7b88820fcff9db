package io.chokepoint.screening;

import com.ibm.icu.text.Normalizer2;

/**
 * The first step of name analysis: turns a name as written into a canonical string of lower-case
 * ASCII letters and digits and simplified Han characters, separated by single spaces.
 *
 * <p>Steps: NFKC with case folding (full-width forms, ligatures, compatibility characters);
 * traditional Han to simplified; other scripts (Cyrillic, Greek, Arabic, Hangul, kana, …) to Latin
 * and accents to ASCII; dotted initials joined ({@code S.A.} → {@code sa}); apostrophes dropped
 * ({@code Xi'an} → {@code xian}); {@code &} read as {@code and}; any other punctuation a space; a
 * space between Han and other characters. The result is a fixed point: {@code
 * normalize(normalize(x)).equals(normalize(x))} for every string.
 *
 * <p>Thread-safe: an ICU transliterator is lent to one thread at a time ({@link
 * TransliteratorPool}).
 */
public final class TextNormalizer {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  // Han is left alone here: it is segmented and transliterated later, word by word.
  private static final TransliteratorPool TO_LATIN =
      new TransliteratorPool("[:^Han:] Any-Latin; [:^Han:] Latin-ASCII");
  private static final TransliteratorPool TO_SIMPLIFIED =
      new TransliteratorPool("Traditional-Simplified");

  private TextNormalizer() {}

  /**
   * Normalises {@code text}.
   *
   * @param text a name in any script
   * @return the canonical form, possibly empty
   * @throws NullPointerException if {@code text} is null
   */
  public static String normalize(String text) {
    String s = text;
    if (!isPlainAscii(s)) {
      s = NFKC_CF.normalize(s);
      if (Han.containsHan(s)) {
        s = toSimplified(s);
      }
      if (needsLatin(s)) {
        s = NFKC_CF.normalize(TO_LATIN.transliterate(s));
      }
    }
    return clean(s);
  }

  /** Traditional to simplified, repeated until stable (a few mappings chain). */
  static String toSimplified(String s) {
    String prev = s;
    for (int i = 0; i < 4; i++) {
      String next = NFKC_CF.normalize(TO_SIMPLIFIED.transliterate(prev));
      if (next.equals(prev)) {
        return next;
      }
      prev = next;
    }
    return prev;
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsLatin(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp >= 0x80 && !Han.isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Keeps ASCII letters and digits and Han, lower-cased; joins dotted initials, drops apostrophes,
   * reads {@code &} as {@code and}; everything else separates words.
   */
  private static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    int n = s.length();
    int prevClass = 0; // 0 space, 1 ascii alnum, 2 han
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      int cls;
      int emit = -1;
      if (cp < 0x80 && Character.isLetterOrDigit(cp)) {
        cls = 1;
        emit = Character.toLowerCase(cp);
      } else if (Han.isHan(cp)) {
        cls = 2;
        emit = cp;
      } else if (cp == '\'' || cp == '\u2019' || cp == '\u02bc' || cp == '`' || cp == '\u00b4') {
        i += len; // "Xi'an" is "xian", "O'Brien" "obrien"
        continue;
      } else if (cp == '.' && isDottedInitial(s, i)) {
        i += len; // "S.A." is "sa": drop the dot between single letters
        continue;
      } else if (cp == '&') {
        appendSpace(out);
        out.append("and");
        prevClass = 1;
        appendSpace(out);
        prevClass = 0;
        i += len;
        continue;
      } else {
        cls = 0;
      }
      if (cls == 0) {
        appendSpace(out);
      } else {
        if (prevClass != 0 && prevClass != cls) {
          out.append(' '); // a script boundary separates words
        }
        out.appendCodePoint(emit);
      }
      prevClass = cls;
      i += len;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  private static void appendSpace(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  /** A dot right after a lone letter and right before another lone letter: {@code a.b} in A.B.C. */
  private static boolean isDottedInitial(String s, int dot) {
    return loneLetterEndingAt(s, dot - 1) && loneLetterStartingAt(s, dot + 1);
  }

  private static boolean loneLetterEndingAt(String s, int i) {
    if (i < 0 || i >= s.length() || !isAsciiLetter(s.charAt(i))) {
      return false;
    }
    return i == 0 || !isAsciiAlnum(s.charAt(i - 1));
  }

  private static boolean loneLetterStartingAt(String s, int i) {
    if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
      return false;
    }
    return i + 1 >= s.length() || !isAsciiAlnum(s.charAt(i + 1));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiAlnum(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
