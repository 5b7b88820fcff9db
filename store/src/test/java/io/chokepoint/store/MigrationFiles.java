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

  /** The versions Flyway records as applied to a database, in the order they were applied. */
  static List<String> applied(org.jdbi.v3.core.Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT version FROM flyway_schema_history"
                        + " WHERE version IS NOT NULL AND success ORDER BY installed_rank")
                .mapTo(String.class)
                .list());
  }

  /** The SQL text of the migration of a version. */
  static String sql(String version) {
    try (Stream<Path> files = Files.list(directory())) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().startsWith("V" + version + "__"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no migration V" + version));
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the migration V" + version, e);
    }
  }

  private static Path directory() {
    try {
      return Path.of(MigrationFiles.class.getResource("/db/migration").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot find the migrations", e);
    }
  }

  static List<String> versions() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> n.substring(1, n.indexOf("__")))
          .sorted(Comparator.comparingInt(Integer::parseInt))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the migrations", e);
    }
  }
}
