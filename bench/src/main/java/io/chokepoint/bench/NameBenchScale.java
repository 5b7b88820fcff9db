package io.chokepoint.bench;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.ScreeningQuery;
import io.chokepoint.source.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Scale check of {@link ListScreener}: builds a list of synthetic names (half persons from the
 * yente name pools, half companies from place, coined and generic words and a legal form; seeded),
 * then reports build time, heap after GC and query latency for typo'd listed names and unlisted
 * names.
 *
 * <p>Run: {@code java -Xmx1500m -cp bench/target/benchmarks.jar io.chokepoint.bench.NameBenchScale
 * [names] [queries]} (defaults 1,000,000 and 2,000).
 */
public final class NameBenchScale {
  private static final String[] PLACES = {
    "Beijing",
    "Shanghai",
    "Shenzhen",
    "Dalian",
    "Wuxi",
    "Hefei",
    "Tianjin",
    "Moscow",
    "Tehran",
    "Dubai",
    "Hong Kong",
    "Singapore",
    "Minsk",
    "Caracas",
    "Istanbul",
    "Almaty",
    ""
  };
  private static final String[] GENERIC = {
    "Technology", "Trading", "International", "Industrial", "Electronics", "Group", "Holding",
    "Import Export", "Engineering", "Logistics", "Semiconductor", "Energy", "Shipping", "Investment"
  };
  private static final String[] LEGAL = {
    "Co., Ltd.", "LLC", "Limited", "Corporation", "Inc.", "GmbH", "JSC", "S.A.", "FZE", ""
  };
  private static final String[] SYLLABLES = {
    "ka", "ro", "tek", "lin", "mar", "zo", "vi", "hua", "xin", "tor", "sa", "ne", "pol", "dar",
    "qi", "fen", "gal", "bri", "mon", "tes", "lu", "vor", "an", "el", "dong", "ye", "shi", "ra"
  };

  private NameBenchScale() {}

  /**
   * Runs the check.
   *
   * @param args {@code [names] [queries]}
   * @throws IOException if the name pools cannot be read
   */
  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Random random = new Random(42);
    List<String> first = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (String file : new String[] {"negatives_us.csv", "negatives_global.csv"}) {
      for (Map<String, String> r :
          Csv.records(BenchLists.lists().resolve("eval/yente/" + file), StandardCharsets.UTF_8)) {
        first.add(r.get("first_name"));
        last.add(r.get("last_name"));
      }
    }
    List<String> firstPool = new ArrayList<>(new LinkedHashSet<>(first));
    List<String> lastPool = new ArrayList<>(new LinkedHashSet<>(last));

    long t0 = System.nanoTime();
    List<ListEntry> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      boolean person = (i & 1) == 0;
      String name =
          person ? pick(random, firstPool) + " " + pick(random, lastPool) : company(random);
      entries.add(
          new ListEntry(
              "SYN-" + i,
              "SYN",
              person ? EntryKind.INDIVIDUAL : EntryKind.ENTITY,
              name,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              null,
              null,
              null,
              Map.of(),
              new Position("synthetic", i + 1, 1)));
    }
    long t1 = System.nanoTime();
    ListScreener screener = ListScreener.build(entries);
    long t2 = System.nanoTime();
    System.gc();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(
        Locale.ROOT,
        "%,d entries (%,d names) generated in %d ms, indexed in %d ms; heap after GC %d MB%n",
        size,
        screener.indexedNames(),
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        heap / (1024 * 1024));

    List<String> qs = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      if ((i & 1) == 0) {
        qs.add(typo(random, entries.get(random.nextInt(size)).name()));
      } else {
        qs.add(
            (i & 2) == 0
                ? pick(random, firstPool) + " " + pick(random, lastPool)
                : company(random));
      }
    }
    for (String q : qs.subList(0, Math.min(500, qs.size()))) {
      screener.screen(ScreeningQuery.of(q)); // warm-up
    }
    // thread CPU time as well as wall time: the machine is shared, and wall time waits for it
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long[] nanos = new long[qs.size()];
    long[] cpuNanos = new long[qs.size()];
    int hits = 0;
    for (int i = 0; i < qs.size(); i++) {
      long c = cpu.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      hits += screener.screen(ScreeningQuery.of(qs.get(i))).isEmpty() ? 0 : 1;
      nanos[i] = System.nanoTime() - t;
      cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c;
    }
    System.out.printf(
        Locale.ROOT,
        "%d queries (half typo'd listed names), %d with a match in the review band or above%n",
        qs.size(),
        hits);
    percentiles("wall", nanos);
    percentiles("cpu ", cpuNanos);
  }

  private static void percentiles(String what, long[] nanos) {
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "  %s: p50 %d µs, p95 %d µs, p99 %d µs, max %d µs%n",
        what,
        nanos[nanos.length / 2] / 1000,
        nanos[(int) (nanos.length * 0.95)] / 1000,
        nanos[(int) (nanos.length * 0.99)] / 1000,
        nanos[nanos.length - 1] / 1000);
  }

  private static String pick(Random r, List<String> pool) {
    return pool.get(r.nextInt(pool.size()));
  }

  private static String pick(Random r, String[] pool) {
    return pool[r.nextInt(pool.length)];
  }

  private static String company(Random r) {
    StringBuilder coined = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      coined.append(pick(r, SYLLABLES));
    }
    coined.setCharAt(0, Character.toUpperCase(coined.charAt(0)));
    StringBuilder sb = new StringBuilder();
    String place = pick(r, PLACES);
    if (!place.isEmpty()) {
      sb.append(place).append(' ');
    }
    sb.append(coined);
    for (int i = r.nextInt(3); i > 0; i--) {
      sb.append(' ').append(pick(r, GENERIC));
    }
    String legal = pick(r, LEGAL);
    return legal.isEmpty() ? sb.toString() : sb.append(' ').append(legal).toString();
  }

  /** One letter of a word of four or more letters swapped with its neighbour. */
  private static String typo(Random r, String name) {
    String[] words = name.split(" ");
    for (int tries = 0; tries < 5; tries++) {
      int w = r.nextInt(words.length);
      if (words[w].length() >= 5) {
        char[] c = words[w].toCharArray();
        int i = 1 + r.nextInt(c.length - 2);
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        words[w] = new String(c);
        break;
      }
    }
    return String.join(" ", words);
  }
}
