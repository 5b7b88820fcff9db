package io.chokepoint.bench;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.review.Actor;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.store.DeterminationLog;
import io.chokepoint.store.Store;
import io.chokepoint.store.tx.Submission;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Persisted determinations per second, with the audit trail, on the embedded H2 database and on
 * PostgreSQL ({@code PG_URL}, {@code PG_USER}, {@code PG_PASSWORD}; {@code bin/bench-store} starts
 * a throw-away cluster with fsync on). Each operation is one committed database transaction.
 *
 * <ul>
 *   <li>{@code submit}: what {@code chokepoint tx add} does per transaction: determine the
 *       three-item shipment, then record the transaction, its lines, parties, determination, hold
 *       and three audit entries.
 *   <li>{@code record}: what {@code chokepoint check} adds to a determination: the determination
 *       row and its audit entry, for a determination made beforehand.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(1)
@Threads(1)
public class StoreBenchmark {
  @Param({"h2", "postgresql"})
  public String db;

  private Store store;
  private Determiner determiner;
  private Transaction template;
  private Determination determination;
  private Actor officer;
  private final AtomicLong next = new AtomicLong();

  /** Opens a fresh database and determines the template transaction once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    RuleBook book = RuleBookLoader.load(Bench.home().resolve("regulations"));
    determiner = new Determiner(book);
    template =
        new TransactionReader(Bench.catalogue(), book.declaredFacts())
            .parse(Bench.THREE_ITEMS, "bench.yaml")
            .get(0);
    determination = determiner.determine(template, null);
    store = open(db);
    Actor admin = store.users().actor("bench-admin");
    officer = store.users().add(admin, "bench-officer", io.chokepoint.review.Role.OFFICER);
  }

  private static Store open(String db) throws IOException, SQLException {
    if (db.equals("h2")) {
      return Store.embedded(Files.createTempDirectory("chokepoint-bench-"));
    }
    String url = System.getenv("PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("PG_URL is not set: run bin/bench-store");
    }
    String schema = "bench" + System.nanoTime();
    try (Connection c =
        DriverManager.getConnection(url, System.getenv("PG_USER"), System.getenv("PG_PASSWORD"))) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    return Store.open(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        System.getenv("PG_USER"),
        System.getenv("PG_PASSWORD"));
  }

  /** Checks the chain the run wrote, then closes the database. */
  @TearDown(Level.Trial)
  public void tearDown() {
    var v = store.audit().verify();
    System.out.printf(
        "%n[%s] %d audit entries, chain %s%n", db, v.entries(), v.intact() ? "intact" : "BROKEN");
    store.close();
  }

  /** Determine and record a new held transaction, with its audit entries. */
  @Benchmark
  public Submission submit() {
    String id = "B-" + next.incrementAndGet();
    Transaction t = copy(template, id);
    return store.transactions().submit(officer, t, determiner.determine(t, null), "bench.yaml");
  }

  /** Record a determination made beforehand, with its audit entry. */
  @Benchmark
  public List<Long> record() {
    return store
        .determinations()
        .record(
            "bench-officer",
            List.of(new DeterminationLog.Entry(determination, "bench.yaml", template.input())));
  }

  private static Transaction copy(Transaction t, String id) {
    String input = t.input().replace("\"id\":\"" + t.id() + "\"", "\"id\":\"" + id + "\"");
    return new Transaction(
        id,
        t.date(),
        t.route(),
        t.parties(),
        t.endUse(),
        t.facts(),
        t.items(),
        io.chokepoint.source.Canonical.hashOf(input),
        input,
        t.position());
  }
}
