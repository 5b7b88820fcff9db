package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opening a store skips Flyway only when the schema is at the latest shipped migration; a database
 * behind it, or with a failed migration, is left to Flyway.
 */
class SchemaHistoryTest {
  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @Test
  void theLatestVersionIsTheNewestShippedMigration() {
    List<String> shipped = MigrationFiles.versions();
    assertThat(Integer.parseInt(shipped.get(shipped.size() - 1))).isEqualTo(SchemaHistory.LATEST);
    assertThat(shipped).hasSize(SchemaHistory.LATEST);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void onlyAFullyMigratedSchemaIsCurrent(TestDatabases.Database db) {
    TestDatabases.Connect empty = db.freshUnmigrated();
    Jdbi jdbi = Jdbi.create(empty.url(), empty.user(), empty.password());
    try (var ds = pool(empty)) {
      historyDecides(empty, jdbi, ds);
    }
  }

  private static void historyDecides(
      TestDatabases.Connect empty, Jdbi jdbi, javax.sql.DataSource ds) {
    assertThat(SchemaHistory.isCurrent(ds)).as("no history table").isFalse();
    org.flywaydb.core.Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .target(String.valueOf(SchemaHistory.LATEST - 1))
        .load()
        .migrate();
    assertThat(SchemaHistory.isCurrent(ds)).as("one migration behind").isFalse();

    try (Store store = empty.open()) {
      assertThat(MigrationFiles.applied(store.jdbi()))
          .as("Flyway applies what is missing")
          .containsExactlyElementsOf(MigrationFiles.versions());
    }
    assertThat(SchemaHistory.isCurrent(ds)).as("migrated").isTrue();

    jdbi.useHandle(
        h -> h.execute("UPDATE flyway_schema_history SET success = FALSE WHERE version = '1'"));
    assertThat(SchemaHistory.isCurrent(ds)).as("a failed migration").isFalse();
    jdbi.useHandle(
        h -> h.execute("UPDATE flyway_schema_history SET success = TRUE WHERE version = '1'"));
    assertThat(SchemaHistory.isCurrent(ds)).isTrue();
    try (Store store = empty.open()) {
      assertThat(store.audit().verify().intact()).as("a current schema opens").isTrue();
    }
  }

  private static com.zaxxer.hikari.HikariDataSource pool(TestDatabases.Connect c) {
    com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
    config.setJdbcUrl(c.url());
    config.setUsername(c.user());
    config.setPassword(c.password());
    config.setMaximumPoolSize(3);
    return new com.zaxxer.hikari.HikariDataSource(config);
  }
}
