package io.chokepoint.rescreen;

import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * A counterparty master that an earlier run read whole and found valid, known by the digest it had
 * then: its bytes are kept with where each row starts, each party's id is read, and a party's row
 * is taken apart only when it is asked for, as {@link CounterpartyCsv#read} takes it apart (the
 * same parties). A delta rescreen reads its master so, and takes apart the rows of the parties the
 * change reaches, about a third of a million-party master for a 1% list change.
 *
 * <p>Rows end at a line feed outside quotes: an even number of quotes before it, since the reader
 * opens a quote at every quote outside one and a doubled quote inside one closes and opens it.
 */
final class KnownMaster implements PartyRows {
  private final byte[] bytes;
  // where each party's row starts, and the end of the last
  private final int[] rows;
  private final String[] ids;
  private final Csv.Record header;
  private final String file;
  private final String sha256;

  private KnownMaster(byte[] bytes, int[] rows, Csv.Record header, String file, String sha256) {
    this.bytes = bytes;
    this.rows = rows;
    this.header = header;
    this.file = file;
    this.sha256 = sha256;
    int column = CounterpartyCsv.column(header.fields(), "id");
    this.ids = new String[rows.length - 1];
    IntStream.range(0, (ids.length + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(
            c -> {
              for (int i = c * CHUNK; i < Math.min(ids.length, (c + 1) * CHUNK); i++) {
                ids[i] = idOf(i, column);
              }
            });
  }

  private static final int CHUNK = 8192;

  /**
   * The master at {@code file} if its bytes still hash to {@code sha256}.
   *
   * @param file the CSV file
   * @param sha256 the {@code sha256:} digest of the master as an earlier run read it
   * @return the master, or {@code null} when the file is another (or over a gigabyte, or has a row
   *     that starts with a byte-order mark, which only the file's start may): read it with {@link
   *     CounterpartyCsv#read} then, which names any problem
   */
  static KnownMaster read(Path file, String sha256) {
    byte[] bytes;
    try {
      if (Files.size(file) > (1 << 30)) {
        return null;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
    // the digest on another core while the rows are found here
    CompletableFuture<String> digest = CompletableFuture.supplyAsync(() -> digest(bytes));
    int[] starts = starts(bytes);
    if (!digest.join().equals(sha256) || starts == null) {
      return null;
    }
    String display = file.toString();
    List<Csv.Record> head = records(bytes, 0, starts[0], display);
    if (head.size() != 1) {
      return null;
    }
    KnownMaster m = new KnownMaster(bytes, starts, head.get(0), display, sha256);
    return m.headerProblems().isEmpty() ? m : null;
  }

  /** The header's problems: none for a master that was read whole before. */
  private List<String> headerProblems() {
    Issues issues = new Issues();
    new CounterpartyCsv.Rows(file, issues, new ArrayList<>()).header(header);
    List<String> out = new ArrayList<>();
    issues.toList().forEach(i -> out.add(i.message()));
    return out;
  }

  /**
   * Where each row after the header starts, and the end of the last: {@code null} when a row starts
   * with a byte-order mark.
   */
  private static int[] starts(byte[] b) {
    int[] out = new int[1024];
    int n = 0;
    int quotes = 0;
    int from = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '"') {
        quotes++;
      } else if (b[i] == '\n' && (quotes & 1) == 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = i + 1;
        from = i + 1;
      }
    }
    // text after the last line feed is a row when it holds more than carriage returns
    boolean last = false;
    for (int i = from; i < b.length; i++) {
      last |= b[i] != '\r';
    }
    if (n == out.length) {
      out = Arrays.copyOf(out, n + 1);
    }
    if (last) {
      out[n++] = b.length;
    }
    if (n == 0) {
      return null; // no header line feed: a header-only file, read whole
    }
    int[] rows = Arrays.copyOf(out, n);
    for (int k = 0; k + 1 < rows.length; k++) {
      int at = rows[k];
      if (at + 2 < b.length
          && b[at] == (byte) 0xef
          && b[at + 1] == (byte) 0xbb
          && b[at + 2] == (byte) 0xbf) {
        return null;
      }
    }
    return rows;
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public String id(int i) {
    return ids[i];
  }

  @Override
  public List<Counterparty> parties(int[] places) {
    Counterparty[] out = new Counterparty[places.length];
    IntStream.range(0, (places.length + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(
            c -> {
              CounterpartyCsv.RowReader reader = new CounterpartyCsv.RowReader(header.fields());
              for (int k = c * CHUNK; k < Math.min(places.length, (c + 1) * CHUNK); k++) {
                int i = places[k];
                Counterparty p = reader.read(row(i));
                if (!p.id().equals(ids[i])) {
                  throw new IllegalStateException(
                      "row " + (i + 2) + " of " + file + " is not the party it was");
                }
                out[k] = p;
              }
            });
    return List.of(out);
  }

  @Override
  public String sha256() {
    return sha256;
  }

  @Override
  public List<String> header() {
    return List.copyOf(header.fields());
  }

  @Override
  public String row(int i) {
    return new String(bytes, rows[i], rows[i + 1] - rows[i], StandardCharsets.UTF_8);
  }

  @Override
  public byte[] rowUtf8(int i) {
    return Arrays.copyOfRange(bytes, rows[i], rows[i + 1]);
  }

  @Override
  public List<String> ids() {
    return List.of(ids);
  }

  /**
   * The id of party {@code i}, its field in column {@code column}: cut from the bytes when it is
   * plain, else from the row taken apart.
   */
  private String idOf(int i, int column) {
    int from = rows[i];
    int to = rows[i + 1];
    int field = 0;
    int start = from;
    for (int at = from; at <= to; at++) {
      boolean end = at == to || bytes[at] == ',' || bytes[at] == '\n';
      if (at < to && (bytes[at] == '"' || (bytes[at] == '\r' && !lineEnd(at, to)))) {
        break; // quoted, or a carriage return inside: the reader's way
      }
      if (end) {
        if (field == column) {
          int stop = at;
          if (stop > start && bytes[stop - 1] == '\r') {
            stop--;
          }
          return new String(bytes, start, stop - start, StandardCharsets.UTF_8).trim();
        }
        field++;
        start = at + 1;
        if (at < to && bytes[at] == '\n') {
          break;
        }
      }
    }
    List<Csv.Record> rec = records(bytes, from, to, file);
    return rec.get(0).fields().get(column).trim();
  }

  /** Whether the carriage return at {@code at} ends the row. */
  private boolean lineEnd(int at, int to) {
    return at + 1 == to || (at + 1 < to && bytes[at + 1] == '\n' && at + 2 == to);
  }

  private static List<Csv.Record> records(byte[] b, int from, int to, String file) {
    return Csv.parse(new String(b, from, to - from, StandardCharsets.UTF_8), file, new Issues());
  }

  private static String digest(byte[] bytes) {
    try {
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
