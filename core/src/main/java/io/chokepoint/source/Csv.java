package io.chokepoint.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader shared by the BOM and list readers: quoted fields may hold the delimiter,
 * quotes (doubled) and line breaks; CRLF and LF both end a record; a leading byte-order mark is
 * skipped. Record numbers in issues are 1-based physical lines; the column of an unclosed quote is
 * the 1-based number of the field it opens.
 */
public final class Csv {
  private Csv() {}

  /**
   * One record.
   *
   * @param line the 1-based physical line the record starts on (a quoted line break makes a record
   *     span lines)
   * @param fields its fields
   */
  public record Record(int line, List<String> fields) {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /**
   * Parses comma-separated text.
   *
   * @param text the whole file
   * @param file the file name for issues
   * @param issues where an unclosed quote is reported
   * @return the records, in order
   */
  public static List<Record> parse(String text, String file, Issues issues) {
    return parse(text, ',', file, issues);
  }

  /**
   * Parses text whose fields are separated by {@code delimiter} (a comma, or a tab for TSV).
   *
   * @param text the whole file
   * @param delimiter the field separator
   * @param file the file name for issues
   * @param issues where an unclosed quote is reported
   * @return the records, in order
   */
  public static List<Record> parse(String text, char delimiter, String file, Issues issues) {
    List<Record> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    int quoteLine = 0;
    int quoteField = 0;
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      if (c == delimiter) {
        record.add(field.toString());
        field.setLength(0);
        any = true;
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          quoteLine = line;
          quoteField = record.size() + 1;
          any = true;
        }
        case '\r' -> {
          // a CR is part of the CRLF line end
        }
        case '\n' -> {
          record.add(field.toString());
          field.setLength(0);
          records.add(new Record(start, record));
          record = new ArrayList<>();
          any = false;
          line++;
          start = line;
        }
        default -> {
          field.append(c);
          any = true;
        }
      }
    }
    if (quoted) {
      issues.add(
          new Position(file, quoteLine, quoteField), null, null, "a quoted field is not closed");
    }
    if (any || field.length() > 0) {
      record.add(field.toString());
      records.add(new Record(start, record));
    }
    return records;
  }
}
