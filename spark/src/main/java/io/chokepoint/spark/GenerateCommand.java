package io.chokepoint.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.rescreen.CounterpartyCsv;
import io.chokepoint.spark.engine.PerJvm;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.synthetic.SyntheticMaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code generate-parties}: the seeded synthetic counterparty master of {@code chokepoint generate
 * parties}, generated inside the partitions ({@link SyntheticMaster#party} is a function of the
 * seed and the party's index alone), and written as Parquet: the master (the columns of
 * docs/formats.md §22, which {@code rescreen --parties} reads) and the planted answers (§24). The
 * same seed, count, rate and lists give the same parties, in the same order, as the command line's
 * CSV.
 */
@Command(
    name = "generate-parties",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a synthetic counterparty master with planted list matches, in partitions, as"
          + " Parquet.",
      "The same seed, count, rate and lists give the parties chokepoint generate parties writes."
    })
final class GenerateCommand implements Callable<Integer> {
  /** Parties per partition, at most. */
  static final long PARTITION = 250_000;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PerJvm<SyntheticMaster> MASTERS = new PerJvm<>(2);

  @ParentCommand SparkMain main;

  @Option(names = "--count", required = true, paramLabel = "N", description = "How many parties.")
  long count;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Default 1.")
  long seed;

  @Option(
      names = "--plant-rate",
      defaultValue = "0.01",
      paramLabel = "R",
      description = "The share of planted list matches (default 0.01).")
  double rate;

  @Option(
      names = "--lists",
      paramLabel = "PATH",
      description = "The lists to plant from (default: the home's data/lists/).")
  List<Path> lists = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The master, a Parquet folder (must not exist).")
  Path out;

  @Option(
      names = "--answers",
      paramLabel = "DIR",
      description = "The planted answers, a Parquet folder (default: DIR-planted).")
  Path answers;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("--count must not be negative, was " + count);
    }
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("--plant-rate must lie in [0, 1], was " + rate);
    }
    Path answerDir = answers != null ? answers : out.resolveSibling(out.getFileName() + "-planted");
    ListSnapshot snapshot = main.lists(lists);
    try (SparkMain.Session s = main.session("chokepoint generate-parties")) {
      SparkSession spark = s.spark();
      Broadcast<ShippedLists> shipped = Sessions.broadcast(spark, ShippedLists.of(snapshot));
      String key = snapshot.contentHash() + "|" + seed + "|" + rate;
      int slices =
          (int)
              Math.max(
                  spark.sparkContext().defaultParallelism(), (count + PARTITION - 1) / PARTITION);
      JavaRDD<Long> indexes = spark.range(0, count, 1, slices).javaRDD();
      spark
          .createDataFrame(generated(indexes, shipped, key, false), schema(CounterpartyCsv.COLUMNS))
          .write()
          .parquet(out.toString());
      spark
          .createDataFrame(
              generated(indexes, shipped, key, true), schema(SyntheticMaster.ANSWER_COLUMNS))
          .write()
          .parquet(answerDir.toString());
      long plantedCount = spark.read().parquet(answerDir.toString()).count();
      shipped.destroy();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("parties", count);
      json.put("planted", plantedCount);
      json.put("seed", seed);
      json.put("plantRate", rate);
      json.put("lists", snapshot.contentHash());
      json.put("master", out.toString());
      json.put("answers", answerDir.toString());
      main.spec.commandLine().getOut().println(JSON.writeValueAsString(json));
      main.spec
          .commandLine()
          .getErr()
          .println(
              String.format(
                  Locale.ROOT,
                  "generated %,d parties (%,d planted) in %d partitions; wrote %s and %s",
                  count,
                  plantedCount,
                  slices,
                  out,
                  answerDir));
    }
    return 0;
  }

  /** Each partition's parties as rows: the master's, or the planted answers'. */
  private JavaRDD<Row> generated(
      JavaRDD<Long> indexes, Broadcast<ShippedLists> shipped, String key, boolean planted) {
    long seedHere = seed;
    double rateHere = rate;
    return indexes.mapPartitions(
        it ->
            rows(
                it,
                MASTERS.get(
                    key, () -> SyntheticMaster.of(seedHere, shipped.value().unpack(), rateHere)),
                planted));
  }

  /** The rows of a partition's parties: the master's, or the planted answers'. */
  private static Iterator<Row> rows(Iterator<Long> indexes, SyntheticMaster m, boolean planted) {
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        while (indexes.hasNext()) {
          SyntheticMaster.Generated g = m.party(indexes.next());
          if (!planted) {
            return RowFactory.create(SyntheticMaster.masterRow(g.party()).toArray());
          }
          if (g.planted() != null) {
            return RowFactory.create(SyntheticMaster.answerRow(g.planted()).toArray());
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Row r = next;
        next = advance();
        return r;
      }
    };
  }

  private static StructType schema(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      fields.add(DataTypes.createStructField(c, DataTypes.StringType, false));
    }
    return DataTypes.createStructType(fields);
  }
}
