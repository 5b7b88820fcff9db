package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.store.audit.AuditVerification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a batch import with SIGKILL in the middle (a child JVM, {@link CrashImport}), on each
 * database. After the restart nothing is half-written: every recorded transaction has its lines,
 * parties, determination and audit entries; every drawdown is whole and none is doubled; the audit
 * chain verifies. Running the import again finishes it without drawing anything twice.
 */
class CrashTest {
  private static final int COUNT = 120;
  private static final int KILL_AFTER = 30;

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aKilledImportLeavesNothingHalfWrittenAndResumesWithoutDoubling(TestDatabases.Database db)
      throws Exception {
    TestDatabases.Connect target = db.freshUnmigrated();
    Process child = start(target);
    int seen = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ok ") && ++seen >= KILL_AFTER) {
          break;
        }
      }
      assertThat(seen).as("the child got going before the kill").isEqualTo(KILL_AFTER);
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no pool close, no commit
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();

    try (Store store = target.open()) {
      long recorded = consistent(store);
      assertThat(recorded).isBetween((long) KILL_AFTER, (long) COUNT - 1);
    }

    Process again = start(target);
    String rest = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(rest).isZero();
    assertThat(rest).contains("done");
    try (Store store = target.open()) {
      assertThat(consistent(store)).isEqualTo(COUNT);
      assertThat(store.licences().get("CRASH-1").balance().quantity().intValue())
          .as("each of the %d lines drawn exactly once", COUNT)
          .isEqualTo(2 * COUNT);
    }
  }

  /** Checks the invariants and returns the number of transactions recorded. */
  private static long consistent(Store store) {
    AuditVerification v = store.audit().verify();
    assertThat(v.intact()).as(v.problem()).isTrue();
    return store
        .jdbi()
        .withHandle(
            h -> {
              long txs = count(h, "SELECT COUNT(*) FROM trade_transaction");
              assertThat(count(h, "SELECT COUNT(*) FROM transaction_line")).isEqualTo(txs);
              assertThat(count(h, "SELECT COUNT(*) FROM transaction_party")).isEqualTo(2 * txs);
              assertThat(
                      count(
                          h,
                          "SELECT COUNT(*) FROM trade_transaction t JOIN determination d ON"
                              + " d.id = t.determination"))
                  .isEqualTo(txs);
              assertThat(count(h, "SELECT COUNT(*) FROM audit_entry WHERE action = 'tx.submit'"))
                  .isEqualTo(txs);
              assertThat(count(h, "SELECT COUNT(*) FROM audit_entry WHERE action = 'hold.place'"))
                  .isEqualTo(txs);
              List<Map<String, Object>> perKey =
                  h.createQuery(
                          "SELECT idempotency_key, COUNT(*) AS n FROM licence_entry WHERE kind = 'draw'"
                              + " GROUP BY idempotency_key HAVING COUNT(*) > 1")
                      .mapToMap()
                      .list();
              assertThat(perKey).as("no key drawn twice").isEmpty();
              long draws =
                  count(h, "SELECT COUNT(*) FROM licence_entry WHERE kind = 'draw' AND accepted");
              assertThat(draws)
                  .as("a draw only for a recorded transaction")
                  .isLessThanOrEqualTo(txs);
              assertThat(draws)
                  .as("at most the line in flight is not drawn yet")
                  .isGreaterThanOrEqualTo(txs - 1);
              assertThat(store.licences().get("CRASH-1").balance().quantity().longValue())
                  .as("the balance is the sum of the draws")
                  .isEqualTo(2 * draws);
              return txs;
            });
  }

  private static long count(Handle h, String sql) {
    return h.createQuery(sql).mapTo(Long.class).one();
  }

  private static Process start(TestDatabases.Connect target) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    String root = System.getProperty("chokepoint.root");
    if (root != null) {
      cmd.add("-Dchokepoint.root=" + root);
    }
    cmd.add(CrashImport.class.getName());
    cmd.add(target.url());
    cmd.add(target.user());
    cmd.add(target.password());
    cmd.add(Integer.toString(COUNT));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
