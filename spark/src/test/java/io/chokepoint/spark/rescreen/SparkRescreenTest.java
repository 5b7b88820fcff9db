package io.chokepoint.spark.rescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.Counterparty;
import io.chokepoint.rescreen.CounterpartyCsv;
import io.chokepoint.rescreen.LocalRescreen;
import io.chokepoint.rescreen.RescreenDiff;
import io.chokepoint.rescreen.RescreenEngine;
import io.chokepoint.rescreen.RescreenJob;
import io.chokepoint.rescreen.RescreenSummary;
import io.chokepoint.rescreen.ResultFolder;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.spark.LocalSpark;
import io.chokepoint.spark.SparkMain;
import io.chokepoint.synthetic.ListUpdate;
import io.chokepoint.synthetic.SyntheticMaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's rescreen in Spark partitions gives the in-process engine's result folder: a generated
 * master of 3,000 parties (one in twenty planted from the shipped lists) against the shipped lists,
 * then a delta after a list update that adds, removes and changes entries, with good-guy decisions
 * (some that hold, some that lapse as their entries change, some recorded since the first run).
 */
class SparkRescreenTest {
  static final int PARTIES = 3_000;
  static final long SEED = 20261129L;
  private static final Instant WHEN = Instant.parse("2026-11-01T09:00:00Z");

  @TempDir static Path dir;

  private static ListSnapshot before;
  private static ListSnapshot after;
  private static Path master;
  private static List<SyntheticMaster.Planted> planted = new ArrayList<>();
  private static Map<String, Counterparty> plantedParties = new HashMap<>();
  private static RescreenEngine spark;
  private static final RescreenEngine LOCAL = new LocalRescreen();

  @BeforeAll
  static void generate() throws IOException {
    before = LocalSpark.lists();
    SyntheticMaster gen = SyntheticMaster.of(SEED, before, 0.05);
    master = dir.resolve("master.csv");
    gen.write(PARTIES, master, dir.resolve("planted.csv"));
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
    after = ListUpdate.apply(before, SEED, 20, 30, 40, names, plantedEntries);
    spark = SparkRescreen.engine(LocalSpark.session());
  }

  /** Reviews of planted pairs as of the old lists; {@code later} adds some recorded since. */
  private static FalsePositiveMemory memory(boolean later) {
    return io.chokepoint.testing.PlantedReviews.of(
        before, after, planted, plantedParties, 5, WHEN, later);
  }

  private static RescreenJob job(
      ListSnapshot lists, Path previous, ListSnapshot old, boolean keep, boolean later, Path out) {
    return new RescreenJob(master, lists, previous, old, keep, memory(later), null, out, null);
  }

  @Test
  void fullAndDeltaInSparkWriteWhatTheInProcessEngineWrites() throws IOException {
    Path local0 = dir.resolve("local0");
    Path spark0 = dir.resolve("spark0");
    RescreenSummary l0 = LOCAL.run(job(before, null, null, false, false, local0));
    RescreenSummary s0 = spark.run(job(before, null, null, false, false, spark0));
    sameFolders(spark0, local0);
    assertThat(s0.engine()).isEqualTo("spark");
    assertThat(s0.matches()).isEqualTo(l0.matches()).isGreaterThan(PARTIES / 40);
    assertThat(s0.cleared()).isPositive();

    // a delta from the Spark result, in Spark and in process, and a full run with its weights
    Path sparkDelta = dir.resolve("spark-delta");
    Path localDelta = dir.resolve("local-delta");
    Path sparkFull = dir.resolve("spark-full");
    RescreenSummary d = spark.run(job(after, spark0, before, false, true, sparkDelta));
    LOCAL.run(job(after, spark0, before, false, true, localDelta));
    RescreenSummary f = spark.run(job(after, spark0, null, true, true, sparkFull));
    sameFolders(sparkDelta, localDelta);
    assertThat(Files.readString(sparkDelta.resolve(ResultFolder.MATCHES)))
        .isEqualTo(Files.readString(sparkFull.resolve(ResultFolder.MATCHES)));
    // the same changes, but a full run cannot tell an added entry from a new match
    for (RescreenDiff.Kind k : RescreenDiff.Kind.values()) {
      assertThat(d.total(k)).as(k.name()).isEqualTo(f.total(k));
    }
    assertThat(d.mode()).isEqualTo("delta");
    assertThat(d.changes().get("new")).containsKey("entry-added");
    assertThat(d.changes().get("cleared")).containsKeys("entry-removed", "reviewed");
    assertThat(d.scopes().get("unchanged")).isGreaterThan(PARTIES / 3);
  }

  @Test
  void theCommandWritesTheResultFolderAndParquet() throws IOException {
    Path out = dir.resolve("command");
    int code =
        SparkMain.run(
            "--home",
            io.chokepoint.testing.ProjectFiles.root().toString(),
            "rescreen",
            "--parties",
            master.toString(),
            "--out",
            out.toString());
    assertThat(code).isZero();
    RescreenSummary s = ResultFolder.read(out).summary();
    assertThat(s.engine()).isEqualTo("spark");
    assertThat(s.parties()).isEqualTo(PARTIES);
    long rows =
        LocalSpark.session().read().parquet(out.resolve("matches.parquet").toString()).count();
    assertThat(rows).isEqualTo(s.matches());
  }

  @Test
  void aParquetMasterIsRescreenedAsItsCsvFormAndRecognisedByADelta() throws IOException {
    Path parquet = dir.resolve("master.parquet");
    LocalSpark.session()
        .read()
        .option("header", true)
        .option("multiLine", true)
        .option("escape", "\"")
        .csv(master.toString())
        .coalesce(1)
        .write()
        .parquet(parquet.toString());
    assertThat(io.chokepoint.rescreen.CounterpartyMaster.isParquet(parquet)).isTrue();
    Path csv = ParquetMaster.toCsv(LocalSpark.session(), parquet, dir.resolve("from-parquet.csv"));
    assertThat(CounterpartyCsv.read(csv).parties())
        .isEqualTo(CounterpartyCsv.read(master).parties());
    Path first = dir.resolve("parquet-full");
    assertThat(rescreen(parquet, first)).isZero();
    Path fromCsv = dir.resolve("csv-full");
    assertThat(rescreen(csv, fromCsv)).isZero();
    sameFolders(first, fromCsv);
    // the same Parquet master again: a delta from the first result accepts it as the same master
    Path delta = dir.resolve("parquet-delta");
    assertThat(rescreen(parquet, delta, "--previous", first.toString())).isZero();
    assertThat(ResultFolder.read(delta).summary().mode()).isEqualTo("delta");
  }

  @Test
  void aParquetMasterWithAnUnknownColumnIsRefusedNamingIt() {
    Path bad = dir.resolve("bad.parquet");
    LocalSpark.session()
        .sql("SELECT 'P1' AS id, 'Acme Trading' AS name, 'x' AS colour")
        .write()
        .parquet(bad.toString());
    assertThatThrownBy(() -> ParquetMaster.toCsv(LocalSpark.session(), bad, dir.resolve("bad.csv")))
        .isInstanceOf(io.chokepoint.source.SourceException.class)
        .satisfies(
            e ->
                assertThat(((io.chokepoint.source.SourceException) e).issues())
                    .anySatisfy(i -> assertThat(i.message()).contains("unknown column")));
  }

  /** {@code SparkMain rescreen} of a master into a folder, CSV only, with more options. */
  private static int rescreen(Path parties, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--home",
                io.chokepoint.testing.ProjectFiles.root().toString(),
                "rescreen",
                "--parties",
                parties.toString(),
                "--out",
                out.toString(),
                "--no-parquet"));
    args.addAll(List.of(more));
    return SparkMain.run(args.toArray(String[]::new));
  }

  /** The files of two result folders are the same, but for the summary's engine and time. */
  private static void sameFolders(Path a, Path b) throws IOException {
    for (String f : List.of(ResultFolder.MATCHES, ResultFolder.CHANGES, ResultFolder.WEIGHTS)) {
      assertThat(Files.readString(a.resolve(f))).as(f).isEqualTo(Files.readString(b.resolve(f)));
    }
    Map<String, Object> sa = new HashMap<>(ResultFolder.read(a).summary().toJson());
    Map<String, Object> sb = new HashMap<>(ResultFolder.read(b).summary().toJson());
    for (String k : List.of("engine", "seconds")) {
      sa.remove(k);
      sb.remove(k);
    }
    assertThat(sa).isEqualTo(sb);
  }
}
