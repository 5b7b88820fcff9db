package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes a name apart into weighted tokens, in small steps: {@link TextNormalizer normalise}; split
 * at spaces; segment Han runs ({@link HanSegmenter}: dictionary words to English, legal forms to
 * their canonical form, the rest to joined pinyin); replace legal forms and abbreviations, longest
 * first ({@code Co., Ltd.} → {@code co ltd}, {@code Imp. & Exp.} → {@code import export}); class
 * each token (number, initial, stopword, generic word, place, word).
 *
 * <p>Immutable and thread-safe.
 */
public final class NameAnalyzer {
  private final Lexicon lexicon;

  /**
   * Creates an analyser.
   *
   * @param lexicon the language tables
   * @throws NullPointerException if {@code lexicon} is null
   */
  public NameAnalyzer(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The language tables. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** An analyser with the {@link Lexicon#standard() standard} lexicon. */
  public static NameAnalyzer standard() {
    return new NameAnalyzer(Lexicon.standard());
  }

  /**
   * Analyses {@code name}.
   *
   * @param name a name in any script
   * @return the analysed name; its token list is empty when the name has no letter or digit
   * @throws NullPointerException if {@code name} is null
   */
  public AnalyzedName analyze(String name) {
    String norm = TextNormalizer.normalize(name);
    List<Token> tokens = new ArrayList<>();
    // Latin words are collected and replaced phrase-wise; Han segments are final as they come.
    List<String> pending = new ArrayList<>();
    if (!norm.isEmpty()) {
      for (String raw : norm.split(" ")) {
        if (Han.isHan(raw.codePointAt(0))) {
          flush(pending, tokens);
          addHan(raw, tokens);
        } else {
          pending.add(raw);
        }
      }
    }
    flush(pending, tokens);
    return new AnalyzedName(name, norm, tokens);
  }

  private void addHan(String run, List<Token> tokens) {
    for (HanSegmenter.Segment seg : lexicon.segmenter().segment(run)) {
      String pinyin =
          seg.kind() == HanSegmenter.Kind.PINYIN
              ? seg.words().get(0)
              : Han.spaced(seg.han()).replace(" ", "");
      switch (seg.kind()) {
        case LEGAL_FORM -> {
          String note = seg.han() + " → " + String.join(" ", seg.words()) + " (legal form)";
          for (String w : seg.words()) {
            tokens.add(new Token(w, seg.han(), TokenKind.LEGAL_FORM, note, pinyin));
          }
        }
        case PINYIN -> {
          String key = seg.words().get(0);
          String note = seg.han() + " → " + seg.spacedPinyin() + " → " + key;
          tokens.add(new Token(key, seg.han(), TokenKind.PINYIN, note, pinyin));
        }
        case WORD -> {
          // The English rendering goes through the same phrase tables as English names.
          List<Token> english = new ArrayList<>();
          flushLatin(new ArrayList<>(seg.words()), english);
          String note = seg.han() + " → " + String.join(" ", seg.words());
          for (Token t : english) {
            tokens.add(new Token(t.key(), seg.han(), t.kind(), note, pinyin));
          }
        }
      }
    }
  }

  /**
   * Reads the pending Latin words: runs that read as pinyin ({@link PinyinReader}) become the
   * tokens their characters would; the rest goes through the phrase tables.
   */
  private void flush(List<String> pending, List<Token> tokens) {
    List<String> words = NumberWords.toDigits(pending);
    List<PinyinReader.Piece> pieces = words.isEmpty() ? null : lexicon.pinyin().read(words);
    if (pieces == null) {
      flushLatin(new ArrayList<>(words), tokens);
      pending.clear();
      return;
    }
    List<String> plain = new ArrayList<>();
    for (PinyinReader.Piece p : pieces) {
      if (p.kind() == null) {
        plain.add(p.words().get(0));
        continue;
      }
      flushLatin(plain, tokens);
      String pinyin = p.pinyin();
      switch (p.kind()) {
        case LEGAL_FORM -> {
          String note =
              p.syllables() + " → " + String.join(" ", p.words()) + " (legal form, pinyin)";
          for (String w : p.words()) {
            tokens.add(new Token(w, p.syllables(), TokenKind.LEGAL_FORM, note, pinyin));
          }
        }
        case PINYIN -> {
          String key = p.words().get(0);
          String note =
              p.spansWords() ? p.syllables() + " → " + key + " (pinyin written apart)" : "";
          tokens.add(
              new Token(key, p.spansWords() ? p.syllables() : key, classOf(key), note, pinyin));
        }
        case WORD -> {
          List<Token> english = new ArrayList<>();
          flushLatin(new ArrayList<>(p.words()), english);
          String note =
              p.syllables() + " → " + String.join(" ", p.words()) + " (pinyin of " + p.han() + ")";
          for (Token t : english) {
            tokens.add(new Token(t.key(), p.syllables(), t.kind(), note, pinyin));
          }
        }
      }
    }
    flushLatin(plain, tokens);
    pending.clear();
  }

  /**
   * Replaces phrases in Latin words (number words already read) and classes them; clears them. A
   * misspelt single-word variant of either table ({@code cmpany}) is read as that variant first, so
   * that it still completes a phrase ({@code joint stock cmpany}).
   */
  private void flushLatin(List<String> words, List<Token> tokens) {
    int n = words.size();
    List<String> fixed = new ArrayList<>(n);
    boolean[] misspelt = new boolean[n + 1];
    for (int k = 0; k < n; k++) {
      String w = words.get(k);
      String v = null;
      if (!lexicon.legalForms().containsWord(w) && !lexicon.abbreviations().containsWord(w)) {
        v = lexicon.legalForms().misspeltVariant(w);
        if (v == null) {
          v = lexicon.abbreviations().misspeltVariant(w);
        }
      }
      misspelt[k] = v != null;
      fixed.add(v != null ? v : w);
    }
    int i = 0;
    while (i < n) {
      PhraseTable.Match legal = lexicon.legalForms().longestAt(fixed, i, n);
      PhraseTable.Match abbr = lexicon.abbreviations().longestAt(fixed, i, n);
      if (legal != null && (abbr == null || legal.length() >= abbr.length())) {
        String surface = String.join(" ", words.subList(i, i + legal.length()));
        String note =
            anyMisspelt(misspelt, i, legal.length()) ? "legal form, misspelt" : "legal form";
        for (String w : legal.replacement()) {
          tokens.add(new Token(w, surface, TokenKind.LEGAL_FORM, note));
        }
        i += legal.length();
      } else if (abbr != null) {
        String surface = String.join(" ", words.subList(i, i + abbr.length()));
        boolean same = abbr.replacement().size() == 1 && abbr.replacement().get(0).equals(surface);
        String note =
            anyMisspelt(misspelt, i, abbr.length()) ? "misspelt" : same ? "" : "abbreviation";
        for (String w : abbr.replacement()) {
          tokens.add(new Token(w, surface, classOf(w), note));
        }
        i += abbr.length();
      } else {
        String w = words.get(i);
        tokens.add(new Token(w, w, classOf(w), ""));
        i++;
      }
    }
    words.clear();
  }

  private static boolean anyMisspelt(boolean[] misspelt, int from, int length) {
    for (int k = from; k < from + length; k++) {
      if (misspelt[k]) {
        return true;
      }
    }
    return false;
  }

  private TokenKind classOf(String w) {
    if (w.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return TokenKind.NUMBER;
    }
    TokenKind k = lexicon.classOf(w);
    if (k == TokenKind.WORD && w.length() == 1) {
      return TokenKind.INITIAL;
    }
    return k;
  }
}
