package io.chokepoint.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.RescreenJob;
import io.chokepoint.rescreen.RescreenSummary;
import io.chokepoint.rescreen.ResultFolder;
import io.chokepoint.rescreen.ReviewsCsv;
import io.chokepoint.screening.FalsePositiveMemory;
import io.chokepoint.screening.ReviewedNonMatch;
import io.chokepoint.spark.rescreen.ParquetMaster;
import io.chokepoint.spark.rescreen.SparkRescreen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chokepoint-spark rescreen --parties FILE --out DIR [--previous DIR] …}: the core's full or
 * delta rescreen ({@code chokepoint rescreen}, docs/rescreen.md) with the parties screened in Spark
 * partitions ({@link SparkRescreen}). It takes the command line's options and writes the same
 * result folder (docs/formats.md §23), plus {@code matches.parquet/} and {@code changes.parquet/}
 * (the two CSV files' columns, as text), and prints the summary as JSON.
 */
@Command(
    name = "rescreen",
    mixinStandardHelpOptions = true,
    description = {
      "Rescreen a counterparty master in full or, with --previous, as a delta: chokepoint"
          + " rescreen's result folder, screened in Spark partitions."
    })
final class RescreenCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand SparkMain main;

  @Option(
      names = "--parties",
      required = true,
      paramLabel = "FILE",
      description =
          "The counterparty master: CSV with id, name[, country, kind, address], or Parquet (a"
              + " .parquet file or a folder of part files) with those string columns.")
  Path parties;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The result folder to write (created; its earlier files are replaced).")
  Path out;

  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "More list files or folders, with the home's data/lists/.")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--previous",
      paramLabel = "DIR",
      description = "A previous result folder: rescreen as a delta from it.")
  Path previous;

  @Option(
      names = "--previous-lists",
      paramLabel = "PATH",
      description = "The lists the previous result was screened against (default: its copy).")
  List<Path> previousLists = new ArrayList<>();

  @Option(names = "--full", description = "With --previous: screen every party and compare.")
  boolean full;

  @Option(names = "--keep-weights", description = "With --full: keep the previous token weights.")
  boolean keepWeights;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Lowest score kept, in [0, 1] (default: the previous result's, else 0.80).")
  Double threshold;

  @Option(
      names = "--cleared",
      paramLabel = "FILE",
      description =
          "Reviewed non-matches, as a matches.csv with cleared_by, cleared_at and"
              + " cleared_reason filled in.")
  List<Path> cleared = new ArrayList<>();

  @Option(names = "--no-parquet", description = "Write the result folder's CSV files only.")
  boolean noParquet;

  @Override
  public Integer call() throws IOException {
    if (previous == null && (full || keepWeights || !previousLists.isEmpty())) {
      throw new IllegalArgumentException(
          "--full, --keep-weights and --previous-lists need --previous");
    }
    if (keepWeights && !full) {
      throw new IllegalArgumentException("--keep-weights is for --full: a delta keeps them");
    }
    if (full && !previousLists.isEmpty()) {
      throw new IllegalArgumentException("--previous-lists is for a delta, not with --full");
    }
    if (previous != null && !ResultFolder.holdsResult(previous)) {
      throw new IllegalArgumentException("no rescreen result in " + previous);
    }
    List<Path> now = new ArrayList<>(List.of(main.home().resolve("data/lists")));
    now.addAll(lists);
    ListSnapshot snapshot = main.lists(now);
    ListSnapshot before = null;
    if (previous != null && !full) {
      before =
          previousLists.isEmpty()
              ? ResultFolder.lists(previous)
              : ListLoader.load(previousLists, LocalDate.now());
    }
    FalsePositiveMemory memory = FalsePositiveMemory.empty();
    for (Path f : cleared) {
      for (ReviewedNonMatch r : ReviewsCsv.read(f)) {
        memory = memory.with(r);
      }
    }
    Path csvForm = null;
    try (SparkMain.Session s = main.session("chokepoint rescreen")) {
      Path master = parties;
      if (io.chokepoint.rescreen.CounterpartyMaster.isParquet(parties)) {
        csvForm = Files.createTempFile("chokepoint-master-", ".csv");
        master = ParquetMaster.toCsv(s.spark(), parties, csvForm);
      }
      RescreenJob job =
          new RescreenJob(
              master, snapshot, previous, before, keepWeights, memory, threshold, out, null);
      RescreenSummary summary = SparkRescreen.engine(s.spark()).run(job);
      if (!noParquet) {
        parquet(s.spark(), out, ResultFolder.MATCHES, "matches.parquet");
        parquet(s.spark(), out, ResultFolder.CHANGES, "changes.parquet");
      }
      Map<String, Object> json = new java.util.LinkedHashMap<>(summary.toJson());
      json.put("out", out.toString());
      main.spec.commandLine().getOut().println(JSON.writeValueAsString(json));
      main.spec
          .commandLine()
          .getErr()
          .println(
              String.format(
                  Locale.ROOT,
                  "rescreen (%s, spark engine): %,d parties, %,d matches (%,d alerts) in %.1f s;"
                      + " wrote %s",
                  summary.mode(),
                  summary.parties(),
                  summary.matches(),
                  summary.open(),
                  summary.seconds(),
                  out));
    } finally {
      if (csvForm != null) {
        Files.deleteIfExists(csvForm);
      }
    }
    return 0;
  }

  /** A CSV file of the result folder again as Parquet, its columns as text. */
  private static void parquet(SparkSession spark, Path dir, String csv, String name) {
    spark
        .read()
        .option("header", true)
        .option("multiLine", true)
        .option("escape", "\"")
        .csv(dir.resolve(csv).toString())
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(dir.resolve(name).toString());
  }
}
