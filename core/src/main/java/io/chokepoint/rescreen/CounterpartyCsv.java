package io.chokepoint.rescreen;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.source.Codes;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a counterparty master from a UTF-8 CSV file with a header: {@code id} and {@code name}
 * required, {@code country}, {@code kind} and {@code address} optional, in any order
 * (docs/formats.md §22). All or nothing: every problem (an unknown or repeated column, a ragged
 * row, an empty id or name, an id used twice, a country that is not an ISO code, an unknown kind)
 * is collected with its file, line and column name, and if there is any, nothing is returned. The
 * file is read as a stream, so a master of millions of rows is never held as text.
 */
public final class CounterpartyCsv {
  /** The columns, in the order they are written. */
  public static final List<String> COLUMNS = List.of("id", "name", "country", "kind", "address");

  /** After this many problems the reader stops collecting: the first ones say what is wrong. */
  static final int MAX_ISSUES = 1000;

  private CounterpartyCsv() {}

  /**
   * Reads a master.
   *
   * @param file the CSV file
   * @return its parties, in file order, and the SHA-256 of its bytes
   * @throws SourceException naming file, line and column of every problem, if there is any
   */
  public static CounterpartyMaster read(Path file) {
    String display = file.toString();
    Issues issues = new Issues();
    List<Counterparty> parties = new ArrayList<>();
    Rows rows = new Rows(display, issues, parties);
    if (Csv.readFile(file, issues, rows::accept, rows::accept)) {
      rows.finish();
    }
    if (!issues.isEmpty()) {
      throw new SourceException(
          "invalid counterparty master: nothing was screened", capped(issues));
    }
    return new CounterpartyMaster(parties, sha256(file));
  }

  /**
   * Takes apart single rows of a master that was read whole and found valid before, by its header:
   * what a delta rescreen ships to where it screens ({@link PartyRows#row}). Not thread-safe: one
   * per thread.
   */
  public static final class RowReader {
    private final List<Counterparty> got = new ArrayList<>(1);
    private final Rows rows;

    /**
     * A reader of rows under {@code header}.
     *
     * @param header the master's header ({@link PartyRows#header})
     */
    public RowReader(List<String> header) {
      this.rows = new Rows("the master", new Issues(), got);
      rows.header(new Csv.Record(1, List.copyOf(header)));
    }

    /**
     * The party a row holds, taken apart as {@link #read(Path)} takes it apart.
     *
     * @param row one row, its line end included or not
     * @return the party
     * @throws IllegalArgumentException if the row is not one valid party
     */
    public Counterparty read(String row) {
      got.clear();
      // a row on its own: its id is checked against the master's where it is read, not here
      rows.forgetIds();
      List<Csv.Record> records = Csv.parse(row, "the master", new Issues());
      if (records.size() == 1) {
        rows.accept(records.get(0));
      }
      if (got.size() != 1) {
        throw new IllegalArgumentException("not a valid row of this master: " + row);
      }
      return got.get(0);
    }
  }

  /** The place of column {@code name} in a header, read as the reader reads it, or -1. */
  static int column(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Issue> capped(Issues issues) {
    List<Issue> all = issues.toList();
    if (all.size() <= MAX_ISSUES) {
      return all;
    }
    List<Issue> out = new ArrayList<>(all.subList(0, MAX_ISSUES));
    Issue last = all.get(MAX_ISSUES);
    out.add(
        new Issue(
            Position.ofFile(last.position().file()),
            null,
            null,
            String.format(Locale.ROOT, "stopped after %,d problems", MAX_ISSUES)));
    return out;
  }

  /** The rows after the header, checked one by one. */
  static final class Rows {
    private final String file;
    private final Issues issues;
    private final List<Counterparty> parties;
    private final Map<String, Integer> firstLine = new HashMap<>();
    private List<String> header;
    private int id = -1;
    private int name = -1;
    private int country = -1;
    private int kind = -1;
    private int address = -1;

    Rows(String file, Issues issues, List<Counterparty> parties) {
      this.file = file;
      this.issues = issues;
      this.parties = parties;
    }

    void accept(Csv.Record r) {
      if (issues.size() > MAX_ISSUES) {
        return;
      }
      if (header == null) {
        header(r);
        return;
      }
      Position at = new Position(file, r.line(), 0);
      if (r.fields().size() != header.size()) {
        issues.add(
            at,
            null,
            null,
            String.format("%d fields where the header has %d", r.fields().size(), header.size()));
        return;
      }
      if (id < 0 || name < 0) {
        return; // the header is wrong; said once
      }
      String pid = r.fields().get(id).trim();
      String pname = r.fields().get(name).trim();
      boolean ok = true;
      if (pid.isEmpty()) {
        issues.add(at, null, "id", "empty id");
        ok = false;
      } else {
        Integer before = firstLine.putIfAbsent(pid, r.line());
        if (before != null) {
          issues.add(at, null, "id", "id " + pid + " is used on line " + before + " already");
          ok = false;
        }
      }
      if (pname.isEmpty()) {
        issues.add(at, null, "name", "empty name");
        ok = false;
      }
      String cc = field(r, country);
      if (cc != null) {
        cc = cc.toUpperCase(Locale.ROOT);
        if (!Codes.isCountry(cc)) {
          issues.add(at, null, "country", "not an ISO 3166 alpha-2 country code: " + cc);
          ok = false;
        }
      }
      EntryKind k = EntryKind.UNKNOWN;
      String kk = field(r, kind);
      if (kk != null) {
        try {
          k = EntryKind.valueOf(kk.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          issues.add(
              at,
              null,
              "kind",
              "unknown kind '" + kk + "'; the kinds are entity, individual, vessel, aircraft");
          ok = false;
        }
      }
      if (ok) {
        parties.add(new Counterparty(pid, pname, cc, k, field(r, address)));
      }
    }

    private static String field(Csv.Record r, int column) {
      if (column < 0) {
        return null;
      }
      String v = r.fields().get(column).trim();
      return v.isEmpty() ? null : v;
    }

    /** Forgets the ids seen, for rows read one at a time from a master read whole before. */
    void forgetIds() {
      firstLine.clear();
    }

    void header(Csv.Record r) {
      header = new ArrayList<>();
      Position at = new Position(file, r.line(), 0);
      for (String h : r.fields()) {
        String c = h.trim().toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(c)) {
          issues.add(
              at, null, c, "unknown column; the columns are id, name, country, kind and address");
        } else if (header.contains(c)) {
          issues.add(at, null, c, "the column is named twice");
        }
        header.add(c);
      }
      id = header.indexOf("id");
      name = header.indexOf("name");
      country = header.indexOf("country");
      kind = header.indexOf("kind");
      address = header.indexOf("address");
      if (id < 0) {
        issues.add(at, null, "id", "the header has no 'id' column");
      }
      if (name < 0) {
        issues.add(at, null, "name", "the header has no 'name' column");
      }
    }

    void finish() {
      if (header == null) {
        issues.add(
            Position.ofFile(file), null, null, "empty file: a header with id and name is needed");
      }
    }
  }

  /** The SHA-256 of the file's bytes, read as a stream. */
  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        d.update(buf, 0, n);
      }
      return "sha256:" + HexFormat.of().formatHex(d.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " again", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
