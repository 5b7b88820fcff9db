package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a run of Han characters into dictionary words, Chinese legal forms and the rest, longest
 * match first: 丹东鸿祥实业发展有限公司 → 丹东 (dandong) · 鸿祥 (pinyin hongxiang) · 实业 (industrial) · 发展
 * (development) · 有限公司 (co ltd, legal form).
 *
 * <p>Characters covered by neither table are read as pinyin with the syllables joined, so that
 * {@code 华为} meets both {@code Huawei} and {@code Hua Wei}.
 */
final class HanSegmenter {
  /** What a segment is. */
  enum Kind {
    /** A dictionary word, rendered in English. */
    WORD,
    /** A legal form, rendered as its canonical form. */
    LEGAL_FORM,
    /** Not in either table: rendered as joined pinyin. */
    PINYIN
  }

  /**
   * One segment.
   *
   * @param han the characters
   * @param kind what it is
   * @param words the rendering: English words, canonical legal form, or one joined-pinyin word
   * @param spacedPinyin the syllables with spaces (for explanations), or empty
   */
  record Segment(String han, Kind kind, List<String> words, String spacedPinyin) {}

  private final Map<String, List<String>> words = new HashMap<>();
  private final Map<String, Kind> kinds = new HashMap<>();
  private final int maxLength;

  HanSegmenter(Map<String, String> chinese, Map<String, List<String>> legalForms) {
    int max = 1;
    for (Map.Entry<String, String> e : chinese.entrySet()) {
      words.put(e.getKey(), List.of(e.getValue().split(" ")));
      kinds.put(e.getKey(), Kind.WORD);
      max = Math.max(max, e.getKey().length());
    }
    for (Map.Entry<String, List<String>> e : legalForms.entrySet()) {
      words.put(e.getKey(), e.getValue()); // a legal form beats a dictionary word of the same text
      kinds.put(e.getKey(), Kind.LEGAL_FORM);
      max = Math.max(max, e.getKey().length());
    }
    this.maxLength = max;
  }

  /** Segments {@code han}, a string of Han characters (BMP, as after normalisation). */
  List<Segment> segment(String han) {
    List<Segment> out = new ArrayList<>();
    int n = han.length();
    int unknownStart = -1;
    int i = 0;
    while (i < n) {
      int found = 0;
      for (int len = Math.min(maxLength, n - i); len >= 1; len--) {
        if (words.containsKey(han.substring(i, i + len))) {
          found = len;
          break;
        }
      }
      if (found == 0) {
        if (unknownStart < 0) {
          unknownStart = i;
        }
        i++;
        continue;
      }
      if (unknownStart >= 0) {
        out.add(pinyin(han.substring(unknownStart, i)));
        unknownStart = -1;
      }
      String w = han.substring(i, i + found);
      out.add(new Segment(w, kinds.get(w), words.get(w), ""));
      i += found;
    }
    if (unknownStart >= 0) {
      out.add(pinyin(han.substring(unknownStart)));
    }
    return out;
  }

  private static Segment pinyin(String han) {
    String spaced = Han.spaced(han);
    return new Segment(han, Kind.PINYIN, List.of(spaced.replace(" ", "")), spaced);
  }
}
