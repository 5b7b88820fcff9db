package io.chokepoint.source;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file a run keeps for the next (under {@code var/cache/}): a header of a magic number, a format
 * number and a key (what the content depends on), then the content. It is written beside the old
 * file and moved over it ({@link FileReplacement}); it is read only under the same header, and a
 * file that is missing, another's, or damaged reads as nothing kept.
 */
public final class KeptFile {
  /** Writes the content after the header. */
  public interface Content {
    /**
     * Writes it.
     *
     * @throws IOException if it cannot be written
     */
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads the content after the header. */
  public interface Reading<T> {
    /**
     * Reads it.
     *
     * @return what was kept, or null if it does not hold (it is then not used)
     * @throws IOException if it cannot be read
     */
    T read(DataInputStream in) throws IOException;
  }

  private KeptFile() {}

  /**
   * Writes the header and the content to {@code file}, replacing it in one step.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, int magic, int format, String key, Content content)
      throws IOException {
    FileReplacement.replace(
        file,
        tmp -> {
          try (DataOutputStream out =
              new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(magic);
            out.writeInt(format);
            out.writeUTF(key);
            content.write(out);
          }
        });
  }

  /**
   * The content of {@code file} kept under this header; empty if the key is null, there is no such
   * file, its header differs, the content does not hold, or the file cannot be read.
   */
  public static <T> Optional<T> read(
      Path file, int magic, int format, String key, Reading<T> content) {
    if (key == null || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != magic || in.readInt() != format || !in.readUTF().equals(key)) {
        return Optional.empty();
      }
      return Optional.ofNullable(content.read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged or cut short: the work is done afresh
    }
  }
}
