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
 * lookups, with equal support).
 *
 * <p>Names are compared as {@link CandidateFinder} ranks them: by support, then by the key that
 * first touched them, then by their order in the lists (entries by id, names by number), which is
 * the same in both lists.
 */
final class CutShift {
  /**
   * A name, ranked.
   *
   * @param support its support
   * @param key the query key that first touched it, or -1 for a typo lookup
   * @param find the token and neighbour place of its first typo find, when known, else null
   * @param entry its entry's id
   * @param alias its name number
   * @param touch the touch it came from, or null for a remembered rank
   */
  record Item(float support, int key, int[] find, String entry, int alias, DeltaReach.Touch touch) {
    static Item of(QueryState.Rank r) {
      return new Item(r.support(), r.key(), null, r.entry(), r.alias(), null);
    }

    QueryState.Rank rank() {
      return new QueryState.Rank(support, key, entry, alias);
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

  private CutShift() {}

  /**
   * The new cut, or {@code null} when the remembered boundary cannot tell it.
   *
   * @param boundary the remembered boundary
   * @param gone removed names the query touched (removed entries, renamed ones' old names)
   * @param fresh added names it touched (added entries, renamed ones' new names)
   * @param gonePlace whether a name (entry id and alias) is gone
   * @param tail how many names past the cut to remember
   */
  static Shift of(
      List<QueryState.Rank> boundary,
      List<Item> gone,
      List<Item> fresh,
      Set<String> gonePlace,
      int tail) {
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
      Boolean b = before(g, x);
      if (b == null) {
        return null;
      }
      if (b) {
        freed++;
      } else if (!Boolean.TRUE.equals(before(Item.of(boundary.get(boundary.size() - 1)), g))) {
        return null; // between the remembered names, yet not among them: cannot be
      }
    }
    List<Item> above = new ArrayList<>();
    for (Item f : fresh) {
      Boolean b = before(f, x);
      if (b == null) {
        return null;
      }
      if (b) {
        above.add(f);
      } else {
        Boolean h = before(f, horizon);
        if (h == null) {
          return null;
        }
        if (h) {
          region.add(f);
        }
      }
    }
    if (!sort(region)) {
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

  /** Sorts items in rank order; false when two cannot be ordered. */
  static boolean sort(List<Item> items) {
    for (int i = 1; i < items.size(); i++) {
      for (int j = i; j > 0; j--) {
        Boolean b = before(items.get(j), items.get(j - 1));
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

  /** Whether {@code a} ranks before {@code b}; {@code null} when their order cannot be told. */
  static Boolean before(Item a, Item b) {
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
      if (a.find() == null || b.find() == null) {
        return null;
      }
      for (int i = 0; i < 2; i++) {
        if (a.find()[i] != b.find()[i]) {
          return a.find()[i] < b.find()[i];
        }
      }
    }
    int byEntry = a.entry().compareTo(b.entry());
    return byEntry != 0 ? byEntry < 0 : a.alias() < b.alias();
  }
}
