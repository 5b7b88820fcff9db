package io.chokepoint.spark.rescreen;

import io.chokepoint.rescreen.CounterpartyCsv;
import io.chokepoint.source.Csv;
import io.chokepoint.source.Issue;
import io.chokepoint.source.Issues;
import io.chokepoint.source.Position;
import io.chokepoint.source.SourceException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * A counterparty master written as Parquet (a file, or a folder of part files as Spark writes
 * them), turned into the CSV master a rescreen reads (docs/formats.md §22), row for row in the
 * order Spark reads them: the same columns ({@code id}, {@code name}, and optionally {@code
 * country}, {@code kind}, {@code address}), each a string column. The rescreen then checks every
 * row as it checks a CSV file, and its summary's {@code parties.sha256} is that of the CSV form, so
 * that a delta recognises the same Parquet master again.
 */
public final class ParquetMaster {
  private ParquetMaster() {}

  /**
   * Writes the CSV form of a Parquet master.
   *
   * @param spark the session to read it with
   * @param parquet the master
   * @param csv where to write its CSV form
   * @return {@code csv}
   * @throws SourceException naming the file and column if a column is unknown, repeated or not a
   *     string, or {@code id} or {@code name} is missing
   * @throws UncheckedIOException if the CSV form cannot be written
   */
  public static Path toCsv(SparkSession spark, Path parquet, Path csv) {
    Dataset<Row> rows = spark.read().parquet(parquet.toString());
    Issues issues = new Issues();
    Position at = Position.ofFile(parquet.toString());
    List<String> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (StructField f : rows.schema().fields()) {
      names.add(f.name());
      String name = f.name().toLowerCase(Locale.ROOT);
      if (!CounterpartyCsv.COLUMNS.contains(name)) {
        issues.add(
            at, null, f.name(), "unknown column: the columns are " + CounterpartyCsv.COLUMNS);
      } else if (columns.contains(name)) {
        issues.add(at, null, f.name(), "repeated column");
      } else if (!f.dataType().equals(DataTypes.StringType)) {
        issues.add(
            at, null, f.name(), "must be a string column, is " + f.dataType().simpleString());
      }
      columns.add(name);
    }
    for (String required : List.of("id", "name")) {
      if (!columns.contains(required)) {
        issues.add(at, null, required, "missing column");
      }
    }
    if (!issues.isEmpty()) {
      List<Issue> all = issues.toList();
      throw new SourceException("invalid counterparty master: nothing was screened", all);
    }
    // Spark packs a folder's files into partitions largest first and may split a large file, so
    // the rows keep their written order only when each part file is read alone, whole, in name
    // order (part-00000 first: the order Spark wrote them in).
    String maxBytes = "spark.sql.files.maxPartitionBytes";
    String before = spark.conf().get(maxBytes);
    spark.conf().set(maxBytes, Long.toString(Long.MAX_VALUE));
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write(Csv.row(columns));
      w.write('\n');
      List<String> fields = new ArrayList<>(columns.size());
      for (Path part : parts(parquet)) {
        Iterator<Row> it = spark.read().parquet(part.toString()).toLocalIterator();
        while (it.hasNext()) {
          Row r = it.next();
          fields.clear();
          for (String name : names) {
            int i = r.fieldIndex(name); // by name: a part file may order its columns otherwise
            fields.add(r.isNullAt(i) ? "" : r.getString(i));
          }
          w.write(Csv.row(fields));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv, e);
    } finally {
      spark.conf().set(maxBytes, before);
    }
    return csv;
  }

  /** The Parquet files of a master, in name order: the file itself, or a folder's data files. */
  private static List<Path> parts(Path parquet) throws IOException {
    if (!Files.isDirectory(parquet)) {
      return List.of(parquet);
    }
    try (java.util.stream.Stream<Path> files = Files.list(parquet)) {
      return files
          .filter(
              f -> {
                String n = f.getFileName().toString();
                return n.endsWith(".parquet") && !n.startsWith("_") && !n.startsWith(".");
              })
          .sorted()
          .toList();
    }
  }
}
