package io.chokepoint.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two list snapshots: the entries added, removed and changed, matched by id. A
 * changed entry names the fields that differ, so that a review can look at just those (a new alias
 * is a reason to re-screen; a corrected address may not be).
 *
 * @param added entries only in the new snapshot, by id
 * @param removed entries only in the old snapshot, by id
 * @param changed entries in both whose content differs, by id
 */
public record ListDelta(List<ListEntry> added, List<ListEntry> removed, List<Change> changed) {
  public ListDelta {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * One entry whose content changed.
   *
   * @param before the entry in the old snapshot
   * @param after the entry in the new snapshot
   * @param fields the fields that differ, in {@link ListEntry} order; a detail is named {@code
   *     details.<key>}
   */
  public record Change(ListEntry before, ListEntry after, List<String> fields) {
    public Change {
      fields = List.copyOf(fields);
    }
  }

  /**
   * Compares two snapshots.
   *
   * @param before the old snapshot
   * @param after the new snapshot
   * @return the delta; empty when both hold the same content
   */
  public static ListDelta between(ListSnapshot before, ListSnapshot after) {
    List<ListEntry> added = new ArrayList<>();
    List<ListEntry> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    // Both entry lists are sorted by id (ListSnapshot.of), so one merge pass pairs them.
    List<ListEntry> a = before.entries();
    List<ListEntry> b = after.entries();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int cmp = i == a.size() ? 1 : j == b.size() ? -1 : a.get(i).id().compareTo(b.get(j).id());
      if (cmp < 0) {
        removed.add(a.get(i++));
      } else if (cmp > 0) {
        added.add(b.get(j++));
      } else {
        ListEntry x = a.get(i++);
        ListEntry y = b.get(j++);
        if (!x.sameContent(y)) {
          changed.add(new Change(x, y, differences(x, y)));
        }
      }
    }
    return new ListDelta(added, removed, changed);
  }

  /** Whether nothing was added, removed or changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  private static List<String> differences(ListEntry x, ListEntry y) {
    List<String> fields = new ArrayList<>();
    differs(fields, "list", x, y, ListEntry::list);
    differs(fields, "kind", x, y, ListEntry::kind);
    differs(fields, "name", x, y, ListEntry::name);
    differs(fields, "aliases", x, y, ListEntry::aliases);
    differs(fields, "countries", x, y, ListEntry::countries);
    differs(fields, "addresses", x, y, ListEntry::addresses);
    differs(fields, "programs", x, y, ListEntry::programs);
    differs(fields, "listedOn", x, y, ListEntry::listedOn);
    differs(fields, "source", x, y, ListEntry::source);
    differs(fields, "licencePolicy", x, y, ListEntry::licencePolicy);
    TreeSet<String> keys = new TreeSet<>(x.details().keySet());
    keys.addAll(y.details().keySet());
    for (String k : keys) {
      differs(fields, "details." + k, x, y, e -> e.details().get(k));
    }
    return fields;
  }

  private static void differs(
      List<String> fields, String name, ListEntry x, ListEntry y, Function<ListEntry, ?> get) {
    if (!Objects.equals(get.apply(x), get.apply(y))) {
      fields.add(name);
    }
  }
}
