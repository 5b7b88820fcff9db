package io.chokepoint.spark;

import io.chokepoint.spark.determine.BulkDetermination;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.spark.engine.ShippedRuleBook;
import java.nio.file.Path;
import java.time.LocalDate;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chokepoint-spark determine FILE... --out DIR [--as-of DATE] [--lists PATH...]
 * [--no-screening]}: determines every transaction of every file ({@link BulkDetermination}) and
 * writes one row per transaction as {@code DIR/determinations.parquet/} and {@code
 * DIR/determinations.csv/}. Exits with 2 if a file was rejected (its row carries the reasons).
 */
@Command(
    name = "determine",
    mixinStandardHelpOptions = true,
    description = "Determine transaction files (YAML or JSON), as check does, in Spark tasks.")
final class DetermineCommand implements Callable<Integer> {
  @ParentCommand SparkMain main;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Transaction files or folders, at paths every executor can read.")
  List<String> files;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Evaluation date (default: each transaction's date).")
  LocalDate asOf;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "The rule-book folder (default: the home's regulations/).")
  Path rules;

  @Option(
      names = "--chips",
      paramLabel = "FILE",
      description = "The chip catalogue (default: the home's data/chips.yaml).")
  Path chips;

  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "List files or folders to screen parties against (default: data/lists/).")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--no-screening", description = "Do not screen parties against any list.")
  boolean noScreening;

  @Mixin JobOutput output;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    try (SparkMain.Session s = main.session("chokepoint determine")) {
      output.check(s.spark(), "determinations");
      Path home = main.home();
      ShippedRuleBook book =
          ShippedRuleBook.activate(
              rules != null ? rules : home.resolve("regulations"),
              chips != null ? chips : home.resolve("data/chips.yaml"));
      ShippedLists shipped = noScreening ? null : ShippedLists.of(main.lists(lists));
      Broadcast<ShippedRuleBook> bookB = Sessions.broadcast(s.spark(), book);
      Broadcast<ShippedLists> listsB =
          shipped == null ? null : Sessions.broadcast(s.spark(), shipped);
      Dataset<Row> docs = BulkDetermination.readDocuments(s.spark(), files);
      Dataset<Row> result = BulkDetermination.determine(docs, bookB, listsB, asOf);
      Outputs.Written w = output.write(result, "determinations");
      Dataset<Row> written = s.spark().read().parquet(w.parquet());
      List<Row> rejected =
          written.filter(functions.col("error").isNotNull()).select("error").collectAsList();
      double seconds = (System.nanoTime() - start) / 1e9;
      main.spec
          .commandLine()
          .getOut()
          .println(
              String.format(
                  Locale.ROOT,
                  "determine: %d transactions, %d files rejected, rule book %s, lists %s, in %.1f"
                      + " s; wrote %s and %s",
                  w.rows() - rejected.size(),
                  rejected.size(),
                  book.ruleBookHash(),
                  shipped == null ? "none (no screening)" : shipped.contentHash(),
                  seconds,
                  w.parquet(),
                  w.csv()));
      rejected.forEach(r -> main.spec.commandLine().getErr().println(r.getString(0)));
      bookB.destroy();
      if (listsB != null) {
        listsB.destroy();
      }
      return rejected.isEmpty() ? 0 : 2;
    }
  }
}
