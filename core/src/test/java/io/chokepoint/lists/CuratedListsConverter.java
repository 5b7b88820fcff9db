package io.chokepoint.lists;

import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the curated fact files of {@code ../shared/data/lists/curated/} into the simple list CSVs
 * the project ships: {@code data/lists/prc-lists.csv} and {@code
 * data/lists/us-entity-list-cn-ai-semis.csv}. Rerun it whenever the curated files change:
 *
 * <pre>
 * mvn -q -o -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes \
 *     io.chokepoint.lists.CuratedListsConverter ../shared/data/lists/curated data/lists
 * </pre>
 *
 * <p>Ids are numbered per list in the curated file's row order ({@code CN-UEL-0001}, {@code
 * CN-ECL-0001}, {@code CN-WATCH-0001}, {@code US-EL-CN-0001}), so new rows must be appended there
 * to keep the ids of the old ones. {@code CuratedListsConverterTest} fails when the shipped files
 * are not what this converter makes.
 */
public final class CuratedListsConverter {
  static final String PRC_IN = "prc_lists.csv";
  static final String EL_IN = "us_entity_list_cn_ai_semis.csv";
  static final String PRC_OUT = "prc-lists.csv";
  static final String EL_OUT = "us-entity-list-cn-ai-semis.csv";

  private static final List<String> PRC_COLUMNS =
      List.of(
          "id",
          "list",
          "kind",
          "name",
          "aliases",
          "country",
          "listedOn",
          "source",
          "measures",
          "notes",
          "reference");
  private static final List<String> EL_COLUMNS =
      List.of(
          "id",
          "list",
          "kind",
          "name",
          "aliases",
          "country",
          "addresses",
          "listedOn",
          "licencePolicy",
          "source",
          "footnote",
          "reference");
  private static final Map<String, String> PRC_LISTS =
      Map.of("UEL", "CN-UEL", "ECL", "CN-ECL", "WATCH", "CN-WATCH");

  private CuratedListsConverter() {}

  /**
   * Converts the curated files.
   *
   * @param args the curated folder and the output folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CuratedListsConverter CURATED_DIR OUT_DIR");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.writeString(out.resolve(PRC_OUT), prc(in.resolve(PRC_IN)), StandardCharsets.UTF_8);
    Files.writeString(out.resolve(EL_OUT), entityList(in.resolve(EL_IN)), StandardCharsets.UTF_8);
  }

  /** The simple CSV of the PRC lists (UEL, ECL, Watch List). */
  static String prc(Path curated) throws IOException {
    StringBuilder out = new StringBuilder(String.join(",", PRC_COLUMNS)).append('\n');
    Map<String, Integer> numbers = new HashMap<>();
    for (Map<String, String> r : rows(curated)) {
      String list = PRC_LISTS.get(r.get("list"));
      if (list == null) {
        throw new IllegalArgumentException("unknown PRC list '" + r.get("list") + "'");
      }
      int n = numbers.merge(list, 1, Integer::sum);
      Country c = country(r.get("country"));
      String notes = r.get("status_notes");
      if (c.remark() != null) {
        String said = "country as compiled: " + r.get("country");
        notes = notes.isEmpty() ? said : notes + "; " + said;
      }
      row(
          out,
          String.format("%s-%04d", list, n),
          list,
          "entity",
          r.get("name_en"),
          r.get("name_zh"),
          c.value(),
          r.get("date_added"),
          r.get("instrument"),
          r.get("measures"),
          notes,
          r.get("source"));
    }
    return out.toString();
  }

  /** The simple CSV of the US Entity List selection (China AI and semiconductors). */
  static String entityList(Path curated) throws IOException {
    StringBuilder out = new StringBuilder(String.join(",", EL_COLUMNS)).append('\n');
    int n = 0;
    for (Map<String, String> r : rows(curated)) {
      n++;
      List<String> aliases = new ArrayList<>(EntryBuilder.split(r.get("aliases")));
      if (!r.get("name_zh").isEmpty()) {
        aliases.add(r.get("name_zh"));
      }
      row(
          out,
          String.format("US-EL-CN-%04d", n),
          "US-EL",
          "entity",
          r.get("name_en"),
          String.join("; ", aliases),
          country(r.get("country")).value(),
          r.get("city"),
          r.get("date_added"),
          r.get("license_policy"),
          r.get("fr_citation"),
          r.get("footnote"),
          r.get("source"));
    }
    return out.toString();
  }

  /**
   * A country as the simple CSV writes it.
   *
   * @param value the ISO code, or the text as compiled if it has none
   * @param remark what the compilation adds in parentheses, or {@code null}
   */
  private record Country(String value, String remark) {}

  // The compilation qualifies some countries, e.g. "Italy (not verified)": the code is that of the
  // country named, and the remark is kept beside it.
  private static Country country(String text) {
    int paren = text.indexOf(" (");
    String plain = paren < 0 ? text : text.substring(0, paren);
    String remark = paren < 0 ? null : text.substring(paren + 1);
    return Countries.code(text)
        .map(code -> new Country(code, null))
        .or(() -> Countries.code(plain).map(code -> new Country(code, remark)))
        .orElse(new Country(text, text));
  }

  private static List<Map<String, String>> rows(Path file) throws IOException {
    Issues issues = new Issues();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Csv.Record> records = Csv.parse(text, file.toString(), issues);
    if (!issues.isEmpty()) {
      throw new SourceException("cannot read " + file, issues.toList());
    }
    List<String> header = records.get(0).fields();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Csv.Record rec : records.subList(1, records.size())) {
      if (rec.fields().size() != header.size()) {
        throw new IllegalArgumentException(file + ":" + rec.line() + ": wrong number of fields");
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), rec.fields().get(i).strip());
      }
      rows.add(row);
    }
    return rows;
  }

  private static void row(StringBuilder out, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells[i]));
    }
    out.append('\n');
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
