package io.chokepoint.screening;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a delta rescreen needs to remember of one screened name, so that it need not analyse the
 * name again nor recompute its candidates unless the list change makes it: the name's tokens (what
 * its index keys, typo lookups and scores are made of), how many listed names its keys touched, and
 * where the cut to the best {@link MatcherConfig#maxCandidates()} fell: the weakest candidate kept
 * and the few names ranked after it ({@link #boundary()}), and the few candidates ranked just above
 * it ({@link #above()}). Immutable and serialisable; {@link #tokensText()}, {@link #boundaryText()}
 * and their parsers write it as text.
 *
 * @param tokens the analysed tokens, without their surface text and notes
 * @param han whether the normalised name holds Chinese characters
 * @param touched how many listed names the candidate step touched, or -1 when unknown
 * @param boundary when the cut applied, the weakest candidate kept and the names ranked after it,
 *     in rank order; empty when no cut applied, or when where it falls is not known
 * @param above when the cut applied, the candidates ranked just above the weakest one, in rank
 *     order (those nearest the cut last); empty when none is known
 */
public record QueryState(
    List<Word> tokens, boolean han, int touched, List<Rank> boundary, List<Rank> above)
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

  /**
   * A listed name around the cut, and how it ranks.
   *
   * @param support its support
   * @param key the index of the query key that first touched it, or -1 when a typo lookup did
   * @param entry its entry's id
   * @param alias its name number in the entry
   * @param token when a typo lookup first touched it, the index in {@link #tokens()} of the word
   *     looked up; else -1
   * @param near when a typo lookup first touched it, the neighbour (a word of the lists) through
   *     which it did, which tells its place among names of equal support; null when not known
   */
  public record Rank(float support, int key, String entry, int alias, int token, String near)
      implements Serializable {
    public Rank {
      Objects.requireNonNull(entry, "entry");
      if (key >= 0 || near == null) {
        token = -1;
        near = null;
      }
    }

    /** A rank whose first typo find, if any, is not known. */
    public Rank(float support, int key, String entry, int alias) {
      this(support, key, entry, alias, -1, null);
    }
  }

  public QueryState {
    tokens = List.copyOf(tokens);
    boundary = List.copyOf(boundary);
    above = boundary.isEmpty() ? List.of() : List.copyOf(above);
  }

  /** A state that knows no candidates above the weakest one. */
  public QueryState(List<Word> tokens, boolean han, int touched, List<Rank> boundary) {
    this(tokens, han, touched, boundary, List.of());
  }

  /** The state of a name whose candidates were found ({@code found}) by {@code screener}. */
  static QueryState of(AnalyzedName q, CandidateFinder.Found found, ListScreener screener) {
    List<Word> words = new ArrayList<>(q.tokens().size());
    for (Token t : q.tokens()) {
      words.add(new Word(t.key(), t.kind(), t.pinyin(), t.fromHan()));
    }
    NameIndex index = screener.index();
    List<Rank> boundary = new ArrayList<>(found.boundary().length);
    for (int i = 0; i < found.boundary().length; i++) {
      int name = found.boundary()[i];
      boundary.add(
          new Rank(
              found.boundarySupports()[i],
              found.boundaryKeys()[i],
              screener.entries().get(index.nameEntry[name]).id(),
              index.nameAlias[name],
              found.boundaryTokens()[i],
              found.boundaryNear()[i]));
    }
    boolean known = found.touched() >= 0;
    return new QueryState(
        words,
        Han.containsHan(q.normalized()),
        found.touched(),
        known ? boundary.subList(found.above(), boundary.size()) : List.of(),
        known ? boundary.subList(0, found.above()) : List.of());
  }

  /**
   * What a list change can reach this name through: its index keys (both orders and joined
   * syllables, as a query's) and the words its candidate step looks up with typos (words, generic
   * words and places), with whether it holds more than one distinctive token, which decides whether
   * a word the lists hold is looked up too. {@link ScreeningDelta#reaches(Reach)} reads it.
   */
  public Reach reach() {
    List<Token> ts = query("").tokens();
    List<String> words = new ArrayList<>();
    int distinct = 0;
    for (Token t : ts) {
      if (t.kind().distinctive()) {
        distinct++;
      }
      TokenKind k = t.kind();
      if ((k == TokenKind.WORD || k == TokenKind.GENERIC || k == TokenKind.PLACE)
          && !words.contains(t.key())) {
        words.add(t.key());
      }
    }
    return new Reach(
        List.copyOf(new java.util.LinkedHashSet<>(NameIndex.indexKeys(ts, true))),
        words,
        distinct > 1);
  }

  /**
   * What a list change can reach a name through ({@link #reach()}).
   *
   * @param keys its distinct index keys
   * @param words its distinct words looked up with typos
   * @param many whether it holds more than one distinctive token
   */
  public record Reach(List<String> keys, List<String> words, boolean many) {
    public Reach {
      keys = List.copyOf(keys);
      words = List.copyOf(words);
    }
  }

  /** Whether the cut applied and where it fell is known. */
  boolean cut() {
    return !boundary.isEmpty();
  }

  /** The same name having touched {@code n} names, with another boundary. */
  QueryState with(int n, List<Rank> above, List<Rank> boundary) {
    return new QueryState(tokens, han, n, boundary, above);
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
    for (String t : split(text, ' ')) {
      String[] f = split(t, '|');
      int kind = f.length == 4 && f[1].length() == 1 ? KINDS.indexOf(f[1].charAt(0)) : -1;
      if (kind < 0 || f[0].isEmpty() || !(f[3].isEmpty() || f[3].equals("h"))) {
        throw new IllegalArgumentException("not a token: '" + t + "'");
      }
      out.add(new Word(unescape(f[0]), TokenKind.values()[kind], unescape(f[2]), f[3].equals("h")));
    }
    return out;
  }

  /**
   * The boundary as one line: {@code support|key|entry|alias} per rank, space-separated, the
   * support as Java writes a float (read back exactly); {@code support|key|entry|alias|token|near}
   * for a rank whose first typo find is known; escapes as in {@link #tokensText()}. The candidates
   * {@link #above()} the weakest one come first, followed by {@code /}, when there are any.
   */
  public String boundaryText() {
    StringBuilder sb = new StringBuilder();
    List<Rank> all = new ArrayList<>(above);
    all.addAll(boundary);
    for (int i = 0; i < all.size(); i++) {
      Rank r = all.get(i);
      if (i > 0 && i == above.size()) {
        sb.append(" /");
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(r.support())
          .append('|')
          .append(r.key())
          .append('|')
          .append(escape(r.entry()))
          .append('|')
          .append(r.alias());
      if (r.near() != null) {
        sb.append('|').append(r.token()).append('|').append(escape(r.near()));
      }
    }
    return sb.toString();
  }

  /**
   * Reads the {@link #boundary()} from {@link #boundaryText()}.
   *
   * @throws IllegalArgumentException if the text is not such a line
   */
  public static List<Rank> parseBoundary(String text) {
    int cut = text.indexOf(" / ");
    return parseRanks(cut < 0 ? text : text.substring(cut + 3));
  }

  /**
   * Reads the candidates {@link #above()} the weakest one from {@link #boundaryText()} (none in the
   * form that earlier results write).
   *
   * @throws IllegalArgumentException if the text is not such a line
   */
  public static List<Rank> parseAbove(String text) {
    int cut = text.indexOf(" / ");
    return cut < 0 ? List.of() : parseRanks(text.substring(0, cut));
  }

  private static List<Rank> parseRanks(String text) {
    List<Rank> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String t : split(text, ' ')) {
      String[] f = split(t, '|');
      // four fields, or six with the first typo find (the older form has four only)
      if ((f.length != 4 && f.length != 6)
          || f[2].isEmpty()
          || (f.length == 6 && (f[5].isEmpty() || Integer.parseInt(f[4]) < 0))) {
        throw new IllegalArgumentException("not a rank: '" + t + "'");
      }
      int key = Integer.parseInt(f[1]);
      if (f.length == 6 && key >= 0) {
        throw new IllegalArgumentException("not a rank: '" + t + "'");
      }
      out.add(
          new Rank(
              Float.parseFloat(f[0]),
              key,
              unescape(f[2]),
              Integer.parseInt(f[3]),
              f.length == 6 ? Integer.parseInt(f[4]) : -1,
              f.length == 6 ? unescape(f[5]) : null));
    }
    return out;
  }

  private static String escape(String s) {
    return s.replace("%", "%25").replace(" ", "%20").replace("|", "%7C");
  }

  private static String unescape(String s) {
    if (s.indexOf('%') < 0) {
      return s; // nearly every key: nothing escaped
    }
    return s.replace("%7C", "|").replace("%20", " ").replace("%25", "%");
  }

  /** {@code text} split at every {@code c}, empty fields kept (a million states are read so). */
  private static String[] split(String text, char c) {
    int n = 1;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      n++;
    }
    String[] out = new String[n];
    int from = 0;
    for (int k = 0; k < n - 1; k++) {
      int to = text.indexOf(c, from);
      out[k] = text.substring(from, to);
      from = to + 1;
    }
    out[n - 1] = text.substring(from);
    return out;
  }
}
