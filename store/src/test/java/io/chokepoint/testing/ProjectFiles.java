package io.chokepoint.testing;

import io.chokepoint.classify.ChipCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the project's own files (rule packs, chip catalogue, examples). A copy of the core
 * module's test helper, since test classes are not shared between modules.
 */
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

  /** The shipped chip catalogue, loaded once. */
  public static synchronized ChipCatalogue catalogue() {
    if (catalogue == null) {
      catalogue = ChipCatalogue.load(root().resolve("data/chips.yaml"));
    }
    return catalogue;
  }
}
