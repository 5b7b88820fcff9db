package io.chokepoint.bench;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.synthetic.Perturbations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A labelled set of screening queries generated from the project's own lists with a fixed seed,
 * after the protocol of {@code reference/screening.md} §7: each query is a listed name changed by
 * one operator ({@link Perturbations}), labelled with the entry it must find, its category and its
 * quality tier (STRONG: any careful screener must find it; MEDIUM: a good one should; WEAK: a
 * partial name, reported apart). The same seed and lists always give the same set.
 */
final class PerturbationSet {
  /** One labelled query. */
  record Query(String query, String expectedId, String category, String quality, boolean cjk) {}

  /**
   * Generates the set.
   *
   * @param lists the lists to draw listed names from
   * @param seed the seed
   * @return the queries, in a fixed order
   */
  List<Query> generate(ListSnapshot lists, long seed) {
    List<ListEntry> entities = new ArrayList<>();
    List<ListEntry> persons = new ArrayList<>();
    for (ListEntry e : lists.entries()) {
      if (e.kind() == EntryKind.INDIVIDUAL) {
        persons.add(e);
      } else if (e.kind() == EntryKind.ENTITY || e.kind() == EntryKind.UNKNOWN) {
        entities.add(e);
      }
    }
    Random pick = new Random(seed);
    List<ListEntry> chosen = new ArrayList<>();
    for (ListEntry e : entities) {
      boolean chinese = e.countries().contains("CN") || e.countries().contains("HK");
      if (chinese || e.list().startsWith("CN-") || hasHan(e) || pick.nextInt(8) == 0) {
        chosen.add(e);
      }
    }
    persons.sort(Comparator.comparing(ListEntry::id));
    for (ListEntry p : persons) {
      if (pick.nextInt(10) == 0) {
        chosen.add(p);
      }
    }
    List<Query> out = new ArrayList<>();
    for (ListEntry e : chosen) {
      Random r = new Random(seed ^ e.id().hashCode());
      for (Perturbations.Variant v : Perturbations.of(e, r)) {
        out.add(new Query(v.query(), e.id(), v.category(), v.tier(), v.cjk()));
      }
    }
    return out;
  }

  private static boolean hasHan(ListEntry e) {
    return e.aliases().stream().anyMatch(Perturbations::isHan);
  }
}
