package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.review.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New embedded databases made from a backup: of an empty, migrated one (kept by the first, used by
 * the next, passed over when damaged, never laid over an existing database), or of one with records
 * in it (the demo records a server keeps), which come back whole with their audit chain.
 */
class EmbeddedBackupTest {
  @TempDir Path tmp;

  @Test
  void theFirstNewDatabaseLeavesABackupThatTheNextIsMadeFrom() {
    Path backup = tmp.resolve("cache/empty-database-abc.zip");
    try (Store first = Store.embedded(tmp.resolve("one"), backup)) {
      first.users().actor("ann");
    }
    assertThat(backup).isRegularFile();

    try (Store second = Store.embedded(tmp.resolve("two"), backup)) {
      assertThat(MigrationFiles.applied(second.jdbi()))
          .containsExactlyElementsOf(MigrationFiles.versions());
      assertThat(second.users().find("ann")).as("kept before anything was written").isEmpty();
      var admin = second.users().actor("bob");
      assertThat(admin.role()).isEqualTo(Role.ADMIN);
      assertThat(second.audit().verify().intact()).isTrue();
    }
  }

  @Test
  void aDamagedBackupIsPassedOverAndTheDatabaseMigrated() throws IOException {
    Path backup = tmp.resolve("empty-database-x.zip");
    Files.writeString(backup, "not a zip");
    try (Store s = Store.embedded(tmp.resolve("db"), backup)) {
      assertThat(s.users().actor("ann").role()).isEqualTo(Role.ADMIN);
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  @Test
  void anExistingDatabaseIsNeverReplaced() {
    Path backup = tmp.resolve("empty-database-y.zip");
    try (Store s = Store.embedded(tmp.resolve("db"), backup)) {
      s.users().actor("ann");
    }
    try (Store again = Store.embedded(tmp.resolve("db"), backup)) {
      assertThat(again.users().find("ann")).isPresent();
    }
  }

  @Test
  void backupsOfOtherBuildsAreRemoved() throws IOException {
    Files.createDirectories(tmp.resolve("cache"));
    Files.writeString(tmp.resolve("cache/empty-database-old.zip"), "old");
    Path backup = tmp.resolve("cache/empty-database-new.zip");
    Store.embedded(tmp.resolve("db"), backup).close();
    assertThat(backup).isRegularFile();
    assertThat(tmp.resolve("cache/empty-database-old.zip")).doesNotExist();
  }

  @Test
  void aDatabaseWithRecordsComesBackWholeInANewDirectoryOnly() {
    Path backup = tmp.resolve("cache/demo-database-k1.zip");
    long entries;
    try (Store s = Store.embedded(tmp.resolve("one"))) {
      var admin = s.users().actor("ann");
      s.users().add(admin, "bob", Role.OFFICER);
      entries = s.audit().count();
      s.keepBackup(backup);
    }
    assertThat(backup).isRegularFile();

    assertThat(Store.restoreNew(tmp.resolve("two"), backup)).isTrue();
    try (Store two = Store.embedded(tmp.resolve("two"))) {
      assertThat(two.users().find("bob"))
          .hasValueSatisfying(b -> assertThat(b.role()).isEqualTo(Role.OFFICER));
      assertThat(two.audit().count()).isEqualTo(entries);
      assertThat(two.audit().verify().intact()).isTrue();
      two.users().add(two.users().actor("ann"), "cy", Role.VIEWER);
    }
    assertThat(Store.restoreNew(tmp.resolve("two"), backup))
        .as("an existing database is never replaced")
        .isFalse();
    try (Store again = Store.embedded(tmp.resolve("two"))) {
      assertThat(again.users().find("cy")).isPresent();
    }
    assertThat(Store.restoreNew(tmp.resolve("three"), tmp.resolve("cache/missing.zip"))).isFalse();
    assertThat(tmp.resolve("three/chokepoint.mv.db")).doesNotExist();
  }

  @Test
  void aKeptBackupReplacesTheOnesUnderOtherKeys() throws IOException {
    Files.createDirectories(tmp.resolve("cache"));
    Files.writeString(tmp.resolve("cache/demo-database-old.zip"), "old");
    Files.writeString(tmp.resolve("cache/empty-database-b.zip"), "another stem");
    try (Store s = Store.embedded(tmp.resolve("db"))) {
      s.keepBackup(tmp.resolve("cache/demo-database-new.zip"));
    }
    assertThat(tmp.resolve("cache/demo-database-new.zip")).isRegularFile();
    assertThat(tmp.resolve("cache/demo-database-old.zip")).doesNotExist();
    assertThat(tmp.resolve("cache/empty-database-b.zip")).exists();
  }
}
