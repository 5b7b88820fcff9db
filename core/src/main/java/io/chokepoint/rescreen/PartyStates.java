package io.chokepoint.rescreen;

import io.chokepoint.screening.QueryState;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code party-states.csv} of a result folder (docs/formats.md §23.3): per party of the master, in
 * master order, what a later delta rescreen remembers of it ({@link QueryState}): its tokens, how
 * many listed names its keys touched and where the cut to the best candidates fell. With the
 * folder's {@link PartyIndex} a row is read only when asked for (the file is mapped, not read), so
 * that a delta reads the rows of the parties a change reaches alone and copies the others' bytes
 * unread; without one (results written before it) the file is read whole and checked line by line.
 */
public final class PartyStates {
  /** The columns. */
  public static final List<String> COLUMNS =
      List.of("party_id", "tokens", "han", "touched", "boundary");

  private static final byte[] HEADER = (Csv.row(COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);

  // parties whose new rows are made at once before they are written
  private static final int BLOCK = 1 << 14;

  // the script flag, the count and the boundary of a party, joined by a character none holds
  private static final String SEP = "\u001f";

  // read whole: the rows' fields
  private final List<String> ids;
  private final List<String> tokens;
  private final List<String> rest;
  // read row by row
  private final ByteBuffer file;
  private final PartyIndex index;
  private final String display;

  private PartyStates() {
    ids = new ArrayList<>();
    tokens = new ArrayList<>();
    rest = new ArrayList<>();
    file = null;
    index = null;
    display = null;
  }

  private PartyStates(ByteBuffer file, PartyIndex index, String display) {
    ids = null;
    tokens = null;
    rest = null;
    this.file = file;
    this.index = index;
    this.display = display;
  }

  /** How many parties. */
  public int size() {
    return index != null ? index.size() : ids.size();
  }

  /** The index beside the file, or {@code null} for a file read whole. */
  public PartyIndex index() {
    return index;
  }

  /**
   * The id of party {@code i}.
   *
   * @throws IllegalArgumentException if its row is malformed
   */
  public String id(int i) {
    return index != null ? row(i).get(0) : ids.get(i);
  }

  /**
   * The state of party {@code i}, or {@code null} when the file does not know it.
   *
   * @throws IllegalArgumentException if its row is malformed (checked when read)
   */
  public QueryState state(int i) {
    return parse(text(i));
  }

  /**
   * The state of party {@code i} as one string, or {@code null} when the file does not know it: a
   * string ships to another machine far more cheaply than the state's objects; {@link #parse} reads
   * it there.
   *
   * @throws IllegalArgumentException if its row is malformed
   */
  public String text(int i) {
    if (index != null) {
      List<String> f = row(i);
      return f.get(3).isEmpty() ? null : f.get(1) + SEP + String.join(SEP, f.subList(2, 5));
    }
    String r = rest.get(i);
    return r.isEmpty() ? null : tokens.get(i) + SEP + r;
  }

  /**
   * The state of party {@code i} as {@link #text} gives it, checking that its row is of party
   * {@code id}.
   *
   * @throws IllegalArgumentException if the row is malformed or of another party
   */
  public String text(int i, String id) {
    if (index == null) {
      if (!ids.get(i).equals(id)) {
        throw new IllegalArgumentException(
            String.format("the state of party %d is of %s, not of %s", i + 1, ids.get(i), id));
      }
      return text(i);
    }
    List<String> f = row(i);
    if (!f.get(0).equals(id)) {
      throw new IllegalArgumentException(
          String.format("the state of party %d is of %s, not of %s", i + 1, f.get(0), id));
    }
    return f.get(3).isEmpty() ? null : f.get(1) + SEP + String.join(SEP, f.subList(2, 5));
  }

  /** Row {@code i}'s fields: RFC 4180, as {@link Csv#row} writes them, one line ending in LF. */
  private List<String> row(int i) {
    List<String> f = fields(rawLine(i));
    if (f == null) {
      throw new IllegalArgumentException(
          String.format("%s: the row of party %d is not a party state", display, i + 1));
    }
    return f;
  }

  private String rawLine(int i) {
    int from = (int) index.row(i);
    int to = (int) index.row(i + 1);
    byte[] b = new byte[to - from];
    file.get(from, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * {@link #line} in UTF-8, copied from the file as it is when the row starts with the id as
   * written (nearly every row): a delta ships the bytes, and the executor reads them as text.
   *
   * @throws IllegalArgumentException if the row is malformed or of another party
   */
  public byte[] lineUtf8(int i, String id) {
    if (index != null && id.indexOf('"') < 0 && id.indexOf(',') < 0) {
      int from = (int) index.row(i);
      int to = (int) index.row(i + 1);
      byte[] b = new byte[to - from];
      file.get(from, b);
      byte[] head = id.getBytes(StandardCharsets.UTF_8);
      if (b.length > head.length
          && b[head.length] == ','
          && java.util.Arrays.equals(b, 0, head.length, head, 0, head.length)) {
        return b;
      }
    }
    return line(i, id).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Party {@code i}'s row as written, one line ending in LF, checked to be of party {@code id}: it
   * ships to another machine as it is, and {@link #parseLine} reads it there.
   *
   * @throws IllegalArgumentException if the row is malformed or of another party
   */
  public String line(int i, String id) {
    if (index == null) {
      return row(id, text(i, id));
    }
    String line = rawLine(i);
    // an id written as it is starts the line; any other is read field by field
    if (!(line.startsWith(id) && line.length() > id.length() && line.charAt(id.length()) == ',')
        || id.indexOf('"') >= 0
        || id.indexOf(',') >= 0) {
      List<String> f = row(i);
      if (!f.get(0).equals(id)) {
        throw new IllegalArgumentException(
            String.format("the state of party %d is of %s, not of %s", i + 1, f.get(0), id));
      }
    }
    return line;
  }

  /**
   * The state a row of the file holds ({@link #line}).
   *
   * @param line the row, or {@code null} (no state)
   * @return the state, or {@code null} when the row does not know it
   * @throws IllegalArgumentException if the row is malformed
   */
  public static QueryState parseLine(String line) {
    return line == null ? null : StateRow.parse(line).state();
  }

  /** A row's fields (RFC 4180, one line ending in LF), or {@code null} when it is not a row. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>(COLUMNS.size());
    StringBuilder field = new StringBuilder();
    int at = 0;
    int end = line.length() - 1; // the LF
    boolean ok = end >= 0 && line.charAt(end) == '\n';
    while (ok) {
      field.setLength(0);
      if (at < end && line.charAt(at) == '"') {
        at++;
        while (true) {
          int q = line.indexOf('"', at);
          if (q < 0 || q >= end) {
            ok = false;
            break;
          }
          field.append(line, at, q);
          if (q + 1 < end && line.charAt(q + 1) == '"') {
            field.append('"');
            at = q + 2;
          } else {
            at = q + 1;
            break;
          }
        }
      } else {
        int c = line.indexOf(',', at);
        int stop = c < 0 || c > end ? end : c;
        field.append(line, at, stop);
        at = stop;
      }
      out.add(field.toString());
      if (at == end) {
        break;
      }
      if (!ok || line.charAt(at) != ',') {
        ok = false;
        break;
      }
      at++;
    }
    return ok && out.size() == COLUMNS.size() ? out : null;
  }

  /**
   * A state as {@link #text} gives it, for {@link #parse}.
   *
   * @param state the state, or {@code null}
   * @return its text, or {@code null} when {@code state} is
   */
  public static String text(QueryState state) {
    if (state == null) {
      return null;
    }
    return text(state, state.tokensText(), state.boundaryText());
  }

  /** {@link #text} of {@code state}, its tokens and boundary written as given. */
  static String text(QueryState state, String tokens, String boundary) {
    return String.join(
        SEP, tokens, state.han() ? "1" : "0", Integer.toString(state.touched()), boundary);
  }

  /**
   * Reads {@link #text}.
   *
   * @param text the text, or {@code null}
   * @return the state, or {@code null} when {@code text} is
   * @throws IllegalArgumentException if the text is malformed
   */
  public static QueryState parse(String text) {
    if (text == null) {
      return null;
    }
    String[] f = text.split(SEP, -1);
    if (f.length != 4) {
      throw new IllegalArgumentException("not a party state: " + f.length + " fields");
    }
    return new QueryState(
        QueryState.parseTokens(f[0]),
        f[1].equals("1"),
        Integer.parseInt(f[2]),
        QueryState.parseBoundary(f[3]),
        QueryState.parseAbove(f[3]));
  }

  /**
   * Writes a state file: the row of each party in {@code fresh}, the others' rows copied from
   * {@code previous} as they are.
   *
   * @param out where to
   * @param ids the parties' ids, in master order
   * @param fresh the new state of party {@code i} as {@link #text} ({@code null}: not known), asked
   *     for the parties in {@code replaced} only
   * @param replaced the parties whose rows are new; {@code null}: all of them
   * @param previous the file the other rows come from, read row by row
   * @return where each row starts, and the file's end, and which parties' states are not known
   * @throws IOException if it cannot be written
   */
  static Written write(
      OutputStream out,
      List<String> ids,
      IntFunction<String> fresh,
      BitSet replaced,
      PartyStates previous)
      throws IOException {
    long[] rows = new long[ids.size() + 1];
    long at = HEADER.length;
    out.write(HEADER);
    byte[] copy = new byte[1 << 16];
    byte[][] made = new byte[BLOCK][];
    boolean[] none = new boolean[BLOCK];
    List<Integer> unknown = new ArrayList<>();
    int i = 0;
    while (i < ids.size()) {
      if (i % BLOCK == 0) {
        // the new rows of the next block are made on every core, then written in order
        int from = i;
        int to = Math.min(ids.size(), from + BLOCK);
        java.util.stream.IntStream.range(from, to)
            .parallel()
            .forEach(
                j -> {
                  String text = replaced == null || replaced.get(j) ? fresh.apply(j) : null;
                  none[j - from] = text == null;
                  made[j - from] =
                      replaced == null || replaced.get(j)
                          ? row(ids.get(j), text).getBytes(StandardCharsets.UTF_8)
                          : null;
                });
      }
      if (replaced == null || replaced.get(i)) {
        if (none[i % BLOCK]) {
          unknown.add(i);
        }
        rows[i] = at;
        byte[] row = made[i % BLOCK];
        out.write(row);
        at += row.length;
        i++;
        continue;
      }
      // a run of rows left as they were (within the block): copied in one go
      int end = replaced.nextSetBit(i);
      end = Math.min(end < 0 ? ids.size() : end, (i / BLOCK + 1) * BLOCK);
      long from = previous.index.row(i);
      for (int j = i; j < end; j++) {
        rows[j] = at + previous.index.row(j) - from;
        if (previous.index.unknown(j)) {
          unknown.add(j);
        }
      }
      long length = previous.index.row(end) - from;
      for (long done = 0; done < length; ) {
        int n = (int) Math.min(copy.length, length - done);
        previous.file.get((int) (from + done), copy, 0, n);
        out.write(copy, 0, n);
        done += n;
      }
      at += length;
      i = end;
    }
    rows[ids.size()] = at;
    return new Written(rows, unknown.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * What writing a state file gives its index.
   *
   * @param rows where each row starts, and the file's end
   * @param unknown the parties whose state is not known, ascending
   */
  record Written(long[] rows, int[] unknown) {}

  static String row(String id, String text) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(id);
    if (text == null) {
      row.addAll(List.of("", "", "", ""));
    } else {
      String[] f = text.split(SEP, -1);
      if (f.length != 4) {
        throw new IllegalArgumentException("not a party state: " + f.length + " fields");
      }
      row.addAll(List.of(f));
    }
    return Csv.row(row) + "\n";
  }

  /**
   * Opens a state file with its index: rows are read when asked for.
   *
   * @param file the file
   * @param index its index
   * @return the states
   * @throws IllegalArgumentException if the file is not the one the index was written for
   * @throws UncheckedIOException if it cannot be read
   */
  static PartyStates open(Path file, PartyIndex index) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size != index.row(index.size()) || size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            String.format(
                "%s holds %,d bytes, its index (%s) says %,d",
                file, size, ResultFolder.INDEX, index.row(index.size())));
      }
      ByteBuffer mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      byte[] head = new byte[HEADER.length];
      if (size < head.length || !java.util.Arrays.equals(head(mapped, head), HEADER)) {
        throw new IllegalArgumentException(
            file + ": the header must be " + String.join(",", COLUMNS));
      }
      return new PartyStates(mapped, index, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static byte[] head(ByteBuffer b, byte[] into) {
    b.get(0, into);
    return into;
  }

  /**
   * Reads a state file whole; each line is checked as it is read.
   *
   * @param file the file
   * @param issues where problems are recorded, with line and column
   * @return the states, or what could be read of them
   */
  static PartyStates read(Path file, Issues issues) {
    PartyStates out = new PartyStates();
    ResultFolder.readCsv(
        file,
        COLUMNS,
        issues,
        (f, at) -> {
          out.ids.add(f.get(0));
          out.tokens.add(f.get(1));
          boolean known = !f.get(3).isEmpty();
          out.rest.add(known ? String.join(SEP, f.subList(2, 5)) : "");
          if (known) {
            try {
              out.state(out.size() - 1);
            } catch (IllegalArgumentException e) {
              issues.add(at, null, null, "not a party state: " + e.getMessage());
            }
          }
        });
    return out;
  }
}
