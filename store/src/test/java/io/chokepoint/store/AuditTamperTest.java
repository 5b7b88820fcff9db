package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.audit.AuditTrail;
import io.chokepoint.store.audit.AuditVerification;
import io.chokepoint.store.audit.ChainCheckpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tampering with the audit trail directly in the database, on H2 and PostgreSQL: every change,
 * deletion, reordering and rewrite is found, and the first broken entry is named. Also the limit: a
 * chain rewritten whole, head included, checks out on its own and is caught only against a hash
 * exported before.
 */
class AuditTamperTest {
  /**
   * A way of tampering with the realistic trail and what verification must then report.
   *
   * @param name what is done
   * @param sql the tampering, run on the database directly
   * @param broken the number of the entry that must be named
   * @param says what the problem must say
   * @param stored whether the named entry is still stored (a deleted one is not)
   */
  record Tamper(String name, Consumer<Handle> sql, long broken, String says, boolean stored) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> tampering() {
    List<Tamper> all =
        List.of(
            new Tamper(
                "change an entry's detail",
                h ->
                    h.execute(
                        "UPDATE audit_entry SET detail = REPLACE(detail, 'LICENSE_REQUIRED',"
                            + " 'NO_LICENSE_REQUIRED') WHERE seq = 4"),
                4,
                "was altered",
                true),
            new Tamper(
                "change an entry's actor",
                h -> h.execute("UPDATE audit_entry SET actor = 'c.viewer' WHERE seq = 6"),
                6,
                "was altered",
                true),
            new Tamper(
                "change an entry's time",
                h ->
                    h.execute(
                        "UPDATE audit_entry SET recorded_at = '2020-01-01T00:00:00Z' WHERE seq = 8"),
                8,
                "was altered",
                true),
            new Tamper(
                "delete a middle entry",
                h -> h.execute("DELETE FROM audit_entry WHERE seq = 5"),
                5,
                "entry 5 is missing",
                false),
            new Tamper(
                "delete the last entry",
                h -> h.execute("DELETE FROM audit_entry WHERE seq = 9"),
                9,
                "entry 9 is missing",
                false),
            new Tamper(
                "swap the numbers of two entries",
                h -> {
                  h.execute("UPDATE audit_entry SET seq = -1 WHERE seq = 3");
                  h.execute("UPDATE audit_entry SET seq = 3 WHERE seq = 7");
                  h.execute("UPDATE audit_entry SET seq = 7 WHERE seq = -1");
                },
                3,
                "does not follow entry 2",
                true),
            new Tamper(
                "swap the contents of two adjacent entries",
                h -> swapContents(h, 6, 7),
                6,
                "does not follow entry 5",
                true),
            new Tamper(
                "change an entry and recompute its hash",
                h -> rewrite(h, 4, "NO_LICENSE_REQUIRED"),
                4,
                "was rewritten",
                true),
            new Tamper(
                "change the last entry and recompute its hash",
                h -> rewrite(h, 9, "CN-UEL-0267"),
                9,
                "was rewritten",
                true));
    List<Arguments> out = new ArrayList<>();
    for (TestDatabases.Database db : TestDatabases.all()) {
      for (Tamper t : all) {
        out.add(Arguments.of(db, t));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tampering")
  void verificationNamesTheFirstBrokenEntry(TestDatabases.Database db, Tamper tamper) {
    try (Store store = db.fresh()) {
      List<AuditEntry> written = AuditTrails.realistic(store);
      assertThat(written).hasSize(AuditTrails.REALISTIC_ENTRIES);
      assertThat(store.audit().verify().intact()).as("before tampering").isTrue();

      store.jdbi().useTransaction(tamper.sql()::accept);
      AuditVerification v = store.audit().verify();

      assertThat(v.intact()).isFalse();
      assertThat(v.firstBroken()).as(v.problem()).isEqualTo(tamper.broken());
      assertThat(v.problem()).contains(tamper.says());
      if (tamper.stored()) {
        AuditEntry named = v.brokenEntry();
        assertThat(named.seq()).isEqualTo(tamper.broken());
        assertThat(v.problem()).contains(named.action() + " " + named.subject());
      } else {
        AuditEntry deleted = written.get((int) tamper.broken() - 1);
        assertThat(v.brokenEntry()).isNull();
        assertThat(store.audit().about(deleted.subject())).doesNotContain(deleted);
      }
    }
  }

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aChainCutBackWithItsHeadChecksOutButNotAgainstAnExportedHead(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      AuditTrails.realistic(store);
      ChainCheckpoint exported = checkpointOfHead(store);

      store
          .jdbi()
          .useTransaction(
              h -> {
                h.execute("DELETE FROM audit_entry WHERE seq = 9");
                h.execute(
                    "UPDATE audit_head SET seq = 8, hash = (SELECT hash FROM audit_entry WHERE"
                        + " seq = 8) WHERE id = 1");
              });

      assertThat(store.audit().verify().intact())
          .as("the documented limit: a consistent chain and head check out on their own")
          .isTrue();
      AuditVerification v = store.audit().verify(List.of(exported));
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBroken()).isEqualTo(9);
      assertThat(v.problem()).contains("entry 9 is missing", "the pack of last week");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aChainRewrittenWholeChecksOutButNotAgainstAnExportedHead(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      List<AuditEntry> written = AuditTrails.realistic(store);
      ChainCheckpoint exported = checkpointOfHead(store);

      store
          .jdbi()
          .useTransaction(
              h -> {
                rewrite(h, 4, "NO_LICENSE_REQUIRED");
                String prev = hashOf(h, 4);
                for (long seq = 5; seq <= written.size(); seq++) {
                  h.execute("UPDATE audit_entry SET prev_hash = ? WHERE seq = ?", prev, seq);
                  prev = recomputeHash(h, seq);
                }
                h.execute("UPDATE audit_head SET hash = ? WHERE id = 1", prev);
              });

      assertThat(store.audit().verify().intact()).as("the documented limit").isTrue();
      AuditVerification v = store.audit().verify(List.of(exported));
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBroken()).isEqualTo(9);
      assertThat(v.problem()).contains("the chain was rewritten from here or before");
    }
  }

  private static ChainCheckpoint checkpointOfHead(Store store) {
    var head = store.audit().head();
    return new ChainCheckpoint(head.seq(), head.hash(), "the pack of last week");
  }

  /** Replaces LICENSE_REQUIRED-like text in an entry's detail and gives it a hash that fits. */
  private static void rewrite(Handle h, long seq, String replacement) {
    Map<String, Object> row =
        h.createQuery("SELECT detail FROM audit_entry WHERE seq = :s")
            .bind("s", seq)
            .mapToMap()
            .one();
    String detail = (String) row.get("detail");
    String forged =
        detail.contains("LICENSE_REQUIRED")
            ? detail.replace("LICENSE_REQUIRED", replacement)
            : detail.replace("CN-UEL-0266", replacement);
    assertThat(forged).isNotEqualTo(detail);
    h.execute("UPDATE audit_entry SET detail = ? WHERE seq = ?", forged, seq);
    recomputeHash(h, seq);
  }

  private static String recomputeHash(Handle h, long seq) {
    AuditEntry e = read(h, seq);
    String hash =
        AuditEntry.hashOf(
            seq, e.recordedAt(), e.actor(), e.action(), e.subject(), e.detail(), e.prevHash());
    h.execute("UPDATE audit_entry SET hash = ? WHERE seq = ?", hash, seq);
    return hash;
  }

  private static String hashOf(Handle h, long seq) {
    return read(h, seq).hash();
  }

  private static AuditEntry read(Handle h, long seq) {
    return AuditTrail.entry(h, seq).orElseThrow();
  }

  private static void swapContents(Handle h, long a, long b) {
    AuditEntry x = read(h, a);
    AuditEntry y = read(h, b);
    put(h, a, y);
    put(h, b, x);
  }

  private static void put(Handle h, long seq, AuditEntry e) {
    h.execute(
        "UPDATE audit_entry SET recorded_at = ?, actor = ?, action = ?, subject = ?, detail = ?,"
            + " prev_hash = ?, hash = ? WHERE seq = ?",
        e.recordedAt(),
        e.actor(),
        e.action(),
        e.subject(),
        e.detail(),
        e.prevHash(),
        e.hash(),
        seq);
  }
}
