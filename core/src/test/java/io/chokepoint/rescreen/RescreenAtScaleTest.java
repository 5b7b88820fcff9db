package io.chokepoint.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.synthetic.ListUpdate;
import io.chokepoint.synthetic.SyntheticMaster;
import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance tests, on a generated master of 200,000 parties against every shipped
 * list: the planted matches are found at the recall the screening benchmark reports, and a delta
 * rescreen after a list update of about 1% (entries added, removed and changed: aliases, names,
 * countries, addresses; added names that share words with listed ones) writes exactly the matches a
 * full rescreen writes, byte for byte, good-guy decisions included (one set that holds, one that
 * lapses as its entries change, one recorded since the previous run).
 */
class RescreenAtScaleTest {
  static final int PARTIES = 200_000;
  static final long SEED = 20261130L;

  /** How far below the benchmark's recall the planted recall may fall (sampling and context). */
  static final double RECALL_TOLERANCE = 0.01;

  @TempDir static Path dir;

  private static ListSnapshot before;
  private static ListSnapshot after;
  private static List<SyntheticMaster.Planted> planted;
  private static Map<String, Counterparty> plantedParties;
  private static Path master;
  private static RescreenSummary first;
  private static final LocalRescreen ENGINE = new LocalRescreen();
  private static final Instant WHEN = Instant.parse("2026-11-01T09:00:00Z");

  @BeforeAll
  static void screenTheMasterOnce() throws IOException {
    before = ListLoader.load(List.of(ProjectFiles.root().resolve("data/lists")), LocalDate.now());
    SyntheticMaster gen = SyntheticMaster.of(SEED, before, SyntheticMaster.DEFAULT_PLANT_RATE);
    master = dir.resolve("master.csv");
    gen.write(PARTIES, master, dir.resolve("planted.csv"));
    planted = new ArrayList<>();
    plantedParties = new HashMap<>();
    List<String> names = new ArrayList<>();
    gen.parties(0, PARTIES)
        .forEach(
            g -> {
              names.add(g.party().name());
              if (g.planted() != null) {
                planted.add(g.planted());
                plantedParties.put(g.party().id(), g.party());
              }
            });
    Set<String> plantedEntries = new HashSet<>();
    planted.forEach(p -> plantedEntries.add(p.entryId()));
    // ~1% of the shipped lists' 10,410 entries: 25 removed, 40 changed, 60 added
    after = ListUpdate.apply(before, SEED, 25, 40, 60, names, plantedEntries);
    long start = System.nanoTime();
    first =
        ENGINE.run(
            new RescreenJob(
                master, before, null, null, false, memory(false), null, dir.resolve("r0"), null));
    System.out.printf(
        Locale.ROOT,
        "full rescreen of %,d parties: %.1f s (%,d matches)%n",
        PARTIES,
        (System.nanoTime() - start) / 1e9,
        first.matches());
  }

  /** Reviews of planted pairs as of the old lists; {@code later} adds some recorded since. */
  private static FalsePositiveMemory memory(boolean later) {
    return io.chokepoint.testing.PlantedReviews.of(
        before, after, planted, plantedParties, 15, WHEN, later);
  }

  @Test
  void thePlantedMatchesAreFoundAtTheRecallTheScreeningBenchmarkReports() throws IOException {
    double reported = reportedRecall();
    Set<String> found = new HashSet<>();
    for (PartyMatch m : ResultFolder.read(dir.resolve("r0")).matches()) {
      found.add(m.partyId() + " " + m.entryId());
    }
    List<String> misses = new ArrayList<>();
    for (SyntheticMaster.Planted p : planted) {
      if (!found.contains(p.partyId() + " " + p.entryId())) {
        misses.add(p.category() + ": '" + p.partyName() + "' should find " + p.entryId());
      }
    }
    double recall = 1 - (double) misses.size() / planted.size();
    System.out.printf(
        Locale.ROOT,
        "planted recall %.4f (%,d of %,d); the benchmark reports %.3f%n",
        recall,
        planted.size() - misses.size(),
        planted.size(),
        reported);
    assertThat(planted).hasSizeGreaterThan(PARTIES / 200);
    assertThat(recall)
        .as("planted recall; misses:%n  %s", String.join("\n  ", misses))
        .isGreaterThanOrEqualTo(reported - RECALL_TOLERANCE);
  }

  @Test
  void aDeltaRescreenWritesWhatAFullRescreenWrites() throws IOException {
    FalsePositiveMemory now = memory(true);
    Path delta = dir.resolve("delta");
    long t0 = System.nanoTime();
    RescreenSummary d =
        ENGINE.run(
            new RescreenJob(
                master, after, dir.resolve("r0"), before, false, now, null, delta, null));
    long t1 = System.nanoTime();
    Path full = dir.resolve("full");
    RescreenSummary f =
        ENGINE.run(
            new RescreenJob(master, after, dir.resolve("r0"), null, true, now, null, full, null));
    long t2 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "delta %.1f s (scopes %s), full %.1f s; list delta %s%n",
        (t1 - t0) / 1e9,
        d.scopes(),
        (t2 - t1) / 1e9,
        d.listDelta());
    assertThat(Files.readString(delta.resolve(ResultFolder.MATCHES)))
        .isEqualTo(Files.readString(full.resolve(ResultFolder.MATCHES)));
    assertThat(Files.readString(delta.resolve(ResultFolder.WEIGHTS)))
        .isEqualTo(Files.readString(full.resolve(ResultFolder.WEIGHTS)));
    assertThat(d.weights()).isEqualTo(first.weights());
    // the update did something to alerts, of every kind the summary tells
    Map<String, Map<String, Integer>> c = d.changes();
    assertThat(c.get("new")).containsKeys("entry-added", "review-lapsed");
    assertThat(c.get("cleared")).containsKeys("entry-removed", "reviewed");
    assertThat(
            d.total(RescreenDiff.Kind.CHANGED)
                + c.get("cleared").getOrDefault("below-threshold", 0))
        .isPositive();
    // and most parties were left alone
    assertThat(d.scopes().get("unchanged")).isGreaterThan(PARTIES / 3);
    assertThat(f.matches()).isEqualTo(d.matches());
  }

  /** The STRONG + MEDIUM recall that docs/screening.md reports for the perturbation set. */
  static double reportedRecall() throws IOException {
    String doc = Files.readString(ProjectFiles.root().resolve("docs/screening.md"));
    Matcher m =
        Pattern.compile("\\*\\*STRONG \\+ MEDIUM\\*\\*[^\\n]*\\*\\*(0\\.\\d+)\\*\\*").matcher(doc);
    assertThat(m.find()).as("the recall row in docs/screening.md").isTrue();
    return Double.parseDouble(m.group(1));
  }
}
