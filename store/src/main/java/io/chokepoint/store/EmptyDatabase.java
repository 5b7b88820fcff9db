package io.chokepoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A backup of an embedded database just migrated, before anything was written to it: a new embedded
 * database is made from it instead of being migrated again, which took a cold process about a
 * second and a half (Flyway and H2 running each migration's statements for the first time). The
 * backup is H2's own ({@code BACKUP TO}), a zip of the database file.
 */
final class EmptyDatabase {
  static final String FILE = "chokepoint.mv.db";

  private EmptyDatabase() {}

  /**
   * Makes the database file in {@code directory} from the backup.
   *
   * @return true if it was made; false if the backup could not be read (nothing is left behind)
   */
  static boolean restore(Path backup, Path directory) {
    Path target = directory.resolve(FILE);
    Path tmp = null;
    try (InputStream in = Files.newInputStream(backup);
        ZipInputStream zip = new ZipInputStream(in)) {
      Files.createDirectories(directory);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".mv.db")) {
          tmp = Files.createTempFile(directory, ".restore", ".tmp");
          Files.copy(zip, tmp, StandardCopyOption.REPLACE_EXISTING);
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
          return true;
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // a temporary file left behind does no harm
        }
      }
    }
  }

  /**
   * Backs up the store's database (just migrated, nothing else written) to {@code backup},
   * replacing it in one step and removing the backups of other builds beside it; does nothing if
   * that fails, the next new database is then migrated again.
   */
  static void keep(Store store, Path backup) {
    Path dir = backup.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(backup.getFileName() + ".tmp.zip");
      Files.deleteIfExists(tmp);
      store
          .jdbi()
          .useHandle(h -> h.execute("BACKUP TO '" + tmp.toString().replace("'", "''") + "'"));
      Files.move(tmp, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      try (var others = Files.list(dir)) {
        for (Path p : others.toList()) {
          String n = p.getFileName().toString();
          if (n.startsWith("empty-database-") && n.endsWith(".zip") && !p.equals(backup)) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // not kept: the next new database is migrated by Flyway
    }
  }
}
