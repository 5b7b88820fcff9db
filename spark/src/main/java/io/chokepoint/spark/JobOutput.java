package io.chokepoint.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The output options every job command takes: where to write, and whether to replace it. */
final class JobOutput {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(names = "--overwrite", description = "Replace the output if it exists.")
  boolean overwrite;

  /**
   * Refuses an output that exists unless {@code --overwrite} was given: called before the work.
   *
   * @throws IllegalArgumentException if the output exists and is not to be replaced
   */
  void check(SparkSession spark, String name) {
    if (!overwrite) {
      Outputs.requireAbsent(spark, out, name);
    }
  }

  /** Writes a result under the output folder ({@link Outputs#write}). */
  Outputs.Written write(Dataset<Row> result, String name) {
    return Outputs.write(result, out, name, overwrite);
  }
}
