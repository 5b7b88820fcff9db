package io.chokepoint.bench;

import io.chokepoint.classify.ChipCatalogue;
import io.chokepoint.golden.RuleBookActivator;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long loading the rule book takes: read, validate and compile every pack; and activating it,
 * which also runs every golden case. Single-shot in fresh JVMs measures a cold start, as the CLI
 * sees it; the warmed figures show the steady cost.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBookLoadBenchmark {
  private Path rules;
  private ChipCatalogue catalogue;

  /** Locates the rule book. */
  @Setup
  public void setUp() {
    rules = Bench.home().resolve("regulations");
    catalogue = Bench.catalogue();
  }

  /** Cold load in a fresh JVM: the first load a CLI invocation pays. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public RuleBook coldLoad() {
    return RuleBookLoader.load(rules);
  }

  /** Cold load and activation (every golden case run) in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public RuleBookActivator.Activated coldActivate() {
    return RuleBookActivator.activate(rules, catalogue);
  }

  /** Warm load: a reload in a running server. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public RuleBook warmLoad() {
    return RuleBookLoader.load(rules);
  }
}
