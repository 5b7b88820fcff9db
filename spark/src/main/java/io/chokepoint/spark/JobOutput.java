package io.chokepoint.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Option;

/** The output options every job command takes: where to write, and whether to replace it. */
final class JobOutput {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(names = "--overwrite", description = "Replace the output if it exists.")
  boolean overwrite;

  /** Writes a result under the output folder ({@link Outputs#write}). */
  Outputs.Written write(Dataset<Row> result, String name) {
    return Outputs.write(result, out, name, overwrite);
  }
}
