package io.chokepoint.spark.engine;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under a folder, by path relative to it, with their bytes: a folder the driver reads
 * once and every executor writes out again, so that executors need no shared file system. Hidden
 * files and folders are left out.
 */
public final class FileTree implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] names;
  private final byte[][] contents;
  private final String sha256;

  private FileTree(String[] names, byte[][] contents) {
    this.names = names;
    this.contents = contents;
    this.sha256 = digest(names, contents);
  }

  /**
   * Reads every file under a folder.
   *
   * @param root the folder
   * @return its files
   * @throws UncheckedIOException if the folder or a file cannot be read
   */
  public static FileTree of(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !hidden(root.relativize(p)))
              .sorted(Comparator.comparing(p -> relative(root, p)))
              .toList();
      String[] names = new String[files.size()];
      byte[][] contents = new byte[files.size()][];
      for (int i = 0; i < names.length; i++) {
        names[i] = relative(root, files.get(i));
        contents[i] = Files.readAllBytes(files.get(i));
      }
      return new FileTree(names, contents);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
  }

  /** The hex SHA-256 over every file's relative path and bytes. */
  public String sha256() {
    return sha256;
  }

  /** How many files there are. */
  public int size() {
    return names.length;
  }

  /**
   * Writes the files under a folder, creating sub-folders.
   *
   * @param dir the folder
   * @throws UncheckedIOException if a file cannot be written
   */
  public void writeTo(Path dir) {
    try {
      for (int i = 0; i < names.length; i++) {
        Path target = dir.resolve(names[i]).normalize();
        if (!target.startsWith(dir.normalize())) {
          throw new IllegalStateException("a file name leaves the folder: " + names[i]);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, contents[i]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the files under " + dir, e);
    }
  }

  /**
   * Deletes a folder and everything under it, as far as it can: a temporary copy that failed to go
   * must not fail the task that used it.
   */
  public static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // left for the JVM's temporary folder clean-up
    }
  }

  /** The hex SHA-256 of some bytes, or {@code "none"} for {@code null}. */
  static String sha256(byte[] bytes) {
    return bytes == null ? "none" : digest(new String[] {""}, new byte[][] {bytes});
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String digest(String[] names, byte[][] contents) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < names.length; i++) {
        md.update(names[i].getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(contents[i]);
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }
}
