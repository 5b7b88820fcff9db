package io.chokepoint.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The versions of the migrations the store ships, in order, read from its resources. */
final class MigrationFiles {
  private MigrationFiles() {}

  static List<String> versions() {
    try (Stream<Path> files =
        Files.list(Path.of(MigrationFiles.class.getResource("/db/migration").toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__")))
          .sorted(Comparator.comparingInt(Integer::parseInt))
          .toList();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the migrations", e);
    }
  }
}
