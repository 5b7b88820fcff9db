package io.chokepoint.spark.determine;

import static org.apache.spark.sql.functions.col;

import io.chokepoint.determine.Determination;
import io.chokepoint.determine.DeterminationJson;
import io.chokepoint.determine.Determiner;
import io.chokepoint.determine.RegimeDetermination;
import io.chokepoint.source.SourceException;
import io.chokepoint.spark.Sessions;
import io.chokepoint.spark.engine.ShippedLists;
import io.chokepoint.spark.engine.ShippedRuleBook;
import io.chokepoint.transaction.Transaction;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Determines transaction files in Spark tasks with the core's {@link Determiner}: each file is read
 * with the core's transaction reader (one transaction, or several under {@code transactions:}, in
 * YAML or JSON, FORMATS.md §1) and every transaction is determined against the broadcast rule book,
 * its CEL conditions evaluated inside the task, and with every party screened against the broadcast
 * lists when there are any, as {@code chokepoint check} does. The answers are the core's own: the
 * {@code determination} column is {@link DeterminationJson#toLine} of what {@code
 * Determiner.determine} returns.
 *
 * <p>A file the reader rejects gives one row with the {@code error} column set (every problem with
 * file, line and field) and the others null; the other files are still determined.
 */
public final class BulkDetermination {
  /** The columns of a result row. */
  public static final StructType DETERMINATIONS =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("seq", DataTypes.IntegerType, true)
          .add("transaction", DataTypes.StringType, true)
          .add("asOf", DataTypes.StringType, true)
          .add("overall", DataTypes.StringType, true)
          .add(
              "regimes",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
              true)
          .add("rulebook", DataTypes.StringType, true)
          .add("lists", DataTypes.StringType, true)
          .add("input", DataTypes.StringType, true)
          .add("determination", DataTypes.StringType, true)
          .add("error", DataTypes.StringType, true);

  private BulkDetermination() {}

  /**
   * Reads transaction files whole, one row per file: {@code source} (the file's path) and {@code
   * text}.
   *
   * @param spark the session
   * @param paths files or folders (every file below a folder is read)
   * @return the documents
   */
  public static Dataset<Row> readDocuments(SparkSession spark, List<String> paths) {
    return spark
        .read()
        .option("wholetext", true)
        .option("recursiveFileLookup", true)
        .text(paths.toArray(String[]::new))
        .select(col("_metadata.file_path").as("source"), col("value").as("text"));
  }

  /**
   * Determines every transaction of every document.
   *
   * @param documents rows with a {@code source} name and the file's {@code text}
   * @param rules the broadcast rule book
   * @param lists the broadcast lists to screen parties against, or {@code null} to screen none
   * @param asOf the evaluation date, or {@code null} for each transaction's own date
   * @return one row per transaction, and one per rejected file ({@link #DETERMINATIONS})
   */
  public static Dataset<Row> determine(
      Dataset<Row> documents,
      Broadcast<ShippedRuleBook> rules,
      Broadcast<ShippedLists> lists,
      LocalDate asOf) {
    Dataset<Row> input = Sessions.spread(documents.select(col("source"), col("text")));
    return input.flatMap(new DetermineDocument(rules, lists, asOf), Encoders.row(DETERMINATIONS));
  }

  /** What a task does with one file. */
  private static final class DetermineDocument implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ShippedRuleBook> rules;
    private final Broadcast<ShippedLists> lists;
    private final LocalDate asOf;

    DetermineDocument(
        Broadcast<ShippedRuleBook> rules, Broadcast<ShippedLists> lists, LocalDate asOf) {
      this.rules = rules;
      this.lists = lists;
      this.asOf = asOf;
    }

    @Override
    public Iterator<Row> call(Row doc) {
      ShippedRuleBook book = rules.value();
      Determiner determiner = book.determiner(lists == null ? null : lists.value());
      String source = displayName(doc.getString(0));
      List<Transaction> transactions;
      try {
        transactions = book.engine().reader().parse(doc.getString(1), source);
      } catch (SourceException e) {
        return List.of(rejected(source, e)).iterator();
      }
      List<Row> out = new ArrayList<>(transactions.size());
      for (int i = 0; i < transactions.size(); i++) {
        out.add(row(source, i, determiner.determine(transactions.get(i), asOf)));
      }
      return out.iterator();
    }
  }

  /** A row for one determination. */
  static Row row(String source, int seq, Determination d) {
    Map<String, String> regimes = new LinkedHashMap<>();
    for (RegimeDetermination r : d.regimes()) {
      regimes.put(
          r.regime(), r.outcome().name() + (r.review() == null ? "" : "/" + r.review().name()));
    }
    return RowFactory.create(
        source,
        seq,
        d.transaction(),
        d.asOf().toString(),
        d.overall().name(),
        scala.jdk.javaapi.CollectionConverters.asScala(regimes),
        d.rulebook(),
        d.lists(),
        d.input(),
        DeterminationJson.toLine(d),
        null);
  }

  private static Row rejected(String source, SourceException e) {
    return RowFactory.create(
        source, null, null, null, null, null, null, null, null, null, e.getMessage());
  }

  /**
   * The name a file goes by in messages: its path for a local file ({@code file:/a/b.yaml} is
   * {@code /a/b.yaml}), its URI otherwise. The extension is kept, since {@code .json} selects the
   * JSON reader.
   */
  public static String displayName(String uri) {
    if (uri.startsWith("file:")) {
      try {
        return java.nio.file.Path.of(new URI(uri)).toString();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return uri.substring("file:".length());
      }
    }
    return uri;
  }
}
