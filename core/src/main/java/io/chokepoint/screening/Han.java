package io.chokepoint.screening;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Han (Chinese character) helpers: script detection and pinyin.
 *
 * <p>Pinyin comes from ICU's {@code Han-Latin} with tones removed, one character at a time: from
 * {@link HanReadings}, ICU's readings written out for the common blocks, and from ICU itself
 * (cached, because its transliterator costs about 15 µs per character) for the rare characters
 * beyond them. Reading a word character by character loses the context that some polyphones need
 * (长沙 reads {@code zhang sha}), which is why common words, places among them, come from the
 * dictionary first.
 */
final class Han {
  private static final TransliteratorPool PINYIN =
      new TransliteratorPool("Han-Latin; Latin-ASCII; Lower");
  private static final ConcurrentHashMap<Integer, String> CACHE = new ConcurrentHashMap<>();

  private Han() {}

  /** Whether {@code cp} is a Han character. */
  static boolean isHan(int cp) {
    return cp >= 0x2e80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Whether {@code s} has a Han character. */
  static boolean containsHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The toneless pinyin syllable of one Han character, e.g. {@code hua} for 华. */
  static String syllable(int cp) {
    return HanReadings.covers(cp) ? HanReadings.of(cp) : CACHE.computeIfAbsent(cp, Han::icu);
  }

  /** The pinyin of {@code han}, syllables separated by spaces: {@code hua wei}. */
  static String spaced(String han) {
    StringBuilder sb = new StringBuilder(han.length() * 4);
    han.codePoints()
        .forEach(
            cp -> {
              if (sb.length() > 0) {
                sb.append(' ');
              }
              sb.append(syllable(cp));
            });
    return sb.toString();
  }

  /** ICU's reading of one character, toneless, lower-case ASCII letters and digits only. */
  static String icu(int cp) {
    String latin = PINYIN.transliterate(new String(Character.toChars(cp)));
    StringBuilder sb = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
