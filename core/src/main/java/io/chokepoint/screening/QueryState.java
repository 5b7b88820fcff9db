package io.chokepoint.screening;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a delta rescreen needs to remember of one screened name, so that it need not analyse the
 * name again nor recompute its candidates unless the list change makes it: the name's tokens (what
 * its index keys, typo lookups and scores are made of), how many listed names its keys touched, and
 * where the cut to the best {@link MatcherConfig#maxCandidates()} fell (the weakest candidate kept,
 * its support and the key that first touched it). Immutable and serialisable; {@link #tokensText()}
 * and {@link #parseTokens(String)} write the tokens as one line of text.
 *
 * @param tokens the analysed tokens, without their surface text and notes
 * @param han whether the normalised name holds Chinese characters
 * @param touched how many listed names the candidate step touched, or -1 when unknown
 * @param cutSupport when the cut applied, the weakest candidate's support, else NaN (also when the
 *     cut is unknown)
 * @param cutEntry the weakest candidate's entry id, or {@code null}
 * @param cutAlias the weakest candidate's name number in its entry, or -1
 * @param cutKey the index of the query key that first touched the weakest candidate, or -1 when a
 *     typo lookup did
 */
public record QueryState(
    List<Word> tokens,
    boolean han,
    int touched,
    float cutSupport,
    String cutEntry,
    int cutAlias,
    int cutKey)
    implements Serializable {
  private static final String KINDS = "WNPILGFS"; // TokenKind by ordinal

  /**
   * One token as scoring and candidate generation read it.
   *
   * @param key the key
   * @param kind the kind
   * @param pinyin the pinyin it was read from, or empty
   * @param han whether it was read from Chinese characters
   */
  public record Word(String key, TokenKind kind, String pinyin, boolean han)
      implements Serializable {
    public Word {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(pinyin, "pinyin");
    }
  }

  public QueryState {
    tokens = List.copyOf(tokens);
  }

  /** The state of a name whose candidates were found ({@code found}) by {@code screener}. */
  static QueryState of(AnalyzedName q, CandidateFinder.Found found, ListScreener screener) {
    List<Word> words = new ArrayList<>(q.tokens().size());
    for (Token t : q.tokens()) {
      words.add(new Word(t.key(), t.kind(), t.pinyin(), t.fromHan()));
    }
    String entry = null;
    int alias = -1;
    if (found.cut() >= 0) {
      NameIndex index = screener.index();
      entry = screener.entries().get(index.nameEntry[found.cut()]).id();
      alias = index.nameAlias[found.cut()];
    }
    return new QueryState(
        words,
        Han.containsHan(q.normalized()),
        found.touched(),
        found.cutSupport(),
        entry,
        alias,
        found.cutKey());
  }

  /** Whether the cut applied and is known. */
  boolean cut() {
    return cutEntry != null;
  }

  /** The same name having touched {@code n} names, its cut unchanged. */
  QueryState withTouched(int n) {
    return new QueryState(tokens, han, n, cutSupport, cutEntry, cutAlias, cutKey);
  }

  /** The same name having touched {@code n} names, where the cut now falls unknown. */
  QueryState withUnknownCut(int n) {
    return new QueryState(tokens, han, n, Float.NaN, null, -1, -1);
  }

  /**
   * The name as the analyser gave it, for candidate generation and scoring (not for explanations,
   * which need the surface text): tokens with their keys, kinds, pinyin and script.
   */
  AnalyzedName query(String original) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Word w : tokens) {
      // a token is "read from Chinese" when its surface holds a Han character
      out.add(new Token(w.key(), w.han() ? "漢" : w.key(), w.kind(), "", w.pinyin()));
    }
    return new AnalyzedName(original, han ? "漢" : "", out);
  }

  /**
   * The tokens as one line: {@code key|K|pinyin|h} per token, space-separated, the kind as one
   * letter ({@code W} word, {@code N} number, {@code P} pinyin, {@code I} initial, {@code L} place,
   * {@code G} generic, {@code F} legal form, {@code S} stopword), {@code h} when read from Chinese;
   * {@code %}, space and {@code |} in a key are written {@code %25}, {@code %20}, {@code %7C}.
   */
  public String tokensText() {
    StringBuilder sb = new StringBuilder();
    for (Word w : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(escape(w.key()))
          .append('|')
          .append(KINDS.charAt(w.kind().ordinal()))
          .append('|')
          .append(escape(w.pinyin()))
          .append('|')
          .append(w.han() ? "h" : "");
    }
    return sb.toString();
  }

  /**
   * Reads {@link #tokensText()}.
   *
   * @throws IllegalArgumentException if the text is not such a line
   */
  public static List<Word> parseTokens(String text) {
    List<Word> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String t : text.split(" ")) {
      String[] f = t.split("\\|", -1);
      int kind = f.length == 4 && f[1].length() == 1 ? KINDS.indexOf(f[1].charAt(0)) : -1;
      if (kind < 0 || f[0].isEmpty() || !(f[3].isEmpty() || f[3].equals("h"))) {
        throw new IllegalArgumentException("not a token: '" + t + "'");
      }
      out.add(new Word(unescape(f[0]), TokenKind.values()[kind], unescape(f[2]), f[3].equals("h")));
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("%", "%25").replace(" ", "%20").replace("|", "%7C");
  }

  private static String unescape(String s) {
    return s.replace("%7C", "|").replace("%20", " ").replace("%25", "%");
  }
}
