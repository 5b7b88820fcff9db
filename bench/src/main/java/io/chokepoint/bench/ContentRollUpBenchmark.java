package io.chokepoint.bench;

import io.chokepoint.content.BillOfMaterials;
import io.chokepoint.content.BomLine;
import io.chokepoint.content.ContentRollUp;
import io.chokepoint.content.ContentShare;
import io.chokepoint.content.LineTest;
import io.chokepoint.determine.ContentReport;
import io.chokepoint.determine.Determination;
import io.chokepoint.determine.Determiner;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.transaction.Item;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to roll up a 10,000-line, five-level bill of materials (a Korean sputtering target, see
 * {@link LargeBom}), on one thread. {@code chineseShare} is the PRC 0.1% roll-up alone with a plain
 * line test; {@code contentReport} is what {@code chokepoint content} computes (every declared
 * share, lines classified by the CN-ECL material entries); {@code determine} is a whole
 * determination of the transaction that carries the BOM, both regimes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Threads(1)
public class ContentRollUpBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 15);
  private static final LineTest CHINESE_DY =
      line ->
          "CN".equals(line.origin()) && "Dy".equals(line.element())
              ? LineTest.Verdict.counts("CN Dy")
              : LineTest.Verdict.NO;

  @Param("10000")
  public int lines;

  private Determiner determiner;
  private Transaction transaction;
  private BillOfMaterials bom;

  /** Loads the rule book and parses the transaction with its BOM once. */
  @Setup
  public void setUp() {
    RuleBook book = RuleBookLoader.load(Bench.home().resolve("regulations"));
    determiner = new Determiner(book);
    TransactionReader reader = new TransactionReader(Bench.catalogue(), book.declaredFacts());
    transaction = reader.parse(LargeBom.transaction(lines, 42), "bench-bom.yaml").get(0);
    Item item = transaction.items().get(0);
    bom = new BillOfMaterials(item.description(), item.unitValue(), item.bom(), "bench-bom.yaml");
    if (count(item.bom()) != lines) {
      throw new IllegalStateException("the BOM has " + count(item.bom()) + " lines");
    }
  }

  private static int count(java.util.List<BomLine> lines) {
    int n = lines.size();
    for (BomLine l : lines) {
      n += count(l.bom());
    }
    return n;
  }

  /** The PRC share alone, with a plain line test: the roll-up's own cost. */
  @Benchmark
  public ContentShare chineseShare() {
    return ContentRollUp.rollUp(bom.unitValue(), bom.bom(), "CN", CHINESE_DY, "bench");
  }

  /** Every declared share, lines classified by the rule book: {@code chokepoint content}. */
  @Benchmark
  public ContentReport contentReport() {
    return determiner.content(bom, AS_OF);
  }

  /** A whole determination of the transaction whose item carries the BOM. */
  @Benchmark
  public Determination determine() {
    return determiner.determine(transaction, AS_OF);
  }
}
