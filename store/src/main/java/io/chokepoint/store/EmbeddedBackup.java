package io.chokepoint.store;

import io.chokepoint.source.FileReplacement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A backup of an embedded database that new ones are made from, instead of being built again: an
 * empty database just migrated (Flyway and H2 running each migration's statements for the first
 * time took a cold process about a second and a half), or one holding the demo records. The backup
 * is H2's own ({@code BACKUP TO}), a zip of the database file.
 */
final class EmbeddedBackup {
  static final String FILE = "chokepoint.mv.db";

  private EmbeddedBackup() {}

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
   * Backs up the store's database to {@code backup} ({@code STEM-KEY.zip}), replacing it in one
   * step and removing the backups beside it under other keys (the same stem); does nothing if that
   * fails, the next new database is then built again.
   */
  static void keep(Store store, Path backup) {
    try {
      FileReplacement.replace(
          backup,
          tmp ->
              store
                  .jdbi()
                  .useHandle(
                      h -> h.execute("BACKUP TO '" + tmp.toString().replace("'", "''") + "'")));
      // the backups under other keys: the same name up to the key, e.g. empty-database-
      String name = backup.getFileName().toString();
      String stem = name.substring(0, name.lastIndexOf('-') + 1);
      try (var others = Files.list(backup.toAbsolutePath().getParent())) {
        for (Path p : others.toList()) {
          String n = p.getFileName().toString();
          if (!stem.isEmpty() && n.startsWith(stem) && n.endsWith(".zip") && !n.equals(name)) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // not kept: the next new database is built again
    }
  }
}
