package io.chokepoint.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a job's result twice: as Parquet, with its arrays and maps as they are, and as CSV with a
 * header, where an array or a map is written as JSON text (CSV has no nested values, and JSON keeps
 * every explanation line apart without a separator that a line could contain). The CSV is made from
 * the Parquet just written, so the engine runs once, and a Parquet that cannot be read back fails
 * the job there.
 */
public final class Outputs {
  private Outputs() {}

  /**
   * Where a result was written.
   *
   * @param parquet the Parquet folder
   * @param csv the CSV folder
   * @param rows how many rows were written
   */
  public record Written(String parquet, String csv, long rows) {}

  /**
   * Writes {@code result} under {@code dir} as {@code NAME.parquet/} and {@code NAME.csv/}.
   *
   * @param result the rows
   * @param dir the output folder (a path or URI Spark can write)
   * @param name the base name
   * @param overwrite whether to replace what is there; otherwise existing output is an error
   * @return where and how much was written
   * @throws org.apache.spark.sql.AnalysisException if the output exists and {@code overwrite} is
   *     false
   */
  public static Written write(Dataset<Row> result, String dir, String name, boolean overwrite) {
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    String base = dir.endsWith("/") ? dir : dir + "/";
    String parquet = base + name + ".parquet";
    String csv = base + name + ".csv";
    result.write().mode(mode).parquet(parquet);
    Dataset<Row> written = result.sparkSession().read().parquet(parquet);
    flat(written)
        .write()
        .mode(mode)
        .option("header", true)
        .option("escape", "\"") // RFC 4180: a quote inside quotes is doubled
        .csv(csv);
    return new Written(parquet, csv, written.count());
  }

  /**
   * Refuses to start a job whose output exists, before any work is done, unless it is to be
   * replaced.
   *
   * @param spark the session (its Hadoop configuration finds the file system)
   * @param dir the output folder
   * @param name the base name
   * @throws IllegalArgumentException if {@code NAME.parquet} or {@code NAME.csv} exists
   */
  public static void requireAbsent(SparkSession spark, String dir, String name) {
    String base = dir.endsWith("/") ? dir : dir + "/";
    for (String out : List.of(base + name + ".parquet", base + name + ".csv")) {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(out);
      try {
        if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
          throw new IllegalArgumentException(
              out + " exists: choose another --out, or give --overwrite to replace it");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot look for " + out, e);
      }
    }
  }

  /** The rows with every array or map column as JSON text. */
  public static Dataset<Row> flat(Dataset<Row> rows) {
    List<Column> cols = new ArrayList<>();
    for (StructField f : rows.schema().fields()) {
      Column c = col("`" + f.name() + "`");
      cols.add(nested(f.dataType()) ? to_json(c).as(f.name()) : c);
    }
    return rows.select(cols.toArray(Column[]::new));
  }

  /**
   * Reads back a CSV written by {@link #write}: every column is a string, JSON text included.
   *
   * @param rows a session's reader result, e.g. {@code spark.read()}
   * @return the reader set up for the CSV's header and quoting
   */
  public static org.apache.spark.sql.DataFrameReader csvReader(
      org.apache.spark.sql.DataFrameReader rows) {
    return rows.option("header", true).option("escape", "\"").option("multiLine", true);
  }

  private static boolean nested(DataType t) {
    return t instanceof ArrayType || t instanceof MapType || t instanceof StructType;
  }
}
