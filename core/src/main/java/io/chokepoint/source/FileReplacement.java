package io.chokepoint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Replaces a file in one step: the new content is written to a temporary file beside it, then moved
 * over it, so that a reader sees the old file or the new, never half of one, and a failed write
 * leaves the old file as it was.
 */
public final class FileReplacement {
  /** Writes the new content to the path given (which does not exist yet). */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the file.
     *
     * @throws IOException if it cannot be written
     */
    void writeTo(Path file) throws IOException;
  }

  private FileReplacement() {}

  /**
   * Replaces {@code file} (or creates it, and its folder) with what {@code content} writes.
   *
   * @throws IOException if the content cannot be written or moved into place; the temporary file is
   *     then removed
   */
  public static void replace(Path file, Content content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      content.writeTo(tmp);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
