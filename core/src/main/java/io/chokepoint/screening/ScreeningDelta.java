package io.chokepoint.screening;

import io.chokepoint.lists.ListDelta;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a change of lists can do to one party's screening, decided exactly and cheaply: the party's
 * matches against the new lists are its matches against the old ones ({@link Scope#UNCHANGED}), or
 * those old matches with a few entries scored again from its candidates against the new lists
 * ({@link Scope#NEW_CANDIDATES}), or from its candidates against both ({@link
 * Scope#OLD_AND_NEW_CANDIDATES}). Either way the result is what {@link
 * ListScreener#screen(ScreeningQuery, double)} against the new lists gives, pair for pair, score
 * for score, explanation for explanation.
 *
 * <p>Both lists are indexed with the same pinned {@link TokenWeights}, so that a name's score
 * depends only on the query, the name and the weights; and an entry's match depends only on which
 * of its names are among the query's candidates, in which order. What ties one entry to another is
 * the candidate step: postings, the typo lookup, and the cut to the best {@link
 * MatcherConfig#maxCandidates()} names by support. So:
 *
 * <ul>
 *   <li>A party whose index keys and typo lookups reach no name of an added, removed or changed
 *       entry has the same candidates in the same order against both lists: nothing changes.
 *   <li>A party they reach only through added entries, changed entries' new names and entries whose
 *       names did not change (a new address) gets its candidates against the new lists. The names
 *       of the other entries rank alike in both lists, the new ones can only push some of them out
 *       of the cut, never bring one in; and fewer candidate names never make a match. So scoring
 *       the added and changed entries, and again the entries it matched before, is the whole
 *       answer.
 *   <li>A party they reach through a removed entry or a changed entry's old names (which leave the
 *       cut and may let others in), through a key whose postings cross the frequency cap, or whose
 *       typo lookup probes other trigram lists, gets its candidates against both lists; the entries
 *       whose names come in are scored as well.
 * </ul>
 *
 * <p>See {@code docs/rescreen.md} for the argument in full. Immutable and safe for concurrent use.
 */
public final class ScreeningDelta {
  /** How much of a party's screening a list change reached. */
  public enum Scope {
    /** Nothing: the old matches stand. */
    UNCHANGED,
    /** Some entries were scored again from the party's candidates against the new lists. */
    NEW_CANDIDATES,
    /** Some entries were scored again, its candidates against both lists compared. */
    OLD_AND_NEW_CANDIDATES
  }

  /**
   * One party's outcome: keep its old matches except those of the {@link #affectedEntryIds()} and
   * of {@code rescored}, and add {@code matches}.
   *
   * @param scope how far the change reached
   * @param rescored the ids of entries the change left alone but that were scored again (those the
   *     party matched before, and those whose names came into its candidates)
   * @param matches the matches of the entries scored again, best first
   */
  public record Result(Scope scope, Set<String> rescored, List<ScreeningMatch> matches) {
    public Result {
      Objects.requireNonNull(scope, "scope");
      rescored = Set.copyOf(rescored);
      matches = List.copyOf(matches);
    }
  }

  private static final Result UNCHANGED = new Result(Scope.UNCHANGED, Set.of(), List.of());

  private final ListScreener before;
  private final ListScreener after;
  private final ListDelta delta;
  private final Set<String> affectedIds;
  // names that differ between the lists: of added, removed and renamed entries
  private final boolean[] renamedBefore;
  private final boolean[] renamedAfter;
  // entries to score again whenever a party's candidates are computed: added and changed ones
  private final boolean[] rescoreAfter;
  // entry number in `after` of each entry of `before` whose names are the same, else -1
  private final int[] beforeToAfter;
  private final Set<String> keysOld;
  private final Set<String> keysNew;
  private final Map<String, List<String>> wordsOld;
  private final Map<String, List<String>> wordsNew;

  private ScreeningDelta(ListScreener before, ListScreener after, ListDelta delta) {
    this.before = before;
    this.after = after;
    this.delta = delta;
    Set<String> ids = new HashSet<>();
    Set<String> renamed = new HashSet<>();
    List<ListEntry> oldNames = new ArrayList<>(delta.removed());
    List<ListEntry> newNames = new ArrayList<>(delta.added());
    delta.added().forEach(e -> renamed.add(e.id()));
    delta.removed().forEach(e -> renamed.add(e.id()));
    for (ListDelta.Change c : delta.changed()) {
      ids.add(c.after().id());
      newNames.add(c.after());
      if (!c.before().names().equals(c.after().names())) {
        renamed.add(c.after().id());
        oldNames.add(c.before());
      }
    }
    ids.addAll(renamed);
    this.affectedIds = Set.copyOf(ids);
    this.renamedBefore = flags(before.entries(), renamed);
    this.renamedAfter = flags(after.entries(), renamed);
    this.rescoreAfter = flags(after.entries(), ids);
    Map<String, Integer> afterNo = new HashMap<>();
    for (int i = 0; i < after.entries().size(); i++) {
      afterNo.put(after.entries().get(i).id(), i);
    }
    this.beforeToAfter = new int[before.entries().size()];
    for (int i = 0; i < beforeToAfter.length; i++) {
      beforeToAfter[i] = renamedBefore[i] ? -1 : afterNo.get(before.entries().get(i).id());
    }
    // a key or word in one vocabulary only belongs to a renamed name: it counts on both sides
    Set<String> vocabulary = new HashSet<>();
    for (String key : before.index().ids.keySet()) {
      if (!after.index().ids.containsKey(key)) {
        vocabulary.add(key);
      }
    }
    for (String key : after.index().ids.keySet()) {
      if (!before.index().ids.containsKey(key)) {
        vocabulary.add(key);
      }
    }
    Set<String> kOld = new HashSet<>(vocabulary);
    Set<String> kNew = new HashSet<>(vocabulary);
    Set<String> wOld = new HashSet<>(vocabulary);
    Set<String> wNew = new HashSet<>(vocabulary);
    collect(oldNames, kOld, wOld);
    collect(newNames, kNew, wNew);
    this.keysOld = Set.copyOf(kOld);
    this.keysNew = Set.copyOf(kNew);
    this.wordsOld = byGram(wOld);
    this.wordsNew = byGram(wNew);
  }

  /** The index keys of the entries' names, and every word and pinyin they hold. */
  private void collect(List<ListEntry> entries, Set<String> keys, Set<String> words) {
    for (ListEntry e : entries) {
      for (String name : e.names()) {
        AnalyzedName a = after.analyzer().analyze(name);
        List<String> k = NameIndex.indexKeys(a.tokens(), false);
        keys.addAll(k);
        words.addAll(k);
        for (Token t : a.tokens()) {
          words.add(t.key());
          if (!t.pinyin().isEmpty()) {
            words.add(t.pinyin());
          }
        }
      }
    }
  }

  /** The words a typo lookup could find, by trigram. */
  private static Map<String, List<String>> byGram(Set<String> words) {
    Map<String, List<String>> out = new HashMap<>();
    for (String w : words) {
      if (w.length() >= TokenSimilarity.MIN_FUZZY_LENGTH && !w.startsWith(NameIndex.INITIALS)) {
        for (String g : FuzzyVocabulary.trigrams(w)) {
          out.computeIfAbsent(g, x -> new ArrayList<>()).add(w);
        }
      }
    }
    return out;
  }

  private static boolean[] flags(List<ListEntry> entries, Set<String> ids) {
    boolean[] out = new boolean[entries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.contains(entries.get(i).id());
    }
    return out;
  }

  /**
   * Indexes both snapshots with the standard lexicon, the default configuration and the same pinned
   * weights, and works out what changed.
   *
   * @param before the lists the old result was screened against
   * @param after the lists to screen against now
   * @param weights the token weights the old result was screened with
   * @return the delta screener
   * @throws NullPointerException if an argument is null
   */
  public static ScreeningDelta between(
      ListSnapshot before, ListSnapshot after, TokenWeights weights) {
    return between(before, after, weights, NameAnalyzer.standard(), MatcherConfig.defaults());
  }

  /**
   * Indexes both snapshots with one analyser, configuration and set of pinned weights, and works
   * out what changed.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ScreeningDelta between(
      ListSnapshot before,
      ListSnapshot after,
      TokenWeights weights,
      NameAnalyzer analyzer,
      MatcherConfig config) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    ListScreener b = ListScreener.build(before.entries(), analyzer, config, weights);
    ListScreener a = ListScreener.build(after.entries(), analyzer, config, weights);
    return new ScreeningDelta(b, a, ListDelta.between(before, after));
  }

  /** The screener of the old lists, with the same weights. */
  ListScreener before() {
    return before;
  }

  /** The screener of the new lists: what a full rescreen with these weights uses. */
  public ListScreener after() {
    return after;
  }

  /** The entries added, removed and changed. */
  public ListDelta delta() {
    return delta;
  }

  /** The ids of the entries added, removed or changed: their old matches never stand. */
  public Set<String> affectedEntryIds() {
    return affectedIds;
  }

  /**
   * Screens one party against the new lists, doing only what the change requires.
   *
   * @param query the party
   * @param threshold the lowest score to keep, the same the old result was screened at
   * @param matchedBefore the ids of the entries the party matched in the old result
   * @return the scope, the entries scored again and their matches
   * @throws IllegalArgumentException if {@code threshold} is outside [0, 1]
   * @throws NullPointerException if an argument is null
   */
  public Result screen(ScreeningQuery query, double threshold, Set<String> matchedBefore) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(matchedBefore, "matchedBefore");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          String.format("threshold must lie in [0, 1], was %s", threshold));
    }
    AnalyzedName q = after.analyzer().analyze(query.name());
    Reach reach = q.tokens().isEmpty() ? Reach.NONE : reach(q);
    if (reach == Reach.NONE) {
      return UNCHANGED;
    }
    int[] now = after.finder().candidates(q);
    Set<String> rescored = new HashSet<>();
    for (String id : matchedBefore) {
      if (!affectedIds.contains(id)) {
        rescored.add(id);
      }
    }
    if (reach == Reach.OLD) {
      // the names of unrenamed entries that came into the candidates are scored too
      Set<Long> was = new HashSet<>();
      NameIndex bi = before.index();
      for (int name : before.finder().candidates(q)) {
        int e = bi.nameEntry[name];
        if (!renamedBefore[e]) {
          was.add(((long) beforeToAfter[e] << 32) | bi.nameAlias[name]);
        }
      }
      NameIndex ai = after.index();
      for (int name : now) {
        int e = ai.nameEntry[name];
        if (!renamedAfter[e] && !was.contains(((long) e << 32) | ai.nameAlias[name])) {
          rescored.add(after.entries().get(e).id());
        }
      }
    }
    List<ScreeningMatch> matches =
        after.screen(
            query,
            q,
            now,
            threshold,
            e -> rescoreAfter[e] || rescored.contains(after.entries().get(e).id()));
    Scope scope = reach == Reach.OLD ? Scope.OLD_AND_NEW_CANDIDATES : Scope.NEW_CANDIDATES;
    return new Result(scope, rescored, matches);
  }

  /** How far a change reaches a query. */
  private enum Reach {
    /** Not at all. */
    NONE,
    /** Through names of the new lists only. */
    NEW,
    /** Through names of the old lists, or in a way that needs the old candidates. */
    OLD
  }

  /**
   * How the change can reach this query's candidates: through an index key, or through the typo
   * lookup of one of its words.
   */
  private Reach reach(AnalyzedName q) {
    Reach reach = Reach.NONE;
    int cap = after.config().postingsCap();
    for (String k : NameIndex.indexKeys(q.tokens(), true)) {
      if (keysOld.contains(k)) {
        return Reach.OLD;
      }
      if (keysNew.contains(k)) {
        if (frequent(before.index(), k, cap) || frequent(after.index(), k, cap)) {
          return Reach.OLD; // the cap and the intersection of frequent keys see every name
        }
        reach = Reach.NEW;
      }
    }
    int distinct = 0;
    for (Token t : q.tokens()) {
      if (t.kind().distinctive()) {
        distinct++;
      }
    }
    int twoEdits = after.config().twoEditsFrom();
    for (Token t : q.tokens()) {
      TokenKind kind = t.kind();
      if (kind != TokenKind.WORD && kind != TokenKind.GENERIC && kind != TokenKind.PLACE) {
        continue;
      }
      // CandidateFinder's rule; a key held by one vocabulary only is among the keys already
      if (after.index().id(t.key()) >= 0 && distinct > 1) {
        continue;
      }
      List<String> probe = after.index().fuzzy.probe(t.key(), twoEdits);
      if (!probe.equals(before.index().fuzzy.probe(t.key(), twoEdits))) {
        return Reach.OLD;
      }
      // a word of a changed name among the typo neighbours may also have taken another place in
      // the vocabulary, and the neighbours' order orders the candidates: compare both lists
      long mask = TokenSimilarity.mask(t.key());
      for (String g : probe) {
        if (near(t.key(), mask, wordsOld.get(g), twoEdits)
            || near(t.key(), mask, wordsNew.get(g), twoEdits)) {
          return Reach.OLD;
        }
      }
    }
    return reach;
  }

  private static boolean near(String word, long mask, List<String> others, int twoEdits) {
    if (others != null) {
      for (String w : others) {
        if (FuzzyVocabulary.isNear(word, mask, w, TokenSimilarity.mask(w), twoEdits)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean frequent(NameIndex index, String key, int cap) {
    int id = index.id(key);
    return id >= 0 && index.postings[id].length > cap;
  }
}
