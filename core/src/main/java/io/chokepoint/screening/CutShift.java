package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a list change moves a query's cut to the best {@link MatcherConfig#maxCandidates()} names,
 * worked out from the remembered boundary ({@link QueryState#boundary()}: the weakest candidate x
 * and the names ranked after it) and the affected names the query touches, without the query's
 * candidates: names of removed entries that ranked above x free their places; names of added
 * entries that rank above x take places; the places left go, in rank order, to x and the names
 * after it, old and new. {@link #of} gives up ({@code null}) whenever that needs a name it does not
 * know: more new names above x than freed places (they push out names of the top it does not hold),
 * fewer known names after x than places, or two names it cannot order (both first touched by typo
 * lookups, with equal support, and the first find of one is not known or its neighbour is not in
 * the lookup of the list they are compared in).
 *
 * <p>Names are compared as {@link CandidateFinder} ranks them: by support, then by the key that
 * first touched them (or, for names first touched by a typo lookup, the token looked up and the
 * neighbour's place among its finds), then by their order in the lists (entries by id, names by
 * number), which is the same in both lists. A neighbour's place is read in the lookup of the list
 * the names are compared in ({@link Places}): removed names rank in the old list, added ones in the
 * new; the neighbours both lists hold come in the same order in both (else the query is unsure),
 * but a neighbour held by one list only shifts the places after it in that list's lookup.
 */
final class CutShift {
  /**
   * A name, ranked.
   *
   * @param support its support
   * @param key the query key that first touched it, or -1 for a typo lookup
   * @param token the token of its first typo find, when known, else -1
   * @param near the neighbour of its first typo find, when known, else null
   * @param entry its entry's id
   * @param alias its name number
   * @param touch the touch it came from, or null for a remembered rank
   */
  record Item(
      float support,
      int key,
      int token,
      String near,
      String entry,
      int alias,
      DeltaReach.Touch touch) {
    static Item of(QueryState.Rank r) {
      return new Item(r.support(), r.key(), r.token(), r.near(), r.entry(), r.alias(), null);
    }

    QueryState.Rank rank() {
      return new QueryState.Rank(support, key, entry, alias, token, near);
    }

    boolean same(Item o) {
      return entry.equals(o.entry) && alias == o.alias;
    }
  }

  /**
   * The new cut.
   *
   * @param members the names after the old cut that are candidates now, x included when it stays
   * @param above the new names that rank above the old cut
   * @param boundary the new boundary, or empty when it is not known
   * @param x the old weakest candidate
   * @param xOut whether x was pushed out
   */
  record Shift(
      List<Item> members, List<Item> above, List<QueryState.Rank> boundary, Item x, boolean xOut) {}

  /** Where a neighbour comes in a token's typo lookup against one list. */
  interface Places {
    /**
     * The place of {@code near} among the finds of the typo lookup of query token {@code token}, or
     * -1 when that lookup does not find it.
     */
    int of(int token, String near);
  }

  private CutShift() {}

  /**
   * The new cut, or {@code null} when the remembered boundary cannot tell it.
   *
   * @param boundary the remembered boundary
   * @param gone removed names the query touched (removed entries, renamed ones' old names)
   * @param fresh added names it touched (added entries, renamed ones' new names)
   * @param gonePlace whether a name (entry id and alias) is gone
   * @param tail how many names past the cut to remember
   * @param old the typo lookups' places in the old list, where removed names rank
   * @param now those in the new list, where added names rank
   */
  static Shift of(
      List<QueryState.Rank> boundary,
      List<Item> gone,
      List<Item> fresh,
      Set<String> gonePlace,
      int tail,
      Places old,
      Places now) {
    Item x = Item.of(boundary.get(0));
    List<Item> region = new ArrayList<>();
    for (QueryState.Rank r : boundary) {
      if (!gonePlace.contains(r.entry() + "\u001f" + r.alias())) {
        region.add(Item.of(r));
      }
    }
    if (region.isEmpty()) {
      return null;
    }
    Item horizon = region.get(region.size() - 1);
    // the places of the top above x that removed names leave (x's own place is the one below)
    int freed = 0;
    for (Item g : gone) {
      boolean inBoundary = boundary.stream().anyMatch(r -> Item.of(r).same(g));
      if (inBoundary) {
        continue;
      }
      Boolean b = before(g, x, old);
      if (b == null) {
        return null;
      }
      if (b) {
        freed++;
      } else if (!Boolean.TRUE.equals(before(Item.of(boundary.get(boundary.size() - 1)), g, old))) {
        return null; // between the remembered names, yet not among them: cannot be
      }
    }
    List<Item> above = new ArrayList<>();
    for (Item f : fresh) {
      Boolean b = before(f, x, now);
      if (b == null) {
        return null;
      }
      if (b) {
        above.add(f);
      } else {
        Boolean h = before(f, horizon, now);
        if (h == null) {
          return null;
        }
        if (h) {
          region.add(f);
        }
      }
    }
    if (!sort(region, now)) {
      return null;
    }
    int places = 1 + freed - above.size();
    boolean xStays = !gonePlace.contains(x.entry() + "\u001f" + x.alias());
    if (places < 0 || (places == 0 && !xStays)) {
      return null; // new names push out names of the top that are not known
    }
    if (places == 0) {
      // one new name too many: x, the weakest, goes; where the cut falls now is not known
      return new Shift(List.of(), above, List.of(), x, true);
    }
    if (region.size() < places) {
      return null; // names past the remembered ones would come in
    }
    List<Item> members = new ArrayList<>(region.subList(0, places));
    List<QueryState.Rank> next = new ArrayList<>();
    for (Item i : region.subList(places - 1, Math.min(region.size(), places + tail))) {
      next.add(i.rank());
    }
    return new Shift(members, above, next, x, false);
  }

  /** Sorts items in rank order in one list; false when two cannot be ordered. */
  static boolean sort(List<Item> items, Places places) {
    for (int i = 1; i < items.size(); i++) {
      for (int j = i; j > 0; j--) {
        Boolean b = before(items.get(j), items.get(j - 1), places);
        if (b == null) {
          return false;
        }
        if (!b) {
          break;
        }
        Item t = items.get(j);
        items.set(j, items.get(j - 1));
        items.set(j - 1, t);
      }
    }
    return true;
  }

  /**
   * Whether {@code a} ranks before {@code b} in the list whose typo lookups {@code places} reads;
   * {@code null} when their order cannot be told.
   */
  static Boolean before(Item a, Item b, Places places) {
    if (a.support() != b.support()) {
      return a.support() > b.support();
    }
    boolean ea = a.key() >= 0;
    boolean eb = b.key() >= 0;
    if (ea != eb) {
      return ea; // the exact keys touch before the typo lookups
    }
    if (ea && a.key() != b.key()) {
      return a.key() < b.key();
    }
    if (!ea) {
      if (a.near() == null || b.near() == null) {
        return null;
      }
      if (a.token() != b.token()) {
        return a.token() < b.token();
      }
      int pa = places.of(a.token(), a.near());
      int pb = a.near().equals(b.near()) ? pa : places.of(b.token(), b.near());
      if (pa < 0 || pb < 0) {
        return null; // a neighbour this list's lookup does not find: no place to compare
      }
      if (pa != pb) {
        return pa < pb;
      }
    }
    int byEntry = a.entry().compareTo(b.entry());
    return byEntry != 0 ? byEntry < 0 : a.alias() < b.alias();
  }
}
