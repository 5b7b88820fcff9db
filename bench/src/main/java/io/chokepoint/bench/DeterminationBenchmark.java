package io.chokepoint.bench;

import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Determinations per second for a three-item transaction (H100, H20, RTX 4090 from the US to
 * Shanghai) against the shipped rule book, on one thread. {@code determine} builds the full
 * structured answer without screening (parties carry the lists they state); {@code
 * determineWithScreening} first screens the three parties against every shipped list, as {@code
 * chokepoint check} does; {@code determineAndWriteJson} also renders the trace and the JSON line
 * that {@code chokepoint check} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(1)
public class DeterminationBenchmark {
  private Determiner determiner;
  private Determiner screening;
  private Transaction transaction;

  /** Loads the rule book and parses the transaction once. */
  @Setup
  public void setUp() {
    RuleBook book = RuleBookLoader.load(Bench.home().resolve("regulations"));
    determiner = new Determiner(book);
    ListSnapshot lists = ScreeningCorpus.shipped();
    screening = determiner.withScreener(PartyScreener.of(lists, ClearedMatches.NONE));
    TransactionReader reader = new TransactionReader(Bench.catalogue(), book.declaredFacts());
    transaction = reader.parse(Bench.THREE_ITEMS, "bench.yaml").get(0);
  }

  /** One determination, every regime, structured result. */
  @Benchmark
  public Determination determine() {
    return determiner.determine(transaction, null);
  }

  /** One determination with its three parties screened against every shipped list first. */
  @Benchmark
  public Determination determineWithScreening() {
    return screening.determine(transaction, null);
  }

  /** One determination rendered as the JSON line {@code check} prints, trace included. */
  @Benchmark
  public String determineAndWriteJson() {
    return DeterminationJson.toLine(determiner.determine(transaction, null));
  }
}
