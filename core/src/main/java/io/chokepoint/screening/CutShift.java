package io.chokepoint.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a list change moves a query's cut to the best {@link MatcherConfig#maxCandidates()} names,
 * worked out from the remembered window (the candidates ranked just above the weakest candidate x,
 * {@link QueryState#above()}; x and the names ranked after it, {@link QueryState#boundary()}) and
 * the affected names the query touches, without the query's candidates: names of removed entries
 * that ranked above the window free their places; names of added entries that rank above it take
 * places; the places left go, in rank order, to the window's names and the added names among them,
 * so that remembered candidates may be pushed out and remembered names after x come in. {@link #of}
 * gives up ({@code null}) whenever that needs a name it does not know: more new names above the
 * window than freed places plus the remembered candidates (they push out names of the top it does
 * not hold), fewer known names than places, or two names it cannot order (both first touched by
 * typo lookups, with equal support, and the first find of one is not known or its neighbour is not
 * in the lookup of the list they are compared in).
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
   * @param members the remembered and added names of the window (the remembered candidates above x,
   *     x and the names after it) that are candidates now
   * @param above the new names that rank above the window
   * @param entering the remembered names after x that are candidates now
   * @param out the remembered candidates (above x, and x) that the new names push out
   * @param boundary the new boundary (the weakest candidate and the names after it), or empty when
   *     it is not known
   * @param aboveBoundary the candidates known to rank just above the new weakest one
   */
  record Shift(
      List<Item> members,
      List<Item> above,
      List<Item> entering,
      List<Item> out,
      List<QueryState.Rank> boundary,
      List<QueryState.Rank> aboveBoundary) {}

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
   * The new cut, or {@code null} when the remembered window cannot tell it.
   *
   * @param head the remembered candidates just above the weakest one x, in rank order
   * @param boundary the remembered boundary: x and the names after it
   * @param gone removed names the query touched (removed entries, renamed ones' old names)
   * @param fresh added names it touched (added entries, renamed ones' new names)
   * @param gonePlace whether a name (entry id and alias) is gone
   * @param keep how many candidates above the new weakest one to remember
   * @param tail how many names past the cut to remember
   * @param old the typo lookups' places in the old list, where removed names rank
   * @param now those in the new list, where added names rank
   */
  static Shift of(
      List<QueryState.Rank> head,
      List<QueryState.Rank> boundary,
      List<Item> gone,
      List<Item> fresh,
      Set<String> gonePlace,
      int keep,
      int tail,
      Places old,
      Places now) {
    // the window: the remembered names, contiguous in the old ranking; x is at xAt
    List<Item> window = new ArrayList<>();
    head.forEach(r -> window.add(Item.of(r)));
    boundary.forEach(r -> window.add(Item.of(r)));
    int xAt = head.size();
    Item first = window.get(0);
    Item last = window.get(window.size() - 1);
    List<Item> region = new ArrayList<>();
    for (Item i : window) {
      if (!gonePlace.contains(i.entry() + "\u001f" + i.alias())) {
        region.add(i);
      }
    }
    if (region.isEmpty()) {
      return null;
    }
    Item horizon = region.get(region.size() - 1);
    // the places above the window that removed names leave
    int freed = 0;
    for (Item g : gone) {
      if (holds(window, g)) {
        continue;
      }
      Boolean b = before(g, first, old);
      if (b == null) {
        return null;
      }
      if (b) {
        freed++;
      } else if (!Boolean.TRUE.equals(before(last, g, old))) {
        return null; // between the remembered names, yet not among them: cannot be
      }
    }
    List<Item> above = new ArrayList<>();
    for (Item f : fresh) {
      Boolean b = before(f, first, now);
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
    // the window held the candidates from place max - 1 - xAt on; what is left of them now
    int places = 1 + xAt + freed - above.size();
    if (places < 0) {
      return null; // new names push out names of the top that are not remembered
    }
    if (region.size() < places) {
      return null; // names past the remembered ones would come in
    }
    List<Item> members = new ArrayList<>(region.subList(0, places));
    List<Item> entering = new ArrayList<>();
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < window.size(); i++) {
      Item w = window.get(i);
      if (gonePlace.contains(w.entry() + "\u001f" + w.alias())) {
        continue;
      }
      boolean member = holds(members, w);
      if (i <= xAt && !member) {
        out.add(w);
      } else if (i > xAt && member) {
        entering.add(w);
      }
    }
    if (places == 0) {
      // the new weakest candidate is above the window: where the cut falls now is not known
      return new Shift(members, above, entering, out, List.of(), List.of());
    }
    List<QueryState.Rank> next = new ArrayList<>();
    for (Item i : region.subList(places - 1, Math.min(region.size(), places + tail))) {
      next.add(i.rank());
    }
    List<QueryState.Rank> nextAbove = new ArrayList<>();
    for (Item i : region.subList(Math.max(0, places - 1 - keep), places - 1)) {
      nextAbove.add(i.rank());
    }
    return new Shift(members, above, entering, out, next, nextAbove);
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

  /** Whether {@code items} holds the name of {@code item} (a loop: called per name per party). */
  static boolean holds(List<Item> items, Item item) {
    for (Item i : items) {
      if (i.same(item)) {
        return true;
      }
    }
    return false;
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
