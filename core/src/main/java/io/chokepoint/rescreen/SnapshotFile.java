package io.chokepoint.rescreen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list snapshot written whole as JSON Lines ({@code lists.jsonl} of a result folder,
 * docs/formats.md §23): a first line with the snapshot's {@code hash} and {@code asOf}, then one
 * entry per line with every field. Read back, it is the same snapshot (the same content hash), so a
 * result folder says exactly what it was screened against and a delta from it needs nothing else.
 */
public final class SnapshotFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotFile() {}

  static void write(BufferedWriter w, ListSnapshot s) throws IOException {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("hash", s.contentHash());
    head.put("asOf", s.asOf() == null ? null : s.asOf().toString());
    head.put("entries", s.entries().size());
    w.write(JSON.writeValueAsString(head));
    w.write('\n');
    for (ListEntry e : s.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("list", e.list());
      m.put("kind", e.kind().name());
      m.put("name", e.name());
      m.put("aliases", e.aliases());
      m.put("countries", e.countries());
      m.put("addresses", e.addresses());
      m.put("programs", e.programs());
      m.put("listedOn", e.listedOn() == null ? null : e.listedOn().toString());
      m.put("source", e.source());
      m.put("licencePolicy", e.licencePolicy());
      m.put("details", new TreeMap<>(e.details()));
      w.write(JSON.writeValueAsString(m));
      w.write('\n');
    }
  }

  /**
   * Reads a snapshot file.
   *
   * @param file the file
   * @return the snapshot, with the hash the file states
   * @throws SourceException naming the file and line, if it cannot be read or its entries do not
   *     give the hash it states
   */
  public static ListSnapshot read(Path file) {
    String display = file.toString();
    Issues issues = new Issues();
    List<ListEntry> entries = new ArrayList<>();
    String hash = null;
    LocalDate asOf = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int line = 0;
      for (String text = r.readLine(); text != null; text = r.readLine()) {
        line++;
        try {
          JsonNode n = JSON.readTree(text);
          if (line == 1) {
            hash = n.path("hash").asText(null);
            asOf = n.path("asOf").isTextual() ? LocalDate.parse(n.path("asOf").asText()) : null;
          } else {
            entries.add(entry(n, new Position(display, line, 1)));
          }
        } catch (IOException | RuntimeException e) {
          issues.add(
              new Position(display, line, 1), null, null, "not a list entry: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      issues.add(Position.ofFile(display), null, null, "cannot read: " + e.getMessage());
    }
    ListSnapshot s = null;
    if (issues.isEmpty()) {
      s = ListSnapshot.of(entries, asOf, List.of());
      if (!s.contentHash().equals(hash)) {
        issues.add(
            Position.ofFile(display),
            null,
            "hash",
            "the entries hash to " + s.contentHash() + ", the file says " + hash);
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("cannot read the lists in " + display, issues.toList());
    }
    return s;
  }

  private static ListEntry entry(JsonNode n, Position at) {
    Map<String, String> details = new TreeMap<>();
    n.path("details")
        .fields()
        .forEachRemaining(d -> details.put(d.getKey(), d.getValue().asText()));
    return new ListEntry(
        text(n, "id"),
        text(n, "list"),
        EntryKind.valueOf(text(n, "kind")),
        text(n, "name"),
        strings(n.path("aliases")),
        strings(n.path("countries")),
        strings(n.path("addresses")),
        strings(n.path("programs")),
        n.path("listedOn").isTextual() ? LocalDate.parse(n.path("listedOn").asText()) : null,
        n.path("source").isTextual() ? n.path("source").asText() : null,
        n.path("licencePolicy").isTextual() ? n.path("licencePolicy").asText() : null,
        details,
        at);
  }

  private static String text(JsonNode n, String field) {
    if (!n.path(field).isTextual()) {
      throw new IllegalArgumentException("no text field '" + field + "'");
    }
    return n.path(field).asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
