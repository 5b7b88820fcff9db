package io.chokepoint.rescreen;

import io.chokepoint.screening.QueryState;
import io.chokepoint.screening.ScreeningDelta;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * {@code party-index.bin} of a result folder (docs/formats.md §23.3): where each party's row of
 * {@code party-states.csv} starts, which parties' states are not known, and which parties hold each
 * index key and each typo-looked-up word of their names. A delta rescreen reads it to find the
 * parties a list change can reach ({@link ScreeningDelta#reachingKeys()}, {@link
 * ScreeningDelta#reachesWord}) without visiting the others: it reads those parties' rows alone and
 * copies the other rows unread. The keys and words depend on the master alone, so a delta copies
 * them as they are; the row offsets are written afresh.
 *
 * <p>Keys are held by a 64-bit hash: two keys that share one only select more parties, never fewer,
 * and a selected party is screened exactly.
 */
public final class PartyIndex {
  static final String MAGIC = "chokepoint party index";
  static final int FORMAT = 1;
  // parties whose reach is worked out on the calling thread at once: bounds what is held
  private static final int CHUNK = 1 << 16;

  private final String master;
  private final long[] rows;
  private final int[] unknown;
  private final byte[] reach;
  private final long[] keyHashes;
  private final int[] keyStarts;
  private final int keyPostingsAt;
  private final String[] words;
  private final boolean[] many;
  private final int[] wordStarts;
  private final int wordPostingsAt;

  private PartyIndex(String master, long[] rows, int[] unknown, byte[] reach) {
    this.master = master;
    this.rows = rows;
    this.unknown = unknown;
    this.reach = reach;
    ByteBuffer b = ByteBuffer.wrap(reach);
    int k = b.getInt();
    keyHashes = new long[k];
    b.asLongBuffer().get(keyHashes);
    b.position(b.position() + 8 * k);
    keyStarts = new int[k + 1];
    b.asIntBuffer().get(keyStarts);
    b.position(b.position() + 4 * (k + 1));
    keyPostingsAt = b.position();
    b.position(keyPostingsAt + keyStarts[k]);
    int w = b.getInt();
    words = new String[w];
    many = new boolean[w];
    DataInputStream in =
        new DataInputStream(
            new java.io.ByteArrayInputStream(reach, b.position(), reach.length - b.position()));
    try {
      for (int i = 0; i < w; i++) {
        words[i] = in.readUTF();
        many[i] = in.readBoolean();
      }
      wordStarts = new int[w + 1];
      for (int i = 0; i <= w; i++) {
        wordStarts[i] = in.readInt();
      }
      wordPostingsAt = reach.length - in.available();
    } catch (IOException e) {
      throw new IllegalArgumentException("a damaged party index: " + e.getMessage(), e);
    }
    if (wordPostingsAt + wordStarts[w] != reach.length) {
      throw new IllegalArgumentException("a damaged party index: its postings do not add up");
    }
  }

  /** The {@code sha256:} digest of the master it indexes. */
  public String master() {
    return master;
  }

  /** How many parties. */
  public int size() {
    return rows.length - 1;
  }

  /** Where party {@code i}'s row of the state file starts; {@code i == size()}: the file's end. */
  long row(int i) {
    return rows[i];
  }

  /**
   * The parties a list change can reach, by their place in the master: those holding a key or a
   * word through which it does, and those whose state is not known.
   *
   * @param delta the screening delta of the list change
   * @return their places
   */
  public BitSet reachedBy(ScreeningDelta delta) {
    BitSet out = new BitSet(size());
    for (int u : unknown) {
      out.set(u);
    }
    for (String key : delta.reachingKeys()) {
      int at = Arrays.binarySearch(keyHashes, hash(key));
      if (at >= 0) {
        postings(keyPostingsAt + keyStarts[at], keyPostingsAt + keyStarts[at + 1], out);
      }
    }
    // a word's lookup is worked out once, and may read both lists' vocabularies: on every core
    int[] reached =
        IntStream.range(0, words.length)
            .parallel()
            .filter(i -> delta.reachesWord(words[i], many[i]))
            .toArray();
    for (int i : reached) {
      postings(wordPostingsAt + wordStarts[i], wordPostingsAt + wordStarts[i + 1], out);
    }
    return out;
  }

  private void postings(int from, int to, BitSet out) {
    int at = from;
    int party = -1;
    while (at < to) {
      int gap = 0;
      int shift = 0;
      byte b;
      do {
        b = reach[at++];
        gap |= (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      party += gap;
      out.set(party);
    }
  }

  /**
   * The keys and words of every party, built from their states, in master order ({@code null}: not
   * known): what a full rescreen writes.
   *
   * @param parties how many parties
   * @param states the state of party {@code i}
   * @return the section of the index that depends on the master alone
   */
  static byte[] reachOf(int parties, java.util.function.IntFunction<QueryState> states) {
    Map<Long, Postings> keys = new HashMap<>();
    Map<String, Postings> words = new HashMap<>();
    for (int from = 0; from < parties; from += CHUNK) {
      int start = from;
      List<QueryState.Reach> chunk =
          IntStream.range(from, Math.min(parties, from + CHUNK))
              .parallel()
              .mapToObj(
                  i -> {
                    QueryState s = states.apply(i);
                    return s == null ? null : s.reach();
                  })
              .toList();
      for (int j = 0; j < chunk.size(); j++) {
        QueryState.Reach r = chunk.get(j);
        if (r == null) {
          continue;
        }
        int party = start + j;
        for (String k : r.keys()) {
          keys.computeIfAbsent(hash(k), x -> new Postings()).add(party);
        }
        for (String w : r.words()) {
          words.computeIfAbsent((r.many() ? '1' : '0') + w, x -> new Postings()).add(party);
        }
      }
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      long[] hashes = keys.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      out.writeInt(hashes.length);
      for (long h : hashes) {
        out.writeLong(h);
      }
      writePostings(out, Arrays.stream(hashes).mapToObj(keys::get).toList());
      List<String> ws = new ArrayList<>(words.keySet());
      ws.sort(null);
      out.writeInt(ws.size());
      for (String w : ws) {
        out.writeUTF(w.substring(1));
        out.writeBoolean(w.charAt(0) == '1');
      }
      writePostings(out, ws.stream().map(words::get).toList());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePostings(DataOutputStream out, List<Postings> lists) throws IOException {
    int start = 0;
    out.writeInt(start);
    for (Postings p : lists) {
      start += p.size;
      out.writeInt(start);
    }
    for (Postings p : lists) {
      out.write(p.bytes, 0, p.size);
    }
  }

  /**
   * Writes an index.
   *
   * @param out where to
   * @param master the master's digest
   * @param rows where each row of the state file starts, and its end
   * @param unknown the parties whose state is not known, ascending
   * @param reach the keys and words ({@link #reachOf}, or a previous index's {@link #reach()})
   * @throws IOException if it cannot be written
   */
  static void write(OutputStream out, String master, long[] rows, int[] unknown, byte[] reach)
      throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeUTF(MAGIC);
    d.writeInt(FORMAT);
    d.writeUTF(master);
    d.writeInt(rows.length - 1);
    for (long r : rows) {
      d.writeLong(r);
    }
    d.writeInt(unknown.length);
    for (int u : unknown) {
      d.writeInt(u);
    }
    d.writeInt(reach.length);
    d.write(reach);
    d.flush();
  }

  /** Whether the state of party {@code i} is not known. */
  boolean unknown(int i) {
    return Arrays.binarySearch(unknown, i) >= 0;
  }

  /** The keys and words, as written: the same for every result of one master. */
  byte[] reach() {
    return reach;
  }

  /**
   * Reads an index.
   *
   * @param bytes the file's bytes
   * @return the index
   * @throws IllegalArgumentException if they are not an index of this format
   */
  static PartyIndex read(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    try {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
        throw new IllegalArgumentException("not a party index of format " + FORMAT);
      }
      String master = in.readUTF();
      b.position(bytes.length - in.available());
      int n = b.getInt();
      long[] rows = new long[n + 1];
      b.asLongBuffer().get(rows);
      b.position(b.position() + 8 * (n + 1));
      int[] unknown = new int[b.getInt()];
      b.asIntBuffer().get(unknown);
      b.position(b.position() + 4 * unknown.length);
      byte[] reach = new byte[b.getInt()];
      b.get(reach);
      if (b.hasRemaining()) {
        throw new IllegalArgumentException("a party index with bytes after its end");
      }
      return new PartyIndex(master, rows, unknown, reach);
    } catch (IOException | java.nio.BufferUnderflowException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("a damaged party index: " + e, e);
    }
  }

  /** A key's 64-bit hash (FNV-1a over its characters, then mixed). */
  static long hash(String key) {
    Objects.requireNonNull(key, "key");
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** Ascending party numbers as variable-length gaps. */
  private static final class Postings {
    byte[] bytes = new byte[4];
    int size;
    int last = -1;

    void add(int party) {
      if (party == last) {
        return;
      }
      int gap = party - last;
      last = party;
      if (size + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      while (gap >= 0x80) {
        bytes[size++] = (byte) (gap | 0x80);
        gap >>>= 7;
      }
      bytes[size++] = (byte) gap;
    }
  }
}
