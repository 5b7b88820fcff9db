package io.chokepoint.spark.determine;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.determine.ClearedMatches;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.PartyScreener;
import io.chokepoint.rules.RuleBook;
import io.chokepoint.rules.RuleBookLoader;
import io.chokepoint.spark.LocalSpark;
import io.chokepoint.spark.Outputs;
import io.chokepoint.spark.Sessions;
import io.chokepoint.spark.SparkMain;
import io.chokepoint.spark.engine.ShippedRuleBook;
import io.chokepoint.testing.ProjectFiles;
import io.chokepoint.transaction.Transaction;
import io.chokepoint.transaction.TransactionReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark determination job gives exactly the core's answers: every transaction of the shipped
 * examples, determined in a Spark task (its CEL conditions evaluated there) with every party
 * screened against the shipped lists, has the JSON that {@code Determiner.determine} gives in
 * process, byte for byte; a file the reader rejects is reported without stopping the others; and
 * the Parquet and CSV written read back.
 */
class BulkDeterminationTest {
  private static RuleBook book;
  private static TransactionReader reader;
  private static Broadcast<ShippedRuleBook> shippedBook;

  @BeforeAll
  static void setUp() {
    book = RuleBookLoader.load(ProjectFiles.regulations());
    reader = new TransactionReader(ProjectFiles.catalogue(), book.declaredFacts());
    shippedBook =
        Sessions.broadcast(
            LocalSpark.session(),
            ShippedRuleBook.activate(
                ProjectFiles.regulations(), ProjectFiles.root().resolve("data/chips.yaml")));
  }

  @Test
  void everyExampleIsDeterminedInATaskAsTheCoreDeterminesIt() throws IOException {
    List<Path> examples = examples();
    Determiner core =
        new Determiner(
            book,
            PartyScreener.of(LocalSpark.coreScreener(), LocalSpark.lists(), ClearedMatches.NONE));

    List<Row> rows =
        BulkDetermination.determine(
                BulkDetermination.readDocuments(
                    LocalSpark.session(), examples.stream().map(Path::toString).toList()),
                shippedBook,
                LocalSpark.shippedLists(),
                null)
            .collectAsList();

    Map<String, String> expected = new TreeMap<>();
    for (Path f : examples) {
      List<Transaction> ts = reader.read(f, f.toString());
      for (int i = 0; i < ts.size(); i++) {
        expected.put(f + "#" + i, DeterminationJson.toLine(core.determine(ts.get(i), null)));
      }
    }
    assertThat(byTransaction(rows)).isEqualTo(expected);
    assertThat(rows).allMatch(r -> r.isNullAt(r.fieldIndex("error")));
    // not vacuous: the answers screen parties and differ
    Row h100 = find(rows, "PO-2024-0107");
    assertThat(h100.<String, String>getJavaMap(h100.fieldIndex("regimes")))
        .containsEntry("US-EAR", "LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL")
        .containsEntry("CN-ECL", "NO_LICENSE_REQUIRED");
    assertThat(rows).extracting(r -> r.getString(r.fieldIndex("overall"))).contains("PROHIBITED");
    assertThat(find(rows, "SCR-2").getString(find(rows, "SCR-2").fieldIndex("determination")))
        .contains("\"screening\"");
    assertThat(rows)
        .allMatch(r -> r.getString(r.fieldIndex("lists")).equals(LocalSpark.lists().contentHash()))
        .allMatch(r -> r.getString(r.fieldIndex("rulebook")).equals(book.contentHash()));
    // the rule book was compiled once in this JVM, however many tasks used it
    assertThat(ShippedRuleBook.engineBuilds()).isEqualTo(1);
  }

  @Test
  void determineReportsARejectedFileAndWritesParquetAndCsvThatReadBack(@TempDir Path tmp)
      throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path good =
        Files.copy(
            ProjectFiles.root().resolve("examples/h100-to-shanghai.yaml"), in.resolve("good.yaml"));
    Files.writeString(
        in.resolve("bad.yaml"), "id: PO-X\ndate: 2024-03-01\nroute: {from: US, to: CN}\nwhat: 1\n");
    String out = tmp.resolve("out").toString();

    int code =
        SparkMain.run(
            "--home",
            ProjectFiles.root().toString(),
            "determine",
            "--no-screening",
            in.toString(),
            "--out",
            out);

    assertThat(code).isEqualTo(2);
    Determiner core = new Determiner(book);
    Map<String, String> expected = new TreeMap<>();
    List<Transaction> ts = reader.read(good, good.toString());
    for (int i = 0; i < ts.size(); i++) {
      expected.put(good + "#" + i, DeterminationJson.toLine(core.determine(ts.get(i), null)));
    }
    List<Row> parquet =
        LocalSpark.session().read().parquet(out + "/determinations.parquet").collectAsList();
    List<Row> csv =
        Outputs.csvReader(LocalSpark.session().read())
            .csv(out + "/determinations.csv")
            .collectAsList();
    for (List<Row> rows : List.of(parquet, csv)) {
      List<Row> determined = new ArrayList<>();
      List<Row> rejected = new ArrayList<>();
      rows.forEach(r -> (r.isNullAt(r.fieldIndex("error")) ? determined : rejected).add(r));
      assertThat(byTransaction(determined)).isEqualTo(expected);
      assertThat(rejected).hasSize(1);
      assertThat(rejected.get(0).getString(rejected.get(0).fieldIndex("error")))
          .contains(in.resolve("bad.yaml").toString())
          .contains("what");
    }
    Row fromCsv = csv.stream().filter(r -> r.isNullAt(r.fieldIndex("error"))).findFirst().get();
    assertThat(fromCsv.getString(fromCsv.fieldIndex("regimes"))) // a map is JSON text in CSV
        .isEqualTo(
            "{\"CN-ECL\":\"NO_LICENSE_REQUIRED\","
                + "\"US-EAR\":\"LICENSE_REQUIRED/PRESUMPTION_OF_DENIAL\"}");
  }

  private static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(ProjectFiles.root().resolve("examples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private static Map<String, String> byTransaction(List<Row> rows) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : rows) {
      out.put(
          r.getString(r.fieldIndex("source")) + "#" + r.get(r.fieldIndex("seq")),
          r.getString(r.fieldIndex("determination")));
    }
    return out;
  }

  private static Row find(List<Row> rows, String transaction) {
    return rows.stream()
        .filter(r -> transaction.equals(r.getString(r.fieldIndex("transaction"))))
        .findFirst()
        .orElseThrow();
  }
}
