package io.chokepoint.spark.bench;

import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.RescreenEngine;
import io.chokepoint.rescreen.RescreenJob;
import io.chokepoint.rescreen.RescreenSummary;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.spark.Sessions;
import io.chokepoint.spark.rescreen.SparkRescreen;
import io.chokepoint.synthetic.SyntheticMaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark rescreen at scale: for each size N, a synthetic master of N parties (generated on the
 * driver with {@link SyntheticMaster}, 1% planted from the lists) is rescreened in full against
 * every shipped list, then as a delta after a list change of about 1% (40 entries added, 25
 * removed, 40 changed by a new alias: the name and a made-up word), on the master given ({@code
 * local[2]} by default). Prints the times, parties per second and the delta's speed-up over the
 * full run.
 *
 * <pre>
 *   bin/bench-spark [N ...]            # default 100000
 *   bin/bench-spark 100000 1000000
 * </pre>
 *
 * <p>The system properties {@code bench.master} (default {@code local[2]}), {@code bench.dir} (a
 * work folder, default a temporary one) and {@code chokepoint.home} are read.
 */
public final class RescreenScale {
  static final long SEED = 20261129L;

  private RescreenScale() {}

  /**
   * Runs the benchmark.
   *
   * @param args the sizes (default 100000)
   * @throws IOException if the work folder cannot be written
   */
  public static void main(String[] args) throws IOException {
    List<Long> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Long.parseLong(a.replace("_", "")));
    }
    if (sizes.isEmpty()) {
      sizes.add(100_000L);
    }
    String home = System.getProperty("chokepoint.home", ".");
    String master = System.getProperty("bench.master", Sessions.DEFAULT_MASTER);
    String d = System.getProperty("bench.dir");
    Path dir = d == null ? Files.createTempDirectory("chokepoint-bench-") : Path.of(d);
    Files.createDirectories(dir);
    ListSnapshot all =
        ListLoader.load(List.of(Path.of(home).resolve("data/lists")), LocalDate.now());
    ListSnapshot[] change = change(all);
    ListSnapshot before = change[0];
    ListSnapshot after = change[1];
    SparkSession spark = Sessions.start(master, "chokepoint bench");
    RescreenEngine engine = SparkRescreen.engine(spark);
    System.out.printf(
        Locale.ROOT,
        "Spark rescreen on %s; lists %,d entries before, %,d after (40 added, 25 removed, 40"
            + " changed); load average %s%n",
        master,
        before.entries().size(),
        after.entries().size(),
        loadAverage());
    for (long n : sizes) {
      Path m = dir.resolve("master-" + n + ".csv");
      long t0 = System.nanoTime();
      SyntheticMaster.of(SEED, all, SyntheticMaster.DEFAULT_PLANT_RATE)
          .write(n, m, dir.resolve("planted-" + n + ".csv"));
      double gen = (System.nanoTime() - t0) / 1e9;
      Path r0 = dir.resolve("full-" + n);
      JvmUse j1 = JvmUse.now();
      long t1 = System.nanoTime();
      RescreenSummary f =
          engine.run(
              new RescreenJob(
                  m, before, null, null, false, FalsePositiveMemory.empty(), null, r0, null));
      double full = (System.nanoTime() - t1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "N=%,d: full %.1f s (%,.0f parties/s; %s); load average %s%n",
          n,
          full,
          n / full,
          JvmUse.now().since(j1),
          loadAverage());
      JvmUse j2 = JvmUse.now();
      long t2 = System.nanoTime();
      RescreenSummary delta =
          engine.run(
              new RescreenJob(
                  m,
                  after,
                  r0,
                  before,
                  false,
                  FalsePositiveMemory.empty(),
                  null,
                  dir.resolve("delta-" + n),
                  null));
      double dt = (System.nanoTime() - t2) / 1e9;
      String jvm = JvmUse.now().since(j2);
      System.out.printf(
          Locale.ROOT,
          "N=%,d: generated in %.1f s; full %.1f s (%,.0f parties/s, %,d matches); delta %.1f s"
              + " (%,.0f parties/s, scopes %s, %,d new, %,d cleared, %,d changed; %s); speed-up"
              + " %.1fx; load average %s%n",
          n,
          gen,
          full,
          n / full,
          f.matches(),
          dt,
          n / dt,
          delta.scopes(),
          delta.total(io.chokepoint.rescreen.RescreenDiff.Kind.NEW),
          delta.total(io.chokepoint.rescreen.RescreenDiff.Kind.CLEARED),
          delta.total(io.chokepoint.rescreen.RescreenDiff.Kind.CHANGED),
          jvm,
          full / dt,
          loadAverage());
    }
    spark.stop();
  }

  /** Before and after a change of about 1%: 40 entries added, 25 removed, 40 given an alias. */
  static ListSnapshot[] change(ListSnapshot all) {
    List<ListEntry> entries = new ArrayList<>(all.entries());
    Random r = new Random(SEED);
    java.util.Collections.shuffle(entries, r);
    List<ListEntry> added = entries.subList(0, 40);
    List<ListEntry> removed = entries.subList(40, 65);
    List<ListEntry> changed = entries.subList(65, 105);
    List<ListEntry> before = new ArrayList<>(entries.subList(40, entries.size()));
    List<ListEntry> after = new ArrayList<>(added);
    after.addAll(entries.subList(105, entries.size()));
    for (ListEntry e : changed) {
      List<String> aliases = new ArrayList<>(e.aliases());
      aliases.add(e.name() + " Xinghe"); // a word no other entry has, as ListUpdate does
      after.add(
          new ListEntry(
              e.id(),
              e.list(),
              e.kind(),
              e.name(),
              aliases,
              e.countries(),
              e.addresses(),
              e.programs(),
              e.listedOn(),
              e.source(),
              e.licencePolicy(),
              e.details(),
              e.position()));
    }
    assert removed.size() == 25;
    return new ListSnapshot[] {
      ListSnapshot.of(before, all.asOf(), all.sources()),
      ListSnapshot.of(after, all.asOf(), all.sources())
    };
  }

  /**
   * What the JVM spent besides the job's own work, read from its management beans: the JIT
   * compilers' time, the collectors' time and count, and the CPU time of the whole process (every
   * thread: the job's, the compilers' and the collectors').
   */
  private record JvmUse(long compileMs, long gcMs, long collections, long cpuNs) {
    static JvmUse now() {
      long gcMs = 0;
      long count = 0;
      for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
        gcMs += Math.max(0, gc.getCollectionTime());
        count += Math.max(0, gc.getCollectionCount());
      }
      var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu =
          os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
      var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
      return new JvmUse(
          jit != null && jit.isCompilationTimeMonitoringSupported()
              ? jit.getTotalCompilationTime()
              : -1,
          gcMs,
          count,
          cpu);
    }

    String since(JvmUse start) {
      return String.format(
          Locale.ROOT,
          "process CPU %.1f s, of it JIT compilation %.1f s; GC pauses %.1f s in %d collections",
          (cpuNs - start.cpuNs) / 1e9,
          (compileMs - start.compileMs) / 1e3,
          (gcMs - start.gcMs) / 1e3,
          collections - start.collections);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
