package io.chokepoint.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key under which what a start made from some files is kept for the next: a SHA-256 over the
 * build, any further words (a day, a user's name), and the path, length and CRC-32C checksum of
 * every file under the paths given (folders walked, files in name order, a missing path named but
 * empty). Any edit, copy or download of one of the files, another build or another word gives
 * another key.
 */
public final class FilesKey {
  private FilesKey() {}

  /**
   * The key of {@code paths} with this build; null when {@code build} is null (nothing is
   * remembered).
   *
   * @param words further things the kept result depends on, e.g. the day or a user's name
   * @throws UncheckedIOException if a file cannot be read
   */
  public static String of(List<Path> paths, String build, String... words) {
    if (build == null) {
      return null;
    }
    MessageDigest all;
    try {
      all = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    all.update((build + "\n").getBytes(StandardCharsets.UTF_8));
    for (String w : words) {
      all.update(("word " + w + "\n").getBytes(StandardCharsets.UTF_8));
    }
    try {
      for (Path p : paths) {
        all.update(("path " + p.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        if (!Files.exists(p)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          // a CRC-32C of each file's bytes is computed at memory speed from the first call (the
          // JVM's interpreter has it built in), where a cold SHA-256 of the shipped lists took a
          // tenth of a server's start
          byte[] bytes = Files.readAllBytes(f);
          java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
          crc.update(bytes);
          String line = p.relativize(f) + " " + bytes.length + " " + crc.getValue() + "\n";
          all.update(line.getBytes(StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(all.digest());
  }
}
