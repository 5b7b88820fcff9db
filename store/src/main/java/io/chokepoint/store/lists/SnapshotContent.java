package io.chokepoint.store.lists;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The entries of a recorded list snapshot as one deflated block (format 1: a count, then each
 * entry's id, list, name and fingerprint as modified UTF-8, in id order), stored in parts of at
 * most {@value #PART} bytes.
 */
final class SnapshotContent {
  static final int FORMAT = 1;
  static final int PART = 900_000;

  private SnapshotContent() {}

  /** The deflated block of the entries, in id order. */
  static byte[] pack(List<ListSnapshots.Entry> entries) {
    List<ListSnapshots.Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(ListSnapshots.Entry::id));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 48 + 16);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
      out.writeInt(FORMAT);
      out.writeInt(sorted.size());
      for (ListSnapshots.Entry e : sorted) {
        out.writeUTF(e.id());
        out.writeUTF(e.list());
        out.writeUTF(e.name());
        out.writeUTF(e.fingerprint());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The block cut into parts of at most {@value #PART} bytes (one part, maybe empty, at least). */
  static List<byte[]> parts(byte[] block) {
    List<byte[]> parts = new ArrayList<>();
    int from = 0;
    do {
      int to = Math.min(block.length, from + PART);
      parts.add(java.util.Arrays.copyOfRange(block, from, to));
      from = to;
    } while (from < block.length);
    return parts;
  }

  /**
   * The entries of a block put back together from its parts, in order.
   *
   * @throws IllegalStateException if the block is damaged or of an unknown format
   */
  static List<ListSnapshots.Entry> unpack(List<byte[]> parts) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    parts.forEach(block::writeBytes);
    try (DataInputStream in =
        new DataInputStream(
            new InflaterInputStream(new java.io.ByteArrayInputStream(block.toByteArray())))) {
      int format = in.readInt();
      if (format != FORMAT) {
        throw new IllegalStateException("list snapshot content of unknown format " + format);
      }
      int n = in.readInt();
      List<ListSnapshots.Entry> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(new ListSnapshots.Entry(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF()));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("damaged list snapshot content: " + e.getMessage(), e);
    }
  }
}
