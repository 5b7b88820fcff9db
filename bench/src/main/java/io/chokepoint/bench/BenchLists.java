package io.chokepoint.bench;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.source.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimal readers of the frozen lists in {@code ../shared/data/lists} for the screening benchmarks:
 * the OFAC SDN legacy CSV (names, aliases, address countries) and the curated Entity List and PRC
 * list extracts (English and Chinese names). Not the importers: just enough to measure the matcher.
 */
final class BenchLists {
  private BenchLists() {}

  static Path lists() {
    return Bench.home().resolveSibling("shared").resolve("data/lists");
  }

  /** SDN entries with their aliases and address countries. */
  static List<ListEntry> sdn() throws IOException {
    Path dir = lists().resolve("us_ofac_sdn_2021");
    Map<String, List<String>> aliases = new HashMap<>();
    for (List<String> r : Csv.rows(dir.resolve("alt.csv"), StandardCharsets.ISO_8859_1)) {
      if (r.size() > 3) {
        aliases.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>()).add(r.get(3).strip());
      }
    }
    Map<String, List<String>> countries = new HashMap<>();
    Map<String, List<String>> addresses = new HashMap<>();
    for (List<String> r : Csv.rows(dir.resolve("add.csv"), StandardCharsets.ISO_8859_1)) {
      if (r.size() > 4) {
        String code = countryCode(r.get(4).strip());
        if (code != null) {
          countries.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>()).add(code);
        }
        addresses
            .computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>())
            .add((r.get(2) + ", " + r.get(3)).replace("-0-", "").strip());
      }
    }
    List<ListEntry> out = new ArrayList<>();
    int line = 0;
    for (List<String> r : Csv.rows(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
      line++;
      if (r.size() < 3 || r.get(1).isBlank()) {
        continue;
      }
      String id = r.get(0).strip();
      String type = r.get(2).strip();
      EntryKind kind =
          switch (type) {
            case "individual" -> EntryKind.INDIVIDUAL;
            case "vessel" -> EntryKind.VESSEL;
            case "aircraft" -> EntryKind.AIRCRAFT;
            default -> EntryKind.ENTITY;
          };
      out.add(
          entry(
              "US-SDN-" + id,
              "US-SDN",
              kind,
              r.get(1).strip(),
              aliases.getOrDefault(id, List.of()),
              countries.getOrDefault(id, List.of()).stream().distinct().toList(),
              addresses.getOrDefault(id, List.of()),
              "sdn.csv",
              line));
    }
    return out;
  }

  /** The curated Entity List extract: English name, aliases and Chinese name. */
  static List<ListEntry> entityList() throws IOException {
    List<ListEntry> out = new ArrayList<>();
    int n = 0;
    for (Map<String, String> r :
        Csv.records(
            lists().resolve("curated/us_entity_list_cn_ai_semis.csv"), StandardCharsets.UTF_8)) {
      n++;
      List<String> aliases = new ArrayList<>();
      for (String a : r.get("aliases").split(";")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
      if (!r.get("name_zh").isBlank()) {
        aliases.add(r.get("name_zh").strip());
      }
      String code = r.get("country").equals("Hong Kong") ? "HK" : "CN";
      out.add(
          entry(
              "US-EL-CUR-" + n,
              "US-EL",
              EntryKind.ENTITY,
              r.get("name_en"),
              aliases,
              List.of(code),
              List.of(r.get("city")),
              "us_entity_list_cn_ai_semis.csv",
              n + 1));
    }
    return out;
  }

  /** The curated PRC lists: English and Chinese names. */
  static List<ListEntry> prcLists() throws IOException {
    List<ListEntry> out = new ArrayList<>();
    int n = 0;
    for (Map<String, String> r :
        Csv.records(lists().resolve("curated/prc_lists.csv"), StandardCharsets.UTF_8)) {
      n++;
      List<String> aliases = r.get("name_zh").isBlank() ? List.of() : List.of(r.get("name_zh"));
      out.add(
          entry(
              "CN-" + r.get("list") + "-CUR-" + n,
              "CN-" + r.get("list"),
              EntryKind.ENTITY,
              r.get("name_en"),
              aliases,
              List.of(),
              List.of(),
              "prc_lists.csv",
              n + 1));
    }
    return out;
  }

  /** SDN, Entity List extract and PRC lists together. */
  static List<ListEntry> all() throws IOException {
    List<ListEntry> all = new ArrayList<>(sdn());
    all.addAll(entityList());
    all.addAll(prcLists());
    return all;
  }

  private static ListEntry entry(
      String id,
      String list,
      EntryKind kind,
      String name,
      List<String> aliases,
      List<String> countries,
      List<String> addresses,
      String file,
      int line) {
    return new ListEntry(
        id,
        list,
        kind,
        name,
        aliases,
        countries,
        addresses,
        List.of(),
        null,
        null,
        null,
        new LinkedHashMap<>(),
        new Position(file, line, 1));
  }

  private static final Map<String, String> COUNTRIES = new HashMap<>();

  static {
    for (String iso : Locale.getISOCountries()) {
      COUNTRIES.put(
          new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
    }
    COUNTRIES.put("china", "CN");
    COUNTRIES.put("russia", "RU");
    COUNTRIES.put("iran", "IR");
    COUNTRIES.put("syria", "SY");
    COUNTRIES.put("korea, north", "KP");
    COUNTRIES.put("korea, south", "KR");
    COUNTRIES.put("burma", "MM");
  }

  private static String countryCode(String name) {
    return COUNTRIES.get(name.toLowerCase(Locale.ROOT));
  }
}
