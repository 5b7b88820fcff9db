package io.chokepoint.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matcher's language tables: legal forms, abbreviations, word classes and Chinese words. The
 * standard lexicon is read once from the resources beside this class; tests may build one from
 * their own lines.
 */
public final class Lexicon {
  private static volatile Lexicon standard;

  private final PhraseTable legalForms;
  private final PhraseTable abbreviations;
  private final Map<String, TokenKind> classes;
  private final HanSegmenter segmenter;
  private final PinyinReader pinyin;

  private Lexicon(
      PhraseTable legalForms,
      PhraseTable abbreviations,
      Map<String, TokenKind> classes,
      Map<String, String> chinese) {
    this.legalForms = legalForms;
    this.abbreviations = abbreviations;
    this.classes = Map.copyOf(classes);
    this.segmenter = new HanSegmenter(chinese, legalForms.hanVariants());
    java.util.Set<String> places = new java.util.HashSet<>();
    classes.forEach(
        (w, k) -> {
          if (k == TokenKind.PLACE) {
            places.add(w);
          }
        });
    this.pinyin = new PinyinReader(chinese, legalForms.hanVariants(), places);
  }

  /**
   * The lexicon shipped with Chokepoint.
   *
   * @throws TableFormatException if a shipped table is malformed (a build error)
   */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (standard == null) {
          standard =
              of(
                  TableLines.resource("legal-forms.txt"),
                  TableLines.resource("abbreviations.txt"),
                  TableLines.resource("word-classes.txt"),
                  TableLines.resource("zh-words.txt"));
        }
        l = standard;
      }
    }
    return l;
  }

  /**
   * Builds a lexicon from table lines (the shipped files' formats).
   *
   * @param legalForms {@code canonical = variant; ...}
   * @param abbreviations {@code canonical = variant; ...}
   * @param wordClasses {@code stopword|generic|place: word; ...}
   * @param chineseWords {@code 中文 = english}
   * @return the lexicon
   * @throws TableFormatException naming {@code file:line} of the first malformed line
   */
  public static Lexicon of(
      List<String> legalForms,
      List<String> abbreviations,
      List<String> wordClasses,
      List<String> chineseWords) {
    return new Lexicon(
        PhraseTable.parse("legal-forms.txt", legalForms),
        PhraseTable.parse("abbreviations.txt", abbreviations),
        parseClasses(wordClasses),
        parseChinese(chineseWords));
  }

  /**
   * Reads only a legal-form table, for checking one.
   *
   * @param source the file name to report
   * @param lines its lines
   * @return how many variants it holds, canonical forms included
   * @throws TableFormatException naming {@code file:line} of the first malformed line
   */
  public static int checkLegalForms(String source, List<String> lines) {
    PhraseTable.parse(source, lines);
    return (int)
        TableLines.parse(source, lines, "=").stream().mapToLong(l -> l.items().size()).sum();
  }

  PhraseTable legalForms() {
    return legalForms;
  }

  PhraseTable abbreviations() {
    return abbreviations;
  }

  HanSegmenter segmenter() {
    return segmenter;
  }

  PinyinReader pinyin() {
    return pinyin;
  }

  /**
   * Whether two legal-form keys are of one family ({@code jsc} and {@code ojsc}; {@code co} and
   * {@code ltd}), so that neither name contradicts the other.
   */
  boolean sameLegalFamily(String a, String b) {
    String fa = legalForms.family(a);
    return fa != null && fa.equals(legalForms.family(b));
  }

  /** The class of a word key: stopword, generic, place or plain word. */
  TokenKind classOf(String key) {
    return classes.getOrDefault(key, TokenKind.WORD);
  }

  private static Map<String, TokenKind> parseClasses(List<String> lines) {
    Map<String, TokenKind> m = new HashMap<>();
    for (TableLines.Line line : TableLines.parse("word-classes.txt", lines, ":")) {
      TokenKind kind =
          switch (line.head()) {
            case "stopword" -> TokenKind.STOPWORD;
            case "generic" -> TokenKind.GENERIC;
            case "place" -> TokenKind.PLACE;
            default ->
                throw line.error(
                    String.format(
                        "unknown class '%s' (expected stopword, generic or place)", line.head()));
          };
      for (String w : line.items()) {
        String norm = TextNormalizer.normalize(w);
        if (norm.isEmpty() || norm.contains(" ")) {
          throw line.error(String.format("'%s' must be one word", w));
        }
        m.putIfAbsent(norm, kind); // the first class given wins
      }
    }
    return m;
  }

  private static Map<String, String> parseChinese(List<String> lines) {
    Map<String, String> m = new HashMap<>();
    for (TableLines.Line line : TableLines.parse("zh-words.txt", lines, "=")) {
      String zh = TextNormalizer.normalize(line.head()).replace(" ", "");
      if (zh.isEmpty() || !zh.codePoints().allMatch(Han::isHan)) {
        throw line.error(String.format("'%s' must be Han characters only", line.head()));
      }
      if (line.items().size() != 1) {
        throw line.error("expected one English rendering");
      }
      String en = TextNormalizer.normalize(line.items().get(0));
      if (en.isEmpty() || Han.containsHan(en)) {
        throw line.error(String.format("'%s' must be English words", line.items().get(0)));
      }
      if (m.putIfAbsent(zh, en) != null) {
        throw line.error(String.format("'%s' is given twice", zh));
      }
    }
    return m;
  }
}
