package io.chokepoint.screening;

import java.util.List;

/**
 * The toneless pinyin of every character in the common Han blocks, read from {@code
 * han-pinyin.txt}: ICU's {@code Han-Latin} readings written out once, so that a process does not
 * build ICU's transliterator (about a second on a cold JVM) to read the lists' Chinese names. The
 * table is checked against ICU, character by character, by {@code HanReadingsTest}, which also
 * rewrites it when ICU is upgraded.
 */
final class HanReadings {
  /** The blocks the table covers completely: CJK Extension A and Unified Ideographs. */
  static final int FIRST = 0x3400;

  static final int LAST = 0x9fff;

  /** The CJK compatibility ideographs, also covered completely. */
  static final int COMPAT_FIRST = 0xf900;

  static final int COMPAT_LAST = 0xfaff;

  static final String RESOURCE = "han-pinyin.txt";

  private static final String[] MAIN = new String[LAST - FIRST + 1];
  private static final String[] COMPAT = new String[COMPAT_LAST - COMPAT_FIRST + 1];

  static {
    List<String> lines = TableLines.resource(RESOURCE);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      if (space < 0) {
        throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected 'HEX reading'");
      }
      int cp = Integer.parseInt(line, 0, space, 16);
      String reading = line.substring(space + 1).intern();
      if (cp >= FIRST && cp <= LAST) {
        MAIN[cp - FIRST] = reading;
      } else if (cp >= COMPAT_FIRST && cp <= COMPAT_LAST) {
        COMPAT[cp - COMPAT_FIRST] = reading;
      } else {
        throw new IllegalStateException(
            RESOURCE + ":" + (i + 1) + ": U+" + Integer.toHexString(cp) + " is outside the table");
      }
    }
  }

  private HanReadings() {}

  /** Whether the table covers {@code cp}: its reading is then {@link #of(int)}. */
  static boolean covers(int cp) {
    return (cp >= FIRST && cp <= LAST) || (cp >= COMPAT_FIRST && cp <= COMPAT_LAST);
  }

  /**
   * The reading of a covered character: lower-case ASCII letters, empty if ICU gives none.
   *
   * @throws IllegalArgumentException if the table does not cover {@code cp}
   */
  static String of(int cp) {
    String r;
    if (cp >= FIRST && cp <= LAST) {
      r = MAIN[cp - FIRST];
    } else if (cp >= COMPAT_FIRST && cp <= COMPAT_LAST) {
      r = COMPAT[cp - COMPAT_FIRST];
    } else {
      throw new IllegalArgumentException(String.format("U+%04X is outside the reading table", cp));
    }
    return r == null ? "" : r;
  }
}
