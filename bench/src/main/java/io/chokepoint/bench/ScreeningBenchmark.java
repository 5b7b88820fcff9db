package io.chokepoint.bench;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.Screener;
import io.chokepoint.screening.ScreeningQuery;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening speed: per-query latency (p50, p99 from JMH's sample mode), throughput in names per
 * second on one and two threads, against every shipped list and against the lists grown to a
 * million names. Queries cycle through a fixed, seeded mix of listed, misspelt and not-listed names
 * (see {@link ScreeningCorpus#queries}), at the default alert threshold. The fork's heap is capped
 * at 1.5 GB, the target for a million names: a screener that needs more fails here.
 *
 * <pre>
 * bin/bench ScreeningBenchmark                          # all, both corpora
 * bin/bench ScreeningBenchmark -p names=shipped         # only the shipped lists
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1536m", "-Xmx1536m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScreeningBenchmark {
  /** {@code shipped} for the shipped lists, or a number of names to grow them to. */
  @Param({"shipped", "1000000"})
  public String names;

  private Screener screener;
  private List<String> queries;
  private double threshold;

  /** A per-thread position in the query list, so that two threads do not share a counter. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  @Setup(Level.Trial)
  public void build() {
    ListSnapshot lists =
        names.equals("shipped")
            ? ScreeningCorpus.shipped()
            : ScreeningCorpus.grownTo(Integer.parseInt(names));
    screener = ListScreener.build(lists);
    queries = ScreeningCorpus.queries(lists);
    threshold = MatchPolicy.DEFAULT_ALERT_THRESHOLD;
  }

  private Object screenNext(Cursor c) {
    String q = queries.get(c.next++ % queries.size());
    return screener.screen(ScreeningQuery.of(q), threshold);
  }

  /** One query; the sample mode gives the latency distribution (p50, p99). */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Threads(1)
  public void latency(Cursor c, Blackhole bh) {
    bh.consume(screenNext(c));
  }

  /** Names screened per second on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(1)
  public void throughputOneThread(Cursor c, Blackhole bh) {
    bh.consume(screenNext(c));
  }

  /** Names screened per second on two threads sharing one index. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public void throughputTwoThreads(Cursor c, Blackhole bh) {
    bh.consume(screenNext(c));
  }
}
