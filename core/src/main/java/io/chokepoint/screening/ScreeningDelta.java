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
 * What a change of lists can do to one party's screening, decided exactly: the party's matches
 * against the new lists are its old matches ({@link Scope#UNCHANGED}), or its old matches plus the
 * matches of the added or changed names the change brings among its candidates ({@link
 * Scope#SCORED}), or its old matches with some entries scored again from its candidates against the
 * new lists ({@link Scope#NEW_CANDIDATES}) or against both ({@link Scope#OLD_AND_NEW_CANDIDATES}).
 * Either way the result is what {@link ListScreener#screen(ScreeningQuery, double)} against the new
 * lists gives, pair for pair, score for score, explanation for explanation.
 *
 * <p>Both lists are indexed with the same pinned {@link TokenWeights}, so that a name's score
 * depends only on the query, the name and the weights; and an entry's match depends only on which
 * of its names are among the query's candidates, and in which order. What ties one entry to another
 * is the candidate step: postings, the typo lookup, and the cut to the best {@link
 * MatcherConfig#maxCandidates()} names by support. {@link DeltaReach} works out, for a query, which
 * names of affected entries its keys and lookups touch and with what support, and whether the other
 * names could rank otherwise. With the {@link QueryState} remembered from the previous run (how
 * many names were touched, where the cut fell), most queries are then decided without their
 * candidates: none touched; or too few touched for a cut, before and after; or every touched name
 * ranking below the cut, or one new one above it that pushes out a name whose entry had no match.
 * The others get their candidates again. See {@code docs/rescreen.md} for the argument in full.
 *
 * <p>Immutable and safe for concurrent use. (Longer than most files here: the four paths and the
 * argument that makes each exact are kept in one place, where a change to one is read beside the
 * others.)
 */
public final class ScreeningDelta {
  /** How far a list change reached a party's screening. */
  public enum Scope {
    /** Not at all: the old matches stand. */
    UNCHANGED,
    /** The names it touched were scored, without the party's candidates. */
    SCORED,
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
   * @param matches the matches of the entries scored, best first
   * @param state what to remember of the party for the next delta, or {@code null} when unknown
   */
  public record Result(
      Scope scope, Set<String> rescored, List<ScreeningMatch> matches, QueryState state) {
    public Result {
      Objects.requireNonNull(scope, "scope");
      rescored = Set.copyOf(rescored);
      matches = List.copyOf(matches);
    }
  }

  private final ListScreener before;
  private final ListScreener after;
  private final ListDelta delta;
  private final Set<String> affectedIds;
  private final Set<String> sameNames;
  // entries whose names differ between the lists: added, removed and renamed
  private final boolean[] renamedBefore;
  private final boolean[] renamedAfter;
  // entries to score again whenever a party's candidates are computed: added and changed ones
  private final boolean[] rescoreAfter;
  // entry number in `after` of each entry of `before` whose names are the same, else -1
  private final int[] beforeToAfter;
  private final Map<String, Integer> afterNo = new HashMap<>();
  private final DeltaReach reach;
  private final Map<Integer, Set<String>> nameKeys = new java.util.concurrent.ConcurrentHashMap<>();
  // each word's typo lookup in either list, for the parties whose candidates are computed again
  private final Map<String, List<Integer>> nearBefore =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, List<Integer>> nearAfter =
      new java.util.concurrent.ConcurrentHashMap<>();

  private ScreeningDelta(ListScreener before, ListScreener after, ListDelta delta) {
    this.before = before;
    this.after = after;
    this.delta = delta;
    Set<String> ids = new HashSet<>();
    Set<String> renamed = new HashSet<>();
    Set<String> same = new HashSet<>();
    delta.added().forEach(e -> renamed.add(e.id()));
    delta.removed().forEach(e -> renamed.add(e.id()));
    for (ListDelta.Change c : delta.changed()) {
      (c.before().names().equals(c.after().names()) ? same : renamed).add(c.after().id());
    }
    ids.addAll(renamed);
    ids.addAll(same);
    this.affectedIds = Set.copyOf(ids);
    this.sameNames = Set.copyOf(same);
    this.renamedBefore = flags(before.entries(), renamed);
    this.renamedAfter = flags(after.entries(), renamed);
    this.rescoreAfter = flags(after.entries(), ids);
    for (int i = 0; i < after.entries().size(); i++) {
      afterNo.put(after.entries().get(i).id(), i);
    }
    this.beforeToAfter = new int[before.entries().size()];
    for (int i = 0; i < beforeToAfter.length; i++) {
      beforeToAfter[i] = renamedBefore[i] ? -1 : afterNo.get(before.entries().get(i).id());
    }
    this.reach = reachOf();
  }

  /** The names of the affected entries, by index key and by the keys a typo lookup can find. */
  private DeltaReach reachOf() {
    NameIndex bi = before.index();
    NameIndex ai = after.index();
    Map<String, List<DeltaReach.Holder>> byKey = new HashMap<>();
    Map<String, List<DeltaReach.Holder>> byWord = new HashMap<>();
    for (int n = 0; n < bi.names(); n++) {
      if (renamedBefore[bi.nameEntry[n]]) {
        hold(new DeltaReach.Holder(DeltaReach.Side.OLD, n), before, byKey, byWord);
      }
    }
    for (int n = 0; n < ai.names(); n++) {
      int e = ai.nameEntry[n];
      if (rescoreAfter[e]) {
        DeltaReach.Side side = renamedAfter[e] ? DeltaReach.Side.NEW : DeltaReach.Side.SAME;
        hold(new DeltaReach.Holder(side, n), after, byKey, byWord);
      }
    }
    return new DeltaReach(byKey, byWord, bi, ai, after.weights(), after.config());
  }

  private static void hold(
      DeltaReach.Holder h,
      ListScreener screener,
      Map<String, List<DeltaReach.Holder>> byKey,
      Map<String, List<DeltaReach.Holder>> byWord) {
    NameIndex index = screener.index();
    String text =
        screener.entries().get(index.nameEntry[h.name()]).names().get(index.nameAlias[h.name()]);
    AnalyzedName a = screener.analyzer().analyze(text);
    for (String k : new java.util.LinkedHashSet<>(NameIndex.indexKeys(a.tokens(), false))) {
      byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
      int id = index.id(k);
      if (id >= 0 && index.fuzzy.holds(id)) {
        byWord.computeIfAbsent(k, x -> new ArrayList<>()).add(h);
      }
    }
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
    // the lists share all but a few names: each name is analysed once, for the first index (on
    // every core), and its analysis taken for the second (the same analysis, so the same index)
    RememberedAnalyses shared = RememberedAnalyses.none(null);
    ListScreener b = ListScreener.build(before.entries(), analyzer, config, weights, shared);
    ListScreener a = ListScreener.build(after.entries(), analyzer, config, weights, shared);
    return new ScreeningDelta(b, a, ListDelta.between(before, after));
  }

  /** The screener of the old lists, with the same weights. */
  ListScreener before() {
    return before;
  }

  /** How the change reaches a query. */
  DeltaReach reach() {
    return reach;
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
   * The index keys through which the change reaches a party: a party none of whose keys is among
   * them, and none of whose typo lookups {@link #reachesWord} holds for, is left alone ({@link
   * Scope#UNCHANGED}) whatever it matched before. A rescreen selects the parties to screen by them,
   * from an index of the master, without visiting the others.
   */
  public Set<String> reachingKeys() {
    return reach.keys();
  }

  /**
   * Whether the change reaches a party through the typo lookup of {@code word}, a word, generic
   * word or place of its name.
   *
   * @param word the word's key
   * @param many whether the party's name holds more than one distinctive token
   * @return true when the lookup touches a name the change affects, or may rank the other names
   *     otherwise
   * @throws NullPointerException if {@code word} is null
   */
  public boolean reachesWord(String word, boolean many) {
    return reach.reachesWord(Objects.requireNonNull(word, "word"), many);
  }

  /**
   * Whether the change can reach a party whose name has this reach: false means {@link #screen}
   * leaves it alone ({@link Scope#UNCHANGED}), given its remembered state.
   *
   * @throws NullPointerException if {@code r} is null
   */
  public boolean reaches(QueryState.Reach r) {
    for (String k : r.keys()) {
      if (reach.keys().contains(k)) {
        return true;
      }
    }
    for (String w : r.words()) {
      if (reach.reachesWord(w, r.many())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Screens one party against the new lists, doing only what the change requires.
   *
   * @param query the party
   * @param threshold the lowest score to keep, the same the old result was screened at
   * @param matchedBefore the ids of the entries the party matched in the old result
   * @param state what the previous run remembered of the party, or {@code null}
   * @return the scope, the entries scored again and their matches, and the new state
   * @throws IllegalArgumentException if {@code threshold} is outside [0, 1]
   * @throws NullPointerException if {@code query} or {@code matchedBefore} is null
   */
  public Result screen(
      ScreeningQuery query, double threshold, Set<String> matchedBefore, QueryState state) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(matchedBefore, "matchedBefore");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          String.format("threshold must lie in [0, 1], was %s", threshold));
    }
    AnalyzedName q =
        state != null ? state.query(query.name()) : after.analyzer().analyze(query.name());
    if (q.tokens().isEmpty()) {
      return new Result(Scope.UNCHANGED, Set.of(), List.of(), state);
    }
    DeltaReach r = reach.of(q.tokens());
    if (r.touches().isEmpty() && !r.unsure()) {
      return new Result(Scope.UNCHANGED, Set.of(), List.of(), state);
    }
    if (state != null && !r.unsure()) {
      Result scored = scored(query, q, r, state, matchedBefore, threshold);
      if (scored != null) {
        return scored;
      }
    }
    return candidates(query, q, state != null, r, matchedBefore, threshold);
  }

  /**
   * The outcome from the touched names alone, when the remembered state tells which of them are
   * candidates and nothing else moves; {@code null} when it does not.
   */
  private Result scored(
      ScreeningQuery query,
      AnalyzedName q,
      DeltaReach r,
      QueryState state,
      Set<String> matchedBefore,
      double threshold) {
    int max = after.config().maxCandidates();
    int was = state.touched();
    if (was < 0) {
      return null; // unknown, or the frequent keys were intersected
    }
    int now = was;
    List<DeltaReach.Touch> fresh = new ArrayList<>();
    List<DeltaReach.Touch> same = new ArrayList<>();
    List<DeltaReach.Touch> gone = new ArrayList<>();
    for (DeltaReach.Touch t : r.touches()) {
      switch (t.holder.side()) {
        case NEW -> {
          fresh.add(t);
          now++;
        }
        case OLD -> {
          gone.add(t);
          now--;
        }
        default -> same.add(t);
      }
    }
    if (now < 1) {
      return null; // nothing touched: the frequent keys, if any, would be intersected
    }
    if (was <= max && now <= max) {
      // no cut before or after: every touched name is a candidate, in touched order
      List<DeltaReach.Touch> score = new ArrayList<>(fresh);
      score.addAll(same);
      score.sort(DeltaReach.Touch::touchedOrder);
      int[] names = score.stream().mapToInt(t -> t.holder.name()).toArray();
      return new Result(
          Scope.SCORED,
          Set.of(),
          explained(query, q, true, names, threshold, e -> true),
          state.with(now, List.of(), List.of()));
    }
    if (!(was > max && now > max && state.cut())) {
      return null; // the cut comes or goes
    }
    List<QueryState.Rank> window = state.boundary();
    if (window.size() == 1 + CandidateFinder.TAIL) {
      // every name the change touches ranks after the whole remembered window (the weakest
      // candidate and the names after it): the candidates, their order and the window stay as they
      // were, and no match moves (a candidate of an affected entry would rank above the window)
      QueryState.Rank last = window.get(window.size() - 1);
      CutShift.Item lastItem = CutShift.Item.of(last);
      boolean after = true;
      for (DeltaReach.Touch t : r.touches()) {
        float support = t.support();
        if (support < last.support()) {
          continue;
        }
        // a tie: names of equal support first touched by exact keys rank by key, then by entry
        // and name; the name itself, if it is the last one, does not rank after it
        CutShift.Item i = support == last.support() && last.key() >= 0 ? item(t, r, side(t)) : null;
        after &=
            i != null
                && i.key() >= 0
                && Boolean.TRUE.equals(CutShift.before(lastItem, i, (token, near) -> -1));
        if (!after) {
          break;
        }
      }
      if (after) {
        return new Result(
            Scope.SCORED, Set.of(), List.of(), state.with(now, state.above(), window));
      }
    }
    return shifted(query, q, r, state, fresh, same, gone, now, matchedBefore, threshold);
  }

  /** The outcome when the cut applies before and after: see {@link CutShift}. */
  private Result shifted(
      ScreeningQuery query,
      AnalyzedName q,
      DeltaReach r,
      QueryState state,
      List<DeltaReach.Touch> fresh,
      List<DeltaReach.Touch> same,
      List<DeltaReach.Touch> gone,
      int now,
      Set<String> matchedBefore,
      double threshold) {
    Set<String> gonePlaces = new HashSet<>();
    List<CutShift.Item> goneItems = new ArrayList<>();
    for (DeltaReach.Touch t : gone) {
      CutShift.Item i = item(t, r, before);
      goneItems.add(i);
      gonePlaces.add(i.entry() + "\u001f" + i.alias());
    }
    List<CutShift.Item> freshItems = new ArrayList<>();
    fresh.forEach(t -> freshItems.add(item(t, r, after)));
    CutShift.Places newPlaces = r.places(false);
    CutShift.Shift shift =
        CutShift.of(
            state.above(),
            state.boundary(),
            goneItems,
            freshItems,
            gonePlaces,
            CandidateFinder.HEAD,
            CandidateFinder.TAIL,
            r.places(true),
            newPlaces);
    if (shift == null) {
      return null;
    }
    // the first remembered name: the names ranked above it are candidates before and after
    QueryState.Rank first =
        state.above().isEmpty() ? state.boundary().get(0) : state.above().get(0);
    CutShift.Item top = CutShift.Item.of(first);
    // the candidates to score: new names that made the cut, names of changed entries among the
    // candidates, and every candidate name of an unchanged entry that came in or lost a name
    List<CutShift.Item> score = new ArrayList<>(shift.above());
    for (CutShift.Item m : shift.members()) {
      if (m.touch() != null) {
        score.add(m);
      }
    }
    Set<String> entering = new HashSet<>();
    for (CutShift.Item m : shift.entering()) {
      if (!sameNames.contains(m.entry())) {
        entering.add(m.entry());
      }
    }
    for (CutShift.Item m : shift.out()) {
      // an entry that lost a candidate name and had no match before has none now: fewer names
      // never make a match that more did not
      if (!sameNames.contains(m.entry()) && matchedBefore.contains(m.entry())) {
        entering.add(m.entry());
      }
    }
    List<DeltaReach.Touch> kept = new ArrayList<>(same);
    for (String entry : entering) {
      int e = afterNo.get(entry);
      NameIndex ai = after.index();
      for (int n = ai.firstName(e); n < ai.names() && ai.nameEntry[n] == e; n++) {
        DeltaReach.Touch t = r.rank(n, keysOf(n));
        if (t != null) {
          kept.add(t);
        }
      }
    }
    for (DeltaReach.Touch t : kept) {
      // a name of a changed or a rescored entry is a candidate when it ranks above the window, or
      // is among the window's names that are candidates now
      CutShift.Item i = item(t, r, after);
      Boolean above = CutShift.before(i, top, newPlaces);
      if (above == null) {
        return null;
      }
      if (above || CutShift.holds(shift.members(), i)) {
        score.add(i);
      }
    }
    if (!CutShift.sort(score, newPlaces)) {
      return null;
    }
    int[] names = new int[score.size()];
    for (int i = 0; i < names.length; i++) {
      CutShift.Item it = score.get(i);
      names[i] =
          it.touch() != null
              ? it.touch().holder.name()
              : after.index().name(afterNo.get(it.entry()), it.alias());
    }
    return new Result(
        Scope.SCORED,
        entering,
        explained(query, q, true, names, threshold, e -> true),
        state.with(now, shift.aboveBoundary(), shift.boundary()));
  }

  /** The screener whose index holds a touched name: the old lists' for a removed name. */
  private ListScreener side(DeltaReach.Touch t) {
    return t.holder.side() == DeltaReach.Side.OLD ? before : after;
  }

  /** A touch as a ranked name of the index it is in. */
  private static CutShift.Item item(DeltaReach.Touch t, DeltaReach r, ListScreener in) {
    int n = t.holder.name();
    int[] find = t.firstFind();
    return new CutShift.Item(
        t.support(),
        t.firstKey(),
        find == null ? -1 : find[0],
        r.firstNear(t),
        in.entries().get(in.index().nameEntry[n]).id(),
        in.index().nameAlias[n],
        t);
  }

  /** The index keys of name {@code n} of the new lists, remembered. */
  private Set<String> keysOf(int n) {
    return nameKeys.computeIfAbsent(
        n,
        k -> {
          NameIndex ai = after.index();
          String text = after.entries().get(ai.nameEntry[k]).names().get(ai.nameAlias[k]);
          return Set.copyOf(NameIndex.indexKeys(after.analyzer().analyze(text).tokens(), false));
        });
  }

  /**
   * The matches among {@code names}, scored from {@code q}; when {@code q} is a remembered state's
   * tokens and there are matches, scored again from the name as written, for their explanations
   * (the same scores, the same matches).
   */
  private List<ScreeningMatch> explained(
      ScreeningQuery query,
      AnalyzedName q,
      boolean remembered,
      int[] names,
      double threshold,
      java.util.function.IntPredicate filter) {
    List<ScreeningMatch> matches = after.screen(query, q, names, threshold, filter);
    if (!remembered || matches.isEmpty()) {
      return matches;
    }
    return after.screen(query, after.analyzer().analyze(query.name()), names, threshold, filter);
  }

  /** The outcome from the party's candidates, against the new lists and, if need be, the old. */
  private Result candidates(
      ScreeningQuery query,
      AnalyzedName q,
      boolean remembered,
      DeltaReach r,
      Set<String> matchedBefore,
      double threshold) {
    CandidateFinder.Found now = after.finder().find(q, nearAfter);
    Set<String> rescored = new HashSet<>();
    for (String id : matchedBefore) {
      if (!affectedIds.contains(id)) {
        rescored.add(id);
      }
    }
    boolean old =
        r.unsure() || r.touches().stream().anyMatch(t -> t.holder.side() == DeltaReach.Side.OLD);
    if (old) {
      // the names of unrenamed entries that came into the candidates are scored too
      Set<Long> was = new HashSet<>();
      NameIndex bi = before.index();
      for (int name : before.finder().find(q, nearBefore).names()) {
        int e = bi.nameEntry[name];
        if (!renamedBefore[e]) {
          was.add(((long) beforeToAfter[e] << 32) | bi.nameAlias[name]);
        }
      }
      NameIndex ai = after.index();
      for (int name : now.names()) {
        int e = ai.nameEntry[name];
        if (!renamedAfter[e] && !was.contains(((long) e << 32) | ai.nameAlias[name])) {
          rescored.add(after.entries().get(e).id());
        }
      }
    }
    java.util.function.IntPredicate filter =
        e -> rescoreAfter[e] || rescored.contains(after.entries().get(e).id());
    List<ScreeningMatch> matches = explained(query, q, remembered, now.names(), threshold, filter);
    return new Result(
        old ? Scope.OLD_AND_NEW_CANDIDATES : Scope.NEW_CANDIDATES,
        rescored,
        matches,
        QueryState.of(q, now, after));
  }
}
