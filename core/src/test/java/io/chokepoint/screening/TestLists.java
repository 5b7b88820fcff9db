package io.chokepoint.screening;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.source.Position;
import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only readers of the frozen lists in ../shared (the importers are tested elsewhere): the OFAC
 * SDN legacy CSV with aliases, and the curated Entity List extract with Chinese names.
 */
final class TestLists {
  private TestLists() {}

  static ListEntry entity(String id, String name, String... aliases) {
    return entry(id, EntryKind.ENTITY, name, List.of(aliases), List.of(), List.of());
  }

  static ListEntry entry(
      String id,
      EntryKind kind,
      String name,
      List<String> aliases,
      List<String> countries,
      List<String> addresses) {
    return new ListEntry(
        id,
        id.substring(0, id.lastIndexOf('-')),
        kind,
        name,
        aliases,
        countries,
        addresses,
        List.of(),
        null,
        null,
        null,
        Map.of(),
        new Position("test", 1, 1));
  }

  /** The SDN entries with their aliases. */
  static List<ListEntry> sdn() {
    Path dir = ProjectFiles.shared().resolve("data/lists/us_ofac_sdn_2021");
    Map<String, List<String>> aliases = new HashMap<>();
    for (List<String> r : rows(dir.resolve("alt.csv"), StandardCharsets.ISO_8859_1)) {
      aliases.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>()).add(r.get(3).strip());
    }
    List<ListEntry> out = new ArrayList<>();
    for (List<String> r : rows(dir.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
      if (r.size() < 3) {
        continue;
      }
      String id = r.get(0).strip();
      EntryKind kind =
          r.get(2).strip().equals("individual") ? EntryKind.INDIVIDUAL : EntryKind.ENTITY;
      out.add(
          entry(
              "US-SDN-" + id,
              kind,
              r.get(1).strip(),
              aliases.getOrDefault(id, List.of()),
              List.of(),
              List.of()));
    }
    return out;
  }

  /** The curated Entity List extract: English name, aliases and the Chinese name as an alias. */
  static List<ListEntry> entityList() {
    Path file = ProjectFiles.shared().resolve("data/lists/curated/us_entity_list_cn_ai_semis.csv");
    List<List<String>> rows = rows(file, StandardCharsets.UTF_8);
    List<ListEntry> out = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      List<String> aliases = new ArrayList<>();
      for (String a : r.get(1).split(";")) {
        if (!a.isBlank()) {
          aliases.add(a.strip());
        }
      }
      if (!r.get(2).isBlank()) {
        aliases.add(r.get(2).strip());
      }
      out.add(entry("US-EL-" + i, EntryKind.ENTITY, r.get(0), aliases, List.of("CN"), List.of()));
    }
    return out;
  }

  /** A minimal RFC 4180 reader: quoted fields, doubled quotes, CR LF. */
  static List<List<String>> rows(Path file, Charset charset) {
    String text;
    try {
      text = Files.readString(file, charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted && ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (field.length() > 0 || !row.isEmpty()) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    return rows;
  }
}
