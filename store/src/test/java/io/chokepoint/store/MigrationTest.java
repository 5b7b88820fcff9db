package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.review.Role;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditVerification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations on H2 and PostgreSQL: from an empty database to the latest, and from what the
 * previous release shipped (version 2) with its rows in place. The test reads the shipped migration
 * files, so it holds as later migrations are added.
 */
class MigrationTest {
  /** The last version the previous release shipped. */
  private static final String PREVIOUS_RELEASE = "2";

  private static final Pattern CREATE =
      Pattern.compile(
          "CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROP =
      Pattern.compile("DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void anEmptyDatabaseMigratesToTheLatestWithEveryTable(TestDatabases.Database db) {
    TestDatabases.Connect empty = db.freshUnmigrated();
    try (Store store = empty.open()) {
      assertThat(MigrationFiles.applied(store.jdbi()))
          .containsExactlyElementsOf(MigrationFiles.versions());
      Set<String> tables = tablesCreated();
      assertThat(tables).contains("determination", "reviewed_non_match", "audit_entry");
      for (String table : tables) {
        long rows =
            store
                .jdbi()
                .withHandle(
                    h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
        assertThat(rows).as(table).isGreaterThanOrEqualTo(0);
      }
      assertThat(store.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aDatabaseOfThePreviousReleaseKeepsItsRowsAndGainsTheNewTables(TestDatabases.Database db) {
    TestDatabases.Connect old = db.freshUnmigrated();
    Flyway.configure()
        .dataSource(old.url(), old.user(), old.password())
        .locations("classpath:db/migration")
        .target(PREVIOUS_RELEASE)
        .load()
        .migrate();
    Instant reviewedAt = Instant.parse("2026-10-02T08:15:00Z");
    String body =
        "{\"transaction\":\"PO-2024-0107\",\"asOf\":\"2024-03-01\",\"overall\":\"LICENSE_REQUIRED\"}";
    Jdbi.create(old.url(), old.user(), old.password())
        .useTransaction(
            h -> {
              h.createUpdate(
                      "INSERT INTO determination (transaction_id, as_of, overall, rulebook_hash,"
                          + " lists_hash, input_hash, engine, source_file, recorded_at, body)"
                          + " VALUES ('PO-2024-0107', :asOf, 'LICENSE_REQUIRED', 'sha256:9a0c',"
                          + " 'sha256:77d1', 'sha256:c3e0', 'chokepoint-0.1.0',"
                          + " 'examples/h100-to-shanghai.yaml', :at, :body)")
                  .bind("asOf", LocalDate.parse("2024-03-01"))
                  .bind("at", OffsetDateTime.parse("2026-10-01T12:00:00Z"))
                  .bind("body", body)
                  .execute();
              h.createUpdate(
                      "INSERT INTO reviewed_non_match (party_key, entry_id, entry_fingerprint,"
                          + " reviewer, reason, reviewed_at) VALUES ('sugon data storage trading"
                          + " co ltd|CN', 'US-EL-CN-0040', :fp, 'a.officer', 'storage reseller,"
                          + " no ownership link', :at)")
                  .bind("fp", "f".repeat(64))
                  .bind("at", reviewedAt.atOffset(ZoneOffset.UTC))
                  .execute();
            });

    try (Store store = old.open()) {
      assertThat(MigrationFiles.applied(store.jdbi()))
          .containsExactlyElementsOf(MigrationFiles.versions());
      RecordedDetermination d = store.determinations().forTransaction("PO-2024-0107").get(0);
      assertThat(d.asOf()).isEqualTo(LocalDate.parse("2024-03-01"));
      assertThat(d.overall()).isEqualTo("LICENSE_REQUIRED");
      assertThat(d.rulebookHash()).isEqualTo("sha256:9a0c");
      assertThat(d.sourceFile()).isEqualTo("examples/h100-to-shanghai.yaml");
      assertThat(d.recordedAt().toInstant()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));
      assertThat(d.body()).isEqualTo(body);
      assertThat(store.reviewedNonMatches().all())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.entryId()).isEqualTo("US-EL-CN-0040");
                assertThat(r.reviewer()).isEqualTo("a.officer");
                assertThat(r.reviewedAt()).isEqualTo(reviewedAt);
              });

      var admin = store.users().actor("a.admin");
      store.users().add(admin, "b.officer", Role.OFFICER);
      store
          .audit()
          .append(new AuditEvent("b.officer", "hold.release", "tx:PO-2024-0107", Map.of()));
      AuditVerification v = store.audit().verify();
      assertThat(v.intact()).as(v.problem()).isTrue();
      assertThat(v.entries()).isEqualTo(3);
      assertThat(store.determinations().count()).isEqualTo(1);
    }
  }

  /** The tables the shipped migrations create and do not drop again, in lower case. */
  private static Set<String> tablesCreated() {
    Set<String> tables = new TreeSet<>();
    for (String version : MigrationFiles.versions()) {
      String sql = MigrationFiles.sql(version);
      tables.addAll(names(CREATE.matcher(sql)));
      tables.removeAll(names(DROP.matcher(sql)));
    }
    return tables;
  }

  private static Set<String> names(Matcher m) {
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      out.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }
}
