package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a run of Han characters into dictionary words, Chinese legal forms and the rest, covering
 * as many characters with table words as it can: 丹东鸿祥实业发展有限公司 → 丹东 (dandong) · 鸿祥 (pinyin
 * hongxiang) · 实业 (industrial) · 发展 (development) · 有限公司 (co ltd, legal form).
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

  /**
   * Segments {@code han}, a string of Han characters (BMP, as after normalisation): the fewest
   * characters left to pinyin, then the fewest segments, then, on a tie, the pinyin as early as
   * possible, since table words (industry words, legal forms) close Chinese names: 龙芯中科技术 is 龙芯中科 ·
   * 技术, not 龙芯中 · 科技 · 术.
   */
  List<Segment> segment(String han) {
    int n = han.length();
    long inf = Long.MAX_VALUE / 4;
    long[] cost = new long[n + 1];
    int[] prev = new int[n + 1];
    boolean[] known = new boolean[n + 1]; // whether the segment ending here is a table word
    java.util.Arrays.fill(cost, inf);
    cost[0] = 0;
    for (int i = 0; i < n; i++) {
      if (cost[i] >= inf) {
        continue;
      }
      for (int len = 1; len <= maxLength && i + len <= n; len++) {
        if (words.containsKey(han.substring(i, i + len)) && cost[i] + 1000 < cost[i + len]) {
          cost[i + len] = cost[i] + 1000;
          prev[i + len] = i;
          known[i + len] = true;
        }
      }
      long unknown = cost[i] + 1_001_000 + i + 1;
      if (unknown < cost[i + 1]) {
        cost[i + 1] = unknown;
        prev[i + 1] = i;
        known[i + 1] = false;
      }
    }
    List<Segment> out = new ArrayList<>();
    int end = n;
    int unknownEnd = -1;
    while (end > 0) {
      int from = prev[end];
      if (known[end]) {
        if (unknownEnd >= 0) {
          out.add(0, pinyin(han.substring(end, unknownEnd)));
          unknownEnd = -1;
        }
        String w = han.substring(from, end);
        out.add(0, new Segment(w, kinds.get(w), words.get(w), ""));
      } else if (unknownEnd < 0) {
        unknownEnd = end;
      }
      end = from;
    }
    if (unknownEnd >= 0) {
      out.add(0, pinyin(han.substring(0, unknownEnd)));
    }
    return out;
  }

  private static Segment pinyin(String han) {
    String spaced = Han.spaced(han);
    return new Segment(han, Kind.PINYIN, List.of(spaced.replace(" ", "")), spaced);
  }
}
