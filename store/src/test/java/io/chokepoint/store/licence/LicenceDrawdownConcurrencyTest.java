package io.chokepoint.store.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.licence.Shortfall;
import io.chokepoint.review.Actor;
import io.chokepoint.store.Store;
import io.chokepoint.store.TestDatabases;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The done-when of the licences work: 64 threads each make 50 drawdowns against one licence with
 * room for only part of them. The licence is never overdrawn, the accepted drawdowns add up exactly
 * to its drawn total, every rejection says why, and retrying every request with the same
 * idempotency keys draws nothing more. On H2 and, when configured, PostgreSQL.
 */
class LicenceDrawdownConcurrencyTest {
  private static final int THREADS = 64;
  private static final int DRAWS = 50;
  private static final int LIMIT = 1000;

  static List<TestDatabases.Database> databases() {
    return TestDatabases.all();
  }

  /** One request and the store's answer. */
  record Draw(String key, int quantity, LedgerResult result) {}

  private static List<Draw> run(Store store, Actor officer, long seed) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Draw>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  // Each thread draws the same quantities on every run, so a retry repeats it.
                  Random rnd = new Random(seed * 1000 + thread);
                  start.await();
                  List<Draw> out = new ArrayList<>();
                  for (int i = 0; i < DRAWS; i++) {
                    int q = 1 + rnd.nextInt(2);
                    String key = "t" + thread + "-d" + i;
                    LedgerResult r =
                        store
                            .licences()
                            .draw(
                                officer,
                                "D-CONC",
                                StoreFixtures.line("PO-" + thread, "L" + i, q, "CN"),
                                key);
                    out.add(new Draw(key, q, r));
                  }
                  return out;
                }));
      }
      start.countDown();
      List<Draw> all = new ArrayList<>();
      for (Future<List<Draw>> f : futures) {
        all.addAll(f.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void neverOverdrawnAndRetriesDrawNothing(TestDatabases.Database db) throws Exception {
    try (Store store = db.fresh()) {
      Actor officer = store.users().actor("officer");
      store
          .licences()
          .add(officer, StoreFixtures.licence("D-CONC", String.valueOf(LIMIT), List.of()));

      List<Draw> first = run(store, officer, 7);

      assertThat(first).hasSize(THREADS * DRAWS);
      BigDecimal accepted =
          first.stream()
              .filter(d -> d.result().accepted())
              .map(d -> BigDecimal.valueOf(d.quantity()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal drawn = store.licences().get("D-CONC").balance().quantity();
      assertThat(drawn).isEqualByComparingTo(accepted);
      assertThat(drawn).isLessThanOrEqualTo(BigDecimal.valueOf(LIMIT));
      // Requests of 1 or 2 units keep coming after the limit, so at most 1 unit stays unused.
      assertThat(drawn).isGreaterThanOrEqualTo(BigDecimal.valueOf(LIMIT - 1));
      List<Draw> rejected = first.stream().filter(d -> !d.result().accepted()).toList();
      assertThat(rejected).isNotEmpty();
      assertThat(rejected)
          .allSatisfy(
              d ->
                  assertThat(d.result().reasons())
                      .isNotEmpty()
                      .extracting(Shortfall::kind)
                      .containsAnyOf(
                          Shortfall.Kind.QUANTITY_EXHAUSTED, Shortfall.Kind.NOT_ENOUGH_QUANTITY));
      assertThat(first).noneMatch(d -> d.result().replayed());

      List<LedgerEntry> entries = store.licences().entries("D-CONC");
      assertThat(entries).hasSize(THREADS * DRAWS);
      BigDecimal fromEntries =
          entries.stream()
              .filter(LedgerEntry::accepted)
              .map(LedgerEntry::quantity)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(fromEntries).isEqualByComparingTo(drawn);
      assertThat(entries.stream().filter(e -> !e.accepted()))
          .allSatisfy(e -> assertThat(e.reasons()).isNotEmpty());

      List<Draw> retry = run(store, officer, 7);

      assertThat(retry).allSatisfy(d -> assertThat(d.result().replayed()).isTrue());
      java.util.Map<String, LedgerResult> firstByKey = new java.util.HashMap<>();
      first.forEach(d -> firstByKey.put(d.key(), d.result()));
      assertThat(retry)
          .allSatisfy(
              d -> {
                LedgerResult was = firstByKey.get(d.key());
                assertThat(d.result().entry()).isEqualTo(was.entry());
                assertThat(d.result().accepted()).isEqualTo(was.accepted());
                assertThat(d.result().reasons()).isEqualTo(was.reasons());
              });
      assertThat(store.licences().get("D-CONC").balance().quantity()).isEqualByComparingTo(drawn);
      assertThat(store.licences().entries("D-CONC")).hasSize(THREADS * DRAWS);
      assertThat(store.audit().about("licence:D-CONC")).hasSize(1 + THREADS * DRAWS);
      assertThat(store.audit().verify().intact()).isTrue();
    }
  }
}
