package io.chokepoint.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names first touched by typo lookups with equal support rank by the neighbour that found them, at
 * its place in the lookup of the list they are compared in; a neighbour that list's lookup does not
 * find leaves their order unknown.
 */
class CutShiftTest {
  // token 0's lookup: "huawe" is found in the old list only, "huawey" in the new list only
  private static final CutShift.Places OLD = places(Map.of("huawe", 0, "huawi", 1, "hwawei", 2));
  private static final CutShift.Places NOW = places(Map.of("huawi", 0, "huawey", 1, "hwawei", 2));

  private static CutShift.Places places(Map<String, Integer> token0) {
    return (token, near) -> token == 0 ? token0.getOrDefault(near, -1) : -1;
  }

  private static CutShift.Item typo(String entry, int token, String near) {
    return new CutShift.Item(0.8f, -1, token, near, entry, 0, null);
  }

  @Test
  void typoFindsOfEqualSupportRankByTheirNeighboursPlaceInTheListCompared() {
    CutShift.Item a = typo("B-2", 0, "huawi");
    CutShift.Item b = typo("A-1", 0, "hwawei");
    assertThat(CutShift.before(a, b, OLD)).isTrue();
    assertThat(CutShift.before(b, a, NOW)).isFalse();
    // the same neighbour: list order
    assertThat(CutShift.before(typo("A-1", 0, "huawi"), a, NOW)).isTrue();
    // an earlier token first
    assertThat(CutShift.before(typo("Z-9", 0, "hwawei"), typo("A-1", 1, "x"), NOW)).isTrue();
  }

  @Test
  void aNeighbourTheListsLookupDoesNotFindLeavesTheOrderUnknown() {
    CutShift.Item gone = typo("B-2", 0, "huawe");
    CutShift.Item fresh = typo("C-3", 0, "huawey");
    CutShift.Item x = typo("A-1", 0, "huawi");
    assertThat(CutShift.before(gone, x, OLD)).isTrue();
    assertThat(CutShift.before(gone, x, NOW)).isNull();
    assertThat(CutShift.before(x, fresh, NOW)).isTrue();
    assertThat(CutShift.before(x, fresh, OLD)).isNull();
    // a remembered rank whose first find is not known (the older party-states form)
    CutShift.Item unknown = CutShift.Item.of(new QueryState.Rank(0.8f, -1, "D-4", 0));
    assertThat(CutShift.before(unknown, x, NOW)).isNull();
    List<CutShift.Item> items = new ArrayList<>(List.of(x, fresh, typo("A-1", 0, "hwawei")));
    assertThat(CutShift.sort(items, NOW)).isTrue();
    assertThat(items).extracting(CutShift.Item::near).containsExactly("huawi", "huawey", "hwawei");
  }

  @Test
  void aRemovedNameAboveTheCutIsPlacedInTheOldListAnAddedOneInTheNew() {
    // x first found through "huawi"; a removed name through "huawe" (old list only) ranks above it
    // and frees a place; an added name through "huawey" (new list only) ranks below x and comes
    // in after it
    List<QueryState.Rank> boundary =
        List.of(
            new QueryState.Rank(0.8f, -1, "A-1", 0, 0, "huawi"),
            new QueryState.Rank(0.8f, -1, "E-5", 0, 0, "hwawei"));
    CutShift.Shift s =
        CutShift.of(
            List.of(),
            boundary,
            List.of(typo("B-2", 0, "huawe")),
            List.of(typo("C-3", 0, "huawey")),
            Set.of("B-2\u001f0"),
            CandidateFinder.HEAD,
            CandidateFinder.TAIL,
            OLD,
            NOW);
    assertThat(s).isNotNull();
    assertThat(s.out()).isEmpty();
    assertThat(s.above()).isEmpty();
    assertThat(s.members()).extracting(CutShift.Item::entry).containsExactly("A-1", "C-3");
    assertThat(s.out()).isEmpty();
    assertThat(s.entering()).isEmpty();
    assertThat(s.aboveBoundary())
        .containsExactly(new QueryState.Rank(0.8f, -1, "A-1", 0, 0, "huawi"));
    assertThat(s.boundary())
        .containsExactly(
            new QueryState.Rank(0.8f, -1, "C-3", 0, 0, "huawey"),
            new QueryState.Rank(0.8f, -1, "E-5", 0, 0, "hwawei"));
  }

  @Test
  void newNamesAboveTheCutPushOutTheRememberedCandidatesAboveTheWeakest() {
    // candidates h1 (3.0), h2 (2.0), x (1.0), then t1 (0.5); two new names at 4.0 and 2.5 push
    // out x and h2: the new weakest is the one at 2.5, with h1 above it and h2 after it
    List<QueryState.Rank> head = List.of(exact("H-1", 3f), exact("H-2", 2f));
    List<QueryState.Rank> boundary = List.of(exact("X-0", 1f), exact("T-1", 0.5f));
    CutShift.Item a = exact("N-1", 4f, null);
    CutShift.Item b = exact("N-2", 2.5f, null);
    CutShift.Shift s =
        CutShift.of(head, boundary, List.of(), List.of(a, b), Set.of(), 4, 4, OLD, NOW);
    assertThat(s.above()).containsExactly(a);
    assertThat(s.members()).extracting(CutShift.Item::entry).containsExactly("H-1", "N-2");
    assertThat(s.out()).extracting(CutShift.Item::entry).containsExactly("H-2", "X-0");
    assertThat(s.entering()).isEmpty();
    assertThat(s.aboveBoundary()).containsExactly(exact("H-1", 3f));
    assertThat(s.boundary())
        .containsExactly(
            exact("N-2", 2.5f), exact("H-2", 2f), exact("X-0", 1f), exact("T-1", 0.5f));
    // a removed name above the window frees a place: only x goes
    CutShift.Item g = exact("G-1", 5f, null);
    CutShift.Shift freed =
        CutShift.of(
            head, boundary, List.of(g), List.of(a, b), Set.of("G-1\u001f0"), 4, 4, OLD, NOW);
    assertThat(freed.out()).extracting(CutShift.Item::entry).containsExactly("X-0");
    assertThat(freed.aboveBoundary()).containsExactly(exact("H-1", 3f), exact("N-2", 2.5f));
    // three new names above push out every remembered candidate: the new cut is not known
    List<CutShift.Item> three = List.of(a, exact("N-3", 6f, null), exact("N-4", 7f, null));
    CutShift.Shift all = CutShift.of(head, boundary, List.of(), three, Set.of(), 4, 4, OLD, NOW);
    assertThat(all.out()).extracting(CutShift.Item::entry).containsExactly("H-1", "H-2", "X-0");
    assertThat(all.boundary()).isEmpty();
    // four push out a candidate that is not remembered
    List<CutShift.Item> four = new java.util.ArrayList<>(three);
    four.add(exact("N-5", 8f, null));
    assertThat(CutShift.of(head, boundary, List.of(), four, Set.of(), 4, 4, OLD, NOW)).isNull();
  }

  private static CutShift.Item exact(String entry, float support, DeltaReach.Touch touch) {
    return new CutShift.Item(support, 0, -1, null, entry, 0, touch);
  }

  private static QueryState.Rank exact(String entry, float support) {
    return new QueryState.Rank(support, 0, entry, 0);
  }

  @Test
  void theBoundaryTextKeepsTheFirstTypoFindAndReadsTheOlderForm() {
    QueryState.Rank typo = new QueryState.Rank(1.25f, -1, "EL 12", 2, 3, "hua|wei");
    QueryState.Rank exact = new QueryState.Rank(2.5f, 4, "SDN-1", 0, 1, "ignored");
    QueryState s = new QueryState(List.of(), false, 120, List.of(typo, exact));
    assertThat(exact.near()).isNull();
    assertThat(s.boundaryText()).isEqualTo("1.25|-1|EL%2012|2|3|hua%7Cwei 2.5|4|SDN-1|0");
    assertThat(QueryState.parseBoundary(s.boundaryText())).containsExactly(typo, exact);
    assertThat(QueryState.parseBoundary("1.25|-1|EL%2012|2"))
        .containsExactly(new QueryState.Rank(1.25f, -1, "EL 12", 2, -1, null));
  }
}
