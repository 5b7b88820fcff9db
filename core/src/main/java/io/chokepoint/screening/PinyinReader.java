package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Latin words written in toneless pinyin the way {@link HanSegmenter} reads the characters
 * they stand for, so that {@code hua wei ji shu you xian gong si}, {@code Huawei Jishu Youxian
 * Gongsi} and {@code huaweijishuyouxiangongsi} all read like 华为技术有限公司: {@code huawei technology co
 * ltd} (the scorer joins {@code hua wei}).
 *
 * <p>A run of consecutive words that each split wholly into pinyin syllables (a syllable starting
 * with a vowel only at the start of a word) is segmented over its letters, syllables joined or
 * spaced in any way: the dictionary words and legal forms of the Chinese tables, keyed by their
 * pinyin, cover as many syllables as they can (fewest syllables left, then fewest pieces, then the
 * syllables left as early as possible). A table word written over several words starts and ends
 * with them. A one-syllable table word ({@code shi} for 市) is read only right after a place ({@code
 * shen zhen shi}): alone, a syllable stands for too many characters. Table words that render as
 * something else ({@code ji shu} → technology, {@code gong si} → co) replace their syllables; the
 * rest stays as written, word by word, so that a name reads the same in any word order. Every token
 * keeps the pinyin it was read from ({@link Token#pinyin()}), so that a homophone ({@code zhong
 * xin} read as 中心 where the list has 中芯) still matches. Nothing is replaced unless the run holds a
 * table word of two syllables or more that renders as something else: person names such as {@code
 * Zhang Wei} are left as they are.
 *
 * <p>Immutable and thread-safe.
 */
final class PinyinReader {
  /** The toneless syllables of Mandarin as ICU writes them (ü as u), without interjections. */
  private static final String SYLLABLES =
      "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can"
          + " cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua"
          + " chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao"
          + " de deng di dian diao die ding diu dong dou du duan dui dun duo e en er fa fan fang"
          + " fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan"
          + " guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang"
          + " hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan"
          + " kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao"
          + " le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lue lun luo ma"
          + " mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan"
          + " nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue"
          + " nuo ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia"
          + " qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri"
          + " rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao"
          + " she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su"
          + " suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan"
          + " tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing"
          + " xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan yue yun za"
          + " zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong"
          + " zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo";

  private static final Set<String> SYLLABLE_SET = Set.of(SYLLABLES.split(" "));
  // the syllables packed five bits a letter, sorted: a lookup without a substring
  private static final int[] PACKED =
      SYLLABLE_SET.stream().mapToInt(x -> pack(x, 0, x.length())).sorted().toArray();
  private static final int MAX_SYLLABLE = 6;

  /**
   * A table word known by its pinyin.
   *
   * @param han the characters
   * @param kind a dictionary word or a legal form
   * @param words its rendering (English words, or the canonical legal form)
   * @param syllables how many syllables
   * @param place whether it names a place (after which a one-syllable word such as 市 may follow)
   */
  record Word(
      String han, HanSegmenter.Kind kind, List<String> words, int syllables, boolean place) {}

  /**
   * One piece of a reading.
   *
   * @param kind {@code null} for a word left as written, else a table word or joined pinyin
   * @param words the word as written, the table word's rendering, or the one joined-pinyin word
   * @param syllables the syllables read, spaced (empty for a word left as written)
   * @param han the table word's characters, or empty
   * @param spansWords whether the piece was written as more than one word
   */
  record Piece(
      HanSegmenter.Kind kind,
      List<String> words,
      String syllables,
      String han,
      boolean spansWords) {
    /** The joined pinyin of the piece, or empty for a word left as written. */
    String pinyin() {
      return syllables.replace(" ", "");
    }
  }

  private final Map<String, Word> byPinyin = new HashMap<>();
  private int maxLetters;

  /**
   * Keys the Chinese tables by pinyin.
   *
   * @param chinese dictionary words, Han to English
   * @param legalForms legal forms written in Han, to their canonical words
   * @param places the words that name places
   */
  PinyinReader(
      Map<String, String> chinese, Map<String, List<String>> legalForms, Set<String> places) {
    // sorted, so that a collision of two words on one pinyin resolves the same way every time
    for (String han : new java.util.TreeSet<>(chinese.keySet())) {
      List<String> words = List.of(chinese.get(han).split(" "));
      boolean place = places.contains(words.get(0)) || places.contains(String.join("", words));
      put(han, HanSegmenter.Kind.WORD, words, place);
    }
    for (String han : new java.util.TreeSet<>(legalForms.keySet())) {
      put(han, HanSegmenter.Kind.LEGAL_FORM, legalForms.get(han), false);
    }
  }

  private void put(String han, HanSegmenter.Kind kind, List<String> words, boolean place) {
    String key = Han.spaced(han).replace(" ", "");
    if (key.isEmpty() || !splits(key)) {
      return;
    }
    Word w = new Word(han, kind, words, han.codePointCount(0, han.length()), place);
    Word old = byPinyin.get(key);
    // homophones: a legal form wins over a word, a longer word over a shorter (西安 over 县)
    if (old == null
        || (kind == HanSegmenter.Kind.LEGAL_FORM && old.kind() != HanSegmenter.Kind.LEGAL_FORM)
        || (kind == old.kind() && w.syllables() > old.syllables())) {
      byPinyin.put(key, w);
    }
    maxLetters = Math.max(maxLetters, key.length());
  }

  /** Whether {@code s} is one pinyin syllable. */
  static boolean isSyllable(String s) {
    return SYLLABLE_SET.contains(s);
  }

  /**
   * Whether {@code word}, lower-case ASCII letters, splits wholly into pinyin syllables, a syllable
   * that starts with a vowel only at the start of the word (pinyin writes {@code Xi'an}, and the
   * apostrophe is gone by now: {@code xian} reads as one syllable, {@code tajideen} not at all).
   */
  static boolean splits(String word) {
    if (!letters(word)) {
      return false;
    }
    int n = word.length();
    boolean[] reach = new boolean[n + 1];
    reach[0] = true;
    for (int i = 0; i < n; i++) {
      if (!reach[i]) {
        continue;
      }
      for (int len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
        if (syllableAt(word, i, i + len, i == 0)) {
          reach[i + len] = true;
        }
      }
    }
    return reach[n];
  }

  private static boolean syllableAt(String s, int from, int to, boolean wordStart) {
    char c = s.charAt(from);
    boolean vowel = c == 'a' || c == 'e' || c == 'o';
    return (wordStart || !vowel)
        && to - from <= MAX_SYLLABLE
        && java.util.Arrays.binarySearch(PACKED, pack(s, from, to)) >= 0;
  }

  /** Letters {@code s[from, to)} (a-z, at most six) packed five bits each after a leading 1. */
  private static int pack(String s, int from, int to) {
    int v = 1;
    for (int i = from; i < to; i++) {
      v = (v << 5) | (s.charAt(i) - 'a' + 1);
    }
    return v;
  }

  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return !w.isEmpty();
  }

  /**
   * Reads {@code words} (normalised Latin words).
   *
   * @return null when no run reads as pinyin; otherwise the pieces in order, words outside the runs
   *     read as pinyin coming back as written
   */
  List<Piece> read(List<String> words) {
    List<Piece> out = null;
    int n = words.size();
    int i = 0;
    while (i < n) {
      if (!letters(words.get(i)) || !splits(words.get(i))) {
        if (out != null) {
          out.add(asWritten(words.get(i)));
        }
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && letters(words.get(end)) && splits(words.get(end))) {
        end++;
      }
      List<Piece> run = readRun(words.subList(i, end));
      if (run != null) {
        if (out == null) {
          out = new ArrayList<>();
          for (int k = 0; k < i; k++) {
            out.add(asWritten(words.get(k)));
          }
        }
        out.addAll(run);
      } else if (out != null) {
        for (int k = i; k < end; k++) {
          out.add(asWritten(words.get(k)));
        }
      }
      i = end;
    }
    return out;
  }

  private static Piece asWritten(String w) {
    return new Piece(null, List.of(w), "", "", false);
  }

  /** The reading of one run of pinyin words, or null when nothing shows it is pinyin. */
  private List<Piece> readRun(List<String> run) {
    StringBuilder sb = new StringBuilder();
    int[] wordOf = new int[run.stream().mapToInt(String::length).sum() + 1];
    boolean[] wordStart = new boolean[wordOf.length];
    for (int w = 0; w < run.size(); w++) {
      wordStart[sb.length()] = true;
      for (int k = 0; k < run.get(w).length(); k++) {
        wordOf[sb.length() + k] = w;
      }
      sb.append(run.get(w));
    }
    String s = sb.toString();
    int n = s.length();
    wordStart[n] = true;
    wordOf[n] = run.size();
    // where a syllable may end: reachable from the start and able to reach the end, never a
    // syllable across a space
    boolean[] fwd = new boolean[n + 1];
    fwd[0] = true;
    for (int i = 0; i < n; i++) {
      if (fwd[i]) {
        for (int len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
          if (syllable(s, wordStart, i, i + len)) {
            fwd[i + len] = true;
          }
        }
      }
    }
    boolean[] ok = new boolean[n + 1];
    ok[n] = true;
    for (int i = n - 1; i >= 0; i--) {
      for (int len = 1; fwd[i] && len <= MAX_SYLLABLE && i + len <= n && !ok[i]; len++) {
        ok[i] = ok[i + len] && syllable(s, wordStart, i, i + len);
      }
    }
    // cost[i][after]: the best reading of s[0, i), "after" = its last piece names a place; cost =
    // unknown syllables, then pieces, then how late the unknown syllables end: on a tie, the
    // table words come last, as industry words and legal forms do in Chinese names
    // (yun tian li fei ji shu: 励飞 + 技术, not 飞机 + shu)
    int inf = Integer.MAX_VALUE / 2;
    int[][] cost = new int[n + 1][2];
    int[][] prev = new int[n + 1][2];
    int[][] prevAfter = new int[n + 1][2];
    Word[][] via = new Word[n + 1][2];
    for (int[] c : cost) {
      java.util.Arrays.fill(c, inf);
    }
    cost[0][0] = 0;
    for (int i = 0; i < n; i++) {
      for (int after = 0; after < 2; after++) {
        int c = cost[i][after];
        if (c >= inf || !ok[i]) {
          continue;
        }
        for (int len = 2; len <= maxLetters && i + len <= n; len++) {
          int to = i + len;
          // a table word written over several words starts and ends with them
          boolean aligned = wordOf[i] == wordOf[to - 1] || (wordStart[i] && wordStart[to]);
          Word w = ok[to] && aligned ? byPinyin.get(s.substring(i, to)) : null;
          if (w != null && (w.syllables() > 1 || after == 1)) {
            relax(cost, prev, prevAfter, via, i, after, to, w.place() ? 1 : 0, c + 1000, w);
          }
        }
        for (int len = 1; len <= MAX_SYLLABLE && i + len <= n; len++) {
          if (ok[i + len] && syllable(s, wordStart, i, i + len)) {
            relax(cost, prev, prevAfter, via, i, after, i + len, 0, c + 1_001_000 + i + len, null);
          }
        }
      }
    }
    int after = cost[n][0] <= cost[n][1] ? 0 : 1;
    if (cost[n][after] >= inf) {
      return null;
    }
    List<int[]> cuts = new ArrayList<>(); // {from, to}
    List<Word> pieces = new ArrayList<>();
    for (int at = n, a = after; at > 0; ) {
      int from = prev[at][a];
      cuts.add(0, new int[] {from, at});
      pieces.add(0, via[at][a]);
      a = prevAfter[at][a];
      at = from;
    }
    // Table words that render as something else replace their syllables; the other syllables
    // stay as written, word by word, so that a name reads the same in any word order.
    boolean evidence = false;
    List<Piece> out = new ArrayList<>();
    int keepFrom = 0; // letters not yet emitted, which stay as written
    for (int k = 0; k < cuts.size(); k++) {
      int from = cuts.get(k)[0];
      int to = cuts.get(k)[1];
      Word w = pieces.get(k);
      if (w == null || String.join("", w.words()).equals(s.substring(from, to))) {
        continue;
      }
      evidence |= w.syllables() > 1;
      keep(s, wordStart, keepFrom, from, out);
      boolean apart = wordOf[from] != wordOf[to - 1];
      out.add(new Piece(w.kind(), w.words(), Han.spaced(w.han()), w.han(), apart));
      keepFrom = to;
    }
    keep(s, wordStart, keepFrom, n, out);
    return evidence ? out : null;
  }

  /** Emits {@code s[from, to)} as written: whole words as they are, parts of words as pinyin. */
  private static void keep(String s, boolean[] wordStart, int from, int to, List<Piece> out) {
    int i = from;
    while (i < to) {
      int j = i + 1;
      while (j < to && !wordStart[j]) {
        j++;
      }
      String part = s.substring(i, j);
      boolean whole = wordStart[i] && wordStart[j];
      out.add(
          whole
              ? asWritten(part)
              : new Piece(HanSegmenter.Kind.PINYIN, List.of(part), part, "", false));
      i = j;
    }
  }

  private static boolean syllable(String s, boolean[] wordStart, int from, int to) {
    for (int b = from + 1; b < to; b++) {
      if (wordStart[b]) {
        return false;
      }
    }
    return syllableAt(s, from, to, wordStart[from]);
  }

  private static void relax(
      int[][] cost,
      int[][] prev,
      int[][] prevAfter,
      Word[][] via,
      int from,
      int fromAfter,
      int to,
      int toAfter,
      int c,
      Word w) {
    if (c < cost[to][toAfter]) {
      cost[to][toAfter] = c;
      prev[to][toAfter] = from;
      prevAfter[to][toAfter] = fromAfter;
      via[to][toAfter] = w;
    }
  }
}
