package io.chokepoint.testing;

import io.chokepoint.classify.ChipCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the project's own files (rule packs, chip catalogue, examples) and ../shared. */
public final class ProjectFiles {
  private static ChipCatalogue catalogue;

  private ProjectFiles() {}

  /**
   * The project root: the {@code chokepoint.root} property, or the first parent with regulations/.
   */
  public static Path root() {
    String p = System.getProperty("chokepoint.root");
    if (p != null && Files.isDirectory(Path.of(p, "regulations"))) {
      return Path.of(p).toAbsolutePath().normalize();
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("regulations"))) {
      d = d.getParent();
    }
    if (d == null) {
      throw new IllegalStateException(
          "cannot find the project root (no regulations/ above "
              + Path.of("").toAbsolutePath()
              + ")");
    }
    return d;
  }

  /** The rule-book directory. */
  public static Path regulations() {
    return root().resolve("regulations");
  }

  /** The shared reference folder beside the project. */
  public static Path shared() {
    return root().resolveSibling("shared");
  }

  /** The shipped chip catalogue, loaded once. */
  public static synchronized ChipCatalogue catalogue() {
    if (catalogue == null) {
      catalogue = ChipCatalogue.load(root().resolve("data/chips.yaml"));
    }
    return catalogue;
  }

  /**
   * Copies the shipped rule book (every pack and golden case) into {@code dir/regulations}, so that
   * a test can break one thing in a valid baseline.
   *
   * @return the copied rule-book directory
   */
  public static Path copyRegulations(Path dir) {
    Path from = regulations();
    Path to = dir.resolve("regulations");
    try (Stream<Path> s = Files.walk(from)) {
      List<Path> paths = s.sorted().toList();
      for (Path p : paths) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }
}
