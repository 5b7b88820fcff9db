package io.chokepoint.synthetic;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.source.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded list update, for benchmarks and tests of bulk rescreens, as the lists get them: entries
 * removed, entries changed (an alias added or dropped, the name respelt or extended, another
 * country, a new address) and entries added (names some counterparties carry, names that share
 * words with listed ones, Chinese names one character off a listed one, persons). Half the removed
 * and changed entries are drawn from {@code prefer} (entries that match parties), so that the
 * update clears and changes alerts.
 */
public final class ListUpdate {
  private static final Position AT = new Position("list-update", 1, 1);
  private static final String[] NEW_WORDS = {
    "Xinghe", "Qianhai", "Ruixin", "Hongtu", "Zhixin", "Yaoshi", "Kunlun", "Tianji"
  };

  private ListUpdate() {}

  /**
   * Applies a random update.
   *
   * @param before the lists
   * @param seed the seed
   * @param removed how many entries to remove
   * @param changed how many to change
   * @param added how many to add
   * @param partyNames names of counterparties, some of which the added entries take
   * @param prefer ids of entries to draw half the removed and changed ones from
   * @return the updated lists
   * @throws IllegalArgumentException if {@code partyNames} is empty while entries are added
   */
  public static ListSnapshot apply(
      ListSnapshot before,
      long seed,
      int removed,
      int changed,
      int added,
      List<String> partyNames,
      Set<String> prefer) {
    Random r = new Random(seed);
    Map<String, ListEntry> byId = new LinkedHashMap<>();
    before.entries().forEach(e -> byId.put(e.id(), e));
    List<String> ids = new ArrayList<>(byId.keySet());
    List<String> preferred = new ArrayList<>(prefer);
    preferred.sort(null);
    Set<String> touched = new HashSet<>();
    for (int i = 0; i < removed + changed; i++) {
      List<String> from = i % 2 == 0 && !preferred.isEmpty() ? preferred : ids;
      String id = from.get(r.nextInt(from.size()));
      if (!touched.add(id) || !byId.containsKey(id)) {
        continue;
      }
      if (i < removed) {
        byId.remove(id);
      } else {
        byId.put(id, change(byId.get(id), i, r));
      }
    }
    for (int i = 0; i < added; i++) {
      ListEntry model = byId.get(ids.get(r.nextInt(ids.size())));
      if (partyNames.isEmpty()) {
        throw new IllegalArgumentException("added entries take names from partyNames: none given");
      }
      ListEntry e = addition(i, model, partyNames, r);
      byId.put(e.id(), e);
    }
    return ListSnapshot.of(new ArrayList<>(byId.values()), before.asOf(), before.sources());
  }

  private static ListEntry change(ListEntry e, int i, Random r) {
    List<String> aliases = new ArrayList<>(e.aliases());
    List<String> countries = new ArrayList<>(e.countries());
    List<String> addresses = new ArrayList<>(e.addresses());
    String name = e.name();
    switch (i % 6) {
      case 0 -> {
        String typo = Perturbations.typo(name, r);
        aliases.add(typo != null ? typo : name + " Group");
      }
      case 1 -> {
        if (!aliases.isEmpty()) {
          aliases.remove(r.nextInt(aliases.size()));
        } else {
          aliases.add(name.toUpperCase(java.util.Locale.ROOT) + " INTERNATIONAL");
        }
      }
      case 2 -> name = name + " " + NEW_WORDS[r.nextInt(NEW_WORDS.length)];
      case 3 -> {
        countries.clear();
        countries.add(r.nextBoolean() ? "CN" : "HK");
      }
      case 4 -> addresses.add("No. " + (1 + r.nextInt(99)) + " Keji Road, Shenzhen");
      default -> {
        String abbreviated = Perturbations.abbreviate(name);
        name = abbreviated != null ? abbreviated : name.replaceFirst(" ", "  ").trim() + " Ltd";
      }
    }
    return copy(e, e.id(), name, aliases, countries, addresses, e.kind());
  }

  private static ListEntry addition(int i, ListEntry model, List<String> partyNames, Random r) {
    String id = String.format("US-EL-DELTA-%04d", i);
    String word = NEW_WORDS[r.nextInt(NEW_WORDS.length)];
    return switch (i % 4) {
      case 0 ->
          entry(id, EntryKind.ENTITY, partyNames.get(r.nextInt(partyNames.size())), List.of());
      case 1 -> entry(id, EntryKind.ENTITY, word + " " + model.name(), List.of());
      case 2 -> {
        String han =
            model.aliases().stream().filter(Perturbations::isHan).findFirst().orElse("深圳星河科技有限公司");
        int at = r.nextInt(Math.max(1, han.length() - 4));
        String other = han.substring(0, at) + "星" + han.substring(at + 1);
        yield entry(id, EntryKind.ENTITY, word + " Technology Co., Ltd.", List.of(other));
      }
      default ->
          entry(
              id,
              EntryKind.INDIVIDUAL,
              word.toUpperCase(java.util.Locale.ROOT) + ", Wei",
              List.of());
    };
  }

  private static ListEntry entry(String id, EntryKind kind, String name, List<String> aliases) {
    return new ListEntry(
        id,
        "US-EL",
        kind,
        name,
        aliases,
        List.of("CN"),
        List.of(),
        List.of(),
        null,
        "test update",
        null,
        Map.of(),
        AT);
  }

  private static ListEntry copy(
      ListEntry e,
      String id,
      String name,
      List<String> aliases,
      List<String> countries,
      List<String> addresses,
      EntryKind kind) {
    return new ListEntry(
        id,
        e.list(),
        kind,
        name,
        aliases,
        countries,
        addresses,
        e.programs(),
        e.listedOn(),
        e.source(),
        e.licencePolicy(),
        e.details(),
        e.position());
  }
}
