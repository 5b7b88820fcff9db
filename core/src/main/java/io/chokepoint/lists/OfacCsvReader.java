package io.chokepoint.lists;

import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads OFAC's legacy CSV files unchanged: {@code sdn.csv} with {@code add.csv}, {@code alt.csv}
 * and (optionally) {@code sdn_comments.csv} beside it, or the non-SDN consolidated {@code
 * cons_prim.csv} with {@code cons_add.csv}, {@code cons_alt.csv} and {@code cons_comments.csv}. The
 * files have no header, are Windows-1252, write {@code -0-} for an empty field and end with a 0x1A
 * byte.
 *
 * <p>SDN entries get the list {@code US-SDN} and the id {@code US-SDN-<ent_num>}. A non-SDN entry
 * gets the list its programs put it on ({@link OfacPrograms#nonSdnList}) and the id {@code
 * <list>-<ent_num>}.
 */
final class OfacCsvReader {
  static final List<String> PRIMARY =
      List.of(
          "ent_num",
          "SDN_Name",
          "SDN_Type",
          "Program",
          "Title",
          "Call_Sign",
          "Vess_type",
          "Tonnage",
          "GRT",
          "Vess_flag",
          "Vess_owner",
          "Remarks");
  static final List<String> ADDRESS =
      List.of(
          "ent_num",
          "Add_num",
          "Address",
          "City/State/Province/Postal_Code",
          "Country",
          "Add_remarks");
  static final List<String> ALIAS =
      List.of("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks");
  static final List<String> COMMENTS = List.of("ent_num", "Remarks_Extended");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
  private static final Pattern NATIONALITY =
      Pattern.compile("\\b(?:nationality|citizen) ([^;]+?)(?=;|\\.?$)");

  /** The two file sets OFAC publishes in this layout. */
  enum FileSet {
    SDN("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"),
    NON_SDN("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");

    final String primary;
    final String addresses;
    final String aliases;
    final String comments;

    FileSet(String primary, String addresses, String aliases, String comments) {
      this.primary = primary;
      this.addresses = addresses;
      this.aliases = aliases;
      this.comments = comments;
    }

    /** The set whose primary file has this name (any case), or {@code null}. */
    static FileSet ofPrimary(String fileName) {
      for (FileSet s : values()) {
        if (s.primary.equalsIgnoreCase(fileName)) {
          return s;
        }
      }
      return null;
    }

    /** The set one of whose companion files has this name (any case), or {@code null}. */
    static FileSet ofCompanion(String fileName) {
      for (FileSet s : values()) {
        for (String c : List.of(s.addresses, s.aliases, s.comments)) {
          if (c.equalsIgnoreCase(fileName)) {
            return s;
          }
        }
      }
      return null;
    }
  }

  private OfacCsvReader() {}

  /**
   * Reads a file set from its primary file.
   *
   * @param primary {@code sdn.csv} or {@code cons_prim.csv}
   * @param main its bytes
   * @param issues where problems go
   * @return the entries, or {@code null} if the file set could not be read at all
   */
  static ListFile read(Path primary, ListText main, Issues issues) {
    FileSet set = FileSet.ofPrimary(primary.getFileName().toString());
    String display = main.display();
    List<ListSource> sources = new ArrayList<>();
    CsvTable entries = table(main, PRIMARY, issues);
    CsvTable addresses =
        companion(primary, display, set.addresses, ADDRESS, "addresses", sources, issues);
    CsvTable aliases = companion(primary, display, set.aliases, ALIAS, "aliases", sources, issues);
    // The comments only continue long remarks: a set may come without them.
    CsvTable comments = companion(primary, display, set.comments, COMMENTS, null, sources, issues);
    if (entries == null) {
      return null;
    }
    Map<String, EntryBuilder> byNumber = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row row : entries.rows()) {
      String num = number(entries, row, "ent_num", issues);
      String name = entries.required(row, "SDN_Name", issues);
      EntryKind kind = kind(entries, row, issues);
      if (num == null || name == null || kind == null) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(num, row.line());
      if (first != null) {
        issues.add(
            entries.at(row, "ent_num"),
            null,
            "ent_num",
            "duplicate ent_num " + num + " (first on line " + first + ")");
        continue;
      }
      byNumber.put(num, entry(entries, row, num, name, kind, set));
    }
    attachAddresses(addresses, byNumber, set, issues);
    attachAliases(aliases, byNumber, set, issues);
    forEachOwned(
        comments,
        null,
        byNumber,
        set,
        issues,
        (row, b) -> b.detail("remarksExtended", value(comments, row, "Remarks_Extended")));
    List<ListEntry> built = byNumber.values().stream().map(EntryBuilder::build).toList();
    sources.add(0, new ListSource(display, ListFormat.OFAC_CSV, main.sha256(), null, built.size()));
    return new ListFile(built, null, sources);
  }

  private static EntryBuilder entry(
      CsvTable t, CsvTable.Row row, String num, String name, EntryKind kind, FileSet set) {
    List<String> programs = OfacPrograms.split(value(t, row, "Program"));
    String list = set == FileSet.SDN ? "US-SDN" : OfacPrograms.nonSdnList(programs);
    EntryBuilder b = new EntryBuilder(list + "-" + num, list, t.at(row, "ent_num"));
    b.kind(kind).name(name);
    programs.forEach(b::program);
    b.detail("title", value(t, row, "Title"))
        .detail("callSign", value(t, row, "Call_Sign"))
        .detail("vesselType", value(t, row, "Vess_type"))
        .detail("tonnage", value(t, row, "Tonnage"))
        .detail("grossRegisteredTonnage", value(t, row, "GRT"))
        .detail("vesselFlag", value(t, row, "Vess_flag"))
        .detail("vesselOwner", value(t, row, "Vess_owner"));
    String remarks = value(t, row, "Remarks");
    b.detail("remarks", remarks);
    b.country(value(t, row, "Vess_flag"));
    if (remarks != null) {
      // Nationality and citizenship are only written in the remarks; a spelling the table does
      // not know stays readable there.
      Matcher m = NATIONALITY.matcher(remarks);
      while (m.find()) {
        Countries.code(m.group(1)).ifPresent(b::country);
      }
    }
    return b;
  }

  private static void attachAddresses(
      CsvTable t, Map<String, EntryBuilder> byNumber, FileSet set, Issues issues) {
    forEachOwned(
        t,
        "Add_num",
        byNumber,
        set,
        issues,
        (row, b) -> {
          String country = value(t, row, "Country");
          String address =
              Stream.of(
                      value(t, row, "Address"),
                      value(t, row, "City/State/Province/Postal_Code"),
                      country)
                  .filter(s -> s != null)
                  .reduce((x, y) -> x + ", " + y)
                  .orElse(null);
          b.address(address).country(country);
        });
  }

  private static void attachAliases(
      CsvTable t, Map<String, EntryBuilder> byNumber, FileSet set, Issues issues) {
    forEachOwned(
        t,
        "alt_num",
        byNumber,
        set,
        issues,
        (row, b) -> {
          String type = value(t, row, "alt_type");
          String name = value(t, row, "alt_name");
          if (type != null
              && !List.of("aka", "fka", "nka").contains(type.toLowerCase(Locale.ROOT))) {
            issues.add(
                t.at(row, "alt_type"),
                null,
                "alt_type",
                "unknown alias type '" + type + "' (expected aka, fka or nka)");
          } else if (name == null) {
            issues.add(
                t.at(row, "alt_name"), null, "alt_name", "required field 'alt_name' is empty");
          } else {
            b.alias(name);
          }
        });
  }

  /**
   * Runs the action on each row of a companion file with the entry its {@code ent_num} names, in
   * the order of its own number column, or in file order if it has none.
   */
  private static void forEachOwned(
      CsvTable t,
      String numberColumn,
      Map<String, EntryBuilder> byNumber,
      FileSet set,
      Issues issues,
      BiConsumer<CsvTable.Row, EntryBuilder> action) {
    if (t == null) {
      return;
    }
    for (CsvTable.Row row : numberColumn == null ? t.rows() : sorted(t, numberColumn, issues)) {
      EntryBuilder b = owner(t, row, byNumber, set, issues);
      if (b != null) {
        action.accept(row, b);
      }
    }
  }

  // Aliases and addresses are ordered by their OFAC number, so that the entry (and the snapshot
  // hash) does not depend on the order of the lines in alt.csv and add.csv.
  private static List<CsvTable.Row> sorted(CsvTable t, String numberColumn, Issues issues) {
    List<CsvTable.Row> ok = new ArrayList<>();
    for (CsvTable.Row row : t.rows()) {
      if (number(t, row, numberColumn, issues) != null) {
        ok.add(row);
      }
    }
    ok.sort(Comparator.comparingLong(r -> Long.parseLong(t.get(r, numberColumn))));
    return ok;
  }

  private static EntryBuilder owner(
      CsvTable t,
      CsvTable.Row row,
      Map<String, EntryBuilder> byNumber,
      FileSet set,
      Issues issues) {
    String num = number(t, row, "ent_num", issues);
    if (num == null) {
      return null;
    }
    EntryBuilder b = byNumber.get(num);
    if (b == null) {
      issues.add(t.at(row, "ent_num"), null, "ent_num", "no entry " + num + " in " + set.primary);
    }
    return b;
  }

  private static CsvTable companion(
      Path primary,
      String display,
      String name,
      List<String> columns,
      String requiredFor,
      List<ListSource> sources,
      Issues issues) {
    Path file = sibling(primary, name);
    String shown = siblingDisplay(display, file.getFileName().toString());
    if (!Files.isRegularFile(file)) {
      if (requiredFor != null) {
        issues.add(
            Position.ofFile(shown),
            null,
            null,
            "missing: OFAC publishes "
                + name
                + " with "
                + primary.getFileName()
                + ", and the entries' "
                + requiredFor
                + " are in it");
      }
      return null;
    }
    ListText text = ListText.read(file, shown, issues);
    if (text == null) {
      return null;
    }
    CsvTable t = table(text, columns, issues);
    sources.add(new ListSource(shown, ListFormat.OFAC_CSV, text.sha256(), null, 0));
    return t;
  }

  // The loader has rejected an empty primary file; an empty companion file is no alias, address
  // or comment.
  private static CsvTable table(ListText text, List<String> columns, Issues issues) {
    String s = CsvTable.decode(text, WINDOWS_1252, ',', columns, issues);
    if (s == null) {
      return null;
    }
    List<Csv.Record> records = CsvTable.parse(s, ',', text.display(), columns, issues);
    return records == null ? null : CsvTable.of(records, columns, text.display(), issues);
  }

  private static Path sibling(Path primary, String name) {
    Path dir = primary.toAbsolutePath().getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().equalsIgnoreCase(name))
          .findFirst()
          .orElse(dir.resolve(name));
    } catch (IOException e) {
      return dir.resolve(name);
    }
  }

  private static String siblingDisplay(String display, String name) {
    Path parent = Path.of(display).getParent();
    return parent == null ? name : parent.resolve(name).toString();
  }

  /** The cell with OFAC's {@code -0-} read as empty. */
  private static String value(CsvTable t, CsvTable.Row row, String column) {
    String v = t.get(row, column);
    return "-0-".equals(v) ? null : v;
  }

  private static String number(CsvTable t, CsvTable.Row row, String column, Issues issues) {
    String v = value(t, row, column);
    if (v == null || !NUMBER.matcher(v).matches()) {
      issues.add(
          t.at(row, column),
          null,
          column,
          v == null ? "required field '" + column + "' is empty" : "'" + v + "' is not a number");
      return null;
    }
    return v;
  }

  private static EntryKind kind(CsvTable t, CsvTable.Row row, Issues issues) {
    String v = value(t, row, "SDN_Type");
    if (v == null) {
      return EntryKind.ENTITY;
    }
    EntryKind k = EntryBuilder.kindNamed(v);
    if (k == null || k == EntryKind.ENTITY || k == EntryKind.UNKNOWN) {
      issues.add(
          t.at(row, "SDN_Type"),
          null,
          "SDN_Type",
          "unknown SDN_Type '"
              + v
              + "' (expected -0- for an entity, individual, vessel or"
              + " aircraft)");
      return null;
    }
    return k;
  }
}
