package io.chokepoint.lists;

import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's simple list CSV (FORMATS §6): UTF-8, RFC 4180, a header row naming the
 * columns in any order. {@code id}, {@code list} and {@code name} are required; {@code aliases},
 * {@code country}, {@code source} and the optional columns of {@link #OPTIONAL} may be present.
 * Multi-valued cells ({@code aliases}, {@code country}, {@code programs}, {@code addresses}) are
 * separated by {@code ;}. A column not named here is an error, so that a misspelt column is not
 * silently dropped.
 */
final class SimpleCsvReader {
  static final List<String> REQUIRED = List.of("id", "list", "name");
  static final List<String> STANDARD = List.of("aliases", "country", "source");

  /** The optional columns beyond FORMATS §6; the free-text ones become entry details. */
  static final List<String> OPTIONAL =
      List.of(
          "kind",
          "listedOn",
          "licencePolicy",
          "programs",
          "addresses",
          "footnote",
          "measures",
          "notes",
          "reference");

  private static final List<String> DETAIL_COLUMNS =
      List.of("footnote", "measures", "notes", "reference");
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private SimpleCsvReader() {}

  /** Whether a header row is that of a simple list CSV: it names id, list and name. */
  static boolean isHeader(List<String> header) {
    return header.stream().map(String::strip).toList().containsAll(REQUIRED);
  }

  /**
   * Reads one simple CSV file.
   *
   * @return the entries, or {@code null} if the file could not be read at all
   */
  static ListFile read(ListText file, Issues issues) {
    CsvTable.Parsed p = CsvTable.parse(file, ',', issues);
    if (p == null) {
      return null;
    }
    List<String> header = p.header();
    int headerLine = p.headerLine();
    int before = issues.size();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (!REQUIRED.contains(h) && !STANDARD.contains(h) && !OPTIONAL.contains(h)) {
        issues.add(
            new Position(file.display(), headerLine, c + 1),
            null,
            h,
            "unknown column '"
                + h
                + "' (columns: "
                + REQUIRED
                + ", "
                + STANDARD
                + ", "
                + OPTIONAL
                + ")");
      } else if (header.indexOf(h) != c) {
        issues.add(
            new Position(file.display(), headerLine, c + 1),
            null,
            h,
            "column '" + h + "' is named twice");
      }
    }
    for (String r : REQUIRED) {
      if (!header.contains(r)) {
        issues.add(
            new Position(file.display(), headerLine, 1),
            null,
            r,
            "required column '" + r + "' is missing");
      }
    }
    if (issues.size() > before) {
      return null;
    }
    CsvTable t = CsvTable.of(p.body(), header, file.display(), issues);
    Map<String, Integer> firstLine = new HashMap<>();
    List<ListEntry> entries = new ArrayList<>();
    for (CsvTable.Row row : t.rows()) {
      ListEntry e = entry(t, row, issues);
      if (e == null) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(e.id(), row.line());
      if (first != null) {
        issues.add(
            t.at(row, "id"),
            null,
            "id",
            "duplicate id '" + e.id() + "' (first on line " + first + ")");
      } else {
        entries.add(e);
      }
    }
    ListSource src =
        new ListSource(file.display(), ListFormat.SIMPLE_CSV, file.sha256(), null, entries.size());
    return new ListFile(entries, null, List.of(src));
  }

  private static ListEntry entry(CsvTable t, CsvTable.Row row, Issues issues) {
    String id = t.required(row, "id", issues);
    String list = t.required(row, "list", issues);
    String name = t.required(row, "name", issues);
    LocalDate listedOn = t.date(row, "listedOn", ISO, "YYYY-MM-DD", issues);
    EntryKind kind = kind(t, row, issues);
    if (id == null || list == null || name == null || kind == null) {
      return null;
    }
    EntryBuilder b = new EntryBuilder(id, list, t.at(row, "id"));
    b.kind(kind).name(name).listedOn(listedOn);
    EntryBuilder.split(t.get(row, "aliases")).forEach(b::alias);
    EntryBuilder.split(t.get(row, "country")).forEach(b::country);
    EntryBuilder.split(t.get(row, "programs")).forEach(b::program);
    EntryBuilder.split(t.get(row, "addresses")).forEach(b::address);
    b.source(t.get(row, "source")).licencePolicy(t.get(row, "licencePolicy"));
    for (String d : DETAIL_COLUMNS) {
      b.detail(d, t.get(row, d));
    }
    return b.build();
  }

  private static EntryKind kind(CsvTable t, CsvTable.Row row, Issues issues) {
    String v = t.get(row, "kind");
    if (v == null) {
      return EntryKind.UNKNOWN;
    }
    EntryKind k = EntryBuilder.kindNamed(v);
    if (k == null) {
      issues.add(
          t.at(row, "kind"),
          null,
          "kind",
          "unknown kind '" + v + "' (expected entity, individual, vessel, aircraft or unknown)");
    }
    return k;
  }
}
