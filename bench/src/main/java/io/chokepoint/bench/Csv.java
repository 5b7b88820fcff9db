package io.chokepoint.bench;

import io.chokepoint.source.Issues;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evaluation files as records by header name, read with the engine's own CSV reader. */
final class Csv {
  private Csv() {}

  /**
   * Reads a CSV file with a header row; short rows read as empty for the missing columns.
   *
   * @throws IOException if the file cannot be read
   */
  static List<Map<String, String>> records(Path file, Charset charset) throws IOException {
    List<io.chokepoint.source.Csv.Record> rows =
        io.chokepoint.source.Csv.parse(
            Files.readString(file, charset), file.toString(), new Issues());
    List<String> header = rows.get(0).fields();
    List<Map<String, String>> out = new ArrayList<>();
    for (io.chokepoint.source.Csv.Record r : rows.subList(1, rows.size())) {
      if (r.fields().size() == 1 && r.fields().get(0).isEmpty()) {
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), i < r.fields().size() ? r.fields().get(i) : "");
      }
      out.add(m);
    }
    return out;
  }
}
