package io.chokepoint.bench;

import io.chokepoint.lists.EntryKind;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.LocalRescreen;
import io.chokepoint.rescreen.RescreenJob;
import io.chokepoint.rescreen.RescreenSummary;
import io.chokepoint.rescreen.ResultFolder;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.source.Position;
import io.chokepoint.synthetic.ListUpdate;
import io.chokepoint.synthetic.SyntheticMaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Times bulk rescreens in process (not JMH: each run is one long operation): a seeded synthetic
 * master (seed 20261130, 1% planted) rescreened in full against every shipped list, then, for two
 * list updates, a delta rescreen from that result and the full rescreen it equals (the same
 * weights), checking that both write the same {@code matches.csv}. The updates: 125 entries of the
 * shipped lists changed ({@link ListUpdate}: 25 removed, 40 changed, 60 added), and the 78 curated
 * Chinese companies of {@code ../shared} that are not listed, added as Entity List entries with
 * their Chinese names.
 *
 * <pre>
 * java -Xmx4g -cp bench/target/benchmarks.jar io.chokepoint.bench.RescreenTiming [--parties N] [--dir DIR]
 * </pre>
 */
public final class RescreenTiming {
  private static final long SEED = 20261130L;

  private RescreenTiming() {}

  /**
   * Runs the timings.
   *
   * @param args {@code --parties N} (default 200,000), {@code --dir DIR} for the files (default a
   *     temporary folder)
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int parties = 200_000;
    Path dir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--parties" -> parties = Integer.parseInt(args[i + 1].replace(",", ""));
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    dir = dir == null ? Files.createTempDirectory("rescreen-timing") : Files.createDirectories(dir);
    ListSnapshot lists = ScreeningCorpus.shipped();
    SyntheticMaster gen = SyntheticMaster.of(SEED, lists, SyntheticMaster.DEFAULT_PLANT_RATE);
    Path master = dir.resolve("master.csv");
    long t = System.nanoTime();
    SyntheticMaster.Written w = gen.write(parties, master, dir.resolve("planted.csv"));
    System.out.printf(
        Locale.ROOT,
        "master: %,d parties, %,d planted, written in %.1f s; %d cores, max heap %,d MB%n",
        w.parties(),
        w.planted(),
        (System.nanoTime() - t) / 1e9,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    LocalRescreen engine = new LocalRescreen();
    Path full = dir.resolve("full");
    RescreenSummary first = run(engine, master, lists, null, null, false, full);
    System.out.printf(
        Locale.ROOT,
        "full rescreen against %,d entries: %.1f s (%,d matches)%n%n",
        first.entries(),
        first.seconds(),
        first.matches());
    Map<String, ListSnapshot> updates = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    Set<String> planted = new HashSet<>();
    gen.parties(0, Math.min(parties, 20_000))
        .forEach(
            g -> {
              names.add(g.party().name());
              if (g.planted() != null) {
                planted.add(g.planted().entryId());
              }
            });
    updates.put(
        "25 removed, 40 changed, 60 added",
        ListUpdate.apply(lists, SEED, 25, 40, 60, names, planted));
    Path curated = Bench.home().resolve("../shared/data/lists/curated/cn_companies_not_listed.csv");
    if (Files.exists(curated)) {
      updates.put("78 Chinese companies added", withCurated(lists, curated));
    }
    System.out.println(
        "| update | delta | full, same weights | ratio | same matches.csv | scopes |");
    System.out.println("|---|---:|---:|---:|---|---|");
    int n = 0;
    for (Map.Entry<String, ListSnapshot> u : updates.entrySet()) {
      Path delta = dir.resolve("delta-" + n);
      Path again = dir.resolve("again-" + n++);
      RescreenSummary d = run(engine, master, u.getValue(), full, lists, false, delta);
      RescreenSummary f = run(engine, master, u.getValue(), full, null, true, again);
      boolean same =
          Files.readString(delta.resolve(ResultFolder.MATCHES))
              .equals(Files.readString(again.resolve(ResultFolder.MATCHES)));
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f s | %.1f s | %.1fx | %s | %s |%n",
          u.getKey(),
          d.seconds(),
          f.seconds(),
          f.seconds() / d.seconds(),
          same ? "yes" : "NO",
          d.scopes());
    }
  }

  private static RescreenSummary run(
      LocalRescreen engine,
      Path master,
      ListSnapshot lists,
      Path previous,
      ListSnapshot previousLists,
      boolean keepWeights,
      Path out) {
    return engine.run(
        new RescreenJob(
            master,
            lists,
            previous,
            previousLists,
            keepWeights,
            FalsePositiveMemory.empty(),
            null,
            out,
            null));
  }

  /** The lists with the curated not-listed Chinese companies added to the Entity List. */
  private static ListSnapshot withCurated(ListSnapshot lists, Path curated) throws IOException {
    List<ListEntry> all = new ArrayList<>(lists.entries());
    int i = 0;
    for (Map<String, String> r : Csv.records(curated, StandardCharsets.UTF_8)) {
      all.add(
          new ListEntry(
              String.format("US-EL-BENCH-%04d", i++),
              "US-EL",
              EntryKind.ENTITY,
              r.get("name_en").strip(),
              r.get("name_zh").isBlank() ? List.of() : List.of(r.get("name_zh").strip()),
              List.of("CN"),
              List.of(),
              List.of(),
              null,
              "benchmark update",
              null,
              Map.of(),
              Position.ofFile(curated.toString())));
    }
    return ListSnapshot.of(all, lists.asOf(), lists.sources());
  }
}
