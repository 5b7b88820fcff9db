package io.chokepoint.spark.engine;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import java.io.Serializable;
import java.util.Objects;

/**
 * A list snapshot packed on the driver to be broadcast, and its screening index on the executors.
 *
 * <p>The core's {@link ListSnapshot} and {@link io.chokepoint.lists.ListEntry} are records that are
 * not {@link Serializable}, and Spark's Kryo (4.0) cannot rebuild records either, so the entries
 * travel as one compressed byte array ({@link SnapshotCodec}), every field and position included:
 * any Spark serializer carries that. An executor unpacks them, checks that the snapshot it rebuilt
 * has the content hash the driver computed, and indexes it once per JVM ({@link PerJvm}), however
 * many partitions and jobs it runs. Entries, not list files, are shipped so that a snapshot from
 * anywhere (files, the store, a delta, a generator) can be broadcast, and so that executors need no
 * shared file system.
 */
public final class ShippedLists implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Two snapshots per JVM: the one being rescreened against and, for a delta, the one before. */
  private static final PerJvm<Indexed> INDEXES = new PerJvm<>(2);

  private final String contentHash;
  private final int entries;
  private final byte[] packed;

  private ShippedLists(String contentHash, int entries, byte[] packed) {
    this.contentHash = contentHash;
    this.entries = entries;
    this.packed = packed;
  }

  /** A snapshot with the index built on it: what tasks screen with. */
  public record Indexed(ListSnapshot snapshot, ListScreener screener) {}

  /**
   * Packs a snapshot for broadcasting.
   *
   * @param snapshot the snapshot
   * @return the packed snapshot
   * @throws NullPointerException if {@code snapshot} is null
   */
  public static ShippedLists of(ListSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return new ShippedLists(
        snapshot.contentHash(), snapshot.entries().size(), SnapshotCodec.encode(snapshot));
  }

  /** The content hash of the snapshot. */
  public String contentHash() {
    return contentHash;
  }

  /** How many entries the snapshot has. */
  public int entries() {
    return entries;
  }

  /** How many bytes are broadcast. */
  public int packedBytes() {
    return packed.length;
  }

  /**
   * The snapshot and its index, built once per JVM per snapshot: call it in a task.
   *
   * @throws IllegalStateException if the unpacked snapshot's hash is not the driver's
   */
  public Indexed indexed() {
    return INDEXES.get(
        contentHash,
        () -> {
          ListSnapshot s = unpack();
          return new Indexed(s, ListScreener.build(s));
        });
  }

  /** How many indexes this JVM has built: for tests that check it is one per snapshot. */
  public static int indexBuilds() {
    return INDEXES.builds();
  }

  /**
   * Unpacks the snapshot.
   *
   * @throws IllegalStateException if the unpacked snapshot's hash is not the driver's
   */
  public ListSnapshot unpack() {
    ListSnapshot s = SnapshotCodec.decode(packed);
    if (!s.contentHash().equals(contentHash)) {
      throw new IllegalStateException(
          "the list snapshot unpacked on this executor has the hash "
              + s.contentHash()
              + ", not the driver's "
              + contentHash);
    }
    return s;
  }
}
