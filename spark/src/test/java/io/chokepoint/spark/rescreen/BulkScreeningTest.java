package io.chokepoint.spark.rescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.lists.ListEntry;
import io.chokepoint.lists.ListLoader;
import io.chokepoint.lists.ListSnapshot;
import io.chokepoint.screening.ListScreener;
import io.chokepoint.screening.MatchPolicy;
import io.chokepoint.screening.ScreeningMatch;
import io.chokepoint.screening.ScreeningQuery;
import io.chokepoint.spark.LocalSpark;
import io.chokepoint.spark.Outputs;
import io.chokepoint.spark.Sessions;
import io.chokepoint.spark.SparkMain;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark screening job gives exactly the core's answers: for every party, the matches an
 * in-process {@link ListScreener} over the same lists returns, in its order, with the same scores
 * and explanation lines; the index is built once per JVM, not per partition; and the Parquet and
 * CSV it writes read back to the same answers.
 */
class BulkScreeningTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StructType PARTIES =
      new StructType()
          .add("ID", DataTypes.StringType) // upper case: columns are found without regard to case
          .add("name", DataTypes.StringType)
          .add("country", DataTypes.StringType)
          .add("segment", DataTypes.StringType); // another column of the master, ignored

  private static List<Row> parties;

  @BeforeAll
  static void setUp() throws Exception {
    parties = new ArrayList<>();
    for (String line : Files.readAllLines(ProjectFiles.root().resolve("examples/customers.csv"))) {
      String[] f = line.split(",", -1);
      if (!f[0].equals("id")) {
        parties.add(RowFactory.create(f[0], f[1], f[2], "customer"));
      }
    }
    // Names and aliases of list entries spread over every list, some shortened or in capitals,
    // so that there are exact hits, near ones in the review band and Chinese-script names.
    List<ListEntry> entries = LocalSpark.lists().entries();
    int step = Math.max(1, entries.size() / 40);
    for (int i = 0; i < entries.size(); i += step) {
      ListEntry e = entries.get(i);
      String country = e.countries().isEmpty() ? null : e.countries().get(0);
      parties.add(RowFactory.create("E" + i, e.name(), country, "sampled"));
      parties.add(RowFactory.create("U" + i, shortened(e.name()), null, "sampled"));
      if (!e.aliases().isEmpty()) {
        parties.add(RowFactory.create("A" + i, e.aliases().get(0), country, "sampled"));
      }
    }
    parties.add(RowFactory.create("P1", "  华为技术有限公司  ", " CN ", "padded"));
    parties.add(RowFactory.create("B1", "   ", "CN", "blank: not screened"));
    parties.add(RowFactory.create("N1", null, "CN", "no name: not screened"));
  }

  @Test
  void everyPartyGetsTheMatchesTheCoreScreenerGives(@TempDir Path tmp) {
    // Parquet in, as a master exported from a warehouse would come.
    String input = tmp.resolve("parties.parquet").toString();
    LocalSpark.session().createDataFrame(parties, PARTIES).repartition(3).write().parquet(input);
    Dataset<Row> matches =
        BulkScreening.screen(
            BulkScreening.readParties(LocalSpark.session(), input, null),
            LocalSpark.shippedLists(),
            MatchPolicy.DEFAULT_REVIEW_FLOOR);

    Map<String, List<String>> spark = byParty(matches.collectAsList(), false);
    Map<String, List<String>> expected =
        expected(LocalSpark.coreScreener(), parties, MatchPolicy.DEFAULT_REVIEW_FLOOR);
    assertThat(spark).isEqualTo(expected);
    // the comparison is not vacuous: hits, the review band and Chinese names are all there
    List<Row> rows = matches.collectAsList();
    assertThat(expected.size()).isGreaterThan(parties.size() / 2);
    assertThat(rows).anyMatch(r -> r.getString(r.fieldIndex("band")).equals("ALERT"));
    assertThat(rows).anyMatch(r -> r.getString(r.fieldIndex("band")).equals("REVIEW"));
    assertThat(spark.get("P1")).isEqualTo(spark.get("C003")); // trimmed as screen --file trims
    assertThat(spark).doesNotContainKeys("B1", "N1");
    assertThat(rows)
        .allMatch(r -> r.getString(r.fieldIndex("lists")).equals(LocalSpark.lists().contentHash()));
  }

  @Test
  void theIndexIsBuiltOncePerJvmAndSnapshotNotPerPartition() {
    // a snapshot of its own, so that this test sees its build whatever ran before
    List<ListEntry> some = LocalSpark.lists().entries().subList(0, 300);
    ListSnapshot small = ListSnapshot.of(some, LocalSpark.lists().asOf(), List.of());
    Broadcast<ShippedLists> shipped =
        Sessions.broadcast(LocalSpark.session(), ShippedLists.of(small));
    List<Row> names = new ArrayList<>();
    for (ListEntry e : some) {
      names.add(RowFactory.create(e.id(), e.name(), null, null));
    }
    Dataset<Row> input = LocalSpark.session().createDataFrame(names, PARTIES).repartition(6);
    int before = ShippedLists.indexBuilds();

    long first = BulkScreening.screen(BulkScreening.parties(input), shipped, 0.9).count();
    long second = BulkScreening.screen(BulkScreening.parties(input), shipped, 0.9).count();

    assertThat(input.javaRDD().getNumPartitions()).isEqualTo(6);
    assertThat(ShippedLists.indexBuilds() - before).isEqualTo(1);
    assertThat(first).isEqualTo(second).isGreaterThanOrEqualTo(some.size());
  }

  @Test
  void rescreenWritesParquetAndCsvThatReadBackToTheCoresAnswers(@TempDir Path tmp) {
    Path customers = ProjectFiles.root().resolve("examples/customers.csv");
    // two small list files, so that this end-to-end run costs little next to the full lists above
    Path prcLists = ProjectFiles.root().resolve("data/lists/prc-lists.csv");
    Path entityList = ProjectFiles.root().resolve("data/lists/us-entity-list-cn-ai-semis.csv");
    String out = tmp.resolve("out").toString();

    String[] args = {
      "--home",
      ProjectFiles.root().toString(),
      "screen",
      "--lists",
      prcLists.toString(),
      "--lists",
      entityList.toString(),
      "--parties",
      customers.toString(),
      "--out",
      out
    };

    int code = SparkMain.run(args);

    assertThat(code).isZero();
    // run again into the same folder: refused before any work, the output left as it was
    assertThat(SparkMain.run(args)).isEqualTo(2);
    List<Row> customerRows = new ArrayList<>();
    for (Row r : parties) {
      if ("customer".equals(r.getString(3))) {
        customerRows.add(r);
      }
    }
    ListScreener small = ListScreener.build(ListLoader.load(prcLists, entityList));
    Map<String, List<String>> expected =
        expected(small, customerRows, MatchPolicy.DEFAULT_REVIEW_FLOOR);
    assertThat(expected).containsKeys("C001", "C003", "C012"); // Huawei twice, Skydio
    List<Row> parquet =
        LocalSpark.session().read().parquet(out + "/matches.parquet").collectAsList();
    assertThat(byParty(parquet, false)).isEqualTo(expected);

    List<Row> csv =
        Outputs.csvReader(LocalSpark.session().read()).csv(out + "/matches.csv").collectAsList();
    assertThat(byParty(csv, true)).isEqualTo(expected);
  }

  @Test
  void aMasterWithoutANameColumnIsRefusedBeforeAnyTaskRuns() {
    Dataset<Row> noName =
        LocalSpark.session()
            .createDataFrame(
                List.of(RowFactory.create("1", "x")),
                new StructType()
                    .add("id", DataTypes.StringType)
                    .add("label", DataTypes.StringType));

    assertThatThrownBy(() -> BulkScreening.parties(noName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no name column");
  }

  @Test
  void theSnapshotUnpackedOnAnExecutorIsTheOneThatWasPacked() {
    ListSnapshot lists = LocalSpark.lists();
    ShippedLists shipped = ShippedLists.of(lists);

    ListSnapshot unpacked = shipped.unpack();

    assertThat(unpacked.contentHash()).isEqualTo(lists.contentHash());
    assertThat(unpacked.entries()).isEqualTo(lists.entries()); // positions included
    assertThat(unpacked.sources()).isEqualTo(lists.sources());
    assertThat(unpacked.asOf()).isEqualTo(lists.asOf());
  }

  /** What the core screener says of each party with a name, keyed by party id. */
  private static Map<String, List<String>> expected(
      ListScreener core, List<Row> rows, double threshold) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Row r : rows) {
      String name = r.getString(1) == null ? "" : r.getString(1).trim();
      if (name.isEmpty()) {
        continue;
      }
      String country =
          r.getString(2) == null || r.getString(2).isBlank() ? null : r.getString(2).trim();
      List<ScreeningMatch> ms = core.screen(new ScreeningQuery(name, country, null), threshold);
      for (ScreeningMatch m : ms) {
        out.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
            .add(
                line(
                    m.entry().id(),
                    m.matchedName(),
                    m.score(),
                    MatchPolicy.band(m.score()).name(),
                    m.explanation()));
      }
    }
    return out;
  }

  /**
   * What Spark wrote of each party, keyed by party id, in rank order; from CSV, the score is text
   * and the explanation JSON text.
   */
  private static Map<String, List<String>> byParty(List<Row> rows, boolean csv) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Row r : sortedByRank(rows)) {
      int score = r.fieldIndex("score");
      int why = r.fieldIndex("explanation");
      out.computeIfAbsent(r.getString(r.fieldIndex("partyId")), k -> new ArrayList<>())
          .add(
              line(
                  r.getString(r.fieldIndex("entityId")),
                  r.getString(r.fieldIndex("matchedName")),
                  csv ? Double.parseDouble(r.getString(score)) : r.getDouble(score),
                  r.getString(r.fieldIndex("band")),
                  csv ? fromJson(r.getString(why)) : r.getList(why)));
    }
    return out;
  }

  private static List<String> fromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Row> sortedByRank(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(
        java.util.Comparator.comparing((Row r) -> r.getString(r.fieldIndex("partyId")))
            .thenComparingInt(r -> Integer.parseInt(String.valueOf(r.get(r.fieldIndex("rank"))))));
    return sorted;
  }

  private static String line(
      String entity, String matched, double score, String band, List<String> why) {
    // the score in full: the same double, not the same rounding
    return String.format(Locale.ROOT, "%s | %s | %s | %s | %s", entity, matched, score, band, why);
  }

  private static String shortened(String name) {
    String[] words = name.split(" ");
    String kept =
        words.length > 2 ? String.join(" ", List.of(words).subList(0, words.length - 1)) : name;
    return kept.toUpperCase(Locale.ROOT);
  }
}
