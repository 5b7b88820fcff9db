package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.synthetic.ListUpdate;
import io.chokepoint.synthetic.Perturbations;
import io.chokepoint.synthetic.SyntheticMaster;
import io.chokepoint.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A delta screen gives, query by query, exactly what screening against the new lists gives: the
 * same entries, matched names, scores and explanations. Checked on the shipped lists under seeded
 * updates, with queries that reach the changed entries (their names perturbed), that share words
 * with them, and that do not.
 */
class ScreeningDeltaTest {
  private static ListSnapshot shipped;
  private static TokenWeights weights;
  private static List<Counterparty> parties;
  private static final int GENERATED = 800;

  @BeforeAll
  static void load() {
    shipped = ListLoader.load(List.of(ProjectFiles.root().resolve("data/lists")), LocalDate.now());
    weights = ListScreener.build(shipped).weights();
    parties =
        SyntheticMaster.of(7, shipped, 0.2)
            .parties(0, 2000)
            .map(SyntheticMaster.Generated::party)
            .toList();
  }

  @Test
  void pinnedToItsOwnWeightsAScreenerScreensAsBefore() {
    ListScreener own = ListScreener.build(shipped);
    ListScreener pinned =
        ListScreener.build(
            shipped.entries(), NameAnalyzer.standard(), MatcherConfig.defaults(), own.weights());
    assertThat(pinned.weights()).isEqualTo(own.weights());
    for (Counterparty p : parties.subList(0, 500)) {
      assertThat(pinned.screen(p.query(), 0.65)).isEqualTo(own.screen(p.query(), 0.65));
    }
  }

  @Test
  void aDeltaScreenIsTheFullScreenUnderSeededUpdatesWithAndWithoutState() {
    Map<ScreeningDelta.Scope, Integer> scopes = new EnumMap<>(ScreeningDelta.Scope.class);
    Map<ScreeningDelta.Scope, Integer> generated = new EnumMap<>(ScreeningDelta.Scope.class);
    List<String> names = parties.stream().map(Counterparty::name).toList();
    for (long seed = 1; seed <= 2; seed++) {
      Set<String> prefer = new HashSet<>();
      ListScreener base = ListScreener.build(shipped);
      for (Counterparty p : parties.subList(0, 400)) {
        base.screen(p.query(), 0.8).forEach(m -> prefer.add(m.entry().id()));
      }
      // two updates in a row: the second starts from the states the first handed on
      ListSnapshot one = ListUpdate.apply(shipped, seed, 25, 40, 60, names, prefer);
      ListSnapshot two = ListUpdate.apply(one, seed + 10, 10, 10, 30, names, prefer);
      ScreeningDelta first = ScreeningDelta.between(shipped, one, weights);
      ScreeningDelta second = ScreeningDelta.between(one, two, weights);
      assertThat(first.delta().added()).hasSize(60);
      List<ScreeningQuery> queries = queries(first, seed);
      queries.addAll(queries(second, seed));
      for (int i = 0; i < queries.size(); i++) {
        ScreeningQuery q = queries.get(i);
        for (double threshold : new double[] {0.8, 0.65}) {
          ListScreener.Screened start = first.before().screenWithState(q, threshold);
          ScreeningDelta.Result r1 = check(first, q, threshold, start.matches(), start.state());
          ScreeningDelta.Result r2 =
              check(second, q, threshold, first.after().screen(q, threshold), r1.state());
          check(first, q, threshold, start.matches(), null);
          for (ScreeningDelta.Scope scope : List.of(r1.scope(), r2.scope())) {
            scopes.merge(scope, 1, Integer::sum);
            if (i < GENERATED) {
              generated.merge(scope, 1, Integer::sum);
            }
          }
        }
      }
    }
    // every path was taken, and most generated parties needed no candidates
    assertThat(scopes.keySet()).containsExactlyInAnyOrder(ScreeningDelta.Scope.values());
    int cheap =
        generated.getOrDefault(ScreeningDelta.Scope.UNCHANGED, 0)
            + generated.getOrDefault(ScreeningDelta.Scope.SCORED, 0);
    assertThat(cheap).isGreaterThan(generated.values().stream().mapToInt(x -> x).sum() * 3 / 4);
    // and the parties the reach rules out were many, so that the check above meant something
    assertThat(UNREACHED.get())
        .isGreaterThan(generated.getOrDefault(ScreeningDelta.Scope.UNCHANGED, 0) / 2);
  }

  /**
   * Screens {@code q} with {@code delta} from its old matches and state, and checks the merged
   * result against the full screen, and the state handed on against the true one.
   */
  private static ScreeningDelta.Result check(
      ScreeningDelta delta,
      ScreeningQuery q,
      double threshold,
      List<ScreeningMatch> old,
      QueryState state) {
    ListScreener.Screened full = delta.after().screenWithState(q, threshold);
    Set<String> matched = new HashSet<>();
    old.forEach(m -> matched.add(m.entry().id()));
    ScreeningDelta.Result r = delta.screen(q, threshold, matched, state);
    if (state != null && !delta.reaches(state.reach())) {
      // what a rescreen skips without reading the party: the delta must leave it alone
      assertThat(r.scope())
          .as("'%s' is not reached", q.name())
          .isEqualTo(ScreeningDelta.Scope.UNCHANGED);
      UNREACHED.incrementAndGet();
    }
    assertThat(merge(delta, old, r))
        .as("'%s' (%s) at %s", q.name(), r.scope(), threshold)
        .isEqualTo(full.matches());
    QueryState truth = full.state();
    if (r.state() != null) {
      assertThat(r.state().tokens()).isEqualTo(truth.tokens());
      assertThat(r.state().touched())
          .as("touched, '%s' (%s)", q.name(), r.scope())
          .isEqualTo(truth.touched());
      // the boundary handed on is the true one, or a part of it (none: not known)
      List<QueryState.Rank> b = r.state().boundary();
      assertThat(truth.boundary().subList(0, Math.min(b.size(), truth.boundary().size())))
          .as("the boundary of '%s' (%s)", q.name(), r.scope())
          .isEqualTo(b);
      // and the candidates above it those nearest the cut, or none
      List<QueryState.Rank> a = b.isEmpty() ? List.of() : r.state().above();
      assertThat(truth.above().subList(truth.above().size() - a.size(), truth.above().size()))
          .as("the candidates above the cut of '%s' (%s)", q.name(), r.scope())
          .isEqualTo(a);
    }
    return r;
  }

  private static final java.util.concurrent.atomic.AtomicInteger UNREACHED =
      new java.util.concurrent.atomic.AtomicInteger();

  @Test
  void aPartyTheChangeCannotReachIsLeftAlone() {
    ListSnapshot after =
        ListUpdate.apply(
            shipped, 11, 0, 0, 4, List.of("Shenzhen Xinghe Technology Co., Ltd."), Set.of());
    ScreeningDelta delta = ScreeningDelta.between(shipped, after, weights);
    assertThat(
            delta
                .screen(
                    new ScreeningQuery("Redwood Photonics Inc.", "US", null), 0.8, Set.of(), null)
                .scope())
        .isEqualTo(ScreeningDelta.Scope.UNCHANGED);
    assertThat(delta.affectedEntryIds()).hasSize(4);
  }

  @Test
  void aWordWhoseLookupIsPutOffFindsTheSameWordsInBothListsAndNoAffectedName() {
    List<String> names = parties.stream().map(Counterparty::name).toList();
    int twoEdits = MatcherConfig.defaults().twoEditsFrom();
    for (long seed = 1; seed <= 2; seed++) {
      // added entries bring new words, whose trigram lists every lookup sharing one reads
      ListSnapshot after = ListUpdate.apply(shipped, seed, 25, 40, 60, names, Set.of());
      ScreeningDelta delta = ScreeningDelta.between(shipped, after, weights);
      NameIndex bi = delta.before().index();
      NameIndex ai = delta.after().index();
      // a quarter of the words of either list, and a typo of some, as a party's name may hold
      Random r = new Random(seed);
      Set<String> words = new java.util.TreeSet<>();
      for (String[] vocab : List.of(bi.vocab, ai.vocab)) {
        for (String w : vocab) {
          if (r.nextInt(4) == 0) {
            words.add(w);
            if (w.length() > 4 && r.nextBoolean()) {
              int at = r.nextInt(w.length());
              words.add(w.substring(0, at) + (char) ('a' + r.nextInt(26)) + w.substring(at + 1));
            }
          }
        }
      }
      // and every word of the entries the change affects, where their lookups matter most
      for (ListEntry e : after.entries()) {
        if (delta.affectedEntryIds().contains(e.id())) {
          e.names()
              .forEach(
                  n -> words.addAll(List.of(n.toLowerCase(java.util.Locale.ROOT).split("\\W+"))));
        }
      }
      int putOff = 0;
      for (String w : words) {
        if (delta.reach().mayFind(w)) {
          continue;
        }
        putOff++;
        List<String> was = near(bi, w, twoEdits);
        List<String> now = near(ai, w, twoEdits);
        assertThat(now).as(w).isEqualTo(was);
        for (String found : now) {
          for (int name : ai.postings[ai.id(found)]) {
            assertThat(delta.affectedEntryIds())
                .as("%s finds %s", w, found)
                .doesNotContain(delta.after().entries().get(ai.nameEntry[name]).id());
          }
        }
      }
      // most lookups are put off: those that matter are few
      assertThat(putOff).isGreaterThan(words.size() * 9 / 10);
    }
  }

  private static List<String> near(NameIndex index, String word, int twoEdits) {
    List<String> out = new ArrayList<>();
    for (int id : index.fuzzy.near(word, twoEdits, new int[index.vocab.length])) {
      out.add(index.vocab[id]);
    }
    return out;
  }

  /** The old matches as the delta says to keep them, with the new ones, best first. */
  private static List<ScreeningMatch> merge(
      ScreeningDelta delta, List<ScreeningMatch> old, ScreeningDelta.Result r) {
    List<ScreeningMatch> out = new ArrayList<>();
    for (ScreeningMatch m : old) {
      String id = m.entry().id();
      if (!delta.affectedEntryIds().contains(id) && !r.rescored().contains(id)) {
        out.add(m);
      }
    }
    out.addAll(r.matches());
    out.sort(
        java.util.Comparator.comparingDouble(ScreeningMatch::score)
            .reversed()
            .thenComparing(m -> m.entry().id()));
    return out;
  }

  /** Generated parties, and every name of every changed entry in both versions, perturbed. */
  private static List<ScreeningQuery> queries(ScreeningDelta delta, long seed) {
    List<ScreeningQuery> out = new ArrayList<>();
    parties.subList(0, GENERATED).forEach(p -> out.add(p.query()));
    Random r = new Random(seed);
    List<ListEntry> changed = new ArrayList<>(delta.delta().added());
    changed.addAll(delta.delta().removed());
    delta.delta().changed().forEach(c -> changed.add(c.before()));
    delta.delta().changed().forEach(c -> changed.add(c.after()));
    for (ListEntry e : changed) {
      for (Perturbations.Variant v : Perturbations.of(e, r)) {
        out.add(ScreeningQuery.of(v.query()));
      }
    }
    return out;
  }
}
