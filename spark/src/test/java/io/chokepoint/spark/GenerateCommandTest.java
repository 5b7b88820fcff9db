package io.chokepoint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.chokepoint.rescreen.CounterpartyCsv;
import io.chokepoint.spark.rescreen.ParquetMaster;
import io.chokepoint.synthetic.SyntheticMaster;
import io.chokepoint.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The master generated in partitions is the one the command line generates on one machine: the same
 * parties in the same order, and the same planted answers.
 */
class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void partitionsGenerateTheCommandLinesMasterRowForRow() throws IOException {
    int count = 3_000;
    long seed = 7;
    Path parquet = dir.resolve("master.parquet");
    int code =
        SparkMain.run(
            "--home",
            ProjectFiles.root().toString(),
            "generate-parties",
            "--count",
            Integer.toString(count),
            "--seed",
            Long.toString(seed),
            "--plant-rate",
            "0.05",
            "--out",
            parquet.toString());
    assertThat(code).isZero();

    Path csv = dir.resolve("master.csv");
    Path answers = dir.resolve("planted.csv");
    SyntheticMaster.Written w =
        SyntheticMaster.of(seed, LocalSpark.lists(), 0.05).write(count, csv, answers);
    Path fromParquet = ParquetMaster.toCsv(LocalSpark.session(), parquet, dir.resolve("back.csv"));
    assertThat(CounterpartyCsv.read(fromParquet).parties())
        .hasSize(count)
        .isEqualTo(CounterpartyCsv.read(csv).parties());
    assertThat(w.planted()).isPositive();
    assertThat(
            LocalSpark.session()
                .read()
                .parquet(dir.resolve("master.parquet-planted").toString())
                .count())
        .isEqualTo(w.planted());
  }
}
