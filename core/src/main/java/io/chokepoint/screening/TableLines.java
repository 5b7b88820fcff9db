package io.chokepoint.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the matcher's small text tables: {@code #} comments and blank lines skipped, every other
 * line {@code head SEP item; item; ...}. Malformed lines are rejected with their {@code file:line}.
 */
final class TableLines {
  /**
   * One table line.
   *
   * @param source the file or resource name
   * @param number the 1-based line number
   * @param head the text before the separator, trimmed
   * @param items the items after it, trimmed, none empty
   */
  record Line(String source, int number, String head, List<String> items) {
    TableFormatException error(String problem) {
      return new TableFormatException(source, number, problem);
    }
  }

  private TableLines() {}

  /**
   * Parses {@code lines}.
   *
   * @param source the name to report in errors
   * @param lines the raw lines
   * @param separator {@code "="} or {@code ":"}
   * @return the lines that hold data
   * @throws TableFormatException if a line has no separator, an empty head or an empty item
   */
  static List<Line> parse(String source, List<String> lines, String separator) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i).strip();
      if (raw.isEmpty() || raw.startsWith("#")) {
        continue;
      }
      int at = raw.indexOf(separator);
      if (at < 0) {
        throw new TableFormatException(
            source,
            i + 1,
            String.format("expected 'head %s item; item', got '%s'", separator, raw));
      }
      String head = raw.substring(0, at).strip();
      if (head.isEmpty()) {
        throw new TableFormatException(source, i + 1, "nothing before '" + separator + "'");
      }
      List<String> items = new ArrayList<>();
      for (String item : raw.substring(at + separator.length()).split(";", -1)) {
        String t = item.strip();
        if (t.isEmpty()) {
          throw new TableFormatException(
              source, i + 1, "an empty item after '" + separator + "' (stray ';'?)");
        }
        items.add(t);
      }
      out.add(new Line(source, i + 1, head, List.copyOf(items)));
    }
    return out;
  }

  /**
   * The lines of a resource next to this class.
   *
   * @throws IllegalStateException if the resource is missing
   */
  static List<String> resource(String name) {
    try (InputStream in = TableLines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing matcher resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read matcher resource " + name, e);
    }
  }
}
