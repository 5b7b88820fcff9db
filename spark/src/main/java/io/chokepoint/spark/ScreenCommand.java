package io.chokepoint.spark;

import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.spark.rescreen.BulkScreening;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chokepoint-spark screen --parties PATH --out DIR [--lists PATH...] [--threshold T]}:
 * screens every counterparty against the lists ({@link BulkScreening}) and writes the matches as
 * {@code DIR/matches.parquet/} and {@code DIR/matches.csv/}.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description =
        "Screen a counterparty master (CSV or Parquet) against the lists: every match, no comparison.")
final class ScreenCommand implements Callable<Integer> {
  @ParentCommand SparkMain main;

  @Option(
      names = "--parties",
      required = true,
      paramLabel = "PATH",
      description =
          "Counterparties: CSV with a header, or Parquet; columns id, name[, country, address].")
  String parties;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      description = "csv or parquet (default: csv for a .csv name, else parquet).")
  String format;

  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "List files or folders (default: the home's data/lists/).")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Lowest score to report, in [0, 1] (default: the review band's floor, 0.65).")
  double threshold = MatchPolicy.DEFAULT_REVIEW_FLOOR;

  @Mixin JobOutput output;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    try (SparkMain.Session s = main.session("chokepoint screen")) {
      output.check(s.spark(), "matches");
      ShippedLists shipped = ShippedLists.of(main.lists(lists));
      Dataset<Row> input = BulkScreening.readParties(s.spark(), parties, format);
      Broadcast<ShippedLists> broadcast = Sessions.broadcast(s.spark(), shipped);
      Dataset<Row> matches = BulkScreening.screen(input, broadcast, threshold);
      long job = System.nanoTime();
      Outputs.Written w = output.write(matches, "matches");
      double jobSeconds = (System.nanoTime() - job) / 1e9;
      long screened = input.filter(functions.trim(functions.col("name")).notEqual("")).count();
      long alerts =
          s.spark()
              .read()
              .parquet(w.parquet())
              .filter(functions.col("band").equalTo("ALERT"))
              .count();
      double seconds = (System.nanoTime() - start) / 1e9;
      // a rate over a handful of parties would only measure Spark's start-up
      String rate =
          screened < 1000
              ? ""
              : String.format(
                  Locale.ROOT,
                  " (%.0f parties/s, the index built once per executor included)",
                  screened / jobSeconds);
      main.spec
          .commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "screen: %d parties, %d matches (%d alerts, %d to review) against %d entries"
                      + " (lists %s) in %.1f s, of which screening and writing %.1f s%s; wrote %s"
                      + " and %s",
                  screened,
                  w.rows(),
                  alerts,
                  w.rows() - alerts,
                  shipped.entries(),
                  shipped.contentHash(),
                  seconds,
                  jobSeconds,
                  rate,
                  w.parquet(),
                  w.csv()));
      broadcast.destroy();
    }
    return 0;
  }
}
