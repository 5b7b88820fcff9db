package io.chokepoint.bench;

import io.chokepoint.determine.PartyScreener;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.synthetic.Orders;
import io.chokepoint.transaction.TransactionReader;
import io.chokepoint.whatif.Catalogue;
import io.chokepoint.whatif.CatalogueReader;
import io.chokepoint.whatif.Exposure;
import io.chokepoint.whatif.Order;
import io.chokepoint.whatif.OrderBook;
import io.chokepoint.whatif.OrderReader;
import io.chokepoint.whatif.OrderResult;
import io.chokepoint.whatif.ScenarioReader;
import io.chokepoint.whatif.WhatIf;
import io.chokepoint.whatif.WhatIfSetup;
import java.util.List;
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
 * What-if orders per second on one thread: the shipped "Ann. 61 suspension lapses" scenario over
 * 2,000 seeded synthetic orders ({@link Orders}, seed 1: targets, rare-earth metal, magnet modules,
 * motors, GPUs and uncontrolled goods, one to three lines each), parties not screened. {@code
 * runOrder} composes one order under each side, determines it twice and compares the answers
 * (rendering the two JSON answers when they differ), as {@code chokepoint whatif} does per order;
 * {@code sumResults} is the reduce over the 2,000 results that the report is made of.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class WhatIfBenchmark {
  private WhatIf run;
  private List<Order> orders;
  private List<OrderResult> results;
  private int next;

  /** Generates the orders and prepares the scenario's two rule books once. */
  @Setup
  public void setUp() {
    RuleBook book = RuleBookLoader.load(Bench.home().resolve("regulations"));
    TransactionReader parts = new TransactionReader(Bench.catalogue(), book.declaredFacts());
    CatalogueReader catalogueReader = new CatalogueReader(parts);
    Orders generator = new Orders(Orders.Options.of(1, 2000));
    Catalogue catalogue = catalogueReader.parse(generator.catalogue(), "catalogue.yaml");
    OrderBook orderBook =
        new OrderReader(parts, catalogue).parse(generator.orders(), "orders.yaml");
    run =
        WhatIfSetup.prepare(
            ScenarioReader.read(
                Bench.home().resolve("scenarios/ann61-lapses.yaml"), "ann61-lapses.yaml"),
            new WhatIfSetup.Inputs(
                Bench.home().resolve("regulations"),
                book,
                PartyScreener.NONE,
                catalogue,
                catalogueReader,
                orderBook,
                null,
                List.of()));
    orders = orderBook.orders();
    results = orders.stream().map(run::run).toList();
  }

  /** One order through both sides and the comparison. */
  @Benchmark
  public OrderResult runOrder() {
    Order o = orders.get(next);
    next = (next + 1) % orders.size();
    return run.run(o);
  }

  /** The sums over 2,000 results. */
  @Benchmark
  public Exposure sumResults() {
    return Exposure.of(results);
  }
}
