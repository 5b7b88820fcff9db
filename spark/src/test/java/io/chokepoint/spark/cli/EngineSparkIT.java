package io.chokepoint.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chokepoint.testing.ProcessRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine spark} from the command line, end to end: the app's runnable jar is started as a
 * user starts it, and its child JVM runs the spark module's job through {@code
 * bin/chokepoint-spark}. An integration test (after {@code package}): it needs the app's jar and
 * this module's jar and classpath file. The result must be the in-process engine's.
 */
class EngineSparkIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path root;
  private static Path jar;

  @BeforeAll
  static void jars() {
    root = Path.of(System.getProperty("chokepoint.root")).toAbsolutePath().normalize();
    jar = root.resolve("app/target/chokepoint-app-0.1.0-SNAPSHOT-all.jar");
    assertThat(jar).as("the app's runnable jar (mvn verify builds it before this module)").exists();
    assertThat(root.resolve("spark/target/runtime-classpath.txt")).exists();
  }

  @Test
  void rescreenOnSparkWritesWhatTheLocalEngineWrites(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    ProcessRun local =
        chokepoint(
            dir,
            "rescreen",
            "--parties",
            "examples/customers.csv",
            "--out",
            dir.resolve("local").toString(),
            "--store",
            store.toString(),
            "--format",
            "json",
            "--quiet");
    assertThat(local.code()).as(local.err()).isZero();
    ProcessRun spark =
        chokepoint(
            dir,
            "rescreen",
            "--engine",
            "spark",
            "--parties",
            "examples/customers.csv",
            "--out",
            dir.resolve("spark").toString(),
            "--store",
            store.toString(),
            "--format",
            "json",
            "--quiet");
    assertThat(spark.code()).as(spark.err()).isZero();
    for (String f :
        List.of("matches.csv", "changes.csv", "weights.csv", "lists.jsonl", "party-states.csv")) {
      assertThat(dir.resolve("spark").resolve(f))
          .as(f)
          .hasSameBinaryContentAs(dir.resolve("local").resolve(f));
    }
    JsonNode a = JSON.readTree(dir.resolve("local/summary.json").toFile());
    JsonNode b = JSON.readTree(dir.resolve("spark/summary.json").toFile());
    assertThat(a.path("engine").asText()).isEqualTo("local");
    assertThat(b.path("engine").asText()).isEqualTo("spark");
    assertThat(a.at("/matches/total").asInt()).isPositive();
    assertThat(without(b)).isEqualTo(without(a));
    assertThat(JSON.readTree(spark.out()).at("/matches/total").asInt())
        .isEqualTo(a.at("/matches/total").asInt());
  }

  private static JsonNode without(JsonNode summary) {
    com.fasterxml.jackson.databind.node.ObjectNode o = summary.deepCopy();
    o.remove(List.of("engine", "seconds"));
    return o;
  }

  private static ProcessRun chokepoint(Path dir, String... args)
      throws IOException, InterruptedException {
    List<String> argv =
        new ArrayList<>(List.of("java", "-Dchokepoint.home=" + root, "-jar", jar.toString()));
    argv.addAll(List.of(args));
    return ProcessRun.of(
        argv, root, Map.of("SPARK_LOCAL_IP", "127.0.0.1", "CHOKEPOINT_USER", "it"), dir, 10);
  }
}
