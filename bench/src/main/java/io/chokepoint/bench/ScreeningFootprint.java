package io.chokepoint.bench;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Index build time and heap per 10,000 names, against the shipped lists and against the lists grown
 * to a million names: the heap after a full collection with the index built, less the heap with
 * only the list entries loaded. Prints a table.
 *
 * <pre>
 * java -Xmx3g -cp bench/target/benchmarks.jar io.chokepoint.bench.ScreeningFootprint [NAMES...]
 * </pre>
 */
public final class ScreeningFootprint {
  private ScreeningFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args the corpus sizes: {@code shipped} or numbers of names (default: both)
   */
  public static void main(String[] args) {
    String[] sizes = args.length == 0 ? new String[] {"shipped", "1000000"} : args;
    System.out.println(
        "| corpus | names | entries | index build (ms) | heap of entries (MB) | heap of index (MB)"
            + " | total heap (MB) | index per 10,000 names (MB) |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (String size : sizes) {
      ListSnapshot lists =
          size.equals("shipped")
              ? ScreeningCorpus.shipped()
              : ScreeningCorpus.grownTo(Integer.parseInt(size));
      long names = lists.entries().stream().mapToLong(e -> e.names().size()).sum();
      long before = usedAfterGc();
      // Three builds: the first pays for class loading and JIT; the best of the rest is reported.
      long best = Long.MAX_VALUE;
      ListScreener kept = null;
      for (int i = 0; i < 3; i++) {
        kept = null;
        usedAfterGc();
        long t0 = System.nanoTime();
        kept = ListScreener.build(lists);
        long t = System.nanoTime() - t0;
        if (i > 0) {
          best = Math.min(best, t);
        }
      }
      long after = usedAfterGc();
      double indexMb = (after - before) / 1e6;
      System.out.printf(
          Locale.ROOT,
          "| %s | %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.2f |%n",
          size,
          names,
          lists.entries().size(),
          best / 1e6,
          before / 1e6,
          indexMb,
          after / 1e6,
          indexMb / (names / 10_000.0));
      // Both must stay reachable until the heap was measured.
      java.lang.ref.Reference.reachabilityFence(kept);
      java.lang.ref.Reference.reachabilityFence(lists);
    }
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
