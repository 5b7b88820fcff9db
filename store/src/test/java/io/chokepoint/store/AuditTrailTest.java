package io.chokepoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.store.audit.AuditEntry;
import io.chokepoint.store.audit.AuditEvent;
import io.chokepoint.store.audit.AuditVerification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditTrailTest {
  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void entriesChainEachToTheOneBefore(TestDatabases.Database db) {
    try (Store store = db.fresh()) {
      AuditEntry a = store.audit().append(new AuditEvent("ann", "x.one", "tx:1", Map.of("n", 1)));
      AuditEntry b =
          store.audit().append(new AuditEvent("bob", "x.two", "tx:2", Map.of("b", 2, "a", "é")));
      assertThat(a.seq()).isEqualTo(1);
      assertThat(a.prevHash()).isEqualTo(AuditEntry.GENESIS);
      assertThat(b.prevHash()).isEqualTo(a.hash());
      assertThat(b.detail()).isEqualTo("{\"a\":\"é\",\"b\":2}");
      assertThat(store.audit().verify().intact()).isTrue();
      assertThat(store.audit().about("tx:2")).containsExactly(b);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void concurrentWritersMakeOneUnbrokenChain(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    store
                        .audit()
                        .append(new AuditEvent("w" + thread, "x.write", "n:" + i, Map.of()));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      AuditVerification v = store.audit().verify();
      assertThat(v.intact()).as(v.problem()).isTrue();
      assertThat(v.entries()).isEqualTo(200);
    }
  }
}
