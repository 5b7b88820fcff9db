package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysed names of a list in compact form, with an inverted index for candidate generation.
 *
 * <p>Per name: its owner (an entry number and which of its names), and its token key ids and kinds
 * in flat primitive arrays. Per key (interned once): the names holding it as an int posting list,
 * and its rarity factor. Keys are the token keys, two adjacent tokens written together ({@code
 * hongxiang} for {@code hong xiang}, which also lets a frequent first and last name find each
 * other) and, for names of three words or more, their initials ({@code ^cpmiec}). Legal forms are
 * never keys, nor are stopwords and single initials except in a name with no distinctive word
 * ({@code DES International}, {@code Group W}): they would select half the list.
 */
final class NameIndex {
  /** The prefix of initials keys, which keeps them apart from words. */
  static final String INITIALS = "^";

  /** Words this short may be syllables of one name written apart ({@code sheng he jing wei}). */
  static final int SHORT_WORD = 6;

  final String[] vocab;
  final Map<String, Integer> ids;
  final int[][] postings;

  /** Rarity factor per key id in (0, 1]: 1 for a key in few names. */
  final float[] rarity;

  final int[] nameEntry;
  final int[] nameAlias;
  final int[] tokenStart;
  final int[] tokenKeys;
  final byte[] tokenKinds;

  /** Per token: its pinyin's key id times two, plus one when read from Chinese; -1 for none. */
  final int[] tokenPinyin;

  final FuzzyVocabulary fuzzy;

  /** The pinned weights, or null when rarity comes from the names indexed. */
  private final TokenWeights pinned;

  /** Letter set per key id ({@link TokenSimilarity#mask(String)}). */
  final long[] masks;

  /** Per key id: whether it is a word of a name (not a joined or initials key). */
  private final boolean[] words;

  /**
   * What an index is made of, apart from what is computed from it (the key ids, rarities, letter
   * sets and typo lists): kept between runs by {@link RememberedIndex}.
   */
  record Parts(
      String[] vocab,
      int[] nameEntry,
      int[] nameAlias,
      int[] tokenStart,
      int[] tokenKeys,
      byte[] tokenKinds,
      int[] tokenPinyin,
      int[][] postings,
      boolean[] words) {}

  /** The parts of a builder's names: each key's postings, and which keys are words. */
  private static Parts parts(Builder b) {
    int nKeys = b.vocab.size();
    String[] vocab = b.vocab.toArray(new String[0]);
    int[] df = new int[nKeys];
    int[] indexKeys = b.indexKeys.toArray();
    int[] indexStart = b.indexStart.toArray();
    for (int k : indexKeys) {
      df[k]++;
    }
    int[][] postings = new int[nKeys][];
    for (int k = 0; k < nKeys; k++) {
      postings[k] = new int[df[k]];
    }
    int[] fill = new int[nKeys];
    for (int name = 0; name + 1 < indexStart.length; name++) {
      for (int p = indexStart[name]; p < indexStart[name + 1]; p++) {
        int k = indexKeys[p];
        postings[k][fill[k]++] = name;
      }
    }
    boolean[] words = new boolean[nKeys];
    for (int k = 0; k < nKeys; k++) {
      words[k] = b.isToken[k] && !vocab[k].startsWith(INITIALS);
    }
    return new Parts(
        vocab,
        b.nameEntry.toArray(),
        b.nameAlias.toArray(),
        b.tokenStart.toArray(),
        b.tokenKeys.toArray(),
        Arrays.copyOf(b.tokenKinds, b.tokenKindCount),
        b.tokenPinyin.toArray(),
        postings,
        words);
  }

  /** An index of its parts; {@code pinned} null weighs keys by their rarity in its names. */
  NameIndex(Parts p, TokenWeights pinned) {
    int nKeys = p.vocab().length;
    this.vocab = p.vocab();
    this.ids = new HashMap<>(nKeys * 2);
    for (int k = 0; k < nKeys; k++) {
      ids.put(vocab[k], k);
    }
    this.nameEntry = p.nameEntry();
    this.nameAlias = p.nameAlias();
    this.tokenStart = p.tokenStart();
    this.tokenKeys = p.tokenKeys();
    this.tokenKinds = p.tokenKinds();
    this.tokenPinyin = p.tokenPinyin();
    this.postings = p.postings();
    this.words = p.words();
    int names = nameEntry.length;
    this.rarity = new float[nKeys];
    double base = Math.max(3.0, names * 0.001);
    for (int k = 0; k < nKeys; k++) {
      rarity[k] =
          pinned != null ? pinned.rarity(vocab[k]) : (float) rarity(postings[k].length, base);
    }
    this.masks = new long[nKeys];
    for (int k = 0; k < nKeys; k++) {
      masks[k] = TokenSimilarity.mask(vocab[k]);
    }
    this.fuzzy = new FuzzyVocabulary(vocab, words, masks);
    this.pinned = pinned;
  }

  /** Its parts, to be kept ({@link RememberedIndex}). */
  Parts parts() {
    return new Parts(
        vocab,
        nameEntry,
        nameAlias,
        tokenStart,
        tokenKeys,
        tokenKinds,
        tokenPinyin,
        postings,
        words);
  }

  /**
   * The rarity factor of a key in {@code df} names: 1 up to {@code base} names, then falling by
   * 0.35 per tenfold, to a floor of 0.2, so that a word in every tenth name weighs about half.
   */
  static double rarity(int df, double base) {
    if (df <= base) {
      return 1.0;
    }
    return Math.max(0.2, 1.0 - 0.35 * Math.log10(df / base));
  }

  int names() {
    return nameEntry.length;
  }

  /** The id of the first name of entry number {@code entry}: names are in entry order. */
  int firstName(int entry) {
    int lo = 0;
    int hi = nameEntry.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (nameEntry[mid] < entry) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The name id of name number {@code alias} of entry number {@code entry}, or -1. */
  int name(int entry, int alias) {
    for (int n = firstName(entry); n < nameEntry.length && nameEntry[n] == entry; n++) {
      if (nameAlias[n] == alias) {
        return n;
      }
    }
    return -1;
  }

  /** The rarity factors below 1, by key: what a screener pinned to these weights would use. */
  TokenWeights weights() {
    java.util.Map<String, Float> below1 = new HashMap<>();
    for (int k = 0; k < rarity.length; k++) {
      if (rarity[k] < 1f) {
        below1.put(vocab[k], rarity[k]);
      }
    }
    return TokenWeights.of(below1);
  }

  /** The id of {@code key}, or -1. */
  int id(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  /**
   * The rarity of {@code key}: 1 when the list does not hold it; with pinned weights, the pinned
   * factor whether the list holds it or not, so that it does not depend on the other entries.
   */
  double rarityOf(String key) {
    if (pinned != null) {
      return pinned.rarity(key);
    }
    int id = id(key);
    return id < 0 ? 1.0 : rarity[id];
  }

  /** Name {@code name}'s tokens as a scorer side, weighted by kind and rarity. */
  NameScorer.Side side(int name, MatcherConfig cfg) {
    int from = tokenStart[name];
    int n = tokenStart[name + 1] - from;
    String[] keys = new String[n];
    TokenKind[] kinds = new TokenKind[n];
    double[] weights = new double[n];
    long[] masks = new long[n];
    String[] pinyin = null; // most names have none: no arrays then
    boolean[] han = null;
    TokenKind[] all = TokenKind.values();
    for (int i = 0; i < n; i++) {
      int k = tokenKeys[from + i];
      int p = tokenPinyin[from + i];
      if (p >= 0) {
        if (pinyin == null) {
          pinyin = new String[n];
          han = new boolean[n];
        }
        pinyin[i] = vocab[p >> 1];
        han[i] = (p & 1) == 1;
      }
      keys[i] = vocab[k];
      masks[i] = this.masks[k];
      kinds[i] = all[tokenKinds[from + i]];
      weights[i] = cfg.weight(kinds[i]) * (cfg.rarityWeighting() ? rarity[k] : 1.0);
    }
    return new NameScorer.Side(keys, kinds, weights, masks, pinyin, han);
  }

  /**
   * The keys that select candidates for a name: tokens, adjacent pairs joined, initials, and the
   * pinyin of tokens read from pinyin. A query ({@code bothOrders}) also tries pairs in reverse
   * order, the pinyin of every token read from Chinese, and two to six short words joined, function
   * words included ({@code sheng he jing wei} for 盛合晶微, {@code da ta} for 达闼).
   */
  static List<String> indexKeys(List<Token> tokens, boolean bothOrders) {
    List<String> keys = new ArrayList<>();
    List<Token> content = new ArrayList<>();
    // a name without a distinctive word (DES International, Group W) is also found by its
    // function words and initials
    boolean generic = tokens.stream().noneMatch(t -> t.kind().distinctive());
    for (Token t : tokens) {
      if (t.kind() != TokenKind.LEGAL_FORM && (generic || t.kind() != TokenKind.STOPWORD)) {
        content.add(t);
        if (t.kind() != TokenKind.INITIAL || generic) {
          keys.add(t.key());
        }
        if (!t.pinyin().isEmpty() && !t.pinyin().equals(t.key()) && (bothOrders || !t.fromHan())) {
          keys.add(t.pinyin());
        }
      }
    }
    for (int i = 0; i + 1 < content.size(); i++) {
      keys.add(content.get(i).key() + content.get(i + 1).key());
      if (bothOrders) {
        keys.add(content.get(i + 1).key() + content.get(i).key());
      }
    }
    if (bothOrders) {
      // syllables written apart, stopword-like ones too (ke da xun fei, da ta): two to six joined
      List<Token> words = new ArrayList<>();
      for (Token t : tokens) {
        if (t.kind() != TokenKind.LEGAL_FORM) {
          words.add(t);
        }
      }
      for (int i = 0; i + 1 < words.size(); i++) {
        if (words.get(i).key().length() > SHORT_WORD) {
          continue;
        }
        StringBuilder joined = new StringBuilder(words.get(i).key());
        boolean stopword = words.get(i).kind() == TokenKind.STOPWORD;
        for (int k = i + 1; k < i + NameScorer.MAX_JOINED && k < words.size(); k++) {
          Token t = words.get(k);
          if (t.key().length() > SHORT_WORD) {
            break;
          }
          joined.append(t.key());
          stopword |= t.kind() == TokenKind.STOPWORD;
          if (k > i + 1 || stopword) { // two content words are a pair key already
            keys.add(joined.toString());
          }
        }
      }
    }
    if (content.size() >= 3 && !bothOrders) {
      StringBuilder initials = new StringBuilder(INITIALS);
      StringBuilder withLegal = new StringBuilder(INITIALS);
      for (Token t : tokens) {
        if (t.kind() != TokenKind.STOPWORD) {
          withLegal.append(t.key().charAt(0));
          if (t.kind() != TokenKind.LEGAL_FORM) {
            initials.append(t.key().charAt(0));
          }
        }
      }
      keys.add(initials.toString());
      keys.add(withLegal.toString());
    } else if (bothOrders && content.size() == 1) {
      keys.add(INITIALS + content.get(0).key());
    }
    return keys;
  }

  /** Collects analysed names into the compact arrays. */
  static final class Builder {
    private final List<String> vocab = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private boolean[] isToken = new boolean[1024];
    private final IntList nameEntry = new IntList();
    private final IntList nameAlias = new IntList();
    private final IntList tokenStart = new IntList();
    private final IntList tokenKeys = new IntList();
    private byte[] tokenKinds = new byte[1024];
    private int tokenKindCount;
    private final IntList tokenPinyin = new IntList();
    private final IntList indexKeys = new IntList();
    private final IntList indexStart = new IntList();

    Builder() {
      tokenStart.add(0);
      indexStart.add(0);
    }

    /** Adds one analysed name of entry {@code entry}, its name number {@code alias}. */
    void add(int entry, int alias, AnalyzedName name) {
      nameEntry.add(entry);
      nameAlias.add(alias);
      for (Token t : name.tokens()) {
        int id = intern(t.key());
        isToken[id] = true;
        tokenKeys.add(id);
        if (tokenKindCount == tokenKinds.length) {
          tokenKinds = Arrays.copyOf(tokenKinds, tokenKindCount * 2);
        }
        tokenKinds[tokenKindCount++] = (byte) t.kind().ordinal();
        tokenPinyin.add(t.pinyin().isEmpty() ? -1 : intern(t.pinyin()) * 2 + (t.fromHan() ? 1 : 0));
      }
      tokenStart.add(tokenKeys.size());
      // each key once per name, so postings stay sorted and duplicate-free
      List<String> keys = indexKeys(name.tokens(), false);
      int before = indexKeys.size();
      for (String k : keys) {
        int id = intern(k);
        boolean seen = false;
        for (int p = before; p < indexKeys.size() && !seen; p++) {
          seen = indexKeys.get(p) == id;
        }
        if (!seen) {
          indexKeys.add(id);
        }
      }
      indexStart.add(indexKeys.size());
    }

    private int intern(String key) {
      Integer id = ids.get(key);
      if (id == null) {
        id = vocab.size();
        // one String instance per key, shared by all names
        vocab.add(key);
        ids.put(key, id);
        if (id == isToken.length) {
          isToken = Arrays.copyOf(isToken, id * 2);
        }
      }
      return id;
    }

    /** The index; {@code pinned} null weighs keys by their rarity in the names added. */
    NameIndex build(TokenWeights pinned) {
      isToken = Arrays.copyOf(isToken, Math.max(isToken.length, vocab.size()));
      return new NameIndex(parts(this), pinned);
    }
  }

  /** A growable int array. */
  static final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
