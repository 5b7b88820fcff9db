package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a list change reaches one query's candidate step, name by name: which names of added, removed
 * and changed entries its keys and typo lookups touch, with the support each would get and the
 * place it would take in the touched order, computed exactly as {@link CandidateFinder} does; and
 * whether the change could rank the other names otherwise ({@link #unsure()}: a key or typo
 * neighbour of an affected name over the frequency cap, a word looked up with typos in one list
 * only, or whose typo neighbours held by both lists come otherwise).
 *
 * <p>A word's typo lookup depends on the word alone, so it is done once per word against both lists
 * and remembered ({@link Lookup}); a query then costs a few map lookups. Built once per list
 * change; {@link #of} is called per query, from any thread.
 */
final class DeltaReach {
  /** The index a name is in. */
  enum Side {
    /** The old lists: names of removed entries and the old names of renamed ones. */
    OLD,
    /** The new lists: names of added entries and the new names of renamed ones. */
    NEW,
    /** The new lists: names of changed entries whose names did not change. */
    SAME,
    /** The new lists: names of entries the change left alone. */
    KEPT
  }

  /** One name of an affected entry, by its id in the index of its side. */
  record Holder(Side side, int name) {}

  /**
   * A word's typo lookup against both lists.
   *
   * @param unsure whether its neighbours held by both lists differ or come in another order, or one
   *     of them is over the frequency cap in one list only
   * @param finds per affected name it reaches: the holder, the neighbour's place among the lookup's
   *     finds in the holder's list, and the contribution's bits
   * @param now the neighbours found in the new list, in order; empty when it is not looked up there
   * @param old the neighbours found in the old list, in order; empty when it is not looked up there
   */
  record Lookup(boolean unsure, List<Find> finds, List<String> now, List<String> old) {}

  /** One affected name a typo lookup reaches. */
  record Find(Holder holder, int place, int bits) {}

  /** What the query's keys and lookups give one affected name. */
  static final class Touch {
    final Holder holder;
    private float exact;
    private int firstKey = -1;
    // per typo contribution: the token, the neighbour's place in its lookup, the contribution
    private final List<int[]> fuzzy = new ArrayList<>(1);

    Touch(Holder holder) {
      this.holder = holder;
    }

    /** The support CandidateFinder computes: the exact keys in order, then the typo finds. */
    float support() {
      float s = exact;
      if (!fuzzy.isEmpty()) {
        fuzzy.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
        for (int[] f : fuzzy) {
          s += Float.intBitsToFloat(f[2]);
        }
      }
      return s;
    }

    /** The index of the query key that touched it first, or -1 when a typo lookup did. */
    int firstKey() {
      return firstKey;
    }

    /** Orders touches as CandidateFinder touched them. */
    static int touchedOrder(Touch a, Touch b) {
      if ((a.firstKey >= 0) != (b.firstKey >= 0)) {
        return a.firstKey >= 0 ? -1 : 1; // the exact keys come before the typo lookups
      }
      if (a.firstKey >= 0 && a.firstKey != b.firstKey) {
        return Integer.compare(a.firstKey, b.firstKey);
      }
      if (a.firstKey < 0) {
        int[] fa = a.first();
        int[] fb = b.first();
        for (int i = 0; i < 2; i++) {
          if (fa[i] != fb[i]) {
            return Integer.compare(fa[i], fb[i]);
          }
        }
      }
      return Integer.compare(a.holder.name(), b.holder.name()); // postings are in name order
    }

    /** The token and neighbour place of its first typo find, or null when none. */
    int[] firstFind() {
      return fuzzy.isEmpty() ? null : first();
    }

    private int[] first() {
      support(); // sorts
      return fuzzy.get(0);
    }
  }

  private final Map<String, List<Holder>> byKey;
  private final Map<String, List<Holder>> byWord;
  private final NameIndex before;
  private final NameIndex after;
  private final TokenWeights weights;
  private final MatcherConfig config;
  private final Map<String, Lookup> lookups;
  private final ThreadLocal<int[]> countsBefore;
  private final ThreadLocal<int[]> countsAfter;
  private final LookupChange lookupChange;
  // the affected names' keys over the postings cap in either list (nearly always none)
  private final java.util.Set<String> frequentKeys;
  // per word of the queries: 1 when the new lists hold it, 2 when the old ones do (memo)
  private final Map<String, Integer> held;

  private final Map<Holder, Touch> touches = new LinkedHashMap<>();
  private boolean unsure;
  // this query's index keys, and its typo lookups by token
  private List<String> keys = List.of();
  private final Map<Integer, Lookup> looked = new LinkedHashMap<>();
  // the words whose lookup can find nothing that matters, by token: looked up only if asked for
  private final Map<Integer, String> deferred = new LinkedHashMap<>();

  /**
   * The reach of a list change.
   *
   * @param byKey the affected names by their index keys
   * @param byWord the affected names by the index keys a typo lookup can find
   * @param before the old lists' index
   * @param after the new lists' index
   * @param weights the pinned weights of both
   * @param config the configuration of both
   */
  DeltaReach(
      Map<String, List<Holder>> byKey,
      Map<String, List<Holder>> byWord,
      NameIndex before,
      NameIndex after,
      TokenWeights weights,
      MatcherConfig config) {
    this.byKey = byKey;
    this.byWord = byWord;
    this.before = before;
    this.after = after;
    this.weights = weights;
    this.config = config;
    this.lookups = new ConcurrentHashMap<>();
    this.countsBefore = ThreadLocal.withInitial(() -> new int[before.vocab.length]);
    this.countsAfter = ThreadLocal.withInitial(() -> new int[after.vocab.length]);
    this.lookupChange = new LookupChange(byWord.keySet(), before, after, config);
    this.frequentKeys = new java.util.HashSet<>();
    for (String k : byKey.keySet()) {
      if (frequent(before, k, config.postingsCap()) || frequent(after, k, config.postingsCap())) {
        frequentKeys.add(k);
      }
    }
    this.held = new ConcurrentHashMap<>();
  }

  private DeltaReach(DeltaReach shared) {
    this.byKey = shared.byKey;
    this.byWord = shared.byWord;
    this.before = shared.before;
    this.after = shared.after;
    this.weights = shared.weights;
    this.config = shared.config;
    this.lookups = shared.lookups;
    this.countsBefore = shared.countsBefore;
    this.countsAfter = shared.countsAfter;
    this.lookupChange = shared.lookupChange;
    this.frequentKeys = shared.frequentKeys;
    this.held = shared.held;
  }

  /** How the change reaches a query with these tokens. */
  DeltaReach of(List<Token> tokens) {
    DeltaReach r = new DeltaReach(this);
    r.compute(tokens);
    return r;
  }

  /** The affected names touched, in no particular order. */
  List<Touch> touches() {
    return new ArrayList<>(touches.values());
  }

  /** Whether the names the change left alone may rank otherwise against the two lists. */
  boolean unsure() {
    return unsure;
  }

  /**
   * The neighbour of a touch's first typo find, a word of its holder's list, or null when a typo
   * lookup did not touch it.
   */
  String firstNear(Touch t) {
    int[] f = t.firstFind();
    if (f == null) {
      return null;
    }
    Lookup l = looked().get(f[0]);
    return (t.holder.side() == Side.OLD ? l.old() : l.now()).get(f[1]);
  }

  /** Where neighbours come in this query's typo lookups against the old or the new list. */
  CutShift.Places places(boolean old) {
    return (token, near) -> {
      Lookup l = looked().get(token);
      return l == null ? -1 : (old ? l.old() : l.now()).indexOf(near);
    };
  }

  private Touch touch(Holder h) {
    return touches.computeIfAbsent(h, Touch::new);
  }

  private void compute(List<Token> tokens) {
    keys = NameIndex.indexKeys(tokens, true);
    for (int i = 0; i < keys.size(); i++) {
      List<Holder> hs = byKey.get(keys.get(i));
      if (hs == null) {
        continue;
      }
      if (!frequentKeys.isEmpty() && frequentKeys.contains(keys.get(i))) {
        // the cap, and the intersection of frequent keys when nothing else hits, see every name
        unsure = true;
        continue;
      }
      float w = weights.rarity(keys.get(i));
      for (Holder h : hs) {
        Touch t = touch(h);
        t.exact += w;
        if (t.firstKey < 0) {
          t.firstKey = i;
        }
      }
    }
    int distinct = 0;
    for (Token t : tokens) {
      if (t.kind().distinctive()) {
        distinct++;
      }
    }
    for (int ti = 0; ti < tokens.size(); ti++) {
      Token t = tokens.get(ti);
      TokenKind kind = t.kind();
      if (kind != TokenKind.WORD && kind != TokenKind.GENERIC && kind != TokenKind.PLACE) {
        continue;
      }
      // CandidateFinder's rule, which must agree for both lists
      int holds = held(t.key());
      boolean looksNew = !((holds & 1) != 0 && distinct > 1);
      boolean looksOld = !((holds & 2) != 0 && distinct > 1);
      if (!looksNew && !looksOld) {
        continue;
      }
      if (looksNew == looksOld && !mayFind(t.key())) {
        // it touches no affected name and reads alike in both lists (mayFind): only the order of
        // the other names' typo finds needs it, which the cut shift may ask for
        deferred.put(ti, t.key());
        continue;
      }
      Lookup l = lookupOf(t.key(), looksNew, looksOld);
      if (l.unsure()) {
        unsure = true;
        continue;
      }
      looked.put(ti, l);
      for (Find f : l.finds()) {
        touch(f.holder()).fuzzy.add(new int[] {ti, f.place(), f.bits()});
      }
    }
  }

  /** Which lists hold word {@code key}: 1 the new ones, 2 the old ones, remembered. */
  private int held(String key) {
    Integer h = held.get(key);
    if (h == null) {
      h = (after.id(key) >= 0 ? 1 : 0) | (before.id(key) >= 0 ? 2 : 0);
      held.putIfAbsent(key, h);
    }
    return h;
  }

  /** This query's typo lookups by token, the deferred ones done now, in token order. */
  private Map<Integer, Lookup> looked() {
    if (!deferred.isEmpty()) {
      Map<Integer, Lookup> all = new java.util.TreeMap<>(looked);
      deferred.forEach((ti, key) -> all.put(ti, lookupOf(key, true, true)));
      deferred.clear();
      looked.clear();
      looked.putAll(all);
    }
    return looked;
  }

  /** A word's typo lookup, against both lists or the one that looks it up, remembered. */
  private Lookup lookupOf(String key, boolean looksNew, boolean looksOld) {
    int cap = config.postingsCap();
    int twoEdits = config.twoEditsFrom();
    return looksNew == looksOld
        ? lookups.computeIfAbsent(key, k -> lookup(k, cap, twoEdits))
        : lookups.computeIfAbsent(
            (looksOld ? "\u0001" : "\u0002") + key, k -> oneSided(key, looksOld, cap, twoEdits));
  }

  /** The index keys that reach an affected name: a query holding none is reached by none. */
  java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(byKey.keySet());
  }

  /**
   * Whether the typo lookup of {@code word} (a word, generic word or place) in a query with more
   * than one distinctive token ({@code many}) or not touches an affected name or makes the query
   * unsure: what {@link #of} does with such a token. A query none of whose keys is among {@link
   * #keys()} and none of whose words this holds for is not reached at all.
   */
  boolean reachesWord(String word, boolean many) {
    boolean looksNew = !(after.id(word) >= 0 && many);
    boolean looksOld = !(before.id(word) >= 0 && many);
    if (!looksNew && !looksOld) {
      return false;
    }
    if (looksNew == looksOld && !mayFind(word)) {
      return false;
    }
    Lookup l = lookupOf(word, looksNew, looksOld);
    return l.unsure() || !l.finds().isEmpty();
  }

  /** Whether a lookup of {@code word} can find anything that matters ({@link LookupChange}). */
  boolean mayFind(String word) {
    return lookupChange.mayFind(word);
  }

  /**
   * How this query touches name {@code name} of the new lists, whose index keys are {@code
   * nameKeys}: its support and first touch as CandidateFinder computes them; {@code null} when
   * untouched. For names of entries the change left alone; call after {@link #of}.
   */
  Touch rank(int name, java.util.Set<String> nameKeys) {
    int cap = config.postingsCap();
    Touch t = new Touch(new Holder(Side.KEPT, name));
    boolean any = false;
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (nameKeys.contains(k) && after.id(k) >= 0 && !frequent(after, k, cap)) {
        t.exact += weights.rarity(k);
        if (t.firstKey < 0) {
          t.firstKey = i;
        }
        any = true;
      }
    }
    for (Map.Entry<Integer, Lookup> e : looked().entrySet()) {
      List<String> near = e.getValue().now();
      for (int place = 0; place < near.size(); place++) {
        String w = near.get(place);
        if (nameKeys.contains(w) && !frequent(after, w, cap)) {
          t.fuzzy.add(
              new int[] {e.getKey(), place, Float.floatToRawIntBits(0.8f * weights.rarity(w))});
          any = true;
        }
      }
    }
    return any ? t : null;
  }

  /** A word's typo lookup against both lists, as CandidateFinder does it. */
  private Lookup lookup(String key, int cap, int twoEdits) {
    List<String> now = words(after, after.fuzzy.near(key, twoEdits, countsAfter.get()));
    // the old list's lookup finds the same words in the same order when it reads the same trigram
    // lists (none of the word's has moved), or when the word's lookup cannot find anything that
    // matters (mayFind): then only a cut shift's tie asks for it, and once is enough
    boolean alike = !mayFind(key) || lookupChange.readsAlike(key);
    List<String> old =
        alike ? now : words(before, before.fuzzy.near(key, twoEdits, countsBefore.get()));
    // the neighbours both lists hold must come alike: they order the other names' contributions
    List<String> heldOld = new ArrayList<>();
    for (String w : old) {
      if (after.id(w) >= 0) {
        heldOld.add(w);
      }
    }
    List<String> heldNow = new ArrayList<>();
    for (String w : now) {
      if (before.id(w) >= 0) {
        heldNow.add(w);
      }
    }
    for (List<String> ws : List.of(old, now)) {
      for (String w : ws) {
        if (frequent(before, w, cap) != frequent(after, w, cap)) {
          return new Lookup(true, List.of(), List.of(), List.of());
        }
      }
    }
    if (!heldOld.equals(heldNow)) {
      return new Lookup(true, List.of(), List.of(), List.of());
    }
    List<Find> finds = new ArrayList<>();
    finds(now, after, cap, false, finds);
    finds(old, before, cap, true, finds);
    return new Lookup(false, List.copyOf(finds), now, old);
  }

  /**
   * The typo lookup of a word that one list holds and the other does not (so that only the other
   * looks it up with typos): harmless when every neighbour it finds is held by renamed names of
   * that list only, for then no other name gains or loses anything.
   */
  private Lookup oneSided(String key, boolean inOld, int cap, int twoEdits) {
    NameIndex index = inOld ? before : after;
    int[] counts = (inOld ? countsBefore : countsAfter).get();
    List<String> words = words(index, index.fuzzy.near(key, twoEdits, counts));
    Side side = inOld ? Side.OLD : Side.NEW;
    for (String w : words) {
      if (frequent(index, w, cap)) {
        continue;
      }
      long held = byWord.getOrDefault(w, List.of()).stream().filter(h -> h.side() == side).count();
      if (held != index.postings[index.id(w)].length) {
        return new Lookup(true, List.of(), List.of(), List.of());
      }
    }
    List<Find> finds = new ArrayList<>();
    finds(words, index, cap, inOld, finds);
    return new Lookup(
        false, List.copyOf(finds), inOld ? List.of() : words, inOld ? words : List.of());
  }

  private void finds(List<String> words, NameIndex index, int cap, boolean old, List<Find> out) {
    for (int place = 0; place < words.size(); place++) {
      String w = words.get(place);
      if (frequent(index, w, cap)) {
        continue; // over the cap: it selects nothing
      }
      int bits = Float.floatToRawIntBits(0.8f * weights.rarity(w));
      for (Holder h : byWord.getOrDefault(w, List.of())) {
        if ((h.side() == Side.OLD) == old) {
          out.add(new Find(h, place, bits));
        }
      }
    }
  }

  private static List<String> words(NameIndex index, List<Integer> ids) {
    List<String> out = new ArrayList<>(ids.size());
    for (int id : ids) {
      out.add(index.vocab[id]);
    }
    return out;
  }

  static boolean frequent(NameIndex index, String key, int cap) {
    int id = index.id(key);
    return id >= 0 && index.postings[id].length > cap;
  }
}
