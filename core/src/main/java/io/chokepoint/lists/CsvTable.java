package io.chokepoint.lists;

import io.chokepoint.source.Csv;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a delimited list file under named columns, with the positions issues need: every
 * problem names the file, the physical line a row starts on and the column. A row with the wrong
 * number of fields is reported and left out of {@link #rows()}, so that a caller never reads a
 * shifted column as another.
 */
final class CsvTable {
  private final String file;
  private final List<String> columns;
  private final List<Row> rows;

  /**
   * One data row.
   *
   * @param line the physical line it starts on
   * @param cells its fields, one per column
   */
  record Row(int line, List<String> cells) {}

  /**
   * A delimited file decoded and split into its header and the records after it.
   *
   * @param header the header's fields, stripped
   * @param headerLine the line the header is on
   * @param body the records after the header
   */
  record Parsed(List<String> header, int headerLine, List<Csv.Record> body) {
    /** Where the header's first field sits. */
    Position at(String file) {
      return new Position(file, headerLine, 1);
    }
  }

  private CsvTable(String file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * Splits records into rows of the given columns. Blank lines are skipped.
   *
   * @param records the parsed records, without a header
   * @param columns the column names, in order
   * @param file the file name for issues
   * @param issues where rows with the wrong number of fields are reported
   */
  static CsvTable of(List<Csv.Record> records, List<String> columns, String file, Issues issues) {
    List<Row> rows = new ArrayList<>();
    for (Csv.Record r : records) {
      List<String> f = r.fields();
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      if (f.size() < columns.size()) {
        issues.add(
            new Position(file, r.line(), f.size() + 1),
            null,
            columns.get(f.size()),
            String.format(
                "the row has %d fields, %d expected: '%s' and the columns after it are missing",
                f.size(), columns.size(), columns.get(f.size())));
      } else if (f.size() > columns.size()) {
        issues.add(
            new Position(file, r.line(), columns.size() + 1),
            null,
            columns.get(columns.size() - 1),
            String.format(
                "the row has %d fields, %d expected: there are fields after the last column '%s'"
                    + " (an unquoted delimiter?)",
                f.size(), columns.size(), columns.get(columns.size() - 1)));
      } else {
        rows.add(new Row(r.line(), f));
      }
    }
    return new CsvTable(file, columns, rows);
  }

  /**
   * Decodes a UTF-8 file and splits off its header row.
   *
   * @return the header and records, or {@code null} after an issue (bad encoding, unclosed quote)
   */
  static Parsed parse(ListText file, char delimiter, Issues issues) {
    String text = decode(file, StandardCharsets.UTF_8, delimiter, null, issues);
    if (text == null) {
      return null;
    }
    List<Csv.Record> records = parse(text, delimiter, file.display(), null, issues);
    if (records == null) {
      return null;
    }
    if (records.isEmpty()) {
      issues.add(new Position(file.display(), 1, 1), null, null, "the file is empty");
      return null;
    }
    List<String> header = records.get(0).fields().stream().map(String::strip).toList();
    return new Parsed(header, records.get(0).line(), records.subList(1, records.size()));
  }

  /**
   * Parses decoded text, reporting an unclosed quote with the name of the column it opens.
   *
   * @param columns the column names, or {@code null} if the first record is the header
   * @return the records, or {@code null} after the issue of an unclosed quote
   */
  static List<Csv.Record> parse(
      String text, char delimiter, String file, List<String> columns, Issues issues) {
    Issues local = new Issues();
    List<Csv.Record> records = Csv.parse(text, delimiter, file, local);
    for (Issue i : local.toList()) {
      issues.add(
          i.position(), i.subject(), column(records, columns, i.position().column()), i.message());
    }
    // An unclosed quote swallows the rest of the file: its rows would only add false issues.
    return local.isEmpty() ? records : null;
  }

  /**
   * Decodes a file strictly; a byte the encoding does not allow is an issue on its line that names
   * the column it is in.
   *
   * @param columns the column names, or {@code null} if the first record is the header
   * @return the text, or {@code null} after the issue
   */
  static String decode(
      ListText file, Charset charset, char delimiter, List<String> columns, Issues issues) {
    Issues local = new Issues();
    String text = file.decode(charset, local);
    if (text != null) {
      return text;
    }
    Issue bad = local.toList().get(0);
    // Decoded leniently, the bad byte is the first replacement character: its field is the column.
    List<Csv.Record> records =
        Csv.parse(new String(file.bytes(), charset), delimiter, file.display(), new Issues());
    for (Csv.Record r : records) {
      for (int f = 0; f < r.fields().size(); f++) {
        if (r.fields().get(f).indexOf('\ufffd') >= 0) {
          issues.add(
              new Position(file.display(), bad.position().line(), f + 1),
              null,
              column(records, columns, f + 1),
              bad.message());
          return null;
        }
      }
    }
    issues.add(bad);
    return null;
  }

  private static String column(List<Csv.Record> records, List<String> columns, int number) {
    List<String> names = columns != null || records.isEmpty() ? columns : records.get(0).fields();
    return names == null || number < 1 || number > names.size()
        ? null
        : names.get(number - 1).strip();
  }

  /** The first header field that differs from the expected columns, or the first missing one. */
  static String firstDifference(List<String> header, List<String> columns) {
    for (int i = 0; i < Math.max(header.size(), columns.size()); i++) {
      if (i >= header.size()) {
        return columns.get(i);
      }
      if (i >= columns.size() || !header.get(i).equals(columns.get(i))) {
        return header.get(i);
      }
    }
    return null;
  }

  List<Row> rows() {
    return rows;
  }

  List<String> columns() {
    return columns;
  }

  String file() {
    return file;
  }

  /** The stripped cell, or {@code null} if blank or the column is absent. */
  String get(Row row, String column) {
    int i = columns.indexOf(column);
    return i < 0 ? null : EntryBuilder.clean(row.cells().get(i));
  }

  /** Where the cell sits. */
  Position at(Row row, String column) {
    return new Position(file, row.line(), columns.indexOf(column) + 1);
  }

  /** The cell read as a required non-blank value, or {@code null} after an issue. */
  String required(Row row, String column, Issues issues) {
    String v = get(row, column);
    if (v == null) {
      issues.add(at(row, column), null, column, "required field '" + column + "' is empty");
    }
    return v;
  }

  /** The cell read as a date in the given pattern, or {@code null} if blank or after an issue. */
  LocalDate date(Row row, String column, DateTimeFormatter format, String shown, Issues issues) {
    String v = get(row, column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v, format);
    } catch (DateTimeParseException e) {
      issues.add(
          at(row, column),
          null,
          column,
          "'" + v + "' is not a date (expected " + shown + ", e.g. a real calendar day)");
      return null;
    }
  }
}
