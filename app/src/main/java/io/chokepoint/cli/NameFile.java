package io.chokepoint.cli;

import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names {@code chokepoint screen} reads: from the command line, or from a UTF-8 CSV file with a
 * {@code name} column and optional {@code id}, {@code country} and {@code address} columns. Any
 * other column, an empty name or a ragged row is an error naming the file and line, and nothing is
 * screened.
 */
final class NameFile {
  private static final List<String> COLUMNS = List.of("name", "id", "country", "address");

  /** One name to screen. */
  record Row(String id, String name, String country, String address) {}

  private NameFile() {}

  static List<Row> of(List<String> names) {
    List<Row> out = new ArrayList<>(names.size());
    names.forEach(n -> out.add(new Row(null, n, null, null)));
    return out;
  }

  /**
   * Reads a name file.
   *
   * @throws SourceException naming file, line and column of every problem
   */
  static List<Row> read(Path file) {
    String display = file.toString();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new SourceException(
          "cannot read " + display,
          List.of(
              new io.chokepoint.source.Issue(
                  Position.ofFile(display), null, null, "not valid UTF-8")));
    } catch (IOException e) {
      throw new SourceException(
          "cannot read " + display,
          List.of(
              new io.chokepoint.source.Issue(
                  Position.ofFile(display), null, null, "cannot read: " + e.getMessage())));
    }
    Issues issues = new Issues();
    List<Csv.Record> records = Csv.parse(text, display, issues);
    List<Row> rows = new ArrayList<>();
    if (records.isEmpty()) {
      issues.add(
          Position.ofFile(display), null, null, "empty file: a header with 'name' is needed");
    } else {
      List<String> header = new ArrayList<>();
      for (String h : records.get(0).fields()) {
        header.add(h.trim().toLowerCase(Locale.ROOT));
      }
      Position at = new Position(display, records.get(0).line(), 0);
      for (String h : header) {
        if (!COLUMNS.contains(h)) {
          issues.add(at, null, h, "unknown column; the columns are name, id, country and address");
        }
      }
      int name = header.indexOf("name");
      if (name < 0) {
        issues.add(at, null, "name", "the header has no 'name' column");
      }
      int id = header.indexOf("id");
      int country = header.indexOf("country");
      int address = header.indexOf("address");
      for (Csv.Record r : records.subList(1, records.size())) {
        Position p = new Position(display, r.line(), 0);
        if (r.fields().size() != header.size()) {
          issues.add(
              p,
              null,
              null,
              String.format("%d fields where the header has %d", r.fields().size(), header.size()));
          continue;
        }
        if (name < 0) {
          continue;
        }
        String n = r.fields().get(name).trim();
        if (n.isEmpty()) {
          issues.add(p, null, "name", "empty name");
          continue;
        }
        rows.add(
            new Row(
                id < 0 ? null : blankToNull(r.fields().get(id)),
                n,
                country < 0 ? null : blankToNull(r.fields().get(country)),
                address < 0 ? null : blankToNull(r.fields().get(address))));
      }
    }
    if (!issues.isEmpty()) {
      throw new SourceException("invalid name file: nothing was screened", issues.toList());
    }
    return rows;
  }

  private static String blankToNull(String s) {
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }
}
