package io.chokepoint.source;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    try {
      // a buffer the text's size: a row parsed on its own does not pay for a file's
      read(
          new Source(new StringReader(text), Math.min(1 << 16, text.length() + 1)),
          delimiter,
          file,
          issues,
          records::add);
    } catch (IOException e) {
      throw new UncheckedIOException("a string reader cannot fail", e);
    }
    return records;
  }

  /**
   * Reads comma- or tab-separated text record by record, without holding the whole text: what
   * {@link #parse(String, char, String, Issues)} does, for files too large to read at once.
   *
   * @param in the text; read to its end, not closed
   * @param delimiter the field separator
   * @param file the file name for issues
   * @param issues where an unclosed quote is reported
   * @param sink receives each record, in order
   * @throws IOException if {@code in} cannot be read
   */
  public static void read(
      Reader in, char delimiter, String file, Issues issues, Consumer<Record> sink)
      throws IOException {
    read(new Source(in, 1 << 16), delimiter, file, issues, sink);
  }

  private static void read(
      Source src, char delimiter, String file, Issues issues, Consumer<Record> sink)
      throws IOException {
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int line = 1;
    int start = 1;
    int quoteLine = 0;
    int quoteField = 0;
    if (src.peek() == '\ufeff') {
      src.next();
    }
    for (int c = src.next(); c >= 0; c = src.next()) {
      if (quoted) {
        if (c == '"') {
          if (src.peek() == '"') {
            field.append('"');
            src.next();
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
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
          sink.accept(new Record(start, record));
          record = new ArrayList<>();
          any = false;
          line++;
          start = line;
        }
        default -> {
          field.append((char) c);
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
      sink.accept(new Record(start, record));
    }
  }

  /**
   * Reads a UTF-8 CSV file with a header row as a stream: the header to {@code header}, every other
   * record to {@code rows}. A missing or unreadable file, bytes that are not UTF-8 and an unclosed
   * quote are recorded in {@code issues}, named by the file.
   *
   * @param file the file
   * @param issues where problems are recorded
   * @param header receives the first record
   * @param rows receives the others, in order
   * @return whether the file was read to its end
   */
  public static boolean readFile(
      java.nio.file.Path file, Issues issues, Consumer<Record> header, Consumer<Record> rows) {
    String display = file.toString();
    boolean[] first = {true};
    try (Reader r =
        new java.io.InputStreamReader(
            java.nio.file.Files.newInputStream(file),
            java.nio.charset.StandardCharsets.UTF_8.newDecoder())) {
      read(
          r,
          ',',
          display,
          issues,
          rec -> {
            if (first[0]) {
              first[0] = false;
              header.accept(rec);
            } else {
              rows.accept(rec);
            }
          });
      return true;
    } catch (java.nio.file.NoSuchFileException e) {
      issues.add(Position.ofFile(display), null, null, "no such file");
    } catch (java.nio.charset.CharacterCodingException e) {
      issues.add(Position.ofFile(display), null, null, "not valid UTF-8");
    } catch (IOException e) {
      issues.add(Position.ofFile(display), null, null, "cannot read: " + e.getMessage());
    }
    return false;
  }

  /**
   * One record as RFC 4180 text, without the line end: a field is quoted when it holds a comma, a
   * quote or a line break, its quotes doubled.
   *
   * @param fields the fields; null is written as an empty field
   * @return the record's text
   */
  public static String row(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i) == null ? "" : fields.get(i);
      if (i > 0) {
        sb.append(',');
      }
      boolean quote =
          f.indexOf(',') >= 0
              || f.indexOf('"') >= 0
              || f.indexOf('\n') >= 0
              || f.indexOf('\r') >= 0;
      sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    return sb.toString();
  }

  /** A buffered character source with one character of look-ahead. */
  private static final class Source {
    private final Reader in;
    private final char[] buf;
    private int pos;
    private int len;

    Source(Reader in, int size) {
      this.in = in;
      this.buf = new char[size];
    }

    /** The next character without taking it, or -1 at the end. */
    int peek() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos];
    }

    /** The next character, or -1 at the end. */
    int next() throws IOException {
      int c = peek();
      if (c >= 0) {
        pos++;
      }
      return c;
    }
  }
}
