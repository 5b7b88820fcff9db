package io.chokepoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the command line in-process against the project's own rule book and catalogue, for the CLI
 * tests: the exit code and what was printed.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record CliRun(int code, String out, String err) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The output's lines. */
  List<String> lines() {
    return out.lines().toList();
  }

  /** The output as one JSON object, asserting that it is exactly one line. */
  JsonNode json() throws IOException {
    assertThat(lines()).as("one JSON line; stderr: %s", err).hasSize(1);
    return JSON.readTree(out);
  }

  /** The project root: the {@code chokepoint.root} property, else the first parent with rules. */
  static Path projectRoot() {
    String p = System.getProperty("chokepoint.root");
    Path d = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    while (d != null && !Files.isDirectory(d.resolve("regulations"))) {
      d = d.getParent();
    }
    assertThat(d).as("project root with regulations/").isNotNull();
    return d.toAbsolutePath();
  }

  /** Runs {@code chokepoint --home ROOT ARGS...}. */
  static CliRun of(String... args) {
    List<String> all = new ArrayList<>(List.of("--home", projectRoot().toString()));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }
}
