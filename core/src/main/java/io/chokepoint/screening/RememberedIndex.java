package io.chokepoint.screening;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.source.KeptFile;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The screening index of a list snapshot kept from one run to the next ({@code
 * var/cache/name-index.bin} for a server), so that a start does not take the names apart and index
 * them again: the keys, each name's tokens and each key's names. It is kept under a key over the
 * snapshot's content hash and the build ({@link io.chokepoint.source.ThisBuild}), which fix the
 * names and how they are taken apart; under another key, or damaged, it is ignored and the index is
 * built afresh. The rarities, letter sets and typo lists are computed from it at each start.
 */
public final class RememberedIndex {
  private static final int MAGIC = 0x4350494e;
  private static final int FORMAT = 1;

  private final NameIndex.Parts parts;

  private RememberedIndex(NameIndex.Parts parts) {
    this.parts = parts;
  }

  NameIndex.Parts parts() {
    return parts;
  }

  /** The key of a snapshot's index with this build; null when {@code build} is null. */
  public static String key(ListSnapshot snapshot, String build) {
    return build == null ? null : snapshot.contentHash() + "\n" + build;
  }

  /**
   * The index remembered in {@code file} under {@code key}; empty if there is none, it is under
   * another key, or it cannot be read.
   */
  public static Optional<RememberedIndex> read(Path file, String key) {
    return KeptFile.read(
        file,
        MAGIC,
        FORMAT,
        key,
        in -> {
          String[] vocab = new String[in.readInt()];
          for (int k = 0; k < vocab.length; k++) {
            vocab[k] = in.readUTF();
          }
          int[] nameEntry = ints(in);
          int[] nameAlias = ints(in);
          int[] tokenStart = ints(in);
          int[] tokenKeys = ints(in);
          byte[] tokenKinds = new byte[in.readInt()];
          in.readFully(tokenKinds);
          int[] tokenPinyin = ints(in);
          int[][] postings = new int[vocab.length][];
          for (int k = 0; k < vocab.length; k++) {
            postings[k] = ints(in);
          }
          boolean[] words = new boolean[vocab.length];
          for (int k = 0; k < vocab.length; k++) {
            words[k] = in.readBoolean();
          }
          if (in.readInt() != MAGIC) {
            return null; // cut short
          }
          return new RememberedIndex(
              new NameIndex.Parts(
                  vocab,
                  nameEntry,
                  nameAlias,
                  tokenStart,
                  tokenKeys,
                  tokenKinds,
                  tokenPinyin,
                  postings,
                  words));
        });
  }

  /**
   * Keeps the index of {@code screener} in {@code file} under {@code key}, replacing the file in
   * one step; does nothing for a null key.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, String key, ListScreener screener) throws IOException {
    if (key == null) {
      return;
    }
    NameIndex.Parts p = screener.indexParts();
    KeptFile.write(
        file,
        MAGIC,
        FORMAT,
        key,
        out -> {
          out.writeInt(p.vocab().length);
          for (String v : p.vocab()) {
            out.writeUTF(v);
          }
          ints(out, p.nameEntry());
          ints(out, p.nameAlias());
          ints(out, p.tokenStart());
          ints(out, p.tokenKeys());
          out.writeInt(p.tokenKinds().length);
          out.write(p.tokenKinds());
          ints(out, p.tokenPinyin());
          for (int[] posting : p.postings()) {
            ints(out, posting);
          }
          for (boolean w : p.words()) {
            out.writeBoolean(w);
          }
          out.writeInt(MAGIC);
        });
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int[] a = new int[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt();
    }
    return a;
  }

  private static void ints(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int v : a) {
      out.writeInt(v);
    }
  }
}
